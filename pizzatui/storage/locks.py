"""Per-slot OS locks, so one slot is open in one session at a time.

Each slot has a lock file; a session holds ``flock`` on it while the slot is open
and writes its process id and start time into it. The kernel drops the lock when
the process dies, however it dies. ``flock`` belongs to an open file, not to a
process, so locks held by this process are also kept in a registry.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from pizzatui.storage.atomic import explain
from pizzatui.storage.errors import SaveWriteError, SlotLockedError
from pizzatui.storage.paths import ensure_private_dir

_ATTEMPTS = 25
_RETRY_PAUSE = 0.002
"""A listing briefly takes a shared lock to look; a few short retries ride it out."""


@dataclass(frozen=True)
class LockHolder:
    """The session holding a slot: its process id and since when."""

    pid: int
    since: datetime | None

    def describe(self) -> str:
        """Say who holds the slot, for a player."""
        when = f" since {self.since:%Y-%m-%d %H:%M}" if self.since else ""
        return f"process {self.pid}{when}" if self.pid else f"another session{when}"

    def to_json(self) -> dict[str, object]:
        """Return the holder as plain JSON values."""
        since = self.since.isoformat() if self.since else None
        return {"pid": self.pid, "since": since}

    @classmethod
    def from_bytes(cls, raw: bytes) -> LockHolder | None:
        """Read a holder from a lock file's text, or None if it is not one yet."""
        try:
            fields = json.loads(raw)
            pid = fields["pid"]
            since = datetime.fromisoformat(fields["since"])
        except (ValueError, TypeError, KeyError):
            return None
        if not isinstance(pid, int) or since.tzinfo is None:
            return None
        return cls(pid, since)


_registry: dict[str, SlotLock] = {}
_registry_guard = threading.Lock()


class SlotLock:
    """This session's hold on one slot; release it, or use it as a context manager."""

    def __init__(self, slot: str, path: Path, fd: int, holder: LockHolder) -> None:
        self.slot = slot
        self.path = path
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        """Whether this lock is still held."""
        return self._fd is not None

    def release(self) -> None:
        """Let the slot go; releasing twice does nothing."""
        with _registry_guard:
            if self._fd is None:
                return
            # Unlink while still holding the lock, so whoever locks next makes a new
            # file; acquire() checks it locked the file that is at the path.
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(self._fd)
            self._fd = None
            _registry.pop(str(self.path), None)

    def __enter__(self) -> SlotLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else "released"
        return f"<SlotLock {self.slot!r} {state}>"


def held_here(path: Path) -> SlotLock | None:
    """Return this process's lock on ``path``, if it holds one."""
    with _registry_guard:
        return _registry.get(str(path))


def _locked_error(slot: str, holder: LockHolder) -> SlotLockedError:
    """Build the error for a slot someone else has open."""
    return SlotLockedError(
        f"The save {slot!r} is open in another session ({holder.describe()}).", holder
    )


def _open_lock_file(path: Path, slot: str) -> int:
    """Open or create a lock file, refusing links and unusable files."""
    # TODO: a read-only saves folder cannot hold lock files, so its slots cannot
    # be opened for play at all; a read-only session without a lock would allow it.
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    try:
        return os.open(path, flags, 0o600)
    except OSError as error:
        raise SaveWriteError(explain(error, f"The lock on {slot!r}")) from None


def acquire(path: Path, slot: str) -> SlotLock:
    """Lock a slot for this session, or raise SlotLockedError naming the holder."""
    with _registry_guard:
        mine = _registry.get(str(path))
        if mine is not None:
            raise _locked_error(slot, mine.holder)
        ensure_private_dir(path.parent)
        for _attempt in range(_ATTEMPTS):
            fd = _open_lock_file(path, slot)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                os.close(fd)
                if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                    raise SaveWriteError(
                        explain(error, f"The lock on {slot!r}")
                    ) from None
                time.sleep(_RETRY_PAUSE)
                continue
            try:
                current = path.lstat().st_ino
            except FileNotFoundError:
                current = None
            if current != os.fstat(fd).st_ino:
                # The holder before us unlinked this file as it let go; try anew.
                os.close(fd)
                continue
            holder = LockHolder(os.getpid(), datetime.now().astimezone())
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(holder.to_json()).encode(), 0)
            lock = SlotLock(slot, path, fd, holder)
            _registry[str(path)] = lock
            return lock
    raise _locked_error(slot, probe(path) or LockHolder(0, None))


def probe(path: Path) -> LockHolder | None:
    """Return who holds the lock at ``path`` now, or None if nobody does."""
    mine = held_here(path)
    if mine is not None:
        return mine.holder
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                return None
        else:
            return None
        for _attempt in range(_ATTEMPTS):
            # The holder writes its details just after locking; wait that moment out.
            holder = LockHolder.from_bytes(os.pread(fd, 4096, 0))
            if holder is not None:
                return holder
            time.sleep(_RETRY_PAUSE)
        return LockHolder(0, None)
    finally:
        os.close(fd)
