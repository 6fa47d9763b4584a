"""Fixtures for the app's tests: a saved seeded shop, a hand-moved clock, an app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pizzatui.app import PizzaApp, create_app
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import SaveStore

SEED = 7
"""The seed every test shop is made with, so runs repeat exactly."""


class ManualClock:
    """A clock that moves only when a test moves it, for stable 'saved ago' text."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def luigi(store: SaveStore) -> str:
    """A seeded shop called Luigi's saved in the slot 'luigi'."""
    store.save("luigi", PizzaShop("Luigi's", seed=SEED))
    return "luigi"


@pytest.fixture
def clock() -> ManualClock:
    """A clock the test moves by hand."""
    return ManualClock()


@pytest.fixture
def make_app(saves: Path, clock: ManualClock) -> Callable[..., PizzaApp]:
    """Build the app as the command line does, over the test's saves folder."""

    def build(slot: str | None = None, *, start_paused: bool = True) -> PizzaApp:
        return create_app(saves, slot, start_paused=start_paused, clock=clock)

    return build
