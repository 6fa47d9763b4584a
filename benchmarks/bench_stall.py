"""The longest the event loop stalls while the live screen runs at 16x and saves."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import game
from benchmarks.harness import FRAME_SECONDS, row, unavailable

NAME = "longest event-loop stall, live screen at 16x, saving"
TARGET = "<= 1 frame"
FASTEST = 16
"""The top speed, in simulated minutes per real second."""

PROBE_INTERVAL = 0.001
"""How often the probe asks to run; its lateness is how long the loop was busy."""

SAVE_INTERVAL = 0.5
"""Seconds between the saves forced on the running game, far more than autosave."""


class StallProbe:
    """Keeps asking the loop to run it soon and records how late each call came."""

    def __init__(self, interval: float = PROBE_INTERVAL) -> None:
        self.interval = interval
        self.worst = 0.0
        self.calls = 0
        self._due = 0.0
        self._handle: asyncio.TimerHandle | None = None

    def start(self) -> None:
        """Start probing the running loop."""
        self._schedule()

    def stop(self) -> None:
        """Stop probing."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _schedule(self) -> None:
        self._due = time.perf_counter() + self.interval
        self._handle = asyncio.get_running_loop().call_later(self.interval, self._fire)

    def _fire(self) -> None:
        self.calls += 1
        self.worst = max(self.worst, time.perf_counter() - self._due)
        self._schedule()


async def wait_until(condition: Any, timeout: float, what: str) -> None:
    """Poll ``condition`` on the loop until it holds, or fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the app did not {what} within {timeout:.0f} s")
        await asyncio.sleep(0.05)


async def measure_stall(saves: Path, seconds: float) -> tuple[float, int, int]:
    """Run the real app headless at 16x with frequent saves; return the worst stall.

    Returns the worst lateness in seconds, the saves asked for and the probe calls.
    """
    from pizzatui.app import create_app

    app = create_app(saves, game.SLOT)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(lambda: app.game is not None, 30, "open the slot")
        while app.game.speed < FASTEST:
            before = app.game.speed
            await pilot.press("plus")
            if app.game.speed == before:
                raise RuntimeError(f"'+' did not speed the game up from {before}x")
        await pilot.pause()
        probe = StallProbe()
        probe.start()
        saves_asked = 0
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.save_game("benchmark")
            saves_asked += 1
            await asyncio.sleep(SAVE_INTERVAL)
        probe.stop()
        await app.saves_finished()
    return probe.worst, saves_asked, probe.calls


def run(seconds: float = 10.0) -> list[dict[str, Any]]:
    """Measure the longest stall of the live screen at 16x, in frames."""
    missing = game.missing_parts("pizzatui.app", "pizzatui.storage")
    if missing:
        return [unavailable(NAME, f"{', '.join(missing)} not written yet", TARGET)]
    with tempfile.TemporaryDirectory(prefix="pizzatui-bench-") as folder:
        saves = Path(folder)
        game.prepare_slot(saves, until=game.LUNCH_PEAK)
        worst, saves_asked, calls = asyncio.run(measure_stall(saves, seconds))
    return [
        row(
            NAME,
            worst * 1000,
            "ms",
            baseline="a 60 Hz frame",
            baseline_value=FRAME_SECONDS * 1000,
            target=TARGET,
            note=f"{seconds:.0f} s, {saves_asked} saves, {calls} probes",
        )
    ]
