"""Changes to the saves folder made in threads, and the messages that report them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.worker import Worker, WorkerState

from pizzatui.app.widgets.slot_browser import STORE_ERRORS

if TYPE_CHECKING:
    from pizzatui.app.screens.saves import SavesScreen
    from pizzatui.storage import BackupInfo, SaveStore


class BackupsRead(Message):
    """A slot's backups were read, so the player can pick one to restore."""

    def __init__(self, slot: str, backups: list[BackupInfo]) -> None:
        super().__init__()
        self.slot = slot
        self.backups = backups


class SlotsChanged(Message):
    """A change to the saves folder finished or failed; say so, then list afresh."""

    def __init__(
        self,
        title: str,
        text: str,
        *,
        ok: bool,
        show_slot: str | None = None,
    ) -> None:
        super().__init__()
        self.title = title
        self.text = text
        self.ok = ok
        self.show_slot = show_slot


class SlotChangesMixin:
    """The saves screen's work on the folder: off the event loop, reported after."""

    @work(thread=True, group="change-slots", exit_on_error=False)
    def _change_slots(
        self: SavesScreen,
        change: Callable[[], object],
        done: str,
        failed: str,
        *,
        show: str | None = None,
    ) -> None:
        """Make one change to the saves folder in a thread, then list it afresh."""
        try:
            change()
        except STORE_ERRORS as error:
            self.post_message(SlotsChanged(failed, str(error), ok=False))
            return
        self.post_message(SlotsChanged("Saves", done, ok=True, show_slot=show))

    @work(thread=True, group="read-backups", exit_on_error=False)
    def _read_backups(self: SavesScreen, store: SaveStore, slot: str) -> None:
        """Read a slot's backups in a thread, to offer them."""
        try:
            backups = store.backups(slot)
        except STORE_ERRORS as error:
            self.post_message(SlotsChanged("No backups", str(error), ok=False))
            return
        self.post_message(BackupsRead(slot, backups))

    def on_worker_state_changed(self: SavesScreen, event: Worker.StateChanged) -> None:
        """Report a change to the folder that failed in a way no store error names."""
        if event.state == WorkerState.ERROR:
            self.log.error(f"changing the saves folder failed: {event.worker.error!r}")
            self.post_message(
                SlotsChanged("Saves folder", str(event.worker.error), ok=False)
            )

    def on_slots_changed(self: SavesScreen, message: SlotsChanged) -> None:
        """Tell the player how a change went and show the folder as it is now."""
        self.notify(
            message.text,
            title=message.title,
            severity="information" if message.ok else "error",
            markup=False,
        )
        self.browser.list_slots(show_slot=message.show_slot)
