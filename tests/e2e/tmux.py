"""A small driver for tmux: run a program in a real terminal, type at it, read it."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

WAIT = 15.0
"""The longest any wait for the screen or a process takes before the test fails."""

POLL = 0.05
"""Seconds between two looks at the screen while waiting."""

TMUX_CONFIG = """\
set -g status off
set -g remain-on-exit on
set -g exit-empty off
set -g history-limit 0
set -g default-terminal screen-256color
set -g default-shell /bin/sh
"""
"""No status line, so the game gets all 24 rows; a server that stays up to the end."""


class TerminalWaitError(AssertionError):
    """A wait on the terminal ran out; the message shows the last screen."""


def wait_until(
    condition: Callable[[], object],
    what: str,
    *,
    timeout: float = WAIT,
    describe: Callable[[], str] = lambda: "",
) -> object:
    """Poll ``condition`` until it returns something true, or fail saying ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise TerminalWaitError(f"waited {timeout:g} s for {what}\n{describe()}")
        time.sleep(POLL)


def process_ended(pid: int) -> bool:
    """Whether process ``pid`` has ended, every thread of it (a zombie may remain).

    A killed process's first thread turns zombie before the others have exited
    and closed its files, so a zombie counts as ended only once it is alone.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        threads = len(list(Path(f"/proc/{pid}/task").iterdir()))
    except (FileNotFoundError, ProcessLookupError):
        return True
    state = stat.rpartition(")")[2].split()[0]
    return state in ("Z", "X") and threads <= 1


class Terminal:
    """One tmux session on its own server, running one command in an 80x24 pane."""

    def __init__(self, workdir: Path, *, width: int = 80, height: int = 24) -> None:
        self.socket = f"pizzatui-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.session = "game"
        self.width = width
        self.height = height
        self.status_file = workdir / "status"
        self.config = workdir / "tmux.conf"
        self.config.write_text(TMUX_CONFIG)
        self._env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", str(workdir)),
            "LANG": "C.UTF-8",
            "TMUX_TMPDIR": os.environ.get("TMUX_TMPDIR", "/tmp"),
        }
        self.started = False
        self._wrapped = False
        self.pid: int | None = None

    def tmux(self, *args: str, check: bool = True) -> str:
        """Run one tmux command against this terminal's server; return its output."""
        completed = subprocess.run(
            ["tmux", "-L", self.socket, "-f", str(self.config), *args],
            capture_output=True,
            text=True,
            env=self._env,
            timeout=WAIT,
            check=False,
        )
        if check and completed.returncode != 0:
            raise RuntimeError(
                f"tmux {' '.join(args)} failed ({completed.returncode}): "
                f"{completed.stderr.strip()}"
            )
        return completed.stdout

    def start(
        self,
        argv: list[str],
        *,
        term: str,
        env: Mapping[str, str] | None = None,
        stdin: Path | None = None,
        leader: bool = False,
    ) -> int:
        """Run ``argv`` in a new detached session with ``TERM=term``; return its pid.

        Usually a shell runs the program and writes its exit status to a file,
        surviving the terminal's hang-up to do so (tmux itself sometimes never
        learns a pane's status). With ``leader`` the program replaces the shell,
        so it leads the terminal's session and gets the kernel's SIGHUP itself;
        its exit status is then unknown.
        """
        assignments = [f"{name}={value}" for name, value in (env or {}).items()]
        command = shlex.join(["env", f"TERM={term}", *assignments, *argv])
        if stdin is not None:
            command += f" < {shlex.quote(str(stdin))}"
        if leader:
            command = f"exec {command}"
        else:
            # A trap (unlike an ignored signal) is not passed on to the program.
            status = shlex.quote(str(self.status_file))
            command = f"trap true HUP; {command}; echo $? > {status}.new"
            command += f" && mv {status}.new {status}"
        self.tmux(
            "new-session",
            "-d",
            "-s",
            self.session,
            "-x",
            str(self.width),
            "-y",
            str(self.height),
            command,
        )
        self.started = True
        self._wrapped = not leader
        self.pid = self.program_pid()
        return self.pid

    def pane_field(self, name: str) -> str:
        """Read one of tmux's format fields for the pane, such as pane_pid."""
        return self.tmux("display-message", "-p", "-t", self.session, f"#{{{name}}}")

    def pane_pid(self) -> int:
        """The pid of the program running in the pane."""
        return int(self.pane_field("pane_pid").strip())

    def program_pid(self) -> int:
        """The pid of the program itself, under the shell if one runs it."""
        pid = self.pane_pid()
        if not self._wrapped:
            return pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        found = wait_until(
            lambda: children.read_text().split(),
            "the shell in the pane to start the program",
            describe=self.describe,
        )
        return int(found[0])  # type: ignore[index]

    def screen(self) -> str:
        """The text on the pane right now, one line per row."""
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def screen_with_colours(self) -> str:
        """The pane's text with the escape sequences for its colours and styles."""
        return self.tmux("capture-pane", "-p", "-e", "-t", self.session)

    def describe(self) -> str:
        """The last screen, framed, for a failure message."""
        try:
            shown = self.screen()
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            return f"(the screen could not be read: {error})"
        rule = "-" * self.width
        return f"last screen:\n{rule}\n{shown.rstrip()}\n{rule}"

    def wait_for(self, *texts: str, timeout: float = WAIT) -> str:
        """Wait until every one of ``texts`` is on the screen; return the screen."""
        found: list[str] = []

        def all_shown() -> bool:
            found[:] = [self.screen()]
            return all(text in found[0] for text in texts)

        wait_until(
            all_shown,
            f"{texts!r} on the screen",
            timeout=timeout,
            describe=self.describe,
        )
        return found[0]

    def wait_for_gone(self, text: str, *, timeout: float = WAIT) -> str:
        """Wait until ``text`` is no longer on the screen; return the screen."""
        found: list[str] = []

        def gone() -> bool:
            found[:] = [self.screen()]
            return text not in found[0]

        wait_until(
            gone,
            f"{text!r} to leave the screen",
            timeout=timeout,
            describe=self.describe,
        )
        return found[0]

    def press(self, *keys: str) -> None:
        """Press keys by tmux's names for them: 'q', 'Enter', 'Space', 'C-c'."""
        self.tmux("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        """Type ``text`` literally."""
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def resize(self, width: int, height: int) -> None:
        """Resize the terminal, as a player dragging the window would."""
        self.tmux(
            "resize-window", "-t", self.session, "-x", str(width), "-y", str(height)
        )
        self.width = width

    def exit_status(self, *, timeout: float = WAIT) -> int:
        """Wait for the program to end and return its exit status."""
        assert self._wrapped, "a program that leads the session has no known status"
        wait_until(
            self.status_file.exists,
            "the program to exit",
            timeout=timeout,
            describe=self.describe,
        )
        return int(self.status_file.read_text())

    def kill_session(self) -> None:
        """Close the terminal under the program, as closing its window does."""
        self.tmux("kill-session", "-t", self.session)

    def close(self) -> None:
        """Stop this terminal's tmux server; kill the program if it outlives it."""
        if not self.started:
            return
        self.tmux("kill-server", check=False)
        self.started = False
        socket_dir = Path(self._env["TMUX_TMPDIR"]) / f"tmux-{os.getuid()}"
        (socket_dir / self.socket).unlink(missing_ok=True)
        if self.pid is None:
            return
        try:
            wait_until(lambda: process_ended(self.pid), "the program to end")
        except TerminalWaitError:
            os.kill(self.pid, signal.SIGKILL)
            raise
