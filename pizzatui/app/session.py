"""The game being played: the shop, its slot and lock, the clock's speed and saves."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pizzatui.sim.views import EventKind

if TYPE_CHECKING:
    from pizzatui.pizzashop import PizzaShop
    from pizzatui.sim.views import Event
    from pizzatui.storage import SlotLock

SPEEDS: tuple[int, ...] = (0, 1, 2, 4, 8, 16)
"""The clock's speeds in simulated minutes per real second; 0 is paused."""

AUTOSAVE_EVERY = 30.0
"""Seconds of play (not of pause) between two autosaves."""

LOG_LINES_KEPT = 500
"""How many of the shop's recent lines the narration keeps for the log."""


class Narration:
    """The lines the shop has said, keeping only the newest few hundred."""

    def __init__(self, keep: int = LOG_LINES_KEPT) -> None:
        self.lines: deque[str] = deque(maxlen=keep)
        self.total = 0

    def hear(self, line: str) -> None:
        """Take one line the shop said."""
        self.lines.append(line)
        self.total += 1

    def since(self, seen: int) -> list[str]:
        """Return the lines said after the first ``seen``, as many as are kept."""
        fresh = self.total - seen
        if fresh <= 0:
            return []
        kept = list(self.lines)
        return kept[-fresh:]


class GameSession:
    """One open game: the shop, the slot it is saved in and how fast time runs."""

    def __init__(
        self,
        shop: PizzaShop,
        slot: str,
        lock: SlotLock | None = None,
        *,
        read_only: bool = False,
        paused: bool = False,
    ) -> None:
        self.shop = shop
        self.slot = slot
        self.lock = lock
        self.read_only = read_only
        self.speed = 0 if paused else 1
        self._speed_before_pause = 1
        self.last_saved_at: float | None = None
        self.played_since_save = 0.0
        self.narration = Narration()
        shop.narrate_to(self.narration.hear)

    @property
    def paused(self) -> bool:
        """Whether the clock is stopped."""
        return self.speed == 0

    def toggle_pause(self) -> None:
        """Stop the clock, or start it again at the speed it had before."""
        if self.paused:
            self.speed = self._speed_before_pause
        else:
            self._speed_before_pause = self.speed
            self.speed = 0

    def pause(self) -> None:
        """Stop the clock, remembering its speed for when play resumes."""
        if not self.paused:
            self.toggle_pause()

    def faster(self) -> None:
        """Step the clock up one speed (from paused to 1x), up to the fastest."""
        self._step_speed(+1)

    def slower(self) -> None:
        """Step the clock down one speed, down to paused."""
        self._step_speed(-1)

    def _step_speed(self, step: int) -> None:
        """Move ``step`` places along the speeds, noting the speed before a pause."""
        position = SPEEDS.index(self.speed) + step
        new_speed = SPEEDS[max(0, min(len(SPEEDS) - 1, position))]
        if new_speed == 0 and self.speed != 0:
            self._speed_before_pause = self.speed
        self.speed = new_speed

    def run(self, seconds: float) -> list[Event]:
        """Let ``seconds`` of real time pass at the current speed; return the events."""
        if self.paused or seconds <= 0:
            return []
        self.played_since_save += seconds
        events = self.shop.advance(seconds * self.speed)
        # Nothing happens between a day's report and the next opening; a player
        # should not sit through a night at 1x.
        self.shop.skip_night()
        return events

    def finish_day(self) -> list[Event]:
        """Play straight on to the day's report; return what happened."""
        events = self.shop.finish_day()
        self.shop.skip_night()
        return events

    @property
    def autosave_due(self) -> bool:
        """Whether enough play has passed since the last save to save again."""
        return self.played_since_save >= AUTOSAVE_EVERY

    def mark_saved(self, when: float) -> None:
        """Note that the game was saved at ``when`` (a monotonic clock reading)."""
        self.last_saved_at = when

    def mark_save_started(self) -> None:
        """Start counting play towards the next autosave afresh."""
        self.played_since_save = 0.0

    def release(self) -> None:
        """Give up the slot's lock and stop the shop talking to this session."""
        self.shop.narrate_to(None)
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def saved_ago(last_saved_at: float | None, now: float) -> str:
    """Say how long ago the game was saved, coarsely so the text rarely changes."""
    if last_saved_at is None:
        return "not saved yet"
    seconds = max(0, int(now - last_saved_at))
    if seconds < 10:
        return "saved just now"
    if seconds < 60:
        return f"saved {seconds // 10 * 10} s ago"
    if seconds < 3600:
        return f"saved {seconds // 60} min ago"
    return f"saved {seconds // 3600} h ago"


def day_end_reports(events: Iterable[Event]) -> list[Event]:
    """Pick out the events that close a day and carry its report."""
    return [
        event
        for event in events
        if event.kind is EventKind.DAY_END and event.report is not None
    ]
