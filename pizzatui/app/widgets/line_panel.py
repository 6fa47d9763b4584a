"""A titled panel of one-line rows that repaints only the rows whose text changed."""

from __future__ import annotations

from collections.abc import Sequence

from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

EMPTY = Content("")

MAX_ROWS = 60
"""The most rows a panel keeps; taller terminals than this clip the rest anyway."""


class LinePanel(Vertical):
    """Shows lines of content, one widget per row, so one change redraws one row."""

    def __init__(self, title: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="line-panel")
        self._title = title
        self._rows: list[Static] = []

    def on_mount(self) -> None:
        """Give the panel its title."""
        self.border_title = self._title

    def show_lines(self, lines: Sequence[Content]) -> None:
        """Make the panel show ``lines``, touching only the rows that differ."""
        wanted = list(lines[:MAX_ROWS])
        new_rows = [Static(line, classes="row") for line in wanted[len(self._rows) :]]
        # Rows are one line high and as wide as the panel whatever they show, so
        # new text never needs the screen laid out again: only the row repainted.
        for row, line in zip(self._rows, wanted, strict=False):
            if row.content != line:
                row.update(line, layout=False)
        for row in self._rows[len(wanted) :]:
            if row.content != EMPTY:
                row.update(EMPTY, layout=False)
        if new_rows:
            self._rows.extend(new_rows)
            self.mount(*new_rows)

    @property
    def plain(self) -> str:
        """The panel's rows as plain text, one line each."""
        return "\n".join(str(row.content) for row in self._rows).rstrip("\n")
