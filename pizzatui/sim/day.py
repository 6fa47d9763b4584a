"""The shop's day around the service: opening, closing, deliveries and the books.

``DayCycle`` is mixed into ``PizzaShop`` beside ``ServiceEngine``, whose event
heap it shares.
"""

from __future__ import annotations

from pizzatui.money import format_money
from pizzatui.sim import model
from pizzatui.sim.engine import CLOSE, OPEN, SEND_HOME
from pizzatui.sim.model import customer_name
from pizzatui.sim.state import FOR_PAYING, WAITING_STATES, DayLedger, ShopState
from pizzatui.sim.views import DayReport, EventKind

_SEND_HOME_AGAIN = 30.0
"""After 23:00 the shop looks again every half hour until everyone has gone."""


def daily_wage(salary_cents: int) -> int:
    """One day's pay from a yearly salary, rounded half up to the cent."""
    return (salary_cents * 2 + model.DAYS_PER_YEAR) // (2 * model.DAYS_PER_YEAR)


class DayCycle(ShopState):
    """Methods that open and close the shop and settle each day's accounts."""

    # Opening, closing and the night.

    def _on_open(self, when: float, _subject: object) -> None:
        self.is_open = True
        self._day_over = False
        self.trading_day = int(when // model.MINUTES_PER_DAY) + 1
        day_start = when - model.OPENS_AT
        if self._narrate:
            self._tell(
                when, EventKind.OPEN, f"{self.name} opens for day {self.trading_day}"
            )
        self._receive_deliveries(when)
        self._schedule(day_start + model.CLOSES_AT, CLOSE, None)
        self._schedule_arrival(when)

    def _on_close(self, when: float, _subject: object) -> None:
        self.is_open = False
        if self._narrate:
            inside = len(self._present)
            self._tell(
                when,
                EventKind.CLOSE,
                f"{self.name} closes its doors; {inside} "
                f"customer{'' if inside == 1 else 's'} still inside",
            )
        day_start = when - model.CLOSES_AT
        self._schedule(day_start + model.SENT_HOME_AT, SEND_HOME, None)
        self._end_day_if_done(when)

    def _on_send_home(self, when: float, _subject: object) -> None:
        if self._day_over:
            return
        for visit in list(self._present.values()):
            if visit.state in WAITING_STATES or visit.state == FOR_PAYING:
                if visit.state in WAITING_STATES:
                    visit.waited += when - visit.waiting_since
                self._lose(visit, when)
                if self._narrate:
                    self._tell(
                        when,
                        EventKind.LEAVE,
                        f"{customer_name(visit.serial)} is sent home at closing time",
                    )
        # Work already started still finishes; look again until the shop is empty.
        self._schedule(when + _SEND_HOME_AGAIN, SEND_HOME, None)
        self._end_day_if_done(when)

    def _end_day_if_done(self, when: float) -> None:
        """After closing, end the day once no customer is inside and no work is left."""
        if self._day_over or self._present or self._jobs:
            return
        self._day_over = True
        self._close_the_books(when)
        self._receive_deliveries(when)
        next_day_start = self.trading_day * model.MINUTES_PER_DAY
        self._schedule(next_day_start + model.OPENS_AT, OPEN, None)

    def _on_rush_delivery(self, when: float, delivery: tuple[str, int]) -> None:
        ingredient, quantity = delivery
        self._unload(when, ingredient, quantity, "A rushed delivery arrives")

    def _receive_deliveries(self, when: float) -> None:
        """Unload every normal delivery waiting for the supplier's run."""
        for ingredient, quantity in self.deliveries_due:
            self._unload(when, ingredient, quantity, "A delivery arrives")
        self.deliveries_due.clear()

    def _unload(self, when: float, ingredient: str, quantity: int, news: str) -> None:
        """Put a delivery on the shelves and, when narrating, tell the event log."""
        self.stock[ingredient] += quantity
        self.on_order[ingredient] -= quantity
        if self._narrate:
            self._tell(when, EventKind.DELIVERY, f"{news}: {quantity} {ingredient}")

    def _close_the_books(self, when: float) -> None:
        """Pay wages and rent, place the standing order and record the day."""
        ledger = self.ledger
        costs = ledger.costs
        wages = sum(daily_wage(person.salary_cents) for person in self.staff)
        costs["wages"] += wages
        costs["rent"] += model.RENT_PER_DAY
        self.cash -= wages + model.RENT_PER_DAY
        for ingredient, level in self.standing_order.items():
            wanted = level - self.stock[ingredient] - self.on_order[ingredient]
            if wanted > 0:
                price = wanted * model.UNIT_COSTS[ingredient]
                costs["stock"] += price
                self.cash -= price
                self.on_order[ingredient] += wanted
                self.deliveries_due.append([ingredient, wanted])
        # Pizzas made for customers who had already gone are thrown away.
        ledger.wasted += sum(1 for _ in self._for_oven)
        self._for_oven.clear()
        self._line.clear()
        self._kitchen.clear()
        slot_minutes = sum(oven.slots for oven in self.ovens) * (
            model.CLOSES_AT - model.OPENS_AT
        )
        best = max(range(len(ledger.sold)), key=ledger.sold.__getitem__)
        total_costs = sum(costs.values())
        report = DayReport(
            day=self.trading_day,
            customers=ledger.customers,
            served=ledger.served,
            lost=ledger.lost,
            avg_wait=round(ledger.avg_wait, 2),
            worst_wait=round(ledger.worst_wait, 2),
            revenue=ledger.revenue,
            costs=dict(costs),
            profit=ledger.revenue - total_costs,
            oven_use=round(min(1.0, ledger.oven_minutes / slot_minutes), 3)
            if slot_minutes
            else 0.0,
            best_seller=self.menu[best].name if ledger.sold[best] else None,
            cash_end=self.cash,
            reputation_end=round(self.reputation, 3),
            wasted=ledger.wasted,
        )
        self.history.append(report)
        self.ledger = DayLedger(len(self.menu))
        if self._narrate:
            self._tell(
                when,
                EventKind.DAY_END,
                f"Day {report.day} is done: {report.served} served, "
                f"{report.lost} lost, profit {format_money(report.profit)}",
                report,
            )
