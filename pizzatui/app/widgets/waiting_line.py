"""The customers waiting in the shop, each with how much patience they have left."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.content import Content

from pizzatui.app.widgets.bars import bar, fit
from pizzatui.app.widgets.line_panel import LinePanel
from pizzatui.sim.views import CustomerView

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp

PATIENCE_CELLS = 8


def customer_line(customer: CustomerView) -> Content:
    """One customer: name, pizza, a patience bar and the minutes left."""
    share = customer.patience_left / customer.patience if customer.patience else 0.0
    style = "$error" if share < 0.25 else "$warning" if share < 0.5 else "$success"
    return Content.assemble(
        fit(customer.name, 10),
        " ",
        fit(customer.pizza, 11),
        " ",
        (bar(share, PATIENCE_CELLS), style),
        f" {max(0, int(customer.patience_left)):>2}m",
    )


class WaitingCustomers(LinePanel):
    """The queue, one row per customer, redrawing only the rows that change."""

    def __init__(self) -> None:
        super().__init__("Waiting", id="waiting")
        self._count: int | None = None

    def on_mount(self) -> None:
        """Redraw whenever the shop's picture changes."""
        super().on_mount()
        self.watch(self.app, "view", self._redraw)

    def _redraw(self, _: object = None) -> None:
        """Show one row per waiting customer."""
        view = cast("PizzaApp", self.app).view
        waiting = () if view is None else view.waiting
        if not waiting:
            self.show_lines([Content("Nobody is waiting.")])
        else:
            self.show_lines([customer_line(customer) for customer in waiting])
        if len(waiting) != self._count:
            self._count = len(waiting)
            self.border_title = f"Waiting ({len(waiting)})"
