"""The hiring dialog: a name and a role, tried on the shop until the shop says yes."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from pizzatui.employees import Employee
from pizzatui.pizzashop import STAFF_ROLES, ShopError

Hire = Callable[[str, str], Employee]
"""The shop's hiring action: takes a role and a name, returns the new employee."""


def role_choices() -> list[tuple[str, str]]:
    """Each role the shop hires for, with what that role does in the kitchen."""
    return [(f"{role} — {kind.duty}", role) for role, kind in STAFF_ROLES.items()]


class HireDialog(ModalScreen[Employee | None]):
    """Ask for a name and a role and hire them; dismiss with the employee, or None."""

    DEFAULT_CSS = """
    HireDialog {
        align: center middle;
    }
    HireDialog > #hire-box {
        width: 64;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        overflow-y: auto;
        padding: 0 2;
        border: thick $primary;
        background: $surface;
    }
    HireDialog Label {
        margin-top: 1;
    }
    HireDialog #hire-error {
        width: 100%;
        color: $text-error;
    }
    HireDialog #hire-buttons {
        width: 100%;
        height: auto;
        margin-top: 1;
        align-horizontal: right;
    }
    HireDialog Button {
        margin-left: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, hire: Hire, role: str = "server") -> None:
        super().__init__()
        self.hire = hire
        self.first_role = role

    def compose(self) -> ComposeResult:
        """Lay out the name, the role and the buttons."""
        with Vertical(id="hire-box") as box:
            box.border_title = "Hire"
            yield Label("Name")
            yield Input(placeholder="Who are you hiring?", id="hire-name")
            error = Static("", id="hire-error")
            error.display = False
            yield error
            yield Label("Role")
            yield Select(
                role_choices(), value=self.first_role, allow_blank=False, id="hire-role"
            )
            with Horizontal(id="hire-buttons"):
                yield Button("Hire", variant="primary", id="submit")
                yield Button("Cancel", id="cancel")

    def _show_error(self, message: str) -> None:
        """Show ``message`` under the name, or hide it when empty."""
        error = self.query_one("#hire-error", Static)
        # The shop's messages quote the typed name, so they are never markup.
        error.update(Content(message))
        error.display = bool(message)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Clear the error once the player edits the name."""
        self._show_error("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Hire on Enter, in the role chosen below the name."""
        event.stop()
        self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Hire or cancel from the buttons."""
        event.stop()
        if event.button.id == "submit":
            self.submit()
        else:
            self.dismiss(None)

    def submit(self) -> None:
        """Ask the shop to hire; show its refusal beside the name, or close."""
        name = self.query_one("#hire-name", Input).value
        role = self.query_one("#hire-role", Select).value
        try:
            employee = self.hire(str(role), name)
        except (ValueError, ShopError) as error:
            self._show_error(str(error))
            self.query_one("#hire-name", Input).focus()
            return
        self.dismiss(employee)

    def action_cancel(self) -> None:
        """Close without hiring anyone."""
        self.dismiss(None)
