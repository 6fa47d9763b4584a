"""SVG snapshots of the saves screen at 80x24, over a saves folder of fixed contents."""

from __future__ import annotations

import os

import pytest

from pizzatui.narration import silence
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import SaveStore
from tests.app.helpers import settle, write_slot

SIZE = (80, 24)


@pytest.fixture
def fixed_folder(store: SaveStore) -> SaveStore:
    """Good slots, a damaged one and one from a newer game, all saved long ago."""
    played = PizzaShop("Luigi's", seed=7)
    played.narrate_to(silence)
    played.run_days(2)
    write_slot(store, "luigi", PizzaShop("Luigi's", seed=7), age=1)
    write_slot(store, "luigi", played, age=1)
    write_slot(store, "markup", PizzaShop("[bold]x[/]", seed=8), age=2)
    write_slot(store, "second try", PizzaShop("Slice of Life", seed=9), age=3)
    write_slot(store, "from the future", PizzaShop("Later", seed=10), age=4, schema=99)
    (store.folder / "cut short.pkl").write_bytes(b"\x80\x05garbage")
    os.utime(store.folder / "cut short.pkl", (1_000_000_000, 1_000_000_000))
    return store


def test_saves_screen_at_the_start(snap_compare, make_app, fixed_folder):
    async def ready(pilot) -> None:
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=ready)


def test_saves_screen_on_a_damaged_slot(snap_compare, make_app, fixed_folder):
    async def ready(pilot) -> None:
        await settle(pilot)
        await pilot.press("down", "down", "down", "down")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=ready)


def test_new_shop_prompt_with_a_refused_name(snap_compare, make_app, fixed_folder):
    async def ready(pilot) -> None:
        await settle(pilot)
        await pilot.press("n", *"luigi", "enter", "enter", "enter")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=ready)
