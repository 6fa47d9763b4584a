"""pizzatui over a real ssh connection that drops: the game saves and lets go."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from pizzatui.storage import SaveStore
from tests.e2e.conftest import pizzatui_argv
from tests.e2e.game import ORDERS, STAFF, hire, run_fast, saved_clock, wait_ended
from tests.e2e.sshd import SshServer
from tests.e2e.tmux import Terminal, wait_until

pytestmark = pytest.mark.e2e


def test_a_dropped_ssh_connection_saves_the_game_and_releases_the_slot(
    sshd: SshServer,
    open_terminal: Callable[[], Terminal],
    saves: Path,
    store: SaveStore,
) -> None:
    remote_game = ["env", "TERM=xterm-256color", *pizzatui_argv(saves, "faraway")]
    terminal = open_terminal()
    ssh_pid = terminal.start(
        sshd.client_argv(remote_game), term="xterm-256color", leader=True
    )
    terminal.wait_for(ORDERS, "faraway", timeout=30)
    holder = wait_until(lambda: store.holder("faraway"), "the remote game's lock")
    game_pid = holder.pid  # type: ignore[attr-defined]
    assert game_pid != ssh_pid

    hire(terminal, "Zoe")
    terminal.wait_for(STAFF, "Zoe")
    last_seen = run_fast(terminal)

    os.kill(ssh_pid, signal.SIGKILL)
    wait_ended(game_pid, timeout=10)
    assert store.holder("faraway") is None
    saved = store.load("faraway")
    assert "Zoe" in [person.name for person in saved.staff]
    assert saved_clock(store, "faraway") >= last_seen
