"""The game's keys and the actions the command palette lists."""

from __future__ import annotations

from textual.binding import Binding

SCREENS = Binding.Group("Screens", compact=True)
SPEED = Binding.Group("Speed", compact=True)

_KEYS: tuple[tuple[str, str, str, str, dict[str, object]], ...] = (
    # key, action, footer label, what the help says, further options
    ("1", "mode_orders", "Orders", "Live orders", {"group": SCREENS}),
    ("2", "mode_staff", "Staff", "Staff: hire, fire, raises", {"group": SCREENS}),
    ("3", "mode_saves", "Saves", "Save slots", {"group": SCREENS}),
    ("4", "mode_shop", "Shop", "Menu prices, stock and ovens", {"group": SCREENS}),
    ("space", "toggle_pause", "Pause", "Pause or resume", {}),
    ("minus", "slower", "Slower", "Slower", {"group": SPEED, "key_display": "-"}),
    ("plus", "faster", "Faster", "Faster", {"group": SPEED, "key_display": "+"}),
    (
        "equals_sign",
        "faster",
        "Faster",
        "Faster (the same as +)",
        {"show": False, "key_display": "="},
    ),
    (
        "greater_than_sign",
        "finish_day",
        "To closing",
        "Play straight on to closing and the day's report",
        {"show": False, "key_display": ">"},
    ),
    ("ctrl+s", "save_now", "Save", "Save now", {"key_display": "^s"}),
    ("question_mark", "help", "Help", "Keys", {"key_display": "?"}),
    ("q", "quit", "Quit", "Save and quit", {}),
    ("ctrl+c", "quit", "Quit", "Save and quit", {"show": False, "priority": True}),
    ("ctrl+q", "quit", "Quit", "Save and quit", {"show": False, "priority": True}),
)

GAME_KEYS: list[Binding] = [
    Binding(key, action, label, tooltip=about, **options)  # type: ignore[arg-type]
    for key, action, label, about, options in _KEYS
]
"""The keys that work everywhere in the game, in the order the help lists them."""

SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    ("Live orders", "Watch customers, staff and ovens as the day runs", "mode_orders"),
    ("Staff", "Hire, fire and give raises", "mode_staff"),
    ("Saves", "Load, copy, rename, delete and restore save slots", "mode_saves"),
    ("Shop", "Set menu prices, restock and buy ovens", "mode_shop"),
    ("Pause or resume", "Stop the clock, or start it again", "toggle_pause"),
    ("Faster", "Step the clock up: 1x, 2x, 4x, 8x, 16x", "faster"),
    ("Slower", "Step the clock down, down to paused", "slower"),
    ("To closing", "Play straight on to closing and the day's report", "finish_day"),
    ("Save now", "Save the game to its slot", "save_now"),
    ("Help", "Show every key", "help"),
    ("Quit", "Save the game and quit", "quit"),
)
"""The game's actions as the command palette lists them: title, help, action."""
