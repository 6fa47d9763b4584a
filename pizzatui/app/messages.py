"""Messages that screens and dialogs post up to the app, which owns the game."""

from __future__ import annotations

from textual.message import Message


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


class SlotReplaced(Message):
    """A slot's file changed under the game (restored from a backup): reload it."""

    def __init__(self, slot: str) -> None:
        super().__init__()
        self.slot = slot
