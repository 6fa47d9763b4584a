"""Each slot's last few versions, kept as restore points in a hidden subfolder."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pizzatui.storage.atomic import fsync_folder, replace_atomically
from pizzatui.storage.fileformat import SaveFormatError, read_header
from pizzatui.storage.paths import SLOT_SUFFIX, ensure_private_dir

KEEP_BACKUPS = 5
"""How many earlier versions of a slot are kept."""

_BACKUP_ID = re.compile(r"\d{8}T\d{6}\.\d{6}Z(-\d+)?")


@dataclass(frozen=True)
class BackupInfo:
    """One restore point of a slot: an earlier version of its save."""

    slot: str
    id: str
    saved_at: str | None
    day: int | None
    cash: int | None
    bytes: int
    path: Path

    def to_json(self) -> dict[str, object]:
        """Return the restore point as plain JSON values."""
        return {
            "slot": self.slot,
            "id": self.id,
            "saved_at": self.saved_at,
            "day": self.day,
            "cash": self.cash,
            "bytes": self.bytes,
        }


def is_backup_id(text: str) -> bool:
    """Say whether ``text`` has the shape of a restore point's id."""
    return bool(_BACKUP_ID.fullmatch(text))


def take_backup(source: Path, backups: Path) -> Path:
    """Keep the file at ``source`` as the newest restore point in ``backups``.

    A hard link costs nothing and shares the bytes, which is safe because a slot
    file is only ever replaced, never changed in place. Where links are not
    possible the bytes are copied.
    """
    ensure_private_dir(backups.parent)
    ensure_private_dir(backups)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    for attempt in range(100):
        backup_id = stamp if attempt == 0 else f"{stamp}-{attempt}"
        target = backups / f"{backup_id}{SLOT_SUFFIX}"
        try:
            os.link(source, target, follow_symlinks=False)
        except FileExistsError:
            continue
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP):
                raise
            if target.exists():
                continue
            replace_atomically(target, source.read_bytes(), ".copy.", "The backup")
        fsync_folder(backups)
        return target
    raise FileExistsError(errno.EEXIST, "too many backups at once", str(backups))


def _backup_files(backups: Path) -> list[Path]:
    """Return the slot's backup files, oldest first."""
    try:
        paths = list(backups.iterdir())
    except OSError:
        return []
    found = [
        path
        for path in paths
        if path.name.endswith(SLOT_SUFFIX)
        and is_backup_id(path.name.removesuffix(SLOT_SUFFIX))
    ]
    return sorted(found, key=_age_key)


def _age_key(path: Path) -> tuple[str, int]:
    """Order restore points by their UTC stamp, then by the tie-breaking count."""
    stamp, _, count = path.name.removesuffix(SLOT_SUFFIX).partition("-")
    return stamp, int(count or 0)


def rotate(backups: Path, keep: int = KEEP_BACKUPS) -> None:
    """Delete all but the newest ``keep`` restore points."""
    files = _backup_files(backups)
    for old in files[: max(0, len(files) - keep)]:
        with contextlib.suppress(OSError):
            old.unlink()


def list_backups(slot: str, backups: Path) -> list[BackupInfo]:
    """Return a slot's restore points, newest first, read from their headers."""
    found = []
    for path in reversed(_backup_files(backups)):
        try:
            info = path.lstat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        saved_at = day = cash = None
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            fd = -1
        if fd >= 0:
            try:
                header = read_header(fd, info.st_size)
                saved_at, day, cash = header.saved_at, header.day, header.cash
            except (SaveFormatError, OSError):
                pass
            finally:
                os.close(fd)
        backup_id = path.name.removesuffix(SLOT_SUFFIX)
        found.append(
            BackupInfo(slot, backup_id, saved_at, day, cash, info.st_size, path)
        )
    return found
