"""Opening, switching and closing the slot being played, and saving before a close."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work

from pizzatui.app.dialogs.error import ErrorDialog
from pizzatui.app.messages import NewShop, OpenSlot, RestoreOpenSlot
from pizzatui.app.session import GameSession
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import SaveError, SlotLockedError, SlotMissingError

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp
    from pizzatui.storage import BackupInfo, SlotLock

NewShopWish = tuple[str, int | None]
"""What a new shop is to be: its name and its seed (None for a random one)."""


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """A slot to play, and what to do first: start it, create it or restore it."""

    slot: str
    new_shop: NewShopWish | None = None
    """Start this new shop in the slot, which must not exist yet."""
    create_missing: bool = False
    """Start a shop named after the slot if it has no save."""
    at_start: bool = False
    """The game is just starting, so a slot that cannot open ends it."""
    restore: BackupInfo | None = None
    """Bring this backup back first, without saving the open game over it."""


class SlotsMixin:
    """The app's slot handling: one game open at a time, locked while it is."""

    def on_open_slot(self: PizzaApp, message: OpenSlot) -> None:
        """Play the game saved in the slot the player picked."""
        self._open_game(message.slot)

    def on_new_shop(self: PizzaApp, message: NewShop) -> None:
        """Start a new shop in a new slot."""
        self._open_game(message.slot, new_shop=(message.shop_name, message.seed))

    def on_restore_open_slot(self: PizzaApp, message: RestoreOpenSlot) -> None:
        """Bring back a backup of the game being played, then play it."""
        game = self.game
        if game is not None and game.slot == message.slot:
            self._open_game(message.slot, restore=message.backup)

    def _open_game(
        self: PizzaApp,
        slot: str,
        *,
        new_shop: NewShopWish | None = None,
        create_missing: bool = False,
        at_start: bool = False,
        restore: BackupInfo | None = None,
    ) -> None:
        """Start opening ``slot``, unless another slot is still being opened."""
        if self._opening:
            self.notify("Still opening the last slot; try again in a moment.")
            return
        self._opening = True
        self._open_in_turn(
            OpenRequest(slot, new_shop, create_missing, at_start, restore)
        )

    # Not exclusive: cancelling a worker mid-load would leave its thread holding
    # the slot's lock with nobody to release it, so opens wait their turn instead.
    @work(group="open", exit_on_error=False)
    async def _open_in_turn(self: PizzaApp, request: OpenRequest) -> None:
        """Open the slot asked for, then let the next request to open a slot through."""
        try:
            await self._switch_to(request)
        finally:
            self._opening = False

    async def _switch_to(self: PizzaApp, request: OpenRequest) -> None:
        """Save and close the open game, then lock, load or create and play a slot.

        With a backup to restore, the open game is closed without saving (a save
        would undo the backup the player chose), the backup is brought back, and
        the slot opened again.
        """
        slot, restore, at_start = request.slot, request.restore, request.at_start
        game = self.game
        if (
            game is not None
            and game.slot == slot
            and not (request.new_shop or restore or game.read_only)
        ):
            self.switch_mode("orders")
            return
        if game is not None and restore is not None:
            await self.saves_finished()
            self._close_game()
            await self._restore_backup(slot, restore)
        elif game is not None and not await self.save_and_release():
            return
        try:
            lock, shop = await asyncio.to_thread(
                self._lock_and_load, slot, request.new_shop, request.create_missing
            )
        except SlotLockedError as error:
            self.slot_in_use(slot, error, at_start=at_start)
            return
        except (SaveError, ValueError) as error:
            self._refuse_slot(slot, str(error), at_start=at_start)
            return
        self._play(GameSession(shop, slot, lock, paused=self._start_paused))

    async def _restore_backup(self: PizzaApp, slot: str, backup: BackupInfo) -> None:
        """Put ``backup`` back as ``slot``'s save, saying how it went."""
        try:
            await asyncio.to_thread(self.store.restore, slot, backup)
        except SaveError as error:
            self.notify(
                f"{error} The last save opens instead.",
                title="Could not restore",
                severity="error",
                markup=False,
            )
            return
        self.notify(f"Restored {slot} from its backup.", title="Saves", markup=False)

    def _play(self: PizzaApp, game: GameSession) -> None:
        """Make ``game`` the open game and show its live orders."""
        game.mark_saved(self._clock())
        self.game = game
        self.view = game.shop.view()
        self._refresh_saved_text()
        self.switch_mode("orders")
        self._sync_clock()
        self.freeze_long_lived()

    def _lock_and_load(
        self: PizzaApp,
        slot: str,
        new_shop: NewShopWish | None,
        create_missing: bool,
    ) -> tuple[SlotLock, PizzaShop]:
        """Lock ``slot`` and load its shop, or create one; runs in a thread."""
        lock = self.store.lock(slot)
        try:
            if new_shop is not None:
                shop = self._create_shop(slot, *new_shop)
            else:
                try:
                    shop = self.store.load(slot)
                except SlotMissingError:
                    if not create_missing:
                        raise
                    shop = self._create_shop(slot, slot, None)
        except BaseException:
            lock.release()
            raise
        return lock, shop

    def _create_shop(
        self: PizzaApp, slot: str, shop_name: str, seed: int | None
    ) -> PizzaShop:
        """Make a new shop and write its first save, refusing to overwrite a slot."""
        try:
            self.store.info(slot)
        except SlotMissingError:
            pass
        else:
            raise SaveError(f"There is already a save called {slot}.")
        shop = PizzaShop(shop_name, seed=seed)
        self.store.save(slot, shop)
        return shop

    async def save_and_release(self: PizzaApp) -> bool:
        """Pause and save the open game, then let go of its slot; False if unsaved.

        A game whose save failed stays open, paused, so the player can try again.
        """
        game = self.game
        if game is None:
            return True
        if not game.read_only:
            game.pause()
            self._sync_clock()
            self.save_game("closing the game")
            await self.saves_finished()
            if self._last_save_error is not None:
                return False
        self._close_game()
        return True

    def _close_game(self: PizzaApp) -> None:
        """Let go of the open game's lock and show no shop."""
        if self.game is not None:
            self.game.release()
        self.game = None
        self.view = None
        self._sync_clock()
        self._refresh_saved_text()

    def _refuse_slot(
        self: PizzaApp,
        slot: str,
        reason: str,
        *,
        at_start: bool,
        title: str = "could not be opened",
    ) -> None:
        """Say why ``slot`` cannot be played: an error dialog, or an exit at start."""
        self.log.warning(f"slot {slot!r} {title}: {reason}")
        if at_start:
            self.exit(return_code=2, message=f"pizzatui: {reason}")
            return
        self.push_screen(ErrorDialog(f"{slot} {title}", reason))
