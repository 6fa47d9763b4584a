"""Benchmark: listing 500 save slots against merely reading 500 small files.

Run alone with ``python -m benchmarks.bench_saves``; ``python -m benchmarks`` runs
it with the others.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.harness import alternate, median, row, unavailable
from pizzatui import PizzaShop
from pizzatui.narration import narrating_to, silence
from pizzatui.storage import SaveStore

NAME = "listing 500 slots"
TARGET = "<= 3x, < 0.3 s"
SLOTS = 500
SMALL_FILE = b"x" * 1024


def _fill(saves: Path, small: Path) -> None:
    """Write 500 real slot files and 500 small plain files."""
    store = SaveStore(saves)
    shop = PizzaShop("Bench Pizza", seed=5)
    with narrating_to(silence):
        shop.run_days(5)
    for number in range(SLOTS):
        slot = f"slot {number:03d}"
        (saves / f"{slot}.pkl").write_bytes(store.encode(slot, shop))
        (small / f"file {number:03d}.txt").write_bytes(SMALL_FILE)


def _read_small_files(small: Path) -> Callable[[], int]:
    """Return a run that opens and reads every small file once."""

    def read_all() -> int:
        return sum(len(path.read_bytes()) for path in small.iterdir())

    return read_all


def _timed(run: Callable[[], object]) -> Callable[[], float]:
    """Return a measurement: the seconds one call of ``run`` takes."""

    def measure() -> float:
        start = time.perf_counter()
        run()
        return time.perf_counter() - start

    return measure


def run(repeats: int = 7) -> list[dict[str, Any]]:
    """Measure listing against the baseline, alternating, and report medians."""
    with tempfile.TemporaryDirectory() as temp:
        saves, small = Path(temp, "saves"), Path(temp, "small")
        saves.mkdir()
        small.mkdir()
        _fill(saves, small)
        store = SaveStore(saves)
        if len(store.list()) != SLOTS or not all(info.ok for info in store.list()):
            return [unavailable(NAME, "the slots did not list as ok", TARGET)]
        listing, baseline = alternate(
            _timed(store.list), _timed(_read_small_files(small)), repeats
        )
    value, base = median(listing), median(baseline)
    return [
        row(
            NAME,
            round(value, 4),
            "s",
            baseline=f"read {SLOTS} small files",
            baseline_value=round(base, 4),
            ratio=round(value / base, 2),
            target=TARGET,
        )
    ]


def main() -> None:
    """Print the results as a table."""
    results = run()
    columns = [key for key in results[0] if key != "note"]
    rows = [columns, *([str(result[key]) for key in columns] for result in results)]
    widths = [max(len(row[index]) for row in rows) for index in range(len(columns))]
    for line in rows:
        cells = zip(line, widths, strict=True)
        print("  ".join(cell.ljust(width) for cell, width in cells))


if __name__ == "__main__":
    main()
