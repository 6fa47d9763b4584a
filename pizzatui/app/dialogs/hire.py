"""The hiring dialog: a name and a role, tried on the shop until the shop says yes."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Select

from pizzatui.app.dialogs.form import FormDialog, error_line, form_buttons
from pizzatui.employees import Employee
from pizzatui.pizzashop import STAFF_ROLES, ShopError

Hire = Callable[[str, str], Employee]
"""The shop's hiring action: takes a role and a name, returns the new employee."""


def role_choices() -> list[tuple[str, str]]:
    """Each role the shop hires for, with what that role does in the kitchen."""
    return [(f"{role} — {kind.duty}", role) for role, kind in STAFF_ROLES.items()]


class HireDialog(FormDialog[Employee]):
    """Ask for a name and a role and hire them; dismiss with the employee, or None."""

    DEFAULT_CSS = """
    HireDialog Label {
        margin-top: 1;
    }
    """

    def __init__(self, hire: Hire, role: str = "server") -> None:
        super().__init__()
        self.hire = hire
        self.first_role = role

    def compose(self) -> ComposeResult:
        """Lay out the name, the role and the buttons."""
        with Vertical(id="hire-box", classes="form-box") as box:
            box.border_title = "Hire"
            yield Label("Name")
            yield Input(placeholder="Who are you hiring?", id="hire-name")
            yield error_line("hire-error")
            yield Label("Role")
            yield Select(
                role_choices(), value=self.first_role, allow_blank=False, id="hire-role"
            )
            yield form_buttons("Hire", "hire-buttons")

    def on_input_changed(self, event: Input.Changed) -> None:
        """Clear the error once the player edits the name."""
        self.show_error("hire-error", "")

    def submit(self) -> None:
        """Ask the shop to hire; show its refusal beside the name, or close."""
        name = self.query_one("#hire-name", Input).value
        role = self.query_one("#hire-role", Select).value
        try:
            employee = self.hire(str(role), name)
        except (ValueError, ShopError) as error:
            self.show_error("hire-error", str(error))
            self.query_one("#hire-name", Input).focus()
            return
        self.dismiss(employee)
