"""Each benchmark's measuring code drives the real game and returns agreed rows."""

from __future__ import annotations

import itertools

from benchmarks import bench_autosave, bench_bandwidth, bench_stall, bench_startup, game
from benchmarks.__main__ import ROW_KEYS
from pizzatui.storage import SaveStore


def test_prepared_slot_opens_at_the_lunch_peak(tmp_path) -> None:
    game.prepare_slot(tmp_path, until=game.LUNCH_PEAK)
    info = SaveStore(tmp_path).info(game.SLOT)
    assert info.status == "ok"
    assert (info.day, info.minute) == (1, game.LUNCH_PEAK)
    assert info.served > 0


def test_startup_rows_take_medians_of_time_and_memory() -> None:
    subject = itertools.cycle([(0.5, 40 * 1024), (0.7, 44 * 1024)])
    baseline = itertools.cycle([(0.4, 32 * 1024)])
    rows = bench_startup.measure(lambda: next(subject), lambda: next(baseline), 3)
    time_row, memory_row = rows
    assert all(key in result for result in rows for key in ROW_KEYS)
    # The unmeasured warm-up took the first subject start; then 0.7, 0.5, 0.7.
    assert time_row["value"] == 0.7
    assert time_row["ratio"] == 0.7 / 0.4
    assert memory_row["value"] == 44.0
    assert memory_row["baseline_value"] == 32.0


def test_bandwidth_rows_report_kilobytes_per_second() -> None:
    rows = bench_bandwidth.measure(lambda: (6000.0, 100.0), lambda: (24000.0, 300.0), 1)
    running, paused = rows
    assert (running["value"], running["baseline_value"]) == (6.0, 24.0)
    assert running["ratio"] == 0.25
    assert (paused["value"], paused["baseline_value"]) == (0.1, 0.3)


def test_autosave_measures_a_real_save_against_a_pickle(tmp_path) -> None:
    shop = bench_autosave.year_old_shop(days=2)
    size, autosave = bench_autosave.measure(shop, tmp_path, repeats=1)
    assert 0 < size["value"] < 100
    assert autosave["value"] > 0
    assert autosave["baseline_value"] > 0
    saved = SaveStore(tmp_path).load(game.SLOT)
    assert saved.save_summary() == shop.save_summary()
    assert shop.save_summary()["day"] >= 2


async def test_stall_runs_the_live_screen_at_top_speed_while_saving(tmp_path) -> None:
    game.prepare_slot(tmp_path, until=game.LUNCH_PEAK)
    worst, saves_asked, probes = await bench_stall.measure_stall(tmp_path, 0.6)
    assert worst > 0
    assert saves_asked >= 1
    assert probes > 10
    assert SaveStore(tmp_path).info(game.SLOT).minute > game.LUNCH_PEAK
