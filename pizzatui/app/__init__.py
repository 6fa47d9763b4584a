"""The Textual app that plays the shop: build it with ``create_app``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp, create_app

__all__ = ["PizzaApp", "create_app"]


def __getattr__(name: str) -> object:
    # Imported on first use, so dialogs and messages load without the whole app.
    if name in __all__:
        from pizzatui.app import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
