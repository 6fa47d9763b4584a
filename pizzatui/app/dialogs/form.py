"""The machinery every fill-in dialog shares: submit, cancel and errors under inputs."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

Answer = TypeVar("Answer")
"""What the dialog dismisses with once the player's input is accepted."""


def error_line(error_id: str, *, classes: str = "") -> Static:
    """A hidden line for an input's error, shown only when there is one."""
    error = Static("", id=error_id, classes=f"form-error {classes}".strip())
    error.display = False
    return error


def form_buttons(submit_label: str, row_id: str) -> Horizontal:
    """The row of a submit button and a cancel button under a form."""
    return Horizontal(
        Button(submit_label, variant="primary", id="submit"),
        Button("Cancel", id="cancel"),
        id=row_id,
        classes="form-buttons",
    )


class FormDialog(ModalScreen[Answer | None]):
    """A dialog that checks what the player typed; dismisses with it, or None."""

    DEFAULT_CSS = """
    FormDialog {
        align: center middle;
    }
    FormDialog > .form-box {
        width: 64;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        overflow-y: auto;
        padding: 0 2;
        border: thick $primary;
        background: $surface;
    }
    FormDialog .form-error {
        width: 100%;
        color: $text-error;
    }
    FormDialog .form-buttons {
        width: 100%;
        height: auto;
        margin-top: 1;
        align-horizontal: right;
    }
    FormDialog .form-buttons Button {
        margin-left: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]

    def submit(self) -> None:
        """Check the inputs; dismiss with the answer, or show why not."""
        raise NotImplementedError

    def enter_pressed(self, field: Input) -> None:
        """Submit when the player presses Enter in ``field``."""
        self.submit()

    def show_error(self, error_id: str, message: str) -> None:
        """Show ``message`` in the error line ``error_id``, or hide it when empty."""
        error = self.query_one(f"#{error_id}", Static)
        # Messages often quote what the player typed, so they are never markup.
        error.update(Content(message))
        error.display = bool(message)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Handle Enter here, so it goes no further than the dialog."""
        event.stop()
        self.enter_pressed(event.input)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Submit or cancel from the buttons."""
        event.stop()
        if event.button.id == "submit":
            self.submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(None)
