"""Today's running numbers, revenue by hour, and profit over the last days."""

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
        self._days_shown: tuple[int, ...] | None = None
        self._seed_shown: int | None = None

    def compose(self) -> ComposeResult:
        """Lay out the numbers above the sparklines."""
        yield Static(id="today-figures")
        yield Sparkline([], id="revenue-by-hour")
        yield Static(id="days-label")
        yield Sparkline([], id="profit-by-day")

    def on_mount(self) -> None:
        """Redraw whenever today's numbers change."""
        self.border_title = "Today"
        self.watch(self.app, "view", self._redraw)

    def _redraw(self, _: object = None) -> None:
        """Show today's numbers if they changed."""
        view = cast("PizzaApp", self.app).view
        if view is not None:
            self._show_history(view.profit_by_day, view.seed)
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

    def _show_history(self, profits: tuple[int, ...], seed: int) -> None:
        """Chart profit by day and name the seed, when either changed."""
        if seed != self._seed_shown:
            self._seed_shown = seed
            # The seed makes a game replayable, so the player can always see it.
            self.border_subtitle = f"seed {seed}"
        if profits == self._days_shown:
            return
        self._days_shown = profits
        label = self.query_one("#days-label", Static)
        if not profits:
            label.update(Content("Profit by day: none yet"), layout=False)
        else:
            label.update(
                Content.assemble(
                    f"Profit, last {len(profits)} days  ",
                    (format_money(profits[-1]), "bold"),
                ),
                layout=False,
            )
        self.query_one("#profit-by-day", Sparkline).data = [
            float(cents) for cents in profits
        ]
