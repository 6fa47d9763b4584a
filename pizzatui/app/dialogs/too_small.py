"""The notice shown instead of the layout while the terminal is too small."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static


class TooSmallScreen(ModalScreen[None]):
    """Asks the player to enlarge the terminal; the app takes it down when they do."""

    def compose(self) -> ComposeResult:
        """Lay out the notice."""
        yield Static(
            "Please enlarge the terminal to at least 80x24.\nThe game is paused.",
            id="too-small",
        )
