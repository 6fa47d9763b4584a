"""The day's clock, the book's lines during service, the view and the actions."""

from __future__ import annotations

import pickle

import pytest

from pizzatui import PizzaShop, ShopError
from pizzatui.narration import narrating_to
from pizzatui.sim import model
from pizzatui.sim.day import daily_wage
from pizzatui.sim.views import EventKind, ShopView


def test_a_new_shop_waits_at_opening_time_with_the_book_crew():
    shop = PizzaShop(seed=1)
    assert (shop.day, shop.minute) == (1, model.OPENS_AT)
    assert repr(shop.server) == "<Employee: name=Pat, salary=40000>"
    assert repr(shop.chef) == "<Employee: name=Bob, salary=50000>"
    assert shop.oven is shop.ovens[0]
    assert shop.seed == 1
    assert not shop.is_open


def test_a_shop_without_a_seed_draws_and_keeps_one():
    shop = PizzaShop()
    assert isinstance(shop.seed, int)
    twin = PizzaShop(seed=shop.seed)
    assert shop.run_days(1) == twin.run_days(1)


@pytest.mark.parametrize("seed", [-1, 1.5, "7", True])
def test_a_bad_seed_is_refused(seed):
    with pytest.raises(ValueError, match="seed"):
        PizzaShop(seed=seed)


def test_service_narrates_the_book_lines_and_returns_them_as_events():
    shop = PizzaShop(seed=3)
    heard: list[str] = []
    shop.narrate_to(heard.append)
    events = shop.advance(120)
    assert [event.text for event in events] == heard
    texts = set(heard)
    assert "Pizza Shop opens for day 1" in texts
    assert "Bob makes pizza" in texts
    assert "oven bakes" in texts
    server = "<Employee: name=Pat, salary=40000>"
    orders = [e for e in events if e.kind is EventKind.ORDER]
    payments = [e for e in events if e.kind is EventKind.PAY]
    assert orders and payments
    assert all(e.text.endswith(f" orders from {server}") for e in orders)
    assert all(e.text.endswith(f" pays for item to {server}") for e in payments)
    assert all(e.day == 1 and 660 <= e.minute <= 780 for e in events)
    assert [e.minute for e in events] == sorted(e.minute for e in events)


def test_advance_prints_in_a_plain_session(capsys):
    shop = PizzaShop(seed=3)
    shop.advance(30)
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "Pizza Shop opens for day 1"
    assert "oven bakes" in printed


def test_headless_days_say_nothing(capsys):
    shop = PizzaShop(seed=3)
    heard: list[str] = []
    with narrating_to(heard.append):
        shop.run_days(1)
    assert heard == []
    assert capsys.readouterr().out == ""


def test_a_day_opens_closes_and_ends_with_a_report():
    shop = PizzaShop(seed=4)
    events = shop.advance(24 * 60)
    kinds = [event.kind for event in events]
    assert kinds[0] is EventKind.OPEN
    close = next(e for e in events if e.kind is EventKind.CLOSE)
    assert close.minute == model.CLOSES_AT
    assert not any(
        e.kind is EventKind.ARRIVE and e.minute >= model.CLOSES_AT for e in events
    )
    end = next(e for e in events if e.kind is EventKind.DAY_END)
    assert model.CLOSES_AT <= end.minute <= model.SENT_HOME_AT + 60
    report = end.report
    assert report is shop.history[0]
    assert report.day == 1
    assert report.customers == report.served + report.lost
    assert report.customers > 50
    assert report.revenue > 0
    assert report.profit == report.revenue - sum(report.costs.values())
    assert report.costs["rent"] == model.RENT_PER_DAY
    assert report.costs["wages"] == daily_wage(40000_00) + daily_wage(50000_00)
    assert 0 < report.oven_use <= 1
    assert report.best_seller in shop.pizza_names
    assert report.worst_wait >= report.avg_wait >= 0
    assert events[-1].kind is EventKind.OPEN or shop.day == 2


def test_wages_follow_the_yearly_salary_and_a_raise():
    assert daily_wage(36500_00) == 100_00
    shop = PizzaShop(seed=4)
    shop.give_raise("Pat", 0.10)
    report = shop.run_days(1)[0]
    assert report.costs["wages"] == daily_wage(44000_00) + daily_wage(50000_00)


def test_patience_runs_out_only_while_waiting():
    shop = PizzaShop(seed=5)
    shop.fire("Bob")
    events = shop.advance(240)
    leaves = [e for e in events if e.kind is EventKind.LEAVE]
    assert leaves
    for event in leaves:
        waited = float(event.text.split(" gives up after ")[1].split()[0])
        assert (
            model.PATIENCE_MIN - 1
            <= waited
            <= model.PATIENCE_MIN + (model.PATIENCE_SPREAD + 1)
        )


def test_the_view_shows_queue_staff_ovens_menu_and_stock():
    shop = PizzaShop(seed=6)
    shop.advance(8 * 60)
    view = shop.view()
    assert isinstance(view, ShopView)
    assert view.is_open and view.day == 1
    assert {member.name for member in view.staff} == {"Pat", "Bob"}
    robot = next(member for member in view.staff if member.role == "robot")
    assert robot.pace == model.ROBOT_PACE
    assert len(view.ovens) == 1 and len(view.ovens[0].slots) == model.OVEN_SLOTS
    assert all(0 <= slot.progress <= 1 for slot in view.ovens[0].slots)
    assert [item.name for item in view.menu] == list(shop.pizza_names)
    assert [stock.ingredient for stock in view.stock] == list(shop.ingredient_names)
    assert view.today.customers >= view.today.served > 0
    for customer in view.waiting:
        assert 0 <= customer.patience_left <= customer.patience
    busy = [member for member in view.staff if member.busy]
    assert all(member.activity != "free" for member in busy)
    assert sum(view.today.revenue_by_hour) == view.today.revenue
    pickle.dumps(view)


def test_save_summary_has_the_header_fields():
    shop = PizzaShop("Luigi's", seed=7)
    shop.run_days(1)
    summary = shop.save_summary()
    assert set(summary) == {"shop", "day", "minute", "cash", "staff", "served"}
    assert summary["shop"] == "Luigi's"
    assert summary["served"] == shop.history[0].served
    assert summary["staff"] == 2
    assert summary["cash"] == shop.cash == shop.history[0].cash_end


def test_hiring_draws_a_visible_pace_and_a_robot_is_steady():
    shop = PizzaShop(seed=8)
    paces = {shop.hire("chef", f"Cook {n}").pace for n in range(6)}
    assert len(paces) > 1
    assert all(model.HUMAN_PACE_LOW <= pace <= model.HUMAN_PACE_HIGH for pace in paces)
    robot = shop.hire("robot", "Robo")
    assert robot.pace == model.ROBOT_PACE and robot.steady


def test_a_robot_stops_for_servicing_after_so_many_pizzas():
    shop = PizzaShop(seed=8)
    heard: list[str] = []
    shop.narrate_to(heard.append)
    events = shop.advance(11 * 60)
    made = [e for e in events if e.text == "Bob makes pizza"]
    services = [e for e in events if e.kind is EventKind.SERVICE]
    assert len(made) > model.ROBOT_SERVICE_EVERY
    assert services[0].text == "Bob stops for 15 minutes of servicing"
    assert len(services) == len(made) // model.ROBOT_SERVICE_EVERY
    first = services[0].minute
    after = [e.minute for e in made if e.minute > first]
    assert after[0] >= first + model.ROBOT_SERVICE_MINUTES


def test_actions_refuse_what_makes_no_sense():
    shop = PizzaShop(seed=9)
    with pytest.raises(ValueError, match="no pizza"):
        shop.set_price("Calzone", 10)
    with pytest.raises(ValueError, match="between"):
        shop.set_price("Margherita", 0)
    with pytest.raises(ValueError, match="number"):
        shop.set_price("Margherita", "cheap")
    with pytest.raises(ValueError, match="stocks no"):
        shop.restock("gold", 3)
    with pytest.raises(ValueError, match="whole number"):
        shop.restock("cheese", 2.5)
    with pytest.raises(ValueError, match="between"):
        shop.restock("cheese", 0)
    with pytest.raises(ValueError, match="zero or more"):
        shop.advance(-1)
    with pytest.raises(ValueError, match="1 or more"):
        shop.run_days(0)
    shop.cash = 100
    with pytest.raises(ShopError, match="oven costs"):
        shop.buy_oven()


def test_restocking_normally_arrives_by_opening_and_rushed_within_the_hour():
    shop = PizzaShop(seed=10)
    shop.run_days(1)
    assert not shop.is_open
    on_hand = shop.stock["ham"]
    cost = shop.restock("ham", 20)
    rushed = shop.restock("ham", 20, rushed=True)
    assert cost == 20 * model.UNIT_COSTS["ham"]
    assert rushed == cost * 3 // 2
    assert shop.view().stock[shop.ingredient_names.index("ham")].on_order == 40
    events = shop.advance(model.RUSH_DELIVERY_MINUTES)
    assert [e.text for e in events] == ["A rushed delivery arrives: 20 ham"]
    assert shop.stock["ham"] == on_hand + 20
    assert shop.on_order["ham"] == 20
    events = shop.advance(24 * 60 - shop.minute + model.OPENS_AT)
    assert "A delivery arrives: 20 ham" in [e.text for e in events]
    assert shop.on_order["ham"] == 0


def test_prices_and_orders_use_integer_cents():
    shop = PizzaShop(seed=11)
    item = shop.set_price("veggie", "13.99")
    assert item.price == 1399
    shop.run_days(2)
    assert all(isinstance(report.revenue, int) for report in shop.history)
    assert isinstance(shop.cash, int)
