"""Save size after a year of play, and the time to autosave that shop."""

from __future__ import annotations

import pickle
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import game
from benchmarks.harness import alternate, median, row, unavailable

DAYS = 365
"""How many days the shop plays before it is saved: a year of a long game."""

SIZE_NAME = f"save size after {DAYS} simulated days"
AUTOSAVE_NAME = "autosave that shop (encode + write + fsync)"
SIZE_LIMIT_KIB = 100


def year_old_shop(days: int = DAYS) -> Any:
    """Return a seeded shop that has played ``days`` whole days, headless."""
    from pizzatui.pizzashop import PizzaShop

    shop = PizzaShop(game.SLOT, seed=game.SEED)
    shop.run_days(days)
    return shop


def measure(shop: Any, saves: Path, repeats: int) -> list[dict[str, Any]]:
    """Measure the encoded size of ``shop`` and its autosave against a pickle."""
    from pizzatui.storage import SaveStore

    store = SaveStore(saves)
    encoded = store.encode(game.SLOT, shop)
    store.write(game.SLOT, encoded)

    def autosave() -> float:
        started = time.perf_counter()
        store.write(game.SLOT, store.encode(game.SLOT, shop))
        return time.perf_counter() - started

    def plain_pickle() -> float:
        started = time.perf_counter()
        pickle.dumps(shop, protocol=pickle.HIGHEST_PROTOCOL)
        return time.perf_counter() - started

    save_times, pickle_times = alternate(autosave, plain_pickle, repeats)
    size_kib = len(encoded) / 1024
    return [
        row(
            SIZE_NAME,
            size_kib,
            "KiB",
            baseline="the 100 KiB limit",
            baseline_value=SIZE_LIMIT_KIB,
            target=f"<= {SIZE_LIMIT_KIB} KiB",
        ),
        row(
            AUTOSAVE_NAME,
            median(save_times) * 1000,
            "ms",
            baseline="pickle.dumps of the same shop",
            baseline_value=median(pickle_times) * 1000,
            target="report",
        ),
    ]


def run(repeats: int = 15, days: int = DAYS) -> list[dict[str, Any]]:
    """Play a year headless, then measure its save's size and its autosave."""
    missing = game.missing_parts("pizzatui.storage")
    from pizzatui.pizzashop import PizzaShop

    if not hasattr(PizzaShop, "run_days"):
        missing.append("PizzaShop.run_days")
    if missing:
        reason = f"{', '.join(missing)} not written yet"
        return [
            unavailable(SIZE_NAME, reason, f"<= {SIZE_LIMIT_KIB} KiB"),
            unavailable(AUTOSAVE_NAME, reason, "report"),
        ]
    shop = year_old_shop(days)
    with tempfile.TemporaryDirectory(prefix="pizzatui-bench-") as folder:
        return measure(shop, Path(folder), repeats)
