"""The choices offered while no shop is open: start a new one or continue the latest."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Static


class StartChoices(Horizontal):
    """A line saying no shop is open, with buttons for a new shop or the latest."""

    def __init__(self) -> None:
        super().__init__(id="saves-start")

    def compose(self) -> ComposeResult:
        """Lay out the note and the two buttons, which run the screen's actions."""
        yield Static("No shop is open.", id="saves-start-note")
        yield Button(
            "New shop (n)", id="start-new", action="screen.new_shop", compact=True
        )
        yield Button(
            "Continue (o)",
            id="start-continue",
            action="screen.continue_game",
            compact=True,
        )

    def show(self, latest_slot: str | None) -> None:
        """Name the slot Continue would open, or disable it when there is none."""
        self.query_one(Static).update(
            Content("No shop is open; no save to continue yet.")
            if latest_slot is None
            else Content.assemble(
                "No shop is open. Latest save: ", (latest_slot, "bold")
            )
        )
        self.query_one("#start-continue", Button).disabled = latest_slot is None
