"""The staff at work and the ovens with their bake progress."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.content import Content

from pizzatui.app.widgets.bars import bar, fit
from pizzatui.app.widgets.line_panel import LinePanel
from pizzatui.app.widgets.literal_text import printable
from pizzatui.sim.views import OvenView, StaffView

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp

OVEN_SLOT_CELLS = 5


def staff_line(person: StaffView) -> Content:
    """One member of staff: busy or idle, name, role and what they are doing."""
    marker = ("●", "$success") if person.busy else ("○", "$text-muted")
    return Content.assemble(
        marker,
        " ",
        (fit(printable(person.name), 10), "bold"),
        " ",
        (fit(person.role, 6), "$text-muted"),
        " ",
        printable(person.activity),
    )


def oven_line(oven: OvenView) -> Content:
    """One oven: each of its slots as a bake-progress bar, or free."""
    parts: list[str | tuple[str, str]] = [f"Oven {oven.number} "]
    for place in oven.slots:
        if place.pizza is None:
            parts.append(("▕" + " " * OVEN_SLOT_CELLS + "▏", "$text-muted"))
        else:
            parts.append("▕")
            parts.append((bar(place.progress, OVEN_SLOT_CELLS), "$warning"))
            parts.append("▏")
    return Content.assemble(*parts)


class KitchenPanel(LinePanel):
    """Base for a panel that redraws its rows from the shop's picture."""

    def on_mount(self) -> None:
        """Redraw whenever the shop's picture changes."""
        super().on_mount()
        self.watch(self.app, "view", self._redraw)

    def lines(self) -> list[Content]:
        """The panel's lines for the shop as it is now."""
        raise NotImplementedError

    def _redraw(self, _: object = None) -> None:
        """Show the lines for the shop as it is now."""
        self.show_lines(self.lines())


class StaffAtWork(KitchenPanel):
    """Each server, chef and robot with what they are doing."""

    def __init__(self) -> None:
        super().__init__("Staff", id="staff-at-work")

    def lines(self) -> list[Content]:
        """One line per member of staff."""
        view = cast("PizzaApp", self.app).view
        if view is None or not view.staff:
            return [Content("Nobody works here.")]
        return [staff_line(person) for person in view.staff]


class OvensAtWork(KitchenPanel):
    """Each oven with the pizzas baking in it."""

    def __init__(self) -> None:
        super().__init__("Ovens", id="ovens")

    def lines(self) -> list[Content]:
        """One line per oven."""
        view = cast("PizzaApp", self.app).view
        if view is None:
            return []
        return [oven_line(oven) for oven in view.ovens]
