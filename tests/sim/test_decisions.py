"""On fixed seeds, the player's decisions change how the shop does."""

from __future__ import annotations

import pytest

from pizzatui import PizzaShop
from pizzatui.sim.views import DayReport

DAYS = 5
SEEDS = (3, 11, 29)


def _sum(reports: list[DayReport], field: str) -> float:
    return sum(getattr(report, field) for report in reports)


def _average_wait(reports: list[DayReport]) -> float:
    served = _sum(reports, "served")
    return sum(r.avg_wait * r.served for r in reports) / served


def _rush_hour_shop(seed: int, ovens: int) -> PizzaShop:
    """A shop with cooks and servers to spare and cheap pizzas: the oven limits it."""
    shop = PizzaShop(seed=seed)
    shop.cash = 1_000_000_00
    for name in ("Ann", "Cy", "Di"):
        shop.hire("chef", name)
    for name in ("Sue", "Tom"):
        shop.hire("server", name)
    for item in shop.menu:
        shop.set_price(item.name, item.usual / 200)
    for ingredient in shop.ingredient_names:
        shop.set_standing_order(ingredient, 900)
        shop.restock(ingredient, 700)
    for _ in range(ovens - 1):
        shop.buy_oven()
    return shop


@pytest.mark.parametrize("seed", SEEDS)
def test_with_no_server_nobody_is_served(seed):
    shop = PizzaShop(seed=seed)
    shop.fire("Pat")
    reports = shop.run_days(2)
    assert _sum(reports, "customers") > 0
    assert _sum(reports, "served") == 0
    assert _sum(reports, "revenue") == 0
    assert _sum(reports, "lost") == _sum(reports, "customers")


@pytest.mark.parametrize("seed", SEEDS)
def test_more_chefs_cut_waits_when_the_kitchen_is_the_bottleneck(seed):
    alone = PizzaShop(seed=seed)
    alone.hire("server", "Sue")
    helped = PizzaShop(seed=seed)
    helped.hire("server", "Sue")
    helped.hire("chef", "Ann")
    helped.hire("chef", "Cy")
    slow, fast = alone.run_days(DAYS), helped.run_days(DAYS)
    assert _average_wait(fast) < _average_wait(slow) * 0.7
    assert _sum(fast, "lost") < _sum(slow, "lost")
    assert _sum(fast, "served") > _sum(slow, "served")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_second_oven_helps_when_the_oven_is_the_bottleneck(seed):
    one, two = _rush_hour_shop(seed, 1), _rush_hour_shop(seed, 2)
    crowded, roomy = one.run_days(DAYS), two.run_days(DAYS)
    assert _sum(crowded, "oven_use") / DAYS > 0.7
    assert _average_wait(roomy) < _average_wait(crowded) * 0.6
    assert _sum(roomy, "lost") < _sum(crowded, "lost")
    assert _sum(roomy, "served") > _sum(crowded, "served")


@pytest.mark.parametrize("seed", SEEDS)
def test_prices_far_above_usual_lose_revenue(seed):
    usual = PizzaShop(seed=seed)
    dear = PizzaShop(seed=seed)
    for item in dear.menu:
        dear.set_price(item.name, item.usual * 3 / 100)
    usual_days, dear_days = usual.run_days(DAYS), dear.run_days(DAYS)
    assert _sum(dear_days, "customers") < _sum(usual_days, "customers") / 4
    assert _sum(dear_days, "revenue") < _sum(usual_days, "revenue") * 0.75


@pytest.mark.parametrize("seed", SEEDS)
def test_running_out_of_stock_loses_sales(seed):
    stocked = PizzaShop(seed=seed)
    short = PizzaShop(seed=seed)
    short.set_standing_order("cheese", 40)
    stocked_days, short_days = stocked.run_days(DAYS), short.run_days(DAYS)
    assert _sum(short_days, "served") < _sum(stocked_days, "served") * 0.5
    assert _sum(short_days, "revenue") < _sum(stocked_days, "revenue") * 0.5
    assert _sum(short_days, "lost") > _sum(stocked_days, "lost")


def test_a_stock_out_is_narrated():
    shop = PizzaShop(seed=3)
    shop.stock["cheese"] = 2
    events = shop.advance(120)
    assert any(event.text.startswith("Out of cheese: ") for event in events)
