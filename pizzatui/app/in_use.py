"""A slot open in another session: ask the player, then watch it or take it over."""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

from textual import work

from pizzatui.app.dialogs.slot_in_use import SlotChoice, SlotInUseDialog
from pizzatui.app.session import GameSession
from pizzatui.app.takeover import TAKE_OVER_TIMEOUT, take_over
from pizzatui.storage import SaveError

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp
    from pizzatui.pizzashop import PizzaShop
    from pizzatui.storage import SlotLock, SlotLockedError

WATCH_EVERY = 2.0
"""Seconds between two looks at a watched slot's file for a newer save."""

SaveMark = tuple[str, int, int]
"""What tells two saves of a slot apart: saved_at, and the file's inode and mtime."""

WATCHING = "watching — read only"
"""What the header says while the game shown is another session's, only watched."""


class SlotInUseMixin:
    """The app's answer to a slot another session holds: watch, take over or leave."""

    def _init_in_use(self: PizzaApp) -> None:
        self.watch_every = WATCH_EVERY
        self.take_over_timeout = TAKE_OVER_TIMEOUT
        self._stop_watching = threading.Event()

    def slot_in_use(
        self: PizzaApp, slot: str, error: SlotLockedError, *, at_start: bool = False
    ) -> None:
        """Ask the player whether to watch ``slot``, take it over, or leave it."""
        self.log.info(f"slot {slot!r} is in use: {error}")

        def chosen(choice: SlotChoice | None) -> None:
            if choice == SlotChoice.WATCH:
                self._watch_game(slot)
            elif choice == SlotChoice.TAKE_OVER:
                self._take_over_game(slot)
            elif self.game is None:
                self.switch_mode("saves")

        self.push_screen(SlotInUseDialog(slot, error.holder), chosen)

    @work(exclusive=True, group="open", exit_on_error=False)
    async def _take_over_game(self: PizzaApp, slot: str) -> None:
        """Have the other session save and quit, then play its fresh save here."""
        if not await self.save_and_release():
            return
        try:
            lock, shop = await asyncio.to_thread(self._take_over_and_load, slot)
        except SaveError as error:
            self._refuse_slot(slot, str(error), at_start=False, title="not taken over")
            return
        self._play(GameSession(shop, slot, lock, paused=self._start_paused))

    def _take_over_and_load(self: PizzaApp, slot: str) -> tuple[SlotLock, PizzaShop]:
        """Take ``slot`` over and load the save its last session wrote; in a thread."""
        lock = take_over(self.store, slot, timeout=self.take_over_timeout)
        try:
            return lock, self.store.load(slot)
        except BaseException:
            lock.release()
            raise

    @work(exclusive=True, group="open", exit_on_error=False)
    async def _watch_game(self: PizzaApp, slot: str) -> None:
        """Show ``slot`` without its lock, following the session that plays it."""
        if not await self.save_and_release():
            return
        try:
            seen, shop = await asyncio.to_thread(self._load_watched, slot)
        except (SaveError, OSError) as error:
            self._refuse_slot(slot, str(error), at_start=False)
            return
        self._play(GameSession(shop, slot, read_only=True, paused=True))
        self._stop_watching = threading.Event()
        self._follow_watched(slot, seen, self._stop_watching)

    def _save_mark(self: PizzaApp, slot: str) -> SaveMark:
        """Tell one save of ``slot`` from the next, even two within a second."""
        info = self.store.info(slot)
        # Every save is a new file renamed into place, so its inode changes too.
        found = self.store.paths(slot).save.stat()
        return info.saved_at, found.st_ino, found.st_mtime_ns

    def _load_watched(self: PizzaApp, slot: str) -> tuple[SaveMark, PizzaShop]:
        """Mark which save a slot holds, then load it, without locking; in a thread."""
        seen = self._save_mark(slot)
        return seen, self.store.load(slot)

    @work(thread=True, group="watch", exit_on_error=False)
    def _follow_watched(
        self: PizzaApp, slot: str, seen: SaveMark, stop: threading.Event
    ) -> None:
        """Load a watched slot again each time its session saves it, until stopped."""
        while not stop.wait(self.watch_every):
            try:
                if self._save_mark(slot) == seen:
                    continue
                seen, shop = self._load_watched(slot)
            except (SaveError, OSError) as error:
                self.log.warning(f"watching slot {slot!r}: {error}")
                continue
            if not stop.is_set():
                self.call_from_thread(self._show_watched, slot, shop)

    def _show_watched(self: PizzaApp, slot: str, shop: PizzaShop) -> None:
        """Show the newest save of the slot being watched, if it still is."""
        game = self.game
        if game is None or not game.read_only or game.slot != slot:
            return
        game.release()
        self.game = GameSession(shop, slot, read_only=True, paused=True)
        self.view = shop.view()

    def _close_game(self: PizzaApp) -> None:
        """Stop following a watched slot, then close the game as usual."""
        self._stop_watching.set()
        super()._close_game()  # type: ignore[misc]
