"""A dialog for an error the player must read before going on."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ErrorDialog(ModalScreen[None]):
    """Shows a title and a message, both literally, until the player closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self._title = title
        self._message = message

    def compose(self) -> ComposeResult:
        """Lay out the title, the message and an OK button."""
        with Vertical(classes="dialog error-dialog"):
            yield Static(Content(self._title), classes="dialog-title")
            yield Static(Content(self._message), id="error-message")
            yield Button("OK", id="ok", variant="error")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Close when OK is pressed."""
        event.stop()
        self.dismiss()

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss()
