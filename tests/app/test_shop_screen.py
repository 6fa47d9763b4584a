"""The shop screen: set prices, restock, rush and buy ovens, with errors shown."""

from __future__ import annotations

from pizzatui.sim.model import OVEN_PRICE


async def open_shop_screen(app, pilot) -> None:
    """Wait for the game to open, then show the shop screen."""
    await app.workers.wait_for_complete()
    await pilot.press("4")
    await pilot.pause()
    assert app.current_mode == "shop"


async def test_setting_a_price_changes_the_menu_and_saves(make_app, luigi, store):
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_shop_screen(app, pilot)
        pizza = app.view.menu[0].name
        await pilot.click("#price")
        await pilot.press(*"12.75", "enter")
        await pilot.pause()
        await app.saves_finished()
        assert app.view.menu[0].price == 1275
        assert str(app.screen.query_one("#menu-error").content) == ""
        reloaded = store.load(luigi)
        assert reloaded.view().menu[0].name == pizza
        assert reloaded.view().menu[0].price == 1275


async def test_a_bad_price_is_shown_beside_the_input(make_app, luigi):
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_shop_screen(app, pilot)
        before = app.view.menu[0].price
        await pilot.click("#price")
        await pilot.press(*"lots", "enter")
        await pilot.pause()
        assert "must be a number" in str(app.screen.query_one("#menu-error").content)
        assert app.view.menu[0].price == before


async def test_restocking_orders_a_delivery_and_rushing_costs_more(make_app, luigi):
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_shop_screen(app, pilot)
        cash = app.view.cash
        ingredient = app.view.stock[0]
        await pilot.click("#quantity")
        await pilot.press("1", "0")
        await pilot.click("#restock")
        await pilot.pause()
        normal = cash - app.view.cash
        assert normal == 10 * ingredient.unit_cost
        assert app.view.stock[0].on_order == ingredient.on_order + 10
        await pilot.click("#quantity")
        await pilot.press("1", "0")
        await pilot.click("#rush")
        await pilot.pause()
        assert cash - normal - app.view.cash > normal


async def test_an_impossible_restock_is_explained(make_app, luigi):
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_shop_screen(app, pilot)
        await pilot.click("#restock")
        await pilot.pause()
        assert "how many" in str(app.screen.query_one("#stock-error").content)


async def test_buying_ovens_until_the_cash_runs_out(make_app, luigi):
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_shop_screen(app, pilot)
        ovens = len(app.view.ovens)
        affordable = app.view.cash // OVEN_PRICE
        button = app.screen.query_one("#buy-oven")
        # Without its press animation a button takes presses as fast as they come.
        button.active_effect_duration = 0
        button.focus()
        for _ in range(affordable):
            await pilot.press("enter")
        await pilot.pause()
        assert len(app.view.ovens) == ovens + affordable
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.view.ovens) == ovens + affordable
        assert "costs" in str(app.screen.query_one("#oven-note").content)
