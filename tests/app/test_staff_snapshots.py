"""SVG snapshots of the staff screen and its dialogs at 80x24, from a seeded shop."""

from __future__ import annotations

import pytest

from pizzatui.narration import silence
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import SaveStore
from tests.app.helpers import settle

SIZE = (80, 24)


@pytest.fixture
def busy_shop(store: SaveStore) -> str:
    """A seeded shop an hour and a half into its first day, with a third cook."""
    shop = PizzaShop("Luigi's", seed=7)
    shop.narrate_to(silence)
    shop.hire("chef", "[bold]x[/]")
    shop.advance(95)
    store.save("luigi", shop)
    return "luigi"


def test_staff_screen_mid_service(snap_compare, make_app, busy_shop):
    async def ready(pilot) -> None:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)

    assert snap_compare(make_app(busy_shop), terminal_size=SIZE, run_before=ready)


def test_hire_dialog_with_a_refused_name(snap_compare, make_app, busy_shop):
    async def ready(pilot) -> None:
        await settle(pilot)
        await pilot.press("2", "h", *"Pat", "enter")
        await pilot.pause()

    assert snap_compare(make_app(busy_shop), terminal_size=SIZE, run_before=ready)


def test_raise_dialog_with_a_refused_raise(snap_compare, make_app, busy_shop):
    async def ready(pilot) -> None:
        await settle(pilot)
        await pilot.press("2", "r", *"500", "enter")
        await pilot.pause()

    assert snap_compare(make_app(busy_shop), terminal_size=SIZE, run_before=ready)
