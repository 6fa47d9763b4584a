"""How the benchmarks start the real game and recognise its live orders screen."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from benchmarks.harness import python_command

SLOT = "bench"
"""The slot every benchmark plays; a missing slot starts as a shop named after it."""

SEED = 7
"""The seed of the shop the benchmarks prepare, so each run plays the same days."""

ORDERS_SCREEN_MARKERS = (SLOT, "Ovens", "What happens", "Pause")
"""Texts that are all on screen only once the live orders screen is fully drawn:
the shop's name in the header, two panels' titles and the pause key in the footer."""

STARTUP_TIMEOUT = 30.0
"""Seconds a start may take before the benchmark gives up on it."""


def missing_parts(*modules: str) -> list[str]:
    """Return which of the game's ``modules`` cannot be imported yet."""
    missing = []
    for module in modules:
        try:
            found = importlib.util.find_spec(module) is not None
        except ImportError:
            found = False
        if not found:
            missing.append(module)
    return missing


def game_command(saves: Path, slot: str = SLOT) -> list[str]:
    """Return the command line that opens ``slot`` straight into the live screen."""
    script = Path(sys.executable).with_name("pizzatui")
    arguments = ["--slot", slot, "--saves", str(saves)]
    if script.exists():
        return [str(script), *arguments]
    found = shutil.which("pizzatui")
    if found:
        return [found, *arguments]
    return python_command("-m", "pizzatui", *arguments)


LUNCH_PEAK = 12 * 60
"""The minute of the day when the most customers come: the busiest screen to draw."""


def prepare_slot(saves: Path, slot: str = SLOT, until: int | None = None) -> None:
    """Save a seeded shop in ``slot``, played on to minute ``until`` of day 1.

    Every run then opens the same game at the same moment.
    """
    from pizzatui.pizzashop import PizzaShop
    from pizzatui.storage import SaveStore

    shop = PizzaShop(slot, seed=SEED)
    if until is not None:
        # Unrouted, the shop would print every line it says to the terminal.
        shop.narrate_to(lambda _line: None)
        shop.advance(until - shop.view().minute)
        shop.narrate_to(None)
    SaveStore(saves).save(slot, shop)
