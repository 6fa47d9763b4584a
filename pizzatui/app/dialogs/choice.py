"""The machinery of a dialog answered by a button, or by a key standing for one."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.screen import ModalScreen
from textual.widgets import Button

Answer = TypeVar("Answer")
"""What the dialog dismisses with for the choice the player made."""


class ChoiceDialog(ModalScreen[Answer]):
    """A dialog whose button ids name its choices; dismisses with the one chosen."""

    SAFE_CHOICE: ClassVar[str]
    """The button focused first, so a stray Enter leaves things as they are."""

    def answer_for(self, choice: str) -> Answer:
        """The answer the button or key named ``choice`` stands for."""
        raise NotImplementedError

    def on_mount(self) -> None:
        """Start on the safe choice."""
        self.query_one(f"#{self.SAFE_CHOICE}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Answer with the button the player pressed."""
        event.stop()
        assert event.button.id is not None
        self.dismiss(self.answer_for(event.button.id))

    def action_choose(self, choice: str) -> None:
        """Answer from the keyboard."""
        self.dismiss(self.answer_for(choice))
