"""Saving the open game: pickled on the event loop, written in a thread, one by one."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual import work
from textual.worker import Worker, WorkerState

from pizzatui.app.messages import ShopChanged
from pizzatui.storage import SaveError

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp
    from pizzatui.app.session import GameSession
    from pizzatui.storage import SlotInfo


class SavingMixin:
    """The app's saves: autosave, save now, and saving before a game closes."""

    def _init_saving(self: PizzaApp) -> None:
        """Start with no save running and none failed."""
        self._save_worker: Worker[SlotInfo] | None = None
        self._saving_for: GameSession | None = None
        self._save_again = False
        self._tell_when_saved = False
        self._save_idle = asyncio.Event()
        self._save_idle.set()
        self._last_save_error: SaveError | None = None

    def save_game(self: PizzaApp, reason: str, *, tell: bool = False) -> None:
        """Pickle the game now and write it in a thread; one write at a time."""
        game = self.game
        if game is None or game.read_only:
            return
        self._tell_when_saved = self._tell_when_saved or tell
        if self._save_worker is not None:
            # The running write holds older bytes: write again once it is done.
            self._save_again = True
            return
        self.log.info(f"saving slot {game.slot!r}: {reason}")
        try:
            data = self.store.encode(game.slot, game.shop)
        except SaveError as error:
            self._report_save_error(error)
            return
        game.mark_save_started()
        self._save_idle.clear()
        self._saving_for = game
        self._save_worker = self._write_save(game.slot, data)

    @work(thread=True, group="save", exit_on_error=False)
    def _write_save(self: PizzaApp, slot: str, data: bytes) -> SlotInfo:
        """Write the pickled game to its slot; runs in a thread."""
        return self.store.write(slot, data)

    def on_worker_state_changed(self: PizzaApp, event: Worker.StateChanged) -> None:
        """Finish a save when its write is done, then start any save that waited."""
        worker = event.worker
        if worker is not self._save_worker or not worker.is_finished:
            return
        game, tell = self._saving_for, self._tell_when_saved
        self._save_worker = self._saving_for = None
        if event.state == WorkerState.SUCCESS and game is not None:
            self._last_save_error = None
            self._tell_when_saved = False
            game.mark_saved(self._clock())
            self._refresh_saved_text()
            if tell:
                self.notify(f"Saved to slot {game.slot}.", title="Saved", markup=False)
        elif isinstance(worker.error, SaveError):
            self._report_save_error(worker.error)
        elif worker.error is not None:
            self.log.error(f"saving failed unexpectedly: {worker.error!r}")
            self._report_save_error(SaveError(f"Saving failed: {worker.error}"))
        if self._save_again:
            self._save_again = False
            self.save_game("changes made while saving")
        if self._save_worker is None:
            self._save_idle.set()

    def _report_save_error(self: PizzaApp, error: SaveError) -> None:
        """Tell the player a save failed and that the game goes on."""
        self._last_save_error = error
        self._tell_when_saved = False
        self.log.error(f"save failed: {error!r}")
        self.notify(
            f"{error}\nThe game goes on; the last good save is kept.",
            title="Could not save",
            severity="error",
            timeout=8,
            markup=False,
        )

    async def saves_finished(self: PizzaApp) -> None:
        """Wait until every save asked for so far has been written or has failed."""
        await self._save_idle.wait()

    def on_shop_changed(self: PizzaApp, message: ShopChanged) -> None:
        """Redraw and save after the player changed staff, menu, stock or ovens."""
        if self.game is not None:
            self.view = self.game.shop.view()
            self.save_game(message.reason)
