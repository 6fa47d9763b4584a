"""What the end-to-end tests look for on pizzatui's screens, and how they play it."""

from __future__ import annotations

import re

from pizzatui.sim.model import clock_text
from pizzatui.storage import SaveStore
from tests.e2e.tmux import Terminal, process_ended, wait_until

ORDERS = "What happens"
"""Shown on the live orders screen: the title of the narration log."""
STAFF = "Salary/yr"
"""Shown on the staff screen: a column of the staff table."""
SAVES = "Save slots"
"""Shown on the saves screen: the slot table's title."""
SHOP = "Ingredient"
"""Shown on the shop screen: a column of the stock table."""
HIRE_NAME = "Who are you hiring?"
"""The empty name box of the hiring dialog."""
ENLARGE = "Please enlarge"
"""The notice shown while the terminal is too small."""
IN_USE = "Save in use"
"""The title of the dialog about a slot another session has open."""
WATCHING = "watching — read only"
"""What the header says while a slot is only being watched."""

_CLOCK = re.compile(r"Day (\d+) (\d{1,2}):(\d{2})")


def shown_clock(screen: str) -> tuple[int, int]:
    """The day and minute of the day the header shows, to compare two moments."""
    match = _CLOCK.search(screen)
    assert match is not None, f"no clock in the header:\n{screen}"
    day, hours, minutes = (int(part) for part in match.groups())
    return day, hours * 60 + minutes


def saved_clock(store: SaveStore, slot: str) -> tuple[int, int]:
    """The day and minute of the day of the game saved in ``slot``."""
    info = store.info(slot)
    return shown_clock(f"Day {info.day} {clock_text(info.minute)}")


def hire(terminal: Terminal, name: str) -> None:
    """Hire a server called ``name`` on the staff screen, with keys only."""
    terminal.press("2")
    terminal.wait_for(STAFF)
    terminal.press("h")
    terminal.wait_for(HIRE_NAME)
    terminal.type(name)
    terminal.press("Enter")
    terminal.wait_for(f"Hired {name}")


def run_fast(terminal: Terminal) -> tuple[int, int]:
    """Go to the live orders at 16x and wait for the clock to move; return it."""
    terminal.press("1")
    before = shown_clock(terminal.wait_for(ORDERS))
    terminal.press("+", "+", "+", "+")
    terminal.wait_for("16x")
    return wait_until(  # type: ignore[return-value]
        lambda: (now := shown_clock(terminal.screen())) > before and now,
        "the clock to move on",
        describe=terminal.describe,
    )


def staff_names(store: SaveStore, slot: str) -> list[str]:
    """The names on the staff of the shop saved in ``slot``."""
    return [person.name for person in store.load(slot).staff]


def wait_ended(pid: int, *, timeout: float) -> None:
    """Wait, at most ``timeout`` seconds, for process ``pid`` to end."""
    wait_until(lambda: process_ended(pid), f"process {pid} to end", timeout=timeout)
