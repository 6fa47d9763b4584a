"""The kitchen: chefs and robots make pizzas, ovens bake them.

``Kitchen`` is mixed into ``PizzaShop`` beside ``ServiceEngine``, whose event heap
and handler table it shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pizzatui.sim import model
from pizzatui.sim.engine import BAKE_DONE, MAKE_DONE, SERVICE_DONE
from pizzatui.sim.lines import BAKE_LINE
from pizzatui.sim.state import (
    BAKING,
    FOR_COOK,
    FOR_OVEN,
    FOR_PAYING,
    MAKING,
    ShopState,
    Visit,
)
from pizzatui.sim.views import EventKind

if TYPE_CHECKING:
    from pizzatui.employees import Employee


class Kitchen(ShopState):
    """Methods that move pizzas from the cooks to the ovens and out to the customer."""

    def _cook_next(self, cook: Employee, when: float) -> None:
        """Give a free chef or robot the next order waiting in the kitchen."""
        kitchen = self._kitchen
        while kitchen:
            visit = kitchen.popleft()
            if visit.state == FOR_COOK:
                self._start_making(cook, visit, when)
                return
        self._idle_cooks.append(cook)

    def _start_making(self, cook: Employee, visit: Visit, when: float) -> None:
        """Start making a customer's pizza."""
        visit.waited += when - visit.waiting_since
        visit.state = MAKING
        cook.job = visit
        self._jobs += 1
        minutes = self._task_minutes(cook, self.menu[visit.pizza].make_minutes)
        self._schedule(when + minutes, MAKE_DONE, cook)
        if self._narrate:
            self._tell(when, EventKind.MAKE, cook.work_line())

    def _on_make_done(self, when: float, cook: Employee) -> None:
        visit = cook.job
        cook.job = None
        self._jobs -= 1
        visit.made_at = when
        oven_number = self._free_oven()
        if oven_number < 0:
            self._wait(visit, FOR_OVEN, when)
            self._for_oven.append(visit)
        else:
            visit.waiting_since = when
            self._start_baking(oven_number, visit, when)
        if cook.steady:
            cook.made_since_service += 1
            if cook.made_since_service >= model.ROBOT_SERVICE_EVERY:
                self._service(cook, when)
                return
        if cook in self.staff:
            self._cook_next(cook, when)
        elif not self.is_open:
            self._end_day_if_done(when)

    def _service(self, robot: Employee, when: float) -> None:
        """Stop a robot for its servicing; it takes no pizzas until done."""
        robot.made_since_service = 0
        robot.in_service = True
        self._schedule(when + model.ROBOT_SERVICE_MINUTES, SERVICE_DONE, robot)
        if self._narrate:
            self._tell(
                when,
                EventKind.SERVICE,
                f"{robot.name} stops for {model.ROBOT_SERVICE_MINUTES:.0f} "
                "minutes of servicing",
            )
        if not self.is_open:
            self._end_day_if_done(when)

    def _on_service_done(self, when: float, robot: Employee) -> None:
        robot.in_service = False
        if robot in self.staff:
            self._cook_next(robot, when)

    def _free_oven(self) -> int:
        """Return the number of the first oven with a free slot, or -1."""
        for number, oven in enumerate(self.ovens):
            if len(oven.baking) < oven.slots:
                return number
        return -1

    def _start_baking(self, oven_number: int, visit: Visit, when: float) -> None:
        """Put a made pizza into an oven slot."""
        visit.waited += when - visit.waiting_since
        self.ovens[oven_number].baking.append(visit)
        visit.state = BAKING
        visit.oven = oven_number
        visit.baked_at = when
        self._jobs += 1
        self.ledger.oven_minutes += model.BAKE_MINUTES
        self._schedule(when + model.BAKE_MINUTES, BAKE_DONE, visit)
        if self._narrate:
            self._tell(when, EventKind.BAKE, BAKE_LINE)

    def _on_bake_done(self, when: float, visit: Visit) -> None:
        oven_number = visit.oven
        self.ovens[oven_number].baking.remove(visit)
        self._jobs -= 1
        visit.state = FOR_PAYING
        if self._idle_servers:
            self._take_payment(self._idle_servers.popleft(), visit, when)
        else:
            self._to_pay.append(visit)
        self._bake_next(oven_number, when)
        if not self.is_open:
            self._end_day_if_done(when)

    def _bake_next(self, oven_number: int, when: float) -> bool:
        """Fill a free oven slot with the next made pizza whose customer still waits."""
        for_oven = self._for_oven
        while for_oven:
            visit = for_oven.popleft()
            if visit.state == FOR_OVEN:
                self._start_baking(oven_number, visit, when)
                return True
            self.ledger.wasted += 1
        return False
