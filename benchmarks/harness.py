"""Shared helpers for the benchmarks: result rows, alternating runs and a pty runner."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
"""The repository root, so child processes import this checkout's code."""

BASELINES = Path(__file__).resolve().parent / "baselines"
"""The folder of the small Textual apps the game is measured against."""

FRAME_SECONDS = 1 / 60
"""One frame of a 60 Hz display, the yardstick for a stall players would notice."""

ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, colours, modes
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC: titles, clipboard
    r"|\x1b[P_^][^\x1b]*\x1b\\"  # DCS, APC, PM strings
    r"|\x1b[0-~]"  # two-byte escapes: save cursor, keypad modes
)
"""Terminal control sequences, stripped so the text a player sees can be searched."""


def row(
    name: str,
    value: float | None,
    unit: str,
    *,
    baseline: str = "",
    baseline_value: float | None = None,
    target: str = "",
    ratio: float | None = None,
    note: str = "",
) -> dict[str, Any]:
    """Build one result row; the ratio is value over baseline unless given."""
    if ratio is None and value is not None and baseline_value:
        ratio = value / baseline_value
    result: dict[str, Any] = {
        "name": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_value": baseline_value,
        "ratio": ratio,
        "target": target,
    }
    if note:
        result["note"] = note
    return result


def unavailable(name: str, reason: str, target: str = "") -> dict[str, Any]:
    """Build a row for a benchmark that could not run, saying why."""
    return row(name, None, "", target=target, note=f"not available: {reason}")


def alternate(
    subject: Callable[[], float],
    baseline: Callable[[], float],
    repeats: int,
) -> tuple[list[float], list[float]]:
    """Run subject and baseline in turn, ``repeats`` times each, and collect both."""
    subject_values: list[float] = []
    baseline_values: list[float] = []
    for turn in range(repeats):
        # Swapping who goes first each turn spreads any drift of a noisy machine.
        if turn % 2 == 0:
            subject_values.append(subject())
            baseline_values.append(baseline())
        else:
            baseline_values.append(baseline())
            subject_values.append(subject())
    return subject_values, baseline_values


def median(values: Sequence[float]) -> float:
    """Return the median of some measurements."""
    return statistics.median(values)


def visible_text(raw: bytes) -> str:
    """Return what a terminal would show of ``raw``, minus the control sequences."""
    return ESCAPE.sub("", raw.decode("utf-8", errors="replace"))


def child_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Return an environment for a child in an xterm, free of Textual's dev settings."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("TEXTUAL") and key not in {"NO_COLOR", "COLUMNS", "LINES"}
    }
    environment["TERM"] = "xterm-256color"
    environment["COLORTERM"] = "truecolor"
    python_path = environment.get("PYTHONPATH")
    environment["PYTHONPATH"] = (
        f"{REPO}{os.pathsep}{python_path}" if python_path else str(REPO)
    )
    environment.update(extra or {})
    return environment


def _make_controlling_terminal() -> None:
    """Give the child its pty as controlling terminal, as a terminal emulator does."""
    with contextlib.suppress(OSError):
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)


@dataclass
class PtySession:
    """A program running in a pseudo-terminal whose output is read and counted."""

    process: subprocess.Popen[bytes]
    master: int
    started: float
    output: bytearray = field(default_factory=bytearray)
    max_rss_kib: int | None = None
    _text: str = ""
    _decoded_up_to: int = 0

    @property
    def text(self) -> str:
        """The visible text written so far."""
        if self._decoded_up_to < len(self.output):
            self._text = visible_text(bytes(self.output))
            self._decoded_up_to = len(self.output)
        return self._text

    def pump(self, seconds: float) -> int:
        """Read what the program writes for ``seconds``; return the bytes read."""
        deadline = time.monotonic() + seconds
        before = len(self.output)
        while (left := deadline - time.monotonic()) > 0:
            if not self._read_once(left):
                break
        return len(self.output) - before

    def wait_for(self, markers: Sequence[str], timeout: float) -> float:
        """Read until every marker is on screen; return seconds since the start."""
        deadline = time.monotonic() + timeout
        while True:
            if all(marker in self.text for marker in markers):
                return time.monotonic() - self.started
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(self._failure(f"in {timeout:.0f} s", markers))
            if not self._read_once(left):
                raise RuntimeError(self._failure("before it exited", markers))

    def _failure(self, when: str, markers: Sequence[str]) -> str:
        """Describe a program that never showed ``markers``, with its last words."""
        command = " ".join(str(argument) for argument in self.process.args)
        tail = self.text[-800:]
        return f"{command} did not show {list(markers)} {when}; it last wrote {tail!r}"

    def send(self, keys: bytes) -> None:
        """Type ``keys`` into the program's terminal."""
        os.write(self.master, keys)

    def kill(self) -> None:
        """Kill the program, reap it, and keep its peak memory."""
        if self.process.returncode is None:
            # os.kill, not Popen.send_signal: that polls first and would reap the
            # child, losing the resource usage that only wait4 reports.
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGKILL)
            _pid, status, usage = os.wait4(self.process.pid, 0)
            self.process.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss is in KiB on Linux; wait4 gives it for this child alone.
            self.max_rss_kib = usage.ru_maxrss
        os.close(self.master)

    def _read_once(self, timeout: float) -> bool:
        """Wait up to ``timeout`` for output and append it; False once it ended."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        self.output += chunk
        return True


@contextlib.contextmanager
def pty_session(
    argv: Sequence[str],
    *,
    size: tuple[int, int] = (80, 24),
    extra_environment: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Iterator[PtySession]:
    """Run ``argv`` in a fresh ``size`` pty; kill it on leaving the block."""
    master, slave = os.openpty()
    columns, lines = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    started = time.monotonic()
    try:
        process = subprocess.Popen(
            list(argv),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=child_environment(extra_environment),
            cwd=cwd or REPO,
            start_new_session=True,
            preexec_fn=_make_controlling_terminal,
            close_fds=True,
        )
    except BaseException:
        os.close(master)
        raise
    finally:
        os.close(slave)
    session = PtySession(process=process, master=master, started=started)
    try:
        yield session
    finally:
        session.kill()


def python_command(*arguments: str) -> list[str]:
    """Return the command line running this interpreter with ``arguments``."""
    return [sys.executable, *arguments]


def baseline_command(name: str) -> list[str]:
    """Return the command line that runs the baseline app ``name``."""
    return python_command(str(BASELINES / f"{name}.py"))


def percent_of(part: float, whole: float) -> float:
    """Return ``part`` as a percentage of ``whole``."""
    return 100.0 * part / whole if whole else 0.0
