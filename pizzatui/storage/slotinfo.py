"""What the store knows about one slot without unpickling it: metadata and status."""

from __future__ import annotations

import dataclasses
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pizzatui.pizzashop import SCHEMA_VERSION
from pizzatui.storage.allowlist import UnreadablePickleError, check_globals
from pizzatui.storage.errors import (
    SlotDamagedError,
    SlotMissingError,
    SlotUnsafeError,
)
from pizzatui.storage.fileformat import (
    MAX_SAVE_BYTES,
    SaveFormatError,
    SaveHeader,
    diagnose,
    read_header,
    unpack,
)
from pizzatui.storage.locks import LockHolder

OK = "ok"
DAMAGED = "damaged"
UNSAFE = "unsafe"
NEWER = "newer"
LOCKED = "locked"
STATUSES = (OK, DAMAGED, UNSAFE, NEWER, LOCKED)

_READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


@dataclass(frozen=True)
class SlotInfo:
    """One slot as a listing shows it: its header's metadata and its status."""

    slot: str
    status: str
    reason: str = ""
    shop: str | None = None
    day: int | None = None
    minute: int | float | None = None
    cash: int | None = None
    staff: int | None = None
    served: int | None = None
    saved_at: str | None = None
    schema: int | None = None
    app_version: str | None = None
    bytes: int | None = None
    holder: LockHolder | None = None
    modified: float = 0.0

    @property
    def ok(self) -> bool:
        """Whether the slot can be loaded as it is."""
        return self.status == OK

    def to_json(self) -> dict[str, object]:
        """Return the slot as plain JSON values."""
        fields = dataclasses.asdict(self)
        fields["holder"] = self.holder.to_json() if self.holder else None
        del fields["modified"]
        return fields

    @classmethod
    def from_header(
        cls, slot: str, header: SaveHeader, size: int, modified: float
    ) -> SlotInfo:
        """Describe a slot whose header was read, judging its schema."""
        status, reason = OK, ""
        if header.schema > SCHEMA_VERSION:
            status = NEWER
            reason = (
                f"saved by a newer game (schema {header.schema}; "
                f"this game reads up to {SCHEMA_VERSION})"
            )
        return cls(
            slot=slot,
            status=status,
            reason=reason,
            shop=header.shop,
            day=header.day,
            minute=header.minute,
            cash=header.cash,
            staff=header.staff,
            served=header.served,
            saved_at=header.saved_at,
            schema=header.schema,
            app_version=header.app_version,
            bytes=size,
            modified=modified,
        )


def _mib(size: int) -> str:
    """Show a size in MiB with one decimal."""
    return f"{size / (1024 * 1024):.1f} MiB"


def _link_reason(path: Path) -> str:
    """Say where a symbolic link in the saves folder points."""
    try:
        target = str(path.readlink())
    except OSError:
        return "a link, not a save file; it is never followed"
    resolved = (path.parent / target).resolve()
    if resolved.parent != path.parent.resolve():
        return f"a link to {target!r}, outside the saves folder; it is never followed"
    return f"a link to {target!r}, not a save file; it is never followed"


def _judged(slot: str, error: SaveFormatError, size: int, modified: float) -> SlotInfo:
    """Describe a slot whose file could not be read as a save."""
    status = UNSAFE if error.forbidden else DAMAGED
    return SlotInfo(slot, status, error.reason, bytes=size, modified=modified)


def read_save_file(path: Path) -> bytes:
    """Read a whole slot file, refusing links, folders and files over the cap."""
    slot = path.name.removesuffix(".pkl")
    try:
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        raise SlotMissingError(f"There is no save called {slot!r}.") from None
    except OSError as error:
        if path.is_symlink():
            raise SlotUnsafeError(
                f"The save {slot!r} is {_link_reason(path)}.", "a symbolic link"
            ) from None
        raise SlotDamagedError(
            f"The save {slot!r} cannot be read: {error.strerror}.",
            f"unreadable: {error.strerror}",
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SlotDamagedError(
                f"The save {slot!r} is not a file.", "not a file: a folder or device"
            )
        if info.st_size > MAX_SAVE_BYTES:
            raise SlotDamagedError(
                f"The save {slot!r} is {_mib(info.st_size)}, over the "
                f"{_mib(MAX_SAVE_BYTES)} the game will open.",
                f"too large: {_mib(info.st_size)}",
            )
        chunks = []
        remaining = MAX_SAVE_BYTES + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise SlotDamagedError(
            f"The save {slot!r} cannot be read: {error.strerror}.",
            f"unreadable: {error.strerror}",
        ) from None
    finally:
        os.close(fd)


def _kind_reason(mode: int, path: Path | str) -> tuple[str, str] | None:
    """Return (status, reason) for anything but a regular file, else None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return UNSAFE, _link_reason(Path(path))
    if stat.S_ISDIR(mode):
        return DAMAGED, "not a file: a folder"
    return DAMAGED, "not a file"


def inspect_slot(
    path: Path | str,
    slot: str,
    verify: bool = False,
    entry: os.DirEntry[str] | None = None,
) -> SlotInfo:
    """Describe the slot file at ``path`` from its header, never unpickling it.

    With ``verify`` the whole file is read as well: its checksum checked and its
    opcodes scanned for globals the allowlist refuses. A directory ``entry`` from
    a listing saves asking the file system what kind of file it is.
    """
    try:
        if entry is not None and entry.is_file(follow_symlinks=False):
            kind = None
        else:
            kind = _kind_reason(os.lstat(path).st_mode, path)
    except FileNotFoundError:
        raise SlotMissingError(f"There is no save called {slot!r}.") from None
    except OSError as error:
        return SlotInfo(slot, DAMAGED, f"unreadable: {error.strerror}")
    if kind is not None:
        return SlotInfo(slot, *kind)
    try:
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        raise SlotMissingError(f"There is no save called {slot!r}.") from None
    except OSError as error:
        return SlotInfo(slot, DAMAGED, f"unreadable: {error.strerror}")
    try:
        info = os.fstat(fd)
        size, modified = info.st_size, info.st_mtime
        # Checked again on the open file: it may have been swapped since.
        kind = _kind_reason(info.st_mode, path)
        if kind is not None:
            return SlotInfo(slot, *kind, modified=modified)
        if not verify and size <= MAX_SAVE_BYTES:
            header = read_header(fd, size)
            return SlotInfo.from_header(slot, header, size, modified)
    except SaveFormatError as error:
        if error.reason != "no header":
            return _judged(slot, error, size, modified)
        # No trailer at all: look at the opcodes to tell a bare or hostile pickle
        # from garbage. Rare, so reading the whole file here costs little.
    except OSError as error:
        return SlotInfo(slot, DAMAGED, f"unreadable: {error.strerror}")
    finally:
        os.close(fd)
    return _inspect_whole(Path(path), slot, size, modified)


def _inspect_whole(path: Path, slot: str, size: int, modified: float) -> SlotInfo:
    """Describe a slot by reading all of its file, still without unpickling it."""
    try:
        data = read_save_file(path)
    except (SlotDamagedError, SlotUnsafeError) as error:
        status = UNSAFE if isinstance(error, SlotUnsafeError) else DAMAGED
        reason = error.reason if isinstance(error, SlotDamagedError) else str(error)
        return SlotInfo(slot, status, reason, bytes=size, modified=modified)
    try:
        header, pickle_bytes = unpack(data)
    except SaveFormatError as error:
        if error.reason == "no header":
            error = diagnose(data)
        return _judged(slot, error, size, modified)
    try:
        check_globals(pickle_bytes)
    except SlotUnsafeError as error:
        reason = f"forbidden global {error.forbidden}"
        return SlotInfo(slot, UNSAFE, reason, bytes=size, modified=modified)
    except (SlotDamagedError, UnreadablePickleError) as error:
        reason = getattr(error, "reason", "garbage: not a pickle")
        return SlotInfo(slot, DAMAGED, reason, bytes=size, modified=modified)
    return SlotInfo.from_header(slot, header, size, modified)
