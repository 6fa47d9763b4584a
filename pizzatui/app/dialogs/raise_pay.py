"""The raise dialog: the player types 10 for a ten percent raise."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Label, Static

from pizzatui.app.dialogs.form import FormDialog, error_line, form_buttons
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


class RaiseDialog(FormDialog[Employee]):
    """Ask how big a raise to give one employee; dismiss with them, or None."""

    DEFAULT_CSS = """
    RaiseDialog Label {
        margin-top: 1;
    }
    RaiseDialog #raise-salary, RaiseDialog #raise-preview {
        color: $text-muted;
    }
    """

    def __init__(self, name: str, salary: Cents, give_raise: GiveRaise) -> None:
        super().__init__()
        self.employee_name = name
        self.salary = salary
        self.give_raise = give_raise

    def compose(self) -> ComposeResult:
        """Lay out the current salary, the percentage input and the buttons."""
        with Vertical(id="raise-box", classes="form-box") as box:
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
            yield error_line("raise-error")
            yield Static("", id="raise-preview")
            yield form_buttons("Give raise", "raise-buttons")

    def on_input_changed(self, event: Input.Changed) -> None:
        """Clear the error and preview the new salary while the player types."""
        self.show_error("raise-error", "")
        preview = ""
        try:
            fraction = percent_to_fraction(event.value)
        except ValueError:
            fraction = None
        if fraction is not None and 0 <= fraction <= MAX_RAISE:
            new_salary = scale_cents(self.salary, 1 + fraction)
            preview = f"New salary: {format_money(new_salary)} a year"
        self.query_one("#raise-preview", Static).update(Content(preview))

    def submit(self) -> None:
        """Give the raise; show the shop's refusal beside the input, or close."""
        typed = self.query_one("#raise-percent", Input).value
        try:
            employee = self.give_raise(percent_to_fraction(typed))
        except (ValueError, ShopError) as error:
            self.show_error("raise-error", str(error))
            return
        self.dismiss(employee)
