"""How much one customer costs the engine, against the book's plain order().

Run ``python benchmarks/bench_sim.py`` (or ``python -m benchmarks --only sim``):
it plays 30 days of a seeded shop with narration off and times the book's
``PizzaShop.order()`` in the same process, alternating the two, and reports the
median cost per customer of each.
"""

from __future__ import annotations

import contextlib
import io
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a script: make the repository importable as the runner would.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import alternate, median, row
from pizzatui.pizzashop import PizzaShop

DAYS = 30
SEED = 2024
BOOK_ORDERS = 5_000
TARGET = "<= 3x"
NAME = f"simulation cost per customer, {DAYS} days"


def engine_cost(days: int = DAYS, seed: int = SEED) -> float:
    """Microseconds per customer for one headless run of a fresh shop."""
    shop = PizzaShop(seed=seed)
    started = time.perf_counter()
    reports = shop.run_days(days)
    elapsed = time.perf_counter() - started
    return elapsed * 1e6 / sum(report.customers for report in reports)


def book_cost(orders: int = BOOK_ORDERS) -> float:
    """Microseconds per customer for the book's order(), its lines sent to a sink."""
    shop = PizzaShop(seed=SEED)
    with contextlib.redirect_stdout(io.StringIO()):
        started = time.perf_counter()
        for _ in range(orders):
            shop.order("LSP")
        elapsed = time.perf_counter() - started
    return elapsed * 1e6 / orders


def run(repeats: int = 7, days: int = DAYS) -> list[dict[str, Any]]:
    """Measure both, alternating runs, and return the result row."""
    engine, book = alternate(lambda: engine_cost(days), book_cost, repeats)
    return [
        row(
            NAME,
            round(median(engine), 2),
            "µs",
            baseline="book PizzaShop.order(), lines to a null sink",
            baseline_value=round(median(book), 2),
            target=TARGET,
            note="narration off; median of alternating runs",
        )
    ]


def main() -> None:
    """Print the measurements as a table."""
    rows = run()
    columns = ("name", "value", "unit", "baseline", "baseline_value", "ratio", "target")
    print(" | ".join(columns))
    print(" | ".join("---" for _ in columns))
    for result in rows:
        shown = dict(result, ratio=f"{result['ratio']:.2f}x")
        print(" | ".join(str(shown[column]) for column in columns))


if __name__ == "__main__":
    main()
