"""The help screen: every key of the game and of the screen the player was on."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

KeyRow = tuple[str, str, bool]
"""A key as the help shows it: how it is written, what it does, whether it works now."""


def key_rows(
    bindings: Iterable[tuple[Binding, bool]], key_name: Callable[[Binding], str]
) -> list[KeyRow]:
    """Describe each binding once, in the order given."""
    rows: list[KeyRow] = []
    for binding, enabled in bindings:
        about = binding.tooltip or binding.description or binding.action
        rows.append((key_name(binding), about, enabled))
    return rows


def key_lines(title: str, rows: list[KeyRow]) -> Content:
    """A titled block of keys, one line each, marking those that do nothing now."""
    lines = [Content.assemble((title, "bold"))]
    lines += [
        Content.assemble(
            (f"{key:>8}", "bold $accent"),
            "  ",
            about,
            ("" if enabled else "  (not now)", "$text-muted"),
        )
        for key, about, enabled in rows
    ]
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Lists the game's keys, then the keys of the screen underneath."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("question_mark", "close", "Close", key_display="?"),
    ]

    def __init__(self, game_keys: list[KeyRow], screen_keys: list[KeyRow]) -> None:
        super().__init__()
        self._game_keys = game_keys
        self._screen_keys = screen_keys

    def compose(self) -> ComposeResult:
        """Lay out the keys and a close button."""
        with Vertical(id="help-box", classes="dialog"):
            with VerticalScroll():
                yield Static(key_lines("Everywhere", self._game_keys))
                if self._screen_keys:
                    yield Static(
                        key_lines("On this screen", self._screen_keys),
                        classes="help-section",
                    )
                yield Static(
                    Content("ctrl+p opens the command palette with every action."),
                    classes="dialog-note",
                )
            yield Button("Close", id="close", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Close when the button is pressed."""
        event.stop()
        self.dismiss()

    def action_close(self) -> None:
        """Go back to the screen underneath."""
        self.dismiss()
