"""Playing straight on to closing gives the same day as letting the clock run."""

from __future__ import annotations

from pizzatui import PizzaShop
from pizzatui.sim.views import EventKind


def test_finishing_a_day_mid_way_matches_running_it_whole() -> None:
    hurried, patient = PizzaShop(seed=21), PizzaShop(seed=21)
    hurried.advance(90)
    events = hurried.finish_day()
    patient.run_days(1)
    assert hurried.history == patient.history
    day_ends = [event for event in events if event.kind is EventKind.DAY_END]
    assert [event.report for event in day_ends] == [hurried.history[-1]]


def test_finishing_tells_every_line_to_the_listener() -> None:
    heard: list[str] = []
    shop = PizzaShop(seed=21)
    shop.narrate_to(heard.append)
    events = shop.finish_day()
    assert heard == [event.text for event in events]
    assert any("makes pizza" in line for line in heard)


def test_between_days_finishing_plays_the_next_whole_day() -> None:
    shop = PizzaShop(seed=21)
    shop.run_days(1)
    shop.skip_night()
    shop.finish_day()
    assert [report.day for report in shop.history] == [1, 2]
