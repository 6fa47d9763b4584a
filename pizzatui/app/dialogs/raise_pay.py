"""The raise dialog: the player types 10 for a ten percent raise."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from pizzatui.app.widgets.literal_text import printable
from pizzatui.employees import MAX_RAISE, Employee
from pizzatui.money import Cents, format_money, scale_cents, to_decimal
from pizzatui.pizzashop import ShopError

GiveRaise = Callable[[Decimal], Employee]
"""The shop's raise for one employee: takes a fraction (0.10 for 10 %)."""


def percent_to_fraction(typed: str) -> Decimal:
    """Read what the player typed as a percentage ("10" or "10%") and return 0.10."""
    percent = to_decimal(typed.strip().removesuffix("%"), "raise")
    return percent / 100


class RaiseDialog(ModalScreen[Employee | None]):
    """Ask how big a raise to give one employee; dismiss with them, or None."""

    DEFAULT_CSS = """
    RaiseDialog {
        align: center middle;
    }
    RaiseDialog > #raise-box {
        width: 64;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        overflow-y: auto;
        padding: 0 2;
        border: thick $primary;
        background: $surface;
    }
    RaiseDialog Label {
        margin-top: 1;
    }
    RaiseDialog #raise-salary, RaiseDialog #raise-preview {
        color: $text-muted;
    }
    RaiseDialog #raise-error {
        width: 100%;
        color: $text-error;
    }
    RaiseDialog #raise-buttons {
        width: 100%;
        height: auto;
        margin-top: 1;
        align-horizontal: right;
    }
    RaiseDialog Button {
        margin-left: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, name: str, salary: Cents, give_raise: GiveRaise) -> None:
        super().__init__()
        self.employee_name = name
        self.salary = salary
        self.give_raise = give_raise

    def compose(self) -> ComposeResult:
        """Lay out the current salary, the percentage input and the buttons."""
        with Vertical(id="raise-box") as box:
            box.border_title = "Give a raise"
            yield Static(
                Content.assemble(
                    printable(self.employee_name),
                    " earns ",
                    format_money(self.salary),
                    " a year.",
                ),
                id="raise-salary",
            )
            yield Label("Raise in percent (10 for 10 %)")
            yield Input(placeholder="10", id="raise-percent")
            error = Static("", id="raise-error")
            error.display = False
            yield error
            yield Static("", id="raise-preview")
            with Horizontal(id="raise-buttons"):
                yield Button("Give raise", variant="primary", id="submit")
                yield Button("Cancel", id="cancel")

    def _show_error(self, message: str) -> None:
        """Show ``message`` under the input, or hide it when empty."""
        error = self.query_one("#raise-error", Static)
        error.update(Content(message))
        error.display = bool(message)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Clear the error and preview the new salary while the player types."""
        self._show_error("")
        preview = ""
        try:
            fraction = percent_to_fraction(event.value)
        except ValueError:
            fraction = None
        if fraction is not None and 0 <= fraction <= MAX_RAISE:
            new_salary = scale_cents(self.salary, 1 + fraction)
            preview = f"New salary: {format_money(new_salary)} a year"
        self.query_one("#raise-preview", Static).update(Content(preview))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Give the raise on Enter."""
        event.stop()
        self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Give the raise or cancel from the buttons."""
        event.stop()
        if event.button.id == "submit":
            self.submit()
        else:
            self.dismiss(None)

    def submit(self) -> None:
        """Give the raise; show the shop's refusal beside the input, or close."""
        typed = self.query_one("#raise-percent", Input).value
        try:
            employee = self.give_raise(percent_to_fraction(typed))
        except (ValueError, ShopError) as error:
            self._show_error(str(error))
            return
        self.dismiss(employee)

    def action_cancel(self) -> None:
        """Close without a raise."""
        self.dismiss(None)
