"""The slot table and the preview beneath it, read from the saves folder in threads."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable
from textual.worker import Worker, WorkerState

from pizzatui.app.widgets.slot_preview import SlotPreview
from pizzatui.app.widgets.slot_table import SlotTable, current_time
from pizzatui.storage import SaveError

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp
    from pizzatui.storage import SaveStore, SlotInfo

STORE_ERRORS = (SaveError, ValueError, OSError)
"""What a store call may raise; each carries a message a player can read."""


class SlotsListed(Message):
    """A listing of the saves folder finished, with the slots or why it failed."""

    def __init__(self, slots: list[SlotInfo], error: str | None = None) -> None:
        super().__init__()
        self.slots = slots
        self.error = error


class BackupsCounted(Message):
    """The number of backups a slot has, for its preview."""

    def __init__(self, slot: str, count: int | None) -> None:
        super().__init__()
        self.slot = slot
        self.count = count


class SlotBrowser(Vertical):
    """Every slot in the folder and a closer look at the highlighted one."""

    class Listed(Message):
        """The table now shows the folder as it was just read."""

    def __init__(self) -> None:
        super().__init__(id="slot-browser")
        self.backup_counts: dict[str, int | None] = {}
        self._show_after_listing: str | None = None

    def compose(self) -> ComposeResult:
        """Lay out the table over the preview."""
        yield SlotTable(id="slot-table")
        yield SlotPreview(id="slot-preview")

    def on_mount(self) -> None:
        """Title the two panels."""
        self.table.border_title = "Save slots"
        self.query_one(SlotPreview).border_title = "Slot"

    @property
    def table(self) -> SlotTable:
        """The table of slots."""
        return self.query_one(SlotTable)

    @property
    def highlighted(self) -> SlotInfo | None:
        """The slot under the cursor, if there are any."""
        return self.table.highlighted

    @property
    def slots(self) -> dict[str, SlotInfo]:
        """The slots shown, by name, newest first."""
        return self.table.slots

    @property
    def playing(self) -> str | None:
        """The slot the open game is saved in, if a game is open."""
        game = cast("PizzaApp", self.app).game
        return None if game is None else game.slot

    def latest_playable(self) -> SlotInfo | None:
        """The most recently saved slot that opens as it is."""
        return next((info for info in self.slots.values() if info.status == "ok"), None)

    def list_slots(self, show_slot: str | None = None) -> None:
        """Read the folder in a thread; the table follows, on ``show_slot`` if given."""
        if show_slot is not None:
            self._show_after_listing = show_slot
        self._list_slots(cast("PizzaApp", self.app).store)

    @work(thread=True, exclusive=True, group="list-slots", exit_on_error=False)
    def _list_slots(self, store: SaveStore) -> None:
        """List the folder in a thread and post what was found."""
        try:
            slots = store.list()
        except STORE_ERRORS as error:
            self.post_message(SlotsListed([], str(error)))
            return
        self.post_message(SlotsListed(slots))

    def on_slots_listed(self, message: SlotsListed) -> None:
        """Show the slots just listed, or say why the folder could not be read."""
        message.stop()
        if message.error is not None:
            self.notify(
                message.error, title="Cannot read saves", severity="error", markup=False
            )
        self.backup_counts.clear()
        table = self.table
        table.show(message.slots, current_time(), self.playing)
        wanted, self._show_after_listing = self._show_after_listing, None
        if wanted is not None and wanted in table.slots:
            table.move_cursor(row=table.get_row_index(wanted))
        self.show_preview()
        self.post_message(self.Listed())

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Describe the slot the cursor moved to."""
        self.show_preview()

    def show_preview(self) -> None:
        """Describe the highlighted slot, counting its backups in a thread once."""
        info = self.highlighted
        count = None if info is None else self.backup_counts.get(info.slot)
        self.query_one(SlotPreview).show(info, count, current_time(), self.playing)
        if info is not None and info.slot not in self.backup_counts:
            self.backup_counts[info.slot] = None
            self._count_backups(cast("PizzaApp", self.app).store, info.slot)

    @work(thread=True, group="count-backups", exit_on_error=False)
    def _count_backups(self, store: SaveStore, slot: str) -> None:
        """Count a slot's backups in a thread and post the number."""
        try:
            count: int | None = len(store.backups(slot))
        except STORE_ERRORS as error:
            self.log.warning(f"cannot count backups of {slot!r}: {error}")
            count = None
        self.post_message(BackupsCounted(slot, count))

    def on_backups_counted(self, message: BackupsCounted) -> None:
        """Show a backup count once known, if its slot is still highlighted."""
        message.stop()
        self.backup_counts[message.slot] = message.count
        info = self.highlighted
        if info is not None and info.slot == message.slot:
            self.show_preview()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Log a reading thread that failed in a way no store error explains."""
        event.stop()
        if event.state == WorkerState.ERROR:
            self.log.error(f"reading the saves folder failed: {event.worker.error!r}")
            self.notify(
                str(event.worker.error),
                title="Cannot read saves",
                severity="error",
                markup=False,
            )
