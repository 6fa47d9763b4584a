"""The errors the save store raises, each with a message a player can read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pizzatui.storage.locks import LockHolder


class SaveError(Exception):
    """Something went wrong with a save; ``str(error)`` says what in plain words."""


class SlotMissingError(SaveError):
    """There is no save in the slot asked for."""


class SlotDamagedError(SaveError):
    """A save file cannot be read back: it is empty, cut short, altered or garbage."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class SlotUnsafeError(SaveError):
    """A save file names code outside the game, so it is refused unread."""

    def __init__(self, message: str, forbidden: str) -> None:
        super().__init__(message)
        self.forbidden = forbidden


class SlotNewerError(SaveError):
    """A save was written by a newer version of the game than this one."""

    def __init__(self, message: str, schema: int) -> None:
        super().__init__(message)
        self.schema = schema


class SlotLockedError(SaveError):
    """Another session has the slot open."""

    def __init__(self, message: str, holder: LockHolder) -> None:
        super().__init__(message)
        self.holder = holder


class SaveWriteError(SaveError):
    """A save could not be written; the last good save is still in place."""
