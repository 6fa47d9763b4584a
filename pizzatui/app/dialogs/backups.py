"""The list of a slot's backups, to pick one to bring back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Static

from pizzatui.app.widgets.slot_preview import describe_size
from pizzatui.app.widgets.slot_table import parse_saved_at, saved_when
from pizzatui.money import format_money

if TYPE_CHECKING:
    from pizzatui.storage import BackupInfo


def backup_time(backup: BackupInfo, now: datetime) -> str:
    """When a backup was saved, relative and exact: "3 h ago (2025-05-01 14:02)"."""
    when = parse_saved_at(backup.saved_at)
    relative = saved_when(backup.saved_at, now)
    if when is None or "ago" not in relative:
        return relative
    return f"{relative} ({when:%Y-%m-%d %H:%M})"


class BackupsDialog(ModalScreen["BackupInfo | None"]):
    """Show a slot's backups, newest first; dismiss with the one to restore, or None."""

    DEFAULT_CSS = """
    BackupsDialog {
        align: center middle;
    }
    BackupsDialog > #backups-box {
        width: 72;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        overflow-y: auto;
        padding: 0 1;
        border: thick $primary;
        background: $surface;
    }
    BackupsDialog #backups-note {
        color: $text-muted;
        margin-bottom: 1;
    }
    BackupsDialog DataTable {
        height: auto;
        max-height: 9;
    }
    BackupsDialog #backups-buttons {
        width: 100%;
        height: auto;
        margin-top: 1;
        align-horizontal: right;
    }
    BackupsDialog Button {
        margin-left: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close"),
    ]

    def __init__(self, slot: str, backups: Sequence[BackupInfo], now: datetime) -> None:
        super().__init__()
        self.slot = slot
        self.backups = {backup.id: backup for backup in backups}
        self.now = now

    def compose(self) -> ComposeResult:
        """Lay out a note, the table of backups and the buttons."""
        with Vertical(id="backups-box") as box:
            box.border_title = Content.assemble("Backups of ", self.slot)
            if self.backups:
                note = (
                    "Restoring puts the chosen backup back in the slot; "
                    "the save there now is kept as a backup."
                )
            else:
                note = "This slot has no backups yet: one is kept each time it saves."
            yield Static(note, id="backups-note")
            table: DataTable[Text] = DataTable(cursor_type="row", id="backups-table")
            table.display = bool(self.backups)
            yield table
            with Horizontal(id="backups-buttons"):
                yield Button(
                    "Restore",
                    variant="warning",
                    id="restore",
                    disabled=not self.backups,
                )
                yield Button("Close", id="cancel")

    def on_mount(self) -> None:
        """Fill the table, newest backup first."""
        table = self.query_one(DataTable)
        table.add_column("Saved", key="saved")
        table.add_column("Day", key="day")
        table.add_column("Cash", key="cash")
        table.add_column("Size", key="size")
        for backup in self.backups.values():
            table.add_row(
                Text(backup_time(backup, self.now)),
                Text(str(backup.day), justify="right"),
                Text(format_money(backup.cash), justify="right"),
                Text(describe_size(backup.bytes), justify="right"),
                key=backup.id,
            )
        if self.backups:
            table.focus()
        else:
            self.query_one("#cancel", Button).focus()

    def _chosen(self) -> BackupInfo | None:
        """The backup under the cursor, if there is one."""
        table = self.query_one(DataTable)
        if not self.backups or not table.is_valid_row_index(table.cursor_row):
            return None
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return self.backups.get(str(row_key.value))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Restore the backup the player chose with Enter or a click."""
        event.stop()
        self.dismiss(self.backups.get(str(event.row_key.value)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Restore the highlighted backup, or close."""
        event.stop()
        self.dismiss(self._chosen() if event.button.id == "restore" else None)

    def action_cancel(self) -> None:
        """Close without restoring."""
        self.dismiss(None)
