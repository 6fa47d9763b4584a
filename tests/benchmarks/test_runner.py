"""The runner judges targets, survives missing or failing benchmarks, writes results."""

from __future__ import annotations

import sys
import types

import pytest

import benchmarks.__main__ as runner
from benchmarks import report
from benchmarks.harness import row, unavailable


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (row("a", 1.2, "s", baseline_value=1.0, target="<= 1.3x"), report.MET),
        (row("a", 1.4, "s", baseline_value=1.0, target="<= 1.3x"), report.MISSED),
        (row("a", 39.0, "KiB", target="<= 100 KiB"), report.MET),
        (row("a", 9.1, "KB/s", baseline_value=25, target="<= 8 KB/s"), report.MISSED),
        (row("a", 20.0, "ms", baseline_value=16.7, target="<= 1 frame"), report.MISSED),
        (row("a", 0.2, "s", baseline_value=0.1, target="<= 3x, < 0.3 s"), report.MET),
        (row("a", 0.35, "s", baseline_value=0.2, target="<= 3x, < 0.3 s"), "MISSED"),
        (row("a", 8.0, "ms", baseline_value=1.0, target="report"), report.UNJUDGED),
        (unavailable("a", "not written yet", "<= 1.3x"), report.NOT_RUN),
    ],
)
def test_verdicts(result: dict, expected: str) -> None:
    assert report.verdict(result) == expected


def test_table_shows_values_units_ratios_and_verdicts() -> None:
    table = report.table(
        [
            row(
                "start",
                0.52,
                "s",
                baseline="minimal app",
                baseline_value=0.4,
                target="<= 1.3x",
            ),
            unavailable("listing", "bench_saves.py is not written yet", "<= 3x"),
        ]
    )
    lines = table.splitlines()
    assert (
        lines[2] == "| start | 0.52 s | minimal app | 0.40 s | 1.30x | <= 1.3x | met |"
    )
    assert lines[3] == "| listing | - | - | - | - | <= 3x | NOT RUN |"


def fake_module(monkeypatch: pytest.MonkeyPatch, name: str, run: object) -> None:
    module = types.ModuleType(name)
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, name, module)


def test_a_missing_module_gives_rows_saying_so() -> None:
    benchmark = runner.Benchmark(
        "ghost", "benchmarks.bench_ghost", (("ghost rows", "<= 2x"),)
    )
    rows = runner.run_one(benchmark, quick=False)
    assert [r["name"] for r in rows] == ["ghost rows"]
    assert rows[0]["note"] == (
        "not available: benchmarks/bench_ghost.py is not written yet"
    )
    assert report.verdict(rows[0]) == report.NOT_RUN


def test_a_failing_benchmark_gives_rows_with_its_error(monkeypatch) -> None:
    def broken(**options: object) -> list:
        raise ValueError("the oven is cold")

    fake_module(monkeypatch, "benchmarks.bench_broken", broken)
    benchmark = runner.Benchmark("broken", "benchmarks.bench_broken", (("b", ""),))
    rows = runner.run_one(benchmark, quick=True)
    assert "failed: ValueError: the oven is cold" in rows[0]["note"]


def test_rows_without_the_agreed_keys_are_refused(monkeypatch) -> None:
    fake_module(monkeypatch, "benchmarks.bench_odd", lambda: [{"name": "odd"}])
    benchmark = runner.Benchmark("odd", "benchmarks.bench_odd", (("odd", ""),))
    assert report.verdict(runner.run_one(benchmark, quick=False)[0]) == "NOT RUN"


def test_quick_and_full_options_reach_run(monkeypatch) -> None:
    seen: list[dict] = []

    def run(**options: object) -> list:
        seen.append(options)
        return [row("fine", 1.0, "s", baseline_value=1.0, target="<= 2x")]

    fake_module(monkeypatch, "benchmarks.bench_fine", run)
    benchmark = runner.Benchmark(
        "fine", "benchmarks.bench_fine", (), full={"repeats": 9}, quick={"repeats": 1}
    )
    runner.run_one(benchmark, quick=True)
    runner.run_one(benchmark, quick=False)
    assert seen == [{"repeats": 1}, {"repeats": 9}]


def test_main_prints_and_writes_the_table(monkeypatch, tmp_path, capsys) -> None:
    fake_module(
        monkeypatch,
        "benchmarks.bench_fine",
        lambda: [row("fine", 3.0, "s", baseline_value=1.0, target="<= 2x")],
    )
    monkeypatch.setattr(
        runner,
        "BENCHMARKS",
        (
            runner.Benchmark("fine", "benchmarks.bench_fine", (("fine", "<= 2x"),)),
            runner.Benchmark("ghost", "benchmarks.bench_ghost", (("ghost", ""),)),
        ),
    )
    output = tmp_path / "results.md"
    assert runner.main(["--only", "fine", "--output", str(output)]) == 0
    assert runner.main(["--only", "fine", "--strict", "--output", str(output)]) == 1
    assert runner.main(["--output", str(output)]) == 1
    printed = capsys.readouterr().out
    assert "| fine | 3.00 s | - | 1.00 s | 3.00x | <= 2x | MISSED |" in printed
    page = output.read_text(encoding="utf-8")
    assert "| ghost | - |" in page
    assert "## Machine" in page
    assert "- python: " in page
    assert "- textual: " in page
    assert "make bench" in page
    assert "python -m benchmarks --output" in page
