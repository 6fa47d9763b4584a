"""The ``simulate`` command: tables, JSON totals, saved slots and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pizzatui import PizzaShop
from pizzatui.cli.simulate import main

TOTAL_KEYS = {
    "days",
    "seed",
    "customers",
    "served",
    "lost",
    "revenue",
    "costs",
    "profit",
    "cash",
    "avg_wait_minutes",
}


def _json(capsys, *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_totals_match_the_shop_played_directly(capsys):
    totals = _json(capsys, "--days", "3", "--seed", "41")
    assert set(totals) >= TOTAL_KEYS
    reports = PizzaShop(seed=41).run_days(3)
    assert totals["days"] == 3 and totals["seed"] == 41
    assert totals["customers"] == sum(r.customers for r in reports)
    assert totals["served"] == sum(r.served for r in reports)
    assert totals["lost"] == sum(r.lost for r in reports)
    assert totals["revenue"] == sum(r.revenue for r in reports) / 100
    assert totals["profit"] == sum(r.profit for r in reports) / 100
    assert totals["cash"] == reports[-1].cash_end / 100
    assert totals["costs"] == pytest.approx(
        sum(sum(r.costs.values()) for r in reports) / 100
    )
    assert 0 < totals["avg_wait_minutes"] < 30


def test_the_table_lists_each_day_and_a_total(capsys):
    assert main(["--days", "2", "--seed", "42"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Pizza Shop (seed 42)"
    assert "Served" in lines[1] and "Profit" in lines[1]
    assert lines[3].split()[0] == "1" and lines[4].split()[0] == "2"
    assert lines[-1].split()[0] == "All"


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["--days", "0"], "days must be between"),
        (["--days", "many"], "days must be a whole number"),
        (["--seed", "-3"], "seed must be 0 or more"),
        (["--seed", "abc"], "seed must be a whole number"),
        (["--slot", "../escape"], "slot name"),
        (["--slot", ""], "slot name"),
    ],
)
def test_bad_input_is_explained_with_status_two(argv, complaint, tmp_path, capsys):
    try:
        status = main([*argv, "--saves", str(tmp_path)])
    except SystemExit as stop:
        status = stop.code
    assert status == 2
    captured = capsys.readouterr()
    assert complaint in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_a_slot_is_created_then_continued(tmp_path, capsys):
    saves = str(tmp_path)
    first = _json(
        capsys, "--days", "2", "--seed", "43", "--slot", "run", "--saves", saves
    )
    second = _json(capsys, "--days", "2", "--slot", "run", "--saves", saves)
    straight = PizzaShop(seed=43).run_days(4)
    assert first["seed"] == second["seed"] == 43
    assert first["served"] == sum(r.served for r in straight[:2])
    assert second["served"] == sum(r.served for r in straight[2:])
    assert second["cash"] == straight[-1].cash_end / 100

    from pizzatui.storage import SaveStore

    assert len(SaveStore(tmp_path).load("run").history) == 4


def test_continuing_a_slot_with_another_seed_is_refused(tmp_path, capsys):
    saves = str(tmp_path)
    _json(capsys, "--days", "1", "--seed", "44", "--slot", "run", "--saves", saves)
    assert main(["--days", "1", "--seed", "45", "--slot", "run", "--saves", saves]) == 2
    assert "plays with seed 44" in capsys.readouterr().err


def test_the_installed_command_runs_simulate(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pizzatui",
            "simulate",
            "--days=1",
            "--seed=46",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["seed"] == 46
    bad = subprocess.run(
        [sys.executable, "-m", "pizzatui", "simulate", "--days", "-1"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert bad.returncode == 2
    assert "days must be between" in bad.stderr
    assert "Traceback" not in bad.stderr
