"""Fixtures for the save store's tests: a saves folder, a store and a seeded shop."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from pizzatui import PizzaShop
from pizzatui.storage.fileformat import SaveHeader, checksum, pack


@pytest.fixture
def folder(saves: Path) -> Path:
    """The empty saves folder the shared ``store`` fixture works in."""
    return saves


def make_shop(name: str = "Luigi's", seed: int = 7, days: int = 2) -> PizzaShop:
    """Build a seeded shop with one extra hire, played for a few days."""
    shop = PizzaShop(name, seed=seed)
    shop.hire("server", "Ana")
    if days:
        shop.run_days(days)
    return shop


@pytest.fixture
def shop() -> PizzaShop:
    """A small seeded shop."""
    return make_shop()


def fake_save(pickle_bytes: bytes, slot: str = "crafted", schema: int = 1) -> bytes:
    """Wrap any pickle in a correct header and trailer, as a hostile file could."""
    header = SaveHeader(
        slot=slot,
        shop="Crafted",
        day=3,
        minute=600,
        cash=12345,
        staff=2,
        served=10,
        saved_at="2024-05-01T12:00:00+00:00",
        schema=schema,
        app_version="0.0.0",
        sha256=checksum(pickle_bytes),
        pickle_bytes=len(pickle_bytes),
    )
    return pack(pickle_bytes, header)


def _settled(shop: object) -> bytes:
    """Pickle a shop after one plain round trip, which settles shared strings."""
    return pickle.dumps(pickle.loads(pickle.dumps(shop, protocol=5)), protocol=5)


def same_shop(first: object, second: object) -> bool:
    """Say whether two shops hold equal state, deeply."""
    return _settled(first) == _settled(second)
