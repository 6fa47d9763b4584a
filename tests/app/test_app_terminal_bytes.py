"""The real game in a real 80x24 terminal: bytes written per second, at 1x and paused.

Over ssh every byte the game writes crosses the network, so the live screen must
redraw only what changed and stay quiet while paused. Each window below waits real
time on purpose: it measures a rate.
"""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

WINDOW = 6.0
"""Seconds of play each rate is measured over."""

STARTUP_LIMIT = 20.0
"""Seconds the game may take to draw its first live screen."""


class Terminal:
    """A pseudo-terminal of 80x24 running the game and counting what it writes."""

    def __init__(self, saves: Path) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        environment = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pizzatui", "--slot", "wire", "--saves", str(saves)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=environment,
            start_new_session=True,
        )
        os.close(slave)
        self.written = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.written.extend(chunk)

    def wait_for(self, text: bytes, limit: float) -> None:
        """Poll until the game has written ``text``, failing after ``limit`` s."""
        deadline = time.monotonic() + limit
        while text not in self.written:
            assert time.monotonic() < deadline, f"the game never showed {text!r}"
            time.sleep(0.05)

    def rate(self, seconds: float) -> float:
        """Bytes per second the game writes over the next ``seconds``."""
        start = len(self.written)
        time.sleep(seconds)
        return (len(self.written) - start) / seconds

    def press(self, keys: bytes) -> None:
        """Type ``keys`` into the game."""
        os.write(self.master, keys)

    def close(self) -> int:
        """Quit with q and return the game's exit status."""
        self.press(b"q")
        try:
            return self.process.wait(timeout=STARTUP_LIMIT)
        finally:
            os.close(self.master)


def test_bytes_per_second_at_1x_and_paused(tmp_path: Path) -> None:
    saves = tmp_path / "saves"
    terminal = Terminal(saves)
    try:
        terminal.wait_for(b"Day 1", STARTUP_LIMIT)
        terminal.rate(1.0)
        at_1x = terminal.rate(WINDOW)
        terminal.press(b" ")
        terminal.rate(1.0)
        paused = terminal.rate(WINDOW)
    finally:
        status = terminal.close()
    print(f"1x: {at_1x:.0f} B/s, paused: {paused:.0f} B/s")
    assert at_1x <= 8 * 1024
    assert paused <= 256
    assert status == 0
    assert (saves / "wire.pkl").exists()
