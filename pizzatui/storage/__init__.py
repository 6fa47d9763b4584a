"""The save store: one self-describing, allowlisted pickle per slot, written safely.

Plain Python, no Textual: the app and the command line both use it.
"""

from pizzatui.storage.backups import KEEP_BACKUPS, BackupInfo
from pizzatui.storage.errors import (
    SaveError,
    SaveWriteError,
    SlotDamagedError,
    SlotLockedError,
    SlotMissingError,
    SlotNewerError,
    SlotUnsafeError,
)
from pizzatui.storage.fileformat import MAX_SAVE_BYTES
from pizzatui.storage.locks import LockHolder, SlotLock
from pizzatui.storage.paths import check_slot_name, saves_folder
from pizzatui.storage.slotinfo import STATUSES, SlotInfo
from pizzatui.storage.store import SaveStore

__all__ = [
    "KEEP_BACKUPS",
    "MAX_SAVE_BYTES",
    "STATUSES",
    "BackupInfo",
    "LockHolder",
    "SaveError",
    "SaveStore",
    "SaveWriteError",
    "SlotDamagedError",
    "SlotInfo",
    "SlotLock",
    "SlotLockedError",
    "SlotMissingError",
    "SlotNewerError",
    "SlotUnsafeError",
    "check_slot_name",
    "saves_folder",
]
