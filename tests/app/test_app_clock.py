"""The game clock: pause, speed keys, one timer, and the day's report."""

from __future__ import annotations

import pytest

from pizzatui.app.dialogs.day_report import DayReportDialog
from pizzatui.app.widgets.shop_header import ShopHeader
from tests.app.helpers import start

MINUTES_PER_DAY = 24 * 60


async def test_space_pauses_and_resumes_the_clock(make_app, luigi) -> None:
    app = make_app(luigi, start_paused=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        assert app.speed == 1 and app.clock_running
        await pilot.press("space")
        assert app.speed == 0 and not app.clock_running
        minute = app.view.minute
        app.play_for(30)
        assert app.view.minute == minute
        await pilot.press("space")
        assert app.speed == 1
        app.play_for(30)
        assert app.view.minute == pytest.approx(minute + 30)


async def test_plus_minus_and_equals_step_through_the_speeds(make_app, luigi) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        assert app.speed == 0
        assert app.check_action("slower", ()) is None
        seen = []
        for key in ("plus", "equals_sign", "plus", "plus", "plus", "plus"):
            await pilot.press(key)
            seen.append(app.speed)
        assert seen == [1, 2, 4, 8, 16, 16]
        assert app.check_action("faster", ()) is None
        await pilot.press("minus")
        assert app.speed == 8
        minute = app.view.minute
        app.play_for(2)
        assert app.view.minute == pytest.approx(minute + 16)


async def test_the_header_shows_the_speed(make_app, luigi) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        header = app.screen.query_one(ShopHeader)
        assert "paused" in header.plain
        await pilot.press("plus", "plus")
        await pilot.pause()
        assert "2x" in header.plain


async def test_the_day_report_appears_at_closing_and_then_play_goes_on(
    make_app, luigi, store
) -> None:
    app = make_app(luigi, start_paused=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        day = app.view.day
        app.play_for(MINUTES_PER_DAY)
        await pilot.pause()
        assert isinstance(app.screen, DayReportDialog)
        assert app.screen.report.day == day
        assert not app.clock_running
        await app.saves_finished()
        assert store.info(luigi).day == day + 1
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, DayReportDialog)
        assert app.speed == 1
        assert app.clock_running


async def test_greater_than_plays_straight_to_closing_even_when_paused(
    make_app, luigi, store
) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        assert app.game is not None and app.game.paused
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert isinstance(app.screen, DayReportDialog)
        assert app.screen.report.day == 1
        assert app.game.shop.history[-1] == app.screen.report
        await app.saves_finished()
        assert store.info(luigi).day == 2
        assert any("makes pizza" in line for line in app.game.narration.lines)


async def test_playing_to_closing_needs_an_open_game(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.check_action("finish_day", ()) is None
