"""The live orders screen: header, queue, kitchen, ovens, log and today's numbers."""

from __future__ import annotations

from textual.widgets import RichLog, Sparkline

from pizzatui.app.messages import OpenSlot
from pizzatui.app.widgets.shop_header import ShopHeader
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import SaveStore


async def run_to_lunch(app, pilot) -> None:
    """Open the slot and play from the morning into the lunch rush."""
    await app.workers.wait_for_complete()
    await pilot.press("space")
    app.play_for(12 * 60 + 30 - app.view.minute)
    await pilot.press("space")
    await pilot.pause()


async def test_the_orders_screen_shows_the_shop_at_lunch(make_app, luigi) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await run_to_lunch(app, pilot)
        screen = app.screen
        header = screen.query_one(ShopHeader).render().plain
        assert header.startswith(" Luigi's ")
        assert "Day 1 12:30 open" in header
        assert "paused" in header
        view = app.view
        assert view.waiting, "a seeded lunch rush has a queue"
        waiting = screen.query_one("#waiting").plain
        assert view.waiting[0].name in waiting
        staff = screen.query_one("#staff-at-work").plain
        assert all(person.name[:10] in staff for person in view.staff)
        assert screen.query_one("#ovens").plain.startswith("Oven 1")
        log = screen.query_one("#narration", RichLog)
        assert any("orders from" in strip.text for strip in log.lines)
        assert screen.query_one(Sparkline).data
        assert "Customers" in str(screen.query_one("#today-figures").content)


async def test_names_are_shown_literally_never_as_markup(
    make_app, store: SaveStore
) -> None:
    store.save("tricky", PizzaShop("[red]Evil[/]", seed=2))
    app = make_app("tricky")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        header = app.screen.query_one(ShopHeader).render()
        assert header.plain.startswith(" [red]Evil[/] ")
        assert "red" not in str(header.spans)


async def test_the_log_starts_afresh_for_another_slot(
    make_app, luigi, store: SaveStore
) -> None:
    store.save("second", PizzaShop("Second", seed=1))
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await run_to_lunch(app, pilot)
        log = app.screen.query_one("#narration", RichLog)
        assert log.lines
        app.post_message(OpenSlot("second"))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.game.slot == "second"
        assert not log.lines
        await pilot.press("space")
        app.play_for(12 * 60 - app.view.minute)
        await pilot.pause()
        assert any("comes in" in strip.text for strip in log.lines)


async def test_the_orders_screen_without_a_shop_says_how_to_start(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.switch_mode("orders")
        await pilot.pause()
        assert app.screen.has_class("-no-shop")
        assert "No shop is open" in str(app.screen.query_one("#no-shop").content)


async def test_a_shop_with_history_charts_profit_by_day_and_skips_the_night(
    make_app, store: SaveStore
) -> None:
    shop = PizzaShop("Old Hand", seed=4)
    reports = shop.run_days(3)
    store.save("old", shop)
    app = make_app("old")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        today = app.screen.query_one("#today")
        assert today.border_subtitle == "seed 4"
        label = str(app.screen.query_one("#days-label").content)
        assert label.startswith("Profit, last 3 days")
        assert app.screen.query_one("#profit-by-day", Sparkline).data == [
            float(report.profit) for report in reports
        ]
        # The saved shop stands after day 3's report: the night passes in one
        # tick, and the next opens day 4.
        await pilot.press("space")
        app.play_for(0.25)
        assert (app.view.day, app.view.minute) == (4, 660)
        app.play_for(0.25)
        await pilot.pause()
        assert app.view.is_open
