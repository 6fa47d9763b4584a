"""Bytes per second the live screen writes to an 80x24 terminal, running and paused."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks import game
from benchmarks.baselines import ticker_app
from benchmarks.harness import (
    alternate,
    baseline_command,
    median,
    pty_session,
    row,
    unavailable,
)

BASELINE_NAME = "Textual app with a 10 Hz clock, progress bar and log"
BASELINE_MARKERS = (ticker_app.TITLE, ticker_app.PAUSE_LABEL)
RUNNING_NAME = "bytes to the terminal at 1x"
PAUSED_NAME = "bytes to the terminal while paused"
RUNNING_TARGET = "<= 8 KB/s"
PAUSED_TARGET = "<= 0.2 KB/s"

SETTLE_SECONDS = 1.0
"""Time let pass after the first screen and after pausing, before counting."""

PAUSE_KEY = b" "


def output_rates(
    argv: Sequence[str], markers: Sequence[str], seconds: float
) -> tuple[float, float]:
    """Return bytes per second ``argv`` writes running, then paused by space."""
    with pty_session(argv) as session:
        session.wait_for(markers, game.STARTUP_TIMEOUT)
        session.pump(SETTLE_SECONDS)
        running = session.pump(seconds) / seconds
        session.send(PAUSE_KEY)
        session.pump(SETTLE_SECONDS)
        paused = session.pump(seconds) / seconds
    return running, paused


def measure(
    subject: Callable[[], tuple[float, float]],
    baseline: Callable[[], tuple[float, float]],
    repeats: int,
) -> list[dict[str, Any]]:
    """Alternate subject and baseline sessions; return the running and paused rows."""
    paused: dict[str, list[float]] = {"subject": [], "baseline": []}

    def counted(which: str, start: Callable[[], tuple[float, float]]) -> float:
        running_rate, paused_rate = start()
        paused[which].append(paused_rate)
        return running_rate

    subject_running, baseline_running = alternate(
        lambda: counted("subject", subject),
        lambda: counted("baseline", baseline),
        repeats,
    )
    paused_baseline = median(paused["baseline"]) / 1000
    return [
        row(
            RUNNING_NAME,
            median(subject_running) / 1000,
            "KB/s",
            baseline=BASELINE_NAME,
            baseline_value=median(baseline_running) / 1000,
            target=RUNNING_TARGET,
            note="the game opens at the lunch peak, 12:00 on day 1; "
            "the ticker is a 10 Hz clock, a progress bar and an 8-line log",
        ),
        row(
            PAUSED_NAME,
            median(paused["subject"]) / 1000,
            "KB/s",
            baseline=f"the same app, paused by space ({paused_baseline:.2f} KB/s)",
            baseline_value=paused_baseline,
            target=PAUSED_TARGET,
        ),
    ]


def run(repeats: int = 3, seconds: float = 5.0) -> list[dict[str, Any]]:
    """Count the real game's output against the ticker app's, alternating."""
    missing = game.missing_parts("pizzatui.app", "pizzatui.storage", "pizzatui.cli")
    if missing:
        reason = f"{', '.join(missing)} not written yet"
        return [
            unavailable(RUNNING_NAME, reason, RUNNING_TARGET),
            unavailable(PAUSED_NAME, reason, PAUSED_TARGET),
        ]
    with tempfile.TemporaryDirectory(prefix="pizzatui-bench-") as folder:
        saves = Path(folder)
        game.prepare_slot(saves, until=game.LUNCH_PEAK)
        command = game.game_command(saves)
        return measure(
            lambda: output_rates(command, game.ORDERS_SCREEN_MARKERS, seconds),
            lambda: output_rates(
                baseline_command("ticker_app"), BASELINE_MARKERS, seconds
            ),
            repeats,
        )
