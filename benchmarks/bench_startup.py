"""Time to the first full screen and peak memory, against a minimal Textual app."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks import game
from benchmarks.baselines import minimal_app
from benchmarks.harness import (
    alternate,
    baseline_command,
    median,
    pty_session,
    row,
    unavailable,
)

BASELINE_NAME = "minimal Textual app (header, table, footer)"
"""How the results table names the baseline of these two benchmarks."""

BASELINE_MARKERS = (minimal_app.TITLE, minimal_app.QUIT_LABEL)
"""Texts that show the minimal app's first screen is fully drawn."""

STARTUP_NAME = "time to first full screen, 80x24 pty"
MEMORY_NAME = "peak memory of the same runs"


def first_screen(argv: Sequence[str], markers: Sequence[str]) -> tuple[float, int]:
    """Start ``argv`` in an 80x24 pty; return seconds to its full screen and KiB."""
    with pty_session(argv) as session:
        seconds = session.wait_for(markers, game.STARTUP_TIMEOUT)
    assert session.max_rss_kib is not None
    return seconds, session.max_rss_kib


def measure(
    subject: Callable[[], tuple[float, int]],
    baseline: Callable[[], tuple[float, int]],
    repeats: int,
) -> list[dict[str, Any]]:
    """Alternate subject and baseline starts; return the time and memory rows."""
    # One start of each, unmeasured, so both find their files in the disk cache.
    subject()
    baseline()
    memories: dict[str, list[float]] = {"subject": [], "baseline": []}

    def timed(which: str, start: Callable[[], tuple[float, int]]) -> float:
        seconds, kib = start()
        memories[which].append(kib / 1024)
        return seconds

    subject_times, baseline_times = alternate(
        lambda: timed("subject", subject),
        lambda: timed("baseline", baseline),
        repeats,
    )
    return [
        row(
            STARTUP_NAME,
            median(subject_times),
            "s",
            baseline=BASELINE_NAME,
            baseline_value=median(baseline_times),
            target="<= 1.3x",
            note="until the shop's name, two panel titles and the footer's pause "
            "key are all on screen; the slot opens at 12:00 on day 1",
        ),
        row(
            MEMORY_NAME,
            median(memories["subject"]),
            "MiB",
            baseline=BASELINE_NAME,
            baseline_value=median(memories["baseline"]),
            target="<= 1.5x",
        ),
    ]


def run(repeats: int = 7) -> list[dict[str, Any]]:
    """Measure the real game's start against the minimal app's, alternating."""
    missing = game.missing_parts("pizzatui.app", "pizzatui.storage", "pizzatui.cli")
    if missing:
        reason = f"{', '.join(missing)} not written yet"
        return [
            unavailable(STARTUP_NAME, reason, "<= 1.3x"),
            unavailable(MEMORY_NAME, reason, "<= 1.5x"),
        ]
    with tempfile.TemporaryDirectory(prefix="pizzatui-bench-") as folder:
        saves = Path(folder)
        game.prepare_slot(saves, until=game.LUNCH_PEAK)
        command = game.game_command(saves)
        return measure(
            lambda: first_screen(command, game.ORDERS_SCREEN_MARKERS),
            lambda: first_screen(baseline_command("minimal_app"), BASELINE_MARKERS),
            repeats,
        )
