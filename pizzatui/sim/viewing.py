"""Build the plain, read-only picture of a shop that screens draw from."""

from __future__ import annotations

from typing import Any

from pizzatui.sim import model
from pizzatui.sim.day import daily_wage
from pizzatui.sim.model import customer_name
from pizzatui.sim.state import (
    ORDERING,
    PAYING,
    WAITING_STATES,
    Visit,
)
from pizzatui.sim.views import (
    CustomerView,
    MenuItemView,
    OvenSlotView,
    OvenView,
    ShopView,
    StaffView,
    StockView,
    TodayView,
)

HISTORY_DAYS_SHOWN = 30
"""How many past days the view carries for a chart of profit by day."""


def _customer_view(visit: Visit, clock: float, menu: list[Any]) -> CustomerView:
    """Show one customer inside the shop and how their patience stands."""
    waited = visit.waited
    if visit.state in WAITING_STATES:
        waited += clock - visit.waiting_since
    return CustomerView(
        name=customer_name(visit.serial),
        pizza=menu[visit.pizza].name,
        waited=round(waited, 2),
        patience_left=round(max(0.0, visit.patience - waited), 2),
        patience=round(visit.patience, 2),
    )


def _activity(person: Any, menu: list[Any]) -> str:
    """Say in a few words what one member of staff is doing."""
    visit = person.job
    if person.in_service:
        return "being serviced"
    if visit is None:
        return "free"
    customer = customer_name(visit.serial)
    if visit.state == ORDERING:
        return f"taking {customer}'s order"
    if visit.state == PAYING:
        return f"taking {customer}'s payment"
    return f"making a {menu[visit.pizza].name} for {customer}"


def _oven_view(number: int, oven: Any, clock: float, menu: list[Any]) -> OvenView:
    """Show one oven's slots and how far each pizza in them has baked."""
    slots = [
        OvenSlotView(
            pizza=menu[visit.pizza].name,
            progress=round(min(1.0, (clock - visit.baked_at) / model.BAKE_MINUTES), 3),
        )
        for visit in oven.baking
    ]
    slots += [OvenSlotView(pizza=None, progress=0.0)] * (oven.slots - len(slots))
    return OvenView(number=number, slots=tuple(slots))


def build_view(shop: Any) -> ShopView:
    """Take a picture of ``shop`` as it is at this minute of the day."""
    clock = shop.clock
    menu = shop.menu
    ledger = shop.ledger
    can_make = [
        all(shop.stock[ingredient] > 0 for ingredient in item.recipe) for item in menu
    ]
    return ShopView(
        name=shop.name,
        seed=shop.seed,
        day=shop.day,
        minute=shop.minute,
        is_open=shop.is_open,
        opens_at=model.OPENS_AT,
        closes_at=model.CLOSES_AT,
        cash=shop.cash,
        reputation=round(shop.reputation, 3),
        payroll_per_day=sum(daily_wage(person.salary_cents) for person in shop.staff),
        waiting=tuple(
            _customer_view(visit, clock, menu) for visit in shop._present.values()
        ),
        staff=tuple(
            StaffView(
                name=person.name,
                role=person.role,
                salary=person.salary_cents,
                pace=person.pace,
                activity=_activity(person, menu),
                busy=person.job is not None or person.in_service,
            )
            for person in shop.staff
        ),
        ovens=tuple(
            _oven_view(number, oven, clock, menu)
            for number, oven in enumerate(shop.ovens, start=1)
        ),
        menu=tuple(
            MenuItemView(
                name=item.name,
                price=item.price,
                usual_price=item.usual,
                sold_today=ledger.sold[index],
                can_make=can_make[index],
            )
            for index, item in enumerate(menu)
        ),
        stock=tuple(
            StockView(
                ingredient=ingredient,
                on_hand=on_hand,
                on_order=shop.on_order[ingredient],
                unit_cost=model.UNIT_COSTS[ingredient],
            )
            for ingredient, on_hand in shop.stock.items()
        ),
        today=TodayView(
            customers=ledger.customers,
            served=ledger.served,
            lost=ledger.lost,
            revenue=ledger.revenue,
            avg_wait=round(ledger.avg_wait, 2),
            worst_wait=round(ledger.worst_wait, 2),
            revenue_by_hour=tuple(
                ledger.revenue_by_hour[model.OPENS_AT // 60 : model.SENT_HOME_AT // 60]
            ),
        ),
        profit_by_day=tuple(
            report.profit for report in shop.history[-HISTORY_DAYS_SHOWN:]
        ),
    )
