"""The discrete-event loop that plays a shop's day: the clock, customers, the counter.

``ServiceEngine`` is mixed into ``PizzaShop``; it keeps no state of its own, only
methods over the shop's attributes, so a pickle names the shop's class alone.
Due events sit in a heap of ``(time, sequence, kind, subject)`` tuples; the
sequence number breaks ties so equal times always resolve in the same order.
"""

from __future__ import annotations

from bisect import bisect_right
from heapq import heappop, heappush
from math import log
from typing import TYPE_CHECKING, Any

from pizzatui.narration import say
from pizzatui.sim import model
from pizzatui.sim.lines import order_line, pay_line
from pizzatui.sim.model import customer_name
from pizzatui.sim.state import (
    FOR_COOK,
    IN_LINE,
    LEFT,
    ORDERING,
    PAYING,
    SERVED,
    WAITING_STATES,
    ShopState,
    Visit,
)
from pizzatui.sim.views import Event, EventKind

if TYPE_CHECKING:
    from pizzatui.employees import Employee

ARRIVE = 0
ORDER_DONE = 1
MAKE_DONE = 2
BAKE_DONE = 3
PAY_DONE = 4
GIVE_UP = 5
OPEN = 6
CLOSE = 7
SEND_HOME = 8
RUSH_DELIVERY = 9
SERVICE_DONE = 10
"""The kinds of due event, indexes into the handler table built for each run."""

_HOURLY_RATES = tuple(count / 60.0 for count in model.CUSTOMERS_PER_HOUR)
_FIRST_HOUR = model.OPENS_AT // 60


class ServiceEngine(ShopState):
    """Methods that move a shop's clock on, event by event."""

    def _schedule(self, when: float, kind: int, subject: object) -> None:
        """Put an event on the heap."""
        self._sequence += 1
        heappush(self._due, (when, self._sequence, kind, subject))

    def _run(self, until: float, days: int = 0) -> None:
        """Handle every due event up to ``until``, or until ``days`` days have ended."""
        handlers = (
            self._on_arrive,
            self._on_order_done,
            self._on_make_done,
            self._on_bake_done,
            self._on_pay_done,
            self._on_give_up,
            self._on_open,
            self._on_close,
            self._on_send_home,
            self._on_rush_delivery,
            self._on_service_done,
        )
        due = self._due
        stop_at_history = len(self.history) + days if days else -1
        history = self.history
        while due and due[0][0] <= until:
            when, _, kind, subject = heappop(due)
            self.clock = when
            handlers[kind](when, subject)
            if len(history) == stop_at_history:
                return
        if until != float("inf"):
            self.clock = until

    def _tell(
        self, when: float, kind: EventKind, text: str, report: Any = None
    ) -> None:
        """Say a line and keep it as an event for whoever is running the shop."""
        day = int(when // model.MINUTES_PER_DAY) + 1
        minute = when - (day - 1) * model.MINUTES_PER_DAY
        self._told.append(Event(day, minute, kind, text, report))
        say(text)

    def _task_minutes(self, person: Employee, minutes: float) -> float:
        """How long ``person`` takes over a task that takes ``minutes`` at pace 1."""
        if person.steady:
            return minutes / person.pace
        spread = model.HUMAN_TASK_SPREAD
        return minutes / person.pace * (1.0 - spread + 2.0 * spread * self.rng.random())

    # Customers arriving and giving up.

    def _schedule_arrival(self, now: float) -> None:
        """Draw when the next customer comes in, following today's hourly demand."""
        day_start = now - now % model.MINUTES_PER_DAY
        minute = now - day_start
        need = -log(1.0 - self.rng.random())
        factor = self._demand_factor()
        hour = int(minute // 60)
        while True:
            index = hour - _FIRST_HOUR
            if index >= len(_HOURLY_RATES):
                return
            rate = _HOURLY_RATES[index] * factor
            hour_end = (hour + 1) * 60.0
            expected = rate * (hour_end - minute)
            if expected >= need:
                self._schedule(day_start + minute + need / rate, ARRIVE, None)
                return
            need -= expected
            minute = hour_end
            hour += 1

    def _demand_factor(self) -> float:
        """How many customers come relative to the hourly table: reputation x prices."""
        return (0.4 + 0.2 * self.reputation) * self._menu_pull

    def _on_arrive(self, when: float, _subject: object) -> None:
        rng = self.rng
        serial = self.customers_total
        self.customers_total = serial + 1
        ledger = self.ledger
        ledger.customers += 1
        pizza = bisect_right(self._choice_weights, rng.random() * self._menu_pull)
        if pizza >= len(self.menu):
            pizza = len(self.menu) - 1
        patience = model.PATIENCE_MIN + model.PATIENCE_SPREAD * rng.random()
        visit = Visit(serial, pizza, when, patience)
        self._present[serial] = visit
        if self._narrate:
            self._tell(
                when,
                EventKind.ARRIVE,
                f"{customer_name(serial)} comes in for a {self.menu[pizza].name}",
            )
        if self._idle_servers:
            self._take_order(self._idle_servers.popleft(), visit, when)
        else:
            self._line.append(visit)
            self._schedule(visit.deadline, GIVE_UP, visit)
        self._schedule_arrival(when)

    def _wait(self, visit: Visit, state: int, when: float) -> None:
        """Start a customer waiting in a queue, with their patience running again."""
        visit.state = state
        visit.waiting_since = when
        visit.deadline = when + visit.patience - visit.waited
        self._schedule(visit.deadline, GIVE_UP, visit)

    def _on_give_up(self, when: float, visit: Visit) -> None:
        state = visit.state
        if visit.deadline != when or state not in WAITING_STATES:
            return
        if state == FOR_COOK:
            # Nothing was cooked yet, so the kitchen puts the ingredients back.
            stock = self.stock
            for ingredient in self.menu[visit.pizza].recipe:
                stock[ingredient] += 1
        visit.waited += when - visit.waiting_since
        self._lose(visit, when)
        if self._narrate:
            self._tell(
                when,
                EventKind.LEAVE,
                f"{customer_name(visit.serial)} gives up after "
                f"{visit.waited:.0f} minutes and leaves",
            )
        if not self.is_open:
            self._end_day_if_done(when)

    def _lose(self, visit: Visit, when: float) -> None:
        """Count a customer who left without paying; it costs reputation."""
        visit.state = LEFT
        self.ledger.lost += 1
        self.reputation -= model.REPUTATION_STEP * self.reputation
        del self._present[visit.serial]

    # The counter: servers take orders and payments, one customer at a time.

    def _server_next(self, server: Employee, when: float) -> None:
        """Give a free server their next customer: payments first, then the line."""
        if self._to_pay:
            self._take_payment(server, self._to_pay.popleft(), when)
            return
        line = self._line
        while line:
            visit = line.popleft()
            if visit.state == IN_LINE and self._take_order(server, visit, when):
                return
        self._idle_servers.append(server)

    def _take_order(self, server: Employee, visit: Visit, when: float) -> bool:
        """Start taking an order; False if the stock cannot make it and they leave."""
        visit.waited += when - visit.waiting_since
        visit.waiting_since = when
        item = self.menu[visit.pizza]
        stock = self.stock
        for ingredient in item.recipe:
            if stock[ingredient] <= 0:
                self._lose(visit, when)
                if self._narrate:
                    self._tell(
                        when,
                        EventKind.STOCKOUT,
                        f"Out of {ingredient}: {customer_name(visit.serial)} "
                        f"can't have a {item.name} and leaves",
                    )
                return False
        for ingredient in item.recipe:
            stock[ingredient] -= 1
        visit.state = ORDERING
        visit.price = item.price
        server.job = visit
        self._jobs += 1
        self._schedule(
            when + self._task_minutes(server, model.ORDER_MINUTES), ORDER_DONE, server
        )
        if self._narrate:
            self._tell(
                when, EventKind.ORDER, order_line(customer_name(visit.serial), server)
            )
        return True

    def _on_order_done(self, when: float, server: Employee) -> None:
        visit = server.job
        server.job = None
        self._jobs -= 1
        if self._idle_cooks:
            visit.waiting_since = when
            self._start_making(self._idle_cooks.popleft(), visit, when)
        else:
            self._wait(visit, FOR_COOK, when)
            self._kitchen.append(visit)
        if server in self.staff:
            self._server_next(server, when)
        elif not self.is_open:
            self._end_day_if_done(when)

    def _take_payment(self, server: Employee, visit: Visit, when: float) -> None:
        """Start taking a customer's money for their pizza."""
        visit.state = PAYING
        server.job = visit
        self._jobs += 1
        self._schedule(
            when + self._task_minutes(server, model.PAY_MINUTES), PAY_DONE, server
        )
        if self._narrate:
            self._tell(
                when, EventKind.PAY, pay_line(customer_name(visit.serial), server)
            )

    def _on_pay_done(self, when: float, server: Employee) -> None:
        visit = server.job
        server.job = None
        self._jobs -= 1
        visit.state = SERVED
        price = visit.price
        ledger = self.ledger
        ledger.served += 1
        ledger.revenue += price
        ledger.revenue_by_hour[int(when % model.MINUTES_PER_DAY) // 60] += price
        ledger.sold[visit.pizza] += 1
        waited = visit.waited
        ledger.wait_total += waited
        if waited > ledger.worst_wait:
            ledger.worst_wait = waited
        self.cash += price
        self.served_total += 1
        if waited <= model.QUICK_WAIT:
            verdict = model.MAX_REPUTATION
        else:
            verdict = max(
                1.0,
                model.MAX_REPUTATION
                - (waited - model.QUICK_WAIT) / model.WAIT_PER_STAR,
            )
        self.reputation += model.REPUTATION_STEP * (verdict - self.reputation)
        del self._present[visit.serial]
        if server in self.staff:
            self._server_next(server, when)
        if not self.is_open:
            self._end_day_if_done(when)
