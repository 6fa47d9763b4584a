"""Fixtures for running the real pizzatui in tmux and over ssh."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.sshd import SSHD, SshServer
from tests.e2e.tmux import Terminal

PIZZATUI = Path(sys.executable).parent / "pizzatui"
"""This checkout's pizzatui command, from the virtualenv running the tests."""


def in_ci() -> bool:
    """Whether the tests run in CI, where a missing tool is a failure, not a skip."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(tool: str, found: bool) -> None:
    """Fail in CI, or skip here, when a tool the end-to-end tests need is missing."""
    if found:
        return
    message = f"{tool} is not installed; the end-to-end tests need it (.ci/run adds it)"
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def pizzatui_argv(saves: Path, slot: str | None = None) -> list[str]:
    """The command line that plays ``slot`` (or opens the saves screen)."""
    argv = [str(PIZZATUI), "--saves", str(saves)]
    if slot is not None:
        argv += ["--slot", slot]
    return argv


@pytest.fixture
def open_terminal(tmp_path: Path) -> Iterator[Callable[[], Terminal]]:
    """Open 80x24 tmux terminals, each on its own server, closed after the test."""
    require("tmux", shutil.which("tmux") is not None)
    opened: list[Terminal] = []

    def open_one() -> Terminal:
        workdir = tmp_path / f"terminal-{len(opened)}"
        workdir.mkdir()
        terminal = Terminal(workdir)
        opened.append(terminal)
        return terminal

    yield open_one
    for terminal in opened:
        terminal.close()


@pytest.fixture
def play(
    open_terminal: Callable[[], Terminal], saves: Path
) -> Callable[..., tuple[Terminal, int]]:
    """Start pizzatui on a slot in a new terminal; return the terminal and its pid."""

    def start(
        slot: str | None, *, term: str = "xterm-256color", **options: Any
    ) -> tuple[Terminal, int]:
        terminal = open_terminal()
        pid = terminal.start(pizzatui_argv(saves, slot), term=term, **options)
        return terminal, pid

    return start


@pytest.fixture
def sshd(tmp_path: Path) -> Iterator[SshServer]:
    """A running OpenSSH server on a free loopback port."""
    require("sshd (openssh-server)", SSHD.exists())
    require("ssh (openssh-client)", shutil.which("ssh") is not None)
    require("ssh-keygen", shutil.which("ssh-keygen") is not None)
    workdir = tmp_path / "sshd"
    workdir.mkdir()
    server = SshServer(workdir)
    server.start()
    yield server
    server.stop()
