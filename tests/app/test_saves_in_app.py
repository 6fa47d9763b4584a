"""The saves screen inside the real app, built by the same factory as the command."""

from __future__ import annotations

from pizzatui.app.screens.orders import OrdersScreen
from pizzatui.app.screens.saves import SavesScreen
from pizzatui.pizzashop import PizzaShop
from tests.app.helpers import settle, write_slot


async def test_new_shop_from_the_start_opens_it_and_saves_it(make_app, store):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SavesScreen)
        await pilot.press("n", *"first", "enter", "ctrl+a", "ctrl+k")
        await pilot.press(*"[bold]x[/]", "enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, OrdersScreen)
        assert app.game is not None
        assert app.game.slot == "first"
        assert app.game.shop.name == "[bold]x[/]"
        assert store.info("first").shop == "[bold]x[/]"


async def test_continue_and_load_open_saved_games(make_app, store):
    write_slot(store, "older", PizzaShop("Older", seed=1), age=2)
    write_slot(store, "newer", PizzaShop("Newer", seed=2), age=1)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert app.game is not None and app.game.slot == "newer"
        await pilot.press("3")
        await settle(pilot)
        assert isinstance(app.screen, SavesScreen)
        assert "playing" in str(app.screen.browser.table.get_row("newer")[-1])
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.game is not None and app.game.slot == "older"
        assert isinstance(app.screen, OrdersScreen)


async def test_the_open_slot_cannot_be_deleted_but_others_can(make_app, store, luigi):
    write_slot(store, "spare", PizzaShop("Spare", seed=3), age=5)
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        slots = list(app.screen.browser.slots)
        assert slots[0] == luigi
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, SavesScreen)
        await pilot.press("down", "d", "y")
        await settle(pilot)
        assert list(app.screen.browser.slots) == [luigi]


async def test_restoring_the_open_slot_reloads_the_game(make_app, store, luigi):
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2", "h", *"Ann", "enter")
        await settle(pilot)
        await app.saves_finished()
        assert len(store.load(luigi).staff) == 3
        await pilot.press("3", "b")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await app.saves_finished()
        assert app.game is not None
        assert [person.name for person in app.game.shop.staff] == ["Pat", "Bob"]
        assert len(store.load(luigi).staff) == 2
