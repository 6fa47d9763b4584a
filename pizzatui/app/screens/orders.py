"""The live orders screen: the queue, the kitchen, the ovens and the shop's log."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, RichLog, Static

from pizzatui.app.widgets.kitchen import OvensAtWork, StaffAtWork
from pizzatui.app.widgets.literal_text import printable
from pizzatui.app.widgets.shop_header import ShopHeader
from pizzatui.app.widgets.today_numbers import TodayNumbers
from pizzatui.app.widgets.waiting_line import WaitingCustomers

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp
    from pizzatui.app.session import Narration

LOG_LINES_SHOWN = 200
"""The log keeps this many lines to scroll back through."""


class OrdersScreen(Screen[None]):
    """Watch the day run: who waits, who works, what bakes and what was said."""

    def __init__(self) -> None:
        super().__init__()
        self._narration: Narration | None = None
        self._lines_seen = 0

    def compose(self) -> ComposeResult:
        """Lay out the header, the queue and kitchen, the log and today's numbers."""
        yield ShopHeader()
        yield Static(
            "No shop is open. Press 3 for the saves to start or load one.",
            id="no-shop",
        )
        with Horizontal(id="orders-top"):
            yield WaitingCustomers()
            with Vertical(id="kitchen"):
                yield StaffAtWork()
                yield OvensAtWork()
        with Horizontal(id="orders-bottom"):
            yield RichLog(
                max_lines=LOG_LINES_SHOWN,
                wrap=True,
                min_width=20,
                markup=False,
                highlight=False,
                id="narration",
            )
            yield TodayNumbers()
        yield Footer()

    def on_mount(self) -> None:
        """Follow the shop's picture to feed the log and show or hide the layout."""
        self.query_one("#narration", RichLog).border_title = "What happens"
        self.watch(self.app, "view", self._follow)

    def _follow(self, _: object = None) -> None:
        """Show or hide the layout and write the lines the shop said since last time."""
        game = cast("PizzaApp", self.app).game
        self.set_class(game is None, "-no-shop")
        log = self.query_one("#narration", RichLog)
        if game is None:
            return
        if game.narration is not self._narration:
            self._narration = game.narration
            self._lines_seen = 0
            log.clear()
        fresh = game.narration.since(self._lines_seen)
        self._lines_seen = game.narration.total
        if fresh:
            # One write for the whole tick: each write may resize the log, and a
            # resize lays the whole screen out again.
            log.write(Text("\n".join(printable(line) for line in fresh)))
