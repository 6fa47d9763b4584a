"""Changing one slot's file: holding the slot, then replacing it with a backup kept."""

from __future__ import annotations

import contextlib
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

from pizzatui.storage.atomic import explain, remove_stale_temps, replace_atomically
from pizzatui.storage.backups import rotate, take_backup
from pizzatui.storage.errors import SaveWriteError
from pizzatui.storage.locks import acquire, held_here
from pizzatui.storage.paths import SlotPaths
from pizzatui.storage.slotinfo import NEWER, OK, inspect_slot

_guards: dict[str, threading.Lock] = {}
_guards_guard = threading.Lock()


def _thread_guard(path: Path) -> threading.Lock:
    """Return the lock that stops this process's threads changing one slot at once."""
    with _guards_guard:
        return _guards.setdefault(str(path), threading.Lock())


@contextlib.contextmanager
def holding(paths: SlotPaths) -> Iterator[None]:
    """Hold a slot for one change: this session's lock, or a lock just for now."""
    with _thread_guard(paths.lock):
        if held_here(paths.lock) is not None:
            yield
            return
        with acquire(paths.lock, paths.slot):
            yield


def has_header(paths: SlotPaths) -> bool:
    """Say whether a slot's current file is a save worth keeping as a backup."""
    return inspect_slot(paths.save, paths.slot).status in (OK, NEWER)


def write_held(paths: SlotPaths, data: bytes) -> None:
    """Replace a slot's file with ``data``, backing up the old; the slot is held."""
    what = f"The save {paths.slot!r}"
    remove_stale_temps(paths.folder, paths.temp_prefix())
    try:
        current = paths.save.lstat()
    except FileNotFoundError:
        current = None
    except OSError as error:
        raise SaveWriteError(explain(error, what)) from error
    if current is not None and not stat.S_ISREG(current.st_mode):
        raise SaveWriteError(
            f"{paths.save} is not a plain file, so the game will not replace it; "
            "move it away and save again."
        )

    def keep_current() -> None:
        if current is not None and has_header(paths):
            take_backup(paths.save, paths.backups)
            rotate(paths.backups)

    replace_atomically(paths.save, data, paths.temp_prefix(), what, keep_current)
