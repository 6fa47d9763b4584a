"""Take a slot over from the session playing it: ask it to save and quit, then lock it.

The session holding the slot treats SIGTERM like a hang-up: it saves between two
ticks, lets the slot go and quits. Taking over waits, for a bounded time, until the
slot is free, and locks it before anyone else can.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from pizzatui.storage.errors import SaveError, SlotLockedError

if TYPE_CHECKING:
    from pizzatui.storage.locks import LockHolder, SlotLock

TAKE_OVER_TIMEOUT = 6.0
"""Seconds to wait for the other session to save and let go of the slot."""

POLL_EVERY = 0.05
"""Seconds between two looks at whether the slot is free yet."""


class TakeOverError(SaveError):
    """The slot could not be taken over; the message says why."""


class LockingStore(Protocol):
    """The part of the save store that taking over needs."""

    def lock(self, slot: str) -> SlotLock:
        """Lock ``slot`` for this session or raise SlotLockedError."""
        ...


def ask_to_quit(slot: str, holder: LockHolder) -> None:
    """Ask the session in ``holder`` to save and quit, as a hang-up would."""
    if holder.pid <= 0:
        raise TakeOverError(
            f"The save {slot!r} is open, but not by a session that can be asked."
        )
    if holder.pid == os.getpid():
        raise TakeOverError(f"The save {slot!r} is already open in this session.")
    try:
        os.kill(holder.pid, signal.SIGTERM)
    except ProcessLookupError:
        # It has just ended: the kernel frees its lock with it.
        return
    except PermissionError:
        raise TakeOverError(
            f"The save {slot!r} is open in a session of another user "
            f"({holder.describe()}); it cannot be taken over from here."
        ) from None


def take_over(
    store: LockingStore,
    slot: str,
    *,
    timeout: float = TAKE_OVER_TIMEOUT,
    poll_every: float = POLL_EVERY,
    clock: Callable[[], float] = time.monotonic,
    pause: Callable[[float], object] = time.sleep,
) -> SlotLock:
    """Ask the session holding ``slot`` to save and quit, then lock the slot.

    Blocks for up to ``timeout`` seconds, so run it in a thread worker.
    """
    deadline = clock() + timeout
    asked: LockHolder | None = None
    while True:
        try:
            return store.lock(slot)
        except SlotLockedError as error:
            holder = error.holder
        if asked is None:
            ask_to_quit(slot, holder)
            asked = holder
        elif holder.pid not in (asked.pid, 0):
            raise TakeOverError(
                f"Another session ({holder.describe()}) opened {slot!r} first."
            )
        if clock() >= deadline:
            raise TakeOverError(
                f"The session playing {slot!r} ({asked.describe()}) did not save "
                f"and quit within {timeout:g} s; it still has the save open."
            )
        pause(poll_every)
