"""A data table whose rows are kept by key and whose cells change only when needed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.widgets import DataTable

from pizzatui.app.widgets.table_keys import ROW_KEYS

Cells = tuple[str | Text, ...]
"""A row's cells: ``Text`` shows a name literally, ``str`` may hold markup."""


class KeyedTable(DataTable[str | Text]):
    """Shows rows by key, adding, removing and updating only what differs."""

    BINDINGS: ClassVar[list[BindingType]] = ROW_KEYS

    def __init__(self, columns: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._columns = tuple(columns)
        self._rows: dict[str, Cells] = {}

    def on_mount(self) -> None:
        """Set up the columns, keyed by their headings."""
        for heading in self._columns:
            self.add_column(heading, key=heading)

    def show_rows(self, rows: Sequence[tuple[str, Cells]]) -> None:
        """Make the table show exactly ``rows`` (key, cells), in that order."""
        wanted = dict(rows)
        for key in [key for key in self._rows if key not in wanted]:
            self.remove_row(key)
            del self._rows[key]
        for key, cells in rows:
            shown = self._rows.get(key)
            if shown is None:
                self.add_row(*cells, key=key)
            else:
                for heading, old, new in zip(self._columns, shown, cells, strict=True):
                    if old != new:
                        self.update_cell(key, heading, new)
            self._rows[key] = cells

    @property
    def highlighted_key(self) -> str | None:
        """The key of the row under the cursor, or None when the table is empty."""
        if not self._rows or not self.is_valid_row_index(self.cursor_row):
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
