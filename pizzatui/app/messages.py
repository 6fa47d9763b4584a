"""Messages that screens and dialogs post up to the app, which owns the game."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from pizzatui.storage import BackupInfo


class ShopChanged(Message):
    """The player changed the shop (staff, menu, stock or ovens): save it soon."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class OpenSlot(Message):
    """The player asked to play the game saved in ``slot``."""

    def __init__(self, slot: str) -> None:
        super().__init__()
        self.slot = slot


class NewShop(Message):
    """The player asked for a new shop called ``shop_name`` saved in ``slot``."""

    def __init__(self, slot: str, shop_name: str, seed: int | None = None) -> None:
        super().__init__()
        self.slot = slot
        self.shop_name = shop_name
        self.seed = seed


class RestoreOpenSlot(Message):
    """The player picked a backup of the slot being played: restore it and reload.

    The app does this itself, so no autosave of the open game can land between
    the restore and the reload and quietly undo it.
    """

    def __init__(self, slot: str, backup: BackupInfo) -> None:
        super().__init__()
        self.slot = slot
        self.backup = backup
