"""Run every benchmark, print the table and write it to benchmarks/results.md."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import report
from benchmarks.harness import unavailable

RESULTS = Path(__file__).resolve().parent / "results.md"
"""Where the latest table is written."""

ROW_KEYS = ("name", "value", "unit", "baseline", "baseline_value", "ratio", "target")
"""The keys every benchmark's rows carry."""

log = logging.getLogger("benchmarks")


@dataclass(frozen=True)
class Benchmark:
    """One benchmark module, the rows it stands for, and how hard to run it."""

    key: str
    module: str
    rows: tuple[tuple[str, str], ...]
    """Each row's name and target, shown as not run when the module fails."""
    full: dict[str, Any] = field(default_factory=dict)
    quick: dict[str, Any] = field(default_factory=dict)


BENCHMARKS = (
    Benchmark(
        "startup",
        "benchmarks.bench_startup",
        (
            ("time to first full screen, 80x24 pty", "<= 1.3x"),
            ("peak memory of the same runs", "<= 1.5x"),
        ),
        full={"repeats": 7},
        quick={"repeats": 3},
    ),
    Benchmark(
        "sim",
        "benchmarks.bench_sim",
        (("simulation cost per customer, 30 days", "<= 3x"),),
    ),
    Benchmark(
        "autosave",
        "benchmarks.bench_autosave",
        (
            ("save size after 365 simulated days", "<= 100 KiB"),
            ("autosave that shop (encode + write + fsync)", "report"),
        ),
        full={"repeats": 15},
        quick={"repeats": 5},
    ),
    Benchmark(
        "stall",
        "benchmarks.bench_stall",
        (("longest event-loop stall, live screen at 16x, saving", "<= 1 frame"),),
        full={"seconds": 10.0},
        quick={"seconds": 4.0},
    ),
    Benchmark(
        "saves",
        "benchmarks.bench_saves",
        (("listing 500 slots", "<= 3x, < 0.3 s"),),
    ),
    Benchmark(
        "bandwidth",
        "benchmarks.bench_bandwidth",
        (
            ("bytes to the terminal at 1x", "<= 8 KB/s"),
            ("bytes to the terminal while paused", "<= 0.2 KB/s"),
        ),
        full={"repeats": 3, "seconds": 5.0},
        quick={"repeats": 1, "seconds": 3.0},
    ),
)
"""Every benchmark, in the order the table lists them."""


def not_run(benchmark: Benchmark, reason: str) -> list[dict[str, Any]]:
    """Stand in for a benchmark's rows with the reason it did not run."""
    return [unavailable(name, reason, target) for name, target in benchmark.rows]


def run_one(benchmark: Benchmark, quick: bool) -> list[dict[str, Any]]:
    """Run one benchmark; a missing or failing module gives rows saying why."""
    try:
        module = importlib.import_module(benchmark.module)
    except ModuleNotFoundError as error:
        if error.name != benchmark.module:
            raise
        path = benchmark.module.replace(".", "/") + ".py"
        return not_run(benchmark, f"{path} is not written yet")
    options = benchmark.quick if quick else benchmark.full
    try:
        rows = module.run(**options)
    # One benchmark's failure must not hide the others' figures.
    except Exception as error:
        log.debug("benchmark %s failed", benchmark.key, exc_info=True)
        traceback.print_exc(file=sys.stderr)
        return not_run(benchmark, f"failed: {type(error).__name__}: {error}")
    broken = [
        result
        for result in rows
        if not isinstance(result, dict) or any(key not in result for key in ROW_KEYS)
    ]
    if broken or not rows:
        return not_run(benchmark, f"failed: run() gave rows without {ROW_KEYS}")
    return rows


def build_parser() -> argparse.ArgumentParser:
    """Build the runner's command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Run pizzatui's benchmarks against their baselines.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer repeats, for a quick look"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=[benchmark.key for benchmark in BENCHMARKS],
        metavar="NAME",
        help="run only these: " + ", ".join(b.key for b in BENCHMARKS),
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=RESULTS,
        help=f"where to write the table (default: {RESULTS.name} beside the code)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 1 when a target is missed, not only when one fails",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the chosen benchmarks, print and write the table; return the status."""
    args = build_parser().parse_args(argv)
    chosen = [b for b in BENCHMARKS if args.only is None or b.key in args.only]
    about = report.machine()
    results: list[dict[str, Any]] = []
    for benchmark in chosen:
        started = time.monotonic()
        print(f"running {benchmark.key} ...", file=sys.stderr, flush=True)
        results += run_one(benchmark, args.quick)
        spent = time.monotonic() - started
        print(f"  done in {spent:.1f} s", file=sys.stderr, flush=True)
    command = "python -m benchmarks" + (" " + " ".join(argv or sys.argv[1:])).rstrip()
    print(report.table(results))
    listed_notes = report.notes(results)
    if listed_notes:
        print("\n" + listed_notes)
    args.output.write_text(report.markdown(results, about, command), encoding="utf-8")
    print(f"\nwritten to {args.output}")
    verdicts = [report.verdict(result) for result in results]
    if report.NOT_RUN in verdicts:
        return 1
    if args.strict and report.MISSED in verdicts:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
