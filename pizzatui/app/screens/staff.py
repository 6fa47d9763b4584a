"""The staff screen: who works in the shop, what they cost, and hiring and firing."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from pizzatui.app.dialogs.confirm import ConfirmDialog
from pizzatui.app.dialogs.hire import HireDialog
from pizzatui.app.dialogs.raise_pay import RaiseDialog
from pizzatui.app.messages import ShopChanged
from pizzatui.app.widgets.literal_text import printable
from pizzatui.app.widgets.shop_header import ShopHeader
from pizzatui.app.widgets.staff_table import StaffTable
from pizzatui.money import format_money
from pizzatui.pizzashop import ShopError

if TYPE_CHECKING:
    from collections.abc import Callable
    from decimal import Decimal

    from pizzatui.app.app import PizzaApp
    from pizzatui.app.session import GameSession
    from pizzatui.employees import Employee
    from pizzatui.sim.views import ShopView


def payroll_text(view: ShopView) -> Content:
    """Say how many work here and what they cost the shop each day."""
    count = len(view.staff)
    people = "1 person works here" if count == 1 else f"{count} people work here"
    return Content.assemble(
        people, " · payroll ", (format_money(view.payroll_per_day), "bold"), " a day"
    )


class StaffScreen(Screen[None]):
    """Hire, fire and give raises, with the daily payroll in view."""

    CSS_PATH = "staff.tcss"
    AUTO_FOCUS = "#staff-table"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h", "hire", "Hire", show=False, tooltip="Take someone on"),
        Binding(
            "f", "fire", "Fire", show=False, tooltip="Let the highlighted person go"
        ),
        Binding(
            "r",
            "give_raise",
            "Raise",
            show=False,
            tooltip="Raise the highlighted salary",
        ),
    ]

    ACTION_BUTTONS: ClassVar[dict[str, str]] = {
        "hire": "Hire (h)",
        "fire": "Fire (f)",
        "give_raise": "Give raise (r)",
    }

    def compose(self) -> ComposeResult:
        """Lay out the header, the staff table, the payroll and the buttons."""
        yield ShopHeader()
        yield Static("No shop is open.", id="staff-note")
        yield StaffTable(id="staff-table")
        yield Static(id="payroll")
        with Horizontal(id="staff-actions"):
            for action, label in self.ACTION_BUTTONS.items():
                yield Button(
                    label, id=f"do-{action}", action=f"screen.{action}", compact=True
                )
        yield Footer()

    def on_mount(self) -> None:
        """Redraw whenever the app has a new picture of the shop."""
        self.query_one(StaffTable).border_title = "Staff"
        self.watch(self.app, "view", self._show, init=False)

    def on_screen_resume(self) -> None:
        """Show the shop as it is now each time the screen comes back."""
        self._show()

    @property
    def game(self) -> GameSession | None:
        """The open game, if any."""
        return cast("PizzaApp", self.app).game

    @property
    def can_change(self) -> bool:
        """Whether this session may change the shop (one is open, not read-only)."""
        game = self.game
        return game is not None and not game.read_only

    @property
    def table(self) -> StaffTable:
        """The staff table."""
        return self.query_one(StaffTable)

    def current_view(self) -> ShopView | None:
        """The latest picture of the open shop."""
        game = self.game
        if game is None:
            return None
        view = cast("PizzaApp", self.app).view
        return view if view is not None else game.shop.view()

    def _show(self, _: object = None) -> None:
        """Draw the staff, the payroll and the note from the latest picture."""
        view = self.current_view()
        game = self.game
        note = self.query_one("#staff-note", Static)
        if view is None:
            note.update("No shop is open. Press 3 for the saves to start or load one.")
        elif game is not None and game.read_only:
            note.update("Watching a shop another session plays: nothing can change.")
        note.display = view is None or not self.can_change
        self.table.show_staff(() if view is None else view.staff)
        self.query_one("#payroll", Static).update(
            Content("") if view is None else payroll_text(view)
        )
        self._sync_actions()

    def _sync_actions(self) -> None:
        """Enable the buttons and keys that make sense now."""
        for action in self.ACTION_BUTTONS:
            allowed = self.check_action(action, ())
            self.query_one(f"#do-{action}", Button).disabled = not allowed
        self.refresh_bindings()

    def on_data_table_row_highlighted(self) -> None:
        """Fire and raise need someone highlighted; keep their keys in step."""
        self._sync_actions()

    def highlighted_name(self) -> str | None:
        """The name of the person under the cursor."""
        return self.table.highlighted_name if self.is_mounted else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out changes when no one may make them, or no one is highlighted."""
        if action not in self.ACTION_BUTTONS:
            return True
        if not self.can_change:
            return None
        if action != "hire" and self.highlighted_name() is None:
            return None
        return True

    def _changed(self, reason: str) -> None:
        """Redraw and let the app save the change."""
        self._show()
        self.post_message(ShopChanged(reason))

    def action_hire(self) -> None:
        """Ask for a name and role, and hire them."""
        if self.can_change:
            self.app.push_screen(HireDialog(self._hire), self._hired)

    def _hire(self, role: str, name: str) -> Employee:
        """Hire into the open shop; the dialog shows any refusal."""
        game = self.game
        if game is None or game.read_only:
            raise ShopError("No shop is open here to hire for.")
        return game.shop.hire(role, name)

    def _hired(self, person: Employee | None) -> None:
        """Say who was hired and ask for a save."""
        if person is not None:
            self.notify(
                f"Hired {printable(person.name)} as {person.role}.",
                title="Staff",
                markup=False,
            )
            self._changed(f"hired {person.name}")

    def action_fire(self) -> None:
        """Let the highlighted person go, once the player confirms."""
        name = self.highlighted_name()
        if name is None or not self.can_change:
            return
        question = Content.assemble(
            "Let ",
            (printable(name), "bold"),
            " go? They finish the task in hand first.",
        )
        self.app.push_screen(
            ConfirmDialog(question, title="Fire", yes_label="Fire"),
            lambda yes: self._fire(name, bool(yes)),
        )

    def _fire(self, name: str, yes: bool) -> None:
        """Let ``name`` go if the player said yes."""
        game = self.game
        if not yes or game is None or game.read_only:
            return
        try:
            person = game.shop.fire(name)
        except (ValueError, ShopError) as error:
            self.notify(str(error), title="Cannot fire", severity="error", markup=False)
            return
        self.notify(f"{printable(person.name)} has left.", title="Staff", markup=False)
        self._changed(f"fired {person.name}")

    def action_give_raise(self) -> None:
        """Ask how big a raise to give the highlighted person, and give it."""
        name = self.highlighted_name()
        game = self.game
        if name is None or game is None or not self.can_change:
            return
        try:
            person = game.shop.find_staff(name)
        except ValueError as error:
            self.notify(
                str(error), title="Cannot raise", severity="error", markup=False
            )
            return
        self.app.push_screen(
            RaiseDialog(person.name, person.salary_cents, self._raiser(person.name)),
            self._raised,
        )

    def _raiser(self, name: str) -> Callable[[Decimal], Employee]:
        """The raise the dialog tries, for the employee called ``name``."""

        def give_raise(fraction: Decimal) -> Employee:
            """Raise the pay in the open shop; the dialog shows any refusal."""
            game = self.game
            if game is None or game.read_only:
                raise ShopError("No shop is open here to give raises in.")
            return game.shop.give_raise(name, fraction)

        return give_raise

    def _raised(self, person: Employee | None) -> None:
        """Say what the new salary is and ask for a save."""
        if person is not None:
            salary = format_money(person.salary_cents)
            self.notify(
                f"{printable(person.name)} now earns {salary} a year.",
                title="Staff",
                markup=False,
            )
            self._changed(f"raised the pay of {person.name}")
