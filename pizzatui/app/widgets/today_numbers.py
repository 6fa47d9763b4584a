"""Today's running numbers and a sparkline of revenue by hour."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Sparkline, Static

from pizzatui.money import format_money
from pizzatui.sim.views import TodayView

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp


def today_content(today: TodayView) -> Content:
    """Customers, served, lost, revenue and waits, a few words each."""
    return Content.assemble(
        f"Customers {today.customers}  served {today.served}  ",
        (f"lost {today.lost}", "$error" if today.lost else ""),
        "\nRevenue ",
        (format_money(today.revenue), "bold"),
        f"\nWait {today.avg_wait:.1f} min avg, {today.worst_wait:.0f} worst",
    )


class TodayNumbers(Vertical):
    """The day so far: counts, revenue, waits, and revenue hour by hour."""

    def __init__(self) -> None:
        super().__init__(id="today")
        self._shown: TodayView | None = None

    def compose(self) -> ComposeResult:
        """Lay out the numbers above the sparkline."""
        yield Static(id="today-figures")
        yield Sparkline([], id="revenue-by-hour")

    def on_mount(self) -> None:
        """Redraw whenever today's numbers change."""
        self.border_title = "Today"
        self.watch(self.app, "view", self._redraw)

    def _redraw(self, _: object = None) -> None:
        """Show today's numbers if they changed."""
        view = cast("PizzaApp", self.app).view
        today = TodayView() if view is None else view.today
        if today == self._shown:
            return
        self._shown = today
        # The figures are always three lines (see the stylesheet), so an update
        # repaints them without laying the screen out again.
        self.query_one("#today-figures", Static).update(
            today_content(today), layout=False
        )
        sparkline = self.query_one(Sparkline)
        hours = [float(cents) for cents in today.revenue_by_hour]
        if list(sparkline.data or []) != hours:
            sparkline.data = hours
