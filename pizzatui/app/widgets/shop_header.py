"""The line across the top of the live screens: shop, day, clock, cash and speed."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.content import Content
from textual.widget import Widget

from pizzatui.app.widgets.literal_text import printable
from pizzatui.money import format_money
from pizzatui.sim.model import clock_text
from pizzatui.sim.views import ShopView

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp


def speed_text(speed: int) -> str:
    """Say how fast the clock runs: 'paused' or '▶ 4x'."""
    return "⏸ paused" if speed == 0 else f"▶ {speed}x"


def status_content(view: ShopView, speed: int, saved_text: str) -> Content:
    """Build the status half of the header from the shop's picture."""
    doors = "open" if view.is_open else "closed"
    speed_style = "bold $warning" if speed == 0 else "bold $success"
    return Content.assemble(
        (f"Day {view.day}", "bold"),
        f" {clock_text(view.minute)} {doors} │ ",
        (format_money(view.cash), "bold"),
        " │ ",
        (speed_text(speed), speed_style),
        f" │ {saved_text}" if saved_text else "",
    )


class ShopHeader(Widget):
    """The shop's name (shown literally) beside its day, clock, cash and speed.

    One line drawn by hand rather than two Statics, so a change repaints this line
    alone and never asks for a new layout.
    """

    def __init__(self) -> None:
        super().__init__()
        self._name = Content("pizzatui")
        self._status = Content("no shop open")

    def on_mount(self) -> None:
        """Redraw whenever the shop, the speed or the save time changes."""
        for attribute in ("view", "speed", "saved_text"):
            self.watch(self.app, attribute, self._follow, init=False)
        self._follow()

    @property
    def plain(self) -> str:
        """The name and the status as plain text."""
        return f"{self._name.plain} {self._status.plain}"

    def _follow(self, _: object = None) -> None:
        """Repaint the line if the name or the status changed."""
        app = cast("PizzaApp", self.app)
        view = app.view
        if view is None:
            name, status = Content("pizzatui"), Content("no shop open")
        else:
            name = Content.assemble((printable(view.name), "bold"))
            status = status_content(view, app.speed, app.saved_text)
        if (name, status) != (self._name, self._status):
            self._name, self._status = name, status
            self.refresh()

    def render(self) -> Content:
        """The name on the left, cut to fit, and the status on the right."""
        room = max(0, self.size.width - self._status.cell_length - 3)
        name = self._name
        if name.cell_length > room:
            name = name[: max(0, room - 1)] + "…"
        gap = " " * max(
            1, self.size.width - name.cell_length - self._status.cell_length - 2
        )
        return Content.assemble(" ", name, gap, self._status, " ")
