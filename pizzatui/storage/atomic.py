"""Writing a file so that either the old or the new version is there, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from pizzatui.storage.errors import SaveWriteError

_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)
_FULL = (errno.ENOSPC, errno.EDQUOT)


def explain(error: OSError, what: str) -> str:
    """Say in a player's words why ``what`` could not be written."""
    if error.errno in _FULL:
        cause = "the disk is full; free some space and save again"
    elif error.errno in _READ_ONLY:
        cause = "the saves folder is read-only or not yours to write"
    else:
        cause = (error.strerror or str(error)).lower()
    return f"{what} could not be written: {cause}. The last good save is untouched."


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd``, however many calls that takes."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk so a rename survives a power cut."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temps(folder: Path, prefix: str) -> None:
    """Delete temporary files a killed writer left behind for one target."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    Path(entry.path).unlink()


def replace_atomically(
    target: Path,
    data: bytes,
    temp_prefix: str,
    what: str,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Write ``data`` to a temp file, fsync it, then rename it over ``target``.

    ``before_replace`` runs once the new bytes are safely on disk and before the
    rename, which is where the old version is kept as a backup.
    """
    folder = target.parent
    temp = folder / f"{temp_prefix}{os.getpid()}.{secrets.token_hex(4)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        fd = os.open(temp, flags, 0o600)
    except OSError as error:
        raise SaveWriteError(explain(error, what)) from error
    try:
        try:
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace()
        temp.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise SaveWriteError(explain(error, what)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    try:
        fsync_folder(folder)
    except OSError as error:
        raise SaveWriteError(explain(error, what)) from error
