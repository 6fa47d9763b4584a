"""Letters that move a table's cursor, for players who keep off the arrow keys."""

from __future__ import annotations

from textual.binding import Binding, BindingType

ROW_KEYS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
]
"""j and k move down and up a row, as in many terminal programs."""
