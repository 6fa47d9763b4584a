"""The saves screen: every slot in the folder, a preview, and what to do with them."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer

from pizzatui.app.dialogs.backups import BackupsDialog
from pizzatui.app.messages import NewShop, OpenSlot, RestoreOpenSlot
from pizzatui.app.screens.saves_prompts import (
    delete_question,
    new_shop_prompt,
    rename_prompt,
    save_as_prompt,
)
from pizzatui.app.screens.slot_changes import (
    BackupsRead,
    SlotChangesMixin,
    SlotsChanged,
)
from pizzatui.app.widgets.literal_text import printable
from pizzatui.app.widgets.shop_header import ShopHeader
from pizzatui.app.widgets.slot_browser import STORE_ERRORS, SlotBrowser
from pizzatui.app.widgets.slot_table import can_open, current_time
from pizzatui.app.widgets.start_choices import StartChoices
from pizzatui.storage import check_slot_name

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp
    from pizzatui.app.session import GameSession
    from pizzatui.storage import BackupInfo, SaveStore, SlotInfo


class SavesScreen(SlotChangesMixin, Screen[None]):
    """Browse the save slots: load, start, copy, rename, delete and restore them."""

    CSS_PATH = "saves.tcss"
    AUTO_FOCUS = "#slot-table"

    # The slot-changing keys stay out of the crowded footer: their buttons show
    # them, the help lists them, and they grey out with the buttons.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l", "load", "Load", show=False, tooltip="Play the highlighted slot"),
        Binding("o", "continue_game", "Continue", tooltip="Play the latest save"),
        Binding(
            "n", "new_shop", "New", show=False, tooltip="Start a new shop in a new slot"
        ),
        Binding("c", "save_as", "Save as", show=False, tooltip="Copy to a new slot"),
        Binding("r", "rename", "Rename", show=False, tooltip="Rename the slot"),
        Binding("d", "delete", "Delete", show=False, tooltip="Delete the slot"),
        Binding("b", "backups", "Backups", show=False, tooltip="Restore a backup"),
    ]

    ACTION_BUTTONS: ClassVar[dict[str, str]] = {
        "load": "Load (l)",
        "new_shop": "New (n)",
        "save_as": "Save as (c)",
        "rename": "Rename (r)",
        "delete": "Delete (d)",
        "backups": "Backups (b)",
    }
    """The row of buttons under the preview: action and label."""

    def compose(self) -> ComposeResult:
        """Lay out the header, the start choices, the table, preview and buttons."""
        yield ShopHeader()
        yield StartChoices()
        yield SlotBrowser()
        with Horizontal(id="saves-actions"):
            for action, label in self.ACTION_BUTTONS.items():
                yield Button(
                    label, id=f"do-{action}", action=f"screen.{action}", compact=True
                )
        yield Footer()

    def on_screen_resume(self) -> None:
        """List the slots afresh each time the screen is shown."""
        self._show_state()
        self.browser.list_slots()

    @property
    def store(self) -> SaveStore:
        """The app's save store."""
        return cast("PizzaApp", self.app).store

    @property
    def game(self) -> GameSession | None:
        """The game open in this session, if any."""
        return cast("PizzaApp", self.app).game

    @property
    def playing(self) -> str | None:
        """The slot the open game is saved in, if a game is open."""
        game = self.game
        return None if game is None else game.slot

    @property
    def browser(self) -> SlotBrowser:
        """The slot table and its preview."""
        return self.query_one(SlotBrowser)

    @property
    def highlighted(self) -> SlotInfo | None:
        """The slot under the cursor, if there are any."""
        return self.browser.highlighted if self.is_mounted else None

    def on_slot_browser_listed(self) -> None:
        """Match the keys and buttons to the slots just listed."""
        self._show_state()

    def on_data_table_row_highlighted(self) -> None:
        """Match the keys and buttons to the slot the cursor moved to."""
        self._show_state()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Load the slot chosen with Enter or a second click."""
        event.stop()
        self.action_load()

    def _show_state(self) -> None:
        """Match the start choices, buttons and footer to the game and the cursor."""
        start = self.query_one(StartChoices)
        start.display = self.game is None
        latest = self.browser.latest_playable()
        start.show(None if latest is None else latest.slot)
        for action in self.ACTION_BUTTONS:
            allowed = self.check_action(action, ())
            self.query_one(f"#do-{action}", Button).disabled = not allowed
        self.refresh_bindings()

    # Keys

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out actions that need a slot when none, or no usable one, is chosen."""
        if not self.is_mounted:
            return True
        if action == "continue_game":
            if self.game is not None:
                return False
            return None if self.browser.latest_playable() is None else True
        info = self.highlighted
        if action in ("load", "save_as"):
            return None if info is None or not can_open(info) else True
        if action in ("rename", "delete", "backups"):
            return None if info is None else True
        return True

    def action_load(self) -> None:
        """Play the highlighted slot."""
        info = self.highlighted
        if info is None:
            return
        if not can_open(info):
            self.notify(
                printable(f"The slot {info.slot} cannot be opened: {info.reason}"),
                title="Cannot load",
                severity="error",
                markup=False,
            )
            return
        self.post_message(OpenSlot(info.slot))

    def action_continue_game(self) -> None:
        """Play the most recently saved slot."""
        latest = self.browser.latest_playable()
        if latest is not None:
            self.post_message(OpenSlot(latest.slot))

    def action_new_shop(self) -> None:
        """Ask for a slot and a shop name, then start the new shop."""
        self.app.push_screen(
            new_shop_prompt(self._check_free_slot_name), self._start_new_shop
        )

    def _start_new_shop(self, answer: tuple[str, ...] | None) -> None:
        """Ask the app for the new shop the player named."""
        if answer is not None:
            slot, shop_name, seed = answer
            self.post_message(NewShop(slot, shop_name, int(seed) if seed else None))

    def _check_free_slot_name(self, text: str) -> str:
        """Check a name for a new slot, refusing one that is already taken."""
        name = check_slot_name(text)
        taken = {slot.casefold() for slot in self.browser.slots}
        if name.casefold() in taken:
            raise ValueError(f"There is already a save called {name}.")
        return name

    def action_save_as(self) -> None:
        """Copy the highlighted slot (the game as it is now, if open) to a new name."""
        info = self.highlighted
        if info is None:
            return
        self.app.push_screen(
            save_as_prompt(info.slot, self._check_free_slot_name),
            lambda answer: self._copy_slot(info.slot, answer),
        )

    def _copy_slot(self, source: str, answer: tuple[str, ...] | None) -> None:
        """Copy ``source`` to the name the player gave, in a thread."""
        if answer is None:
            return
        (target,) = answer
        store, game = self.store, self.game
        done = f"Copied {source} to {target}."
        if game is not None and game.slot == source and not game.read_only:
            # The open game is ahead of its last save; copy it as it is now.
            # Pickling belongs on the event loop, between the clock's ticks.
            try:
                data = store.encode(target, game.shop)
            except STORE_ERRORS as error:
                self.post_message(SlotsChanged("Could not copy", str(error), ok=False))
                return
            write = partial(store.write, target, data)
        else:
            write = partial(store.copy, source, target)
        self._change_slots(write, done, "Could not copy", show=target)

    def _refuse_open_slot(self, info: SlotInfo, doing: str) -> bool:
        """Say why a slot held by a game cannot be changed; True if refused."""
        if info.slot == self.playing:
            message = (
                f"The slot {info.slot} holds the game you are playing; "
                f"open another slot before you {doing} it."
            )
        elif info.status == "locked":
            message = f"The slot {info.slot} is open in another session."
        else:
            return False
        self.notify(message, title=f"Cannot {doing}", severity="warning", markup=False)
        return True

    def action_rename(self) -> None:
        """Give the highlighted slot a new name."""
        info = self.highlighted
        if info is None or self._refuse_open_slot(info, "rename"):
            return
        self.app.push_screen(
            rename_prompt(info.slot, self._check_free_slot_name),
            lambda answer: self._rename_slot(info.slot, answer),
        )

    def _rename_slot(self, old: str, answer: tuple[str, ...] | None) -> None:
        """Rename ``old`` to the name the player gave, in a thread."""
        if answer is not None:
            (new,) = answer
            self._change_slots(
                partial(self.store.rename, old, new),
                f"Renamed {old} to {new}.",
                "Could not rename",
                show=new,
            )

    def action_delete(self) -> None:
        """Delete the highlighted slot, once the player confirms."""
        info = self.highlighted
        if info is None or self._refuse_open_slot(info, "delete"):
            return
        self.app.push_screen(
            delete_question(info.slot),
            lambda yes: self._delete_slot(info.slot, bool(yes)),
        )

    def _delete_slot(self, slot: str, yes: bool) -> None:
        """Delete ``slot`` in a thread if the player said yes."""
        if yes:
            self._change_slots(
                partial(self.store.delete, slot), f"Deleted {slot}.", "Could not delete"
            )

    def action_backups(self) -> None:
        """List the highlighted slot's backups to restore one."""
        info = self.highlighted
        if info is None:
            return
        game = self.game
        watched = game is not None and game.read_only and info.slot == game.slot
        if watched or (info.status == "locked" and info.slot != self.playing):
            self.notify(
                f"The slot {info.slot} is open in another session.",
                title="Cannot restore",
                severity="warning",
                markup=False,
            )
            return
        self._read_backups(self.store, info.slot)

    def on_backups_read(self, message: BackupsRead) -> None:
        """Offer the backups just read."""
        slot = message.slot
        self.app.push_screen(
            BackupsDialog(slot, message.backups, current_time()),
            lambda backup: self._restore(slot, backup),
        )

    def _restore(self, slot: str, backup: BackupInfo | None) -> None:
        """Bring the chosen backup back in a thread."""
        if backup is None:
            return
        if slot == self.playing:
            self.post_message(RestoreOpenSlot(slot, backup))
            return
        self._change_slots(
            partial(self.store.restore, slot, backup),
            f"Restored {slot} from its backup.",
            "Could not restore",
            show=slot,
        )
