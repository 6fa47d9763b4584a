"""The table of staff: name, role, salary, pace and what each is doing now."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.widgets import DataTable

from pizzatui.app.widgets.literal_text import literal
from pizzatui.app.widgets.table_keys import ROW_KEYS
from pizzatui.money import format_money
from pizzatui.sim.views import StaffView

COLUMNS: Sequence[tuple[str, str, int]] = (
    ("Name", "name", 16),
    ("Role", "role", 6),
    ("Salary/yr", "salary", 11),
    ("Pace", "pace", 4),
    ("Doing", "doing", 29),
)
"""Heading, key and width of each column; together they fit 80 columns."""

Cells = tuple[Text, ...]


def staff_cells(person: StaffView) -> Cells:
    """One row of the table; names and activities are shown exactly as they are."""
    return (
        literal(person.name),
        literal(person.role),
        literal(format_money(person.salary), justify="right"),
        literal(f"{person.pace:.2f}", justify="right"),
        literal(person.activity),
    )


class StaffTable(DataTable[Text]):
    """One row per member of staff, keyed by name; only changed cells are redrawn."""

    BINDINGS: ClassVar[list[BindingType]] = ROW_KEYS

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._shown: dict[str, Cells] = {}

    def on_mount(self) -> None:
        """Add the columns at their fixed widths."""
        for heading, key, width in COLUMNS:
            self.add_column(heading, key=key, width=width)

    def show_staff(self, staff: Sequence[StaffView]) -> None:
        """Show exactly ``staff``, in roster order, touching only what changed."""
        wanted = {person.name: staff_cells(person) for person in staff}
        if list(wanted) != list(self._shown):
            self._rebuild(wanted)
            return
        for name, cells in wanted.items():
            for (_, key, _), old, new in zip(
                COLUMNS, self._shown[name], cells, strict=True
            ):
                if old != new:
                    self.update_cell(name, key, new)
        self._shown = wanted

    def _rebuild(self, wanted: dict[str, Cells]) -> None:
        """Lay the rows out afresh after a hire or a firing, keeping the cursor."""
        keep = self.highlighted_name
        row = self.cursor_row
        self.clear()
        for name, cells in wanted.items():
            self.add_row(*cells, key=name)
        self._shown = wanted
        if keep in wanted:
            self.move_cursor(row=self.get_row_index(keep))
        elif wanted:
            self.move_cursor(row=min(row, len(wanted) - 1))

    @property
    def highlighted_name(self) -> str | None:
        """The name of the person under the cursor, or None when nobody works here."""
        if not self._shown or not self.is_valid_row_index(self.cursor_row):
            return None
        return str(self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value)
