"""Terminal sizes, the notice when too small, themes and NO_COLOR."""

from __future__ import annotations

import pytest

from pizzatui.app.dialogs.too_small import TooSmallScreen


async def test_a_small_terminal_shows_the_notice_and_pauses(make_app, luigi) -> None:
    app = make_app(luigi, start_paused=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.clock_running
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        assert not app.clock_running
        assert app.check_action("mode_staff", ()) is False
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not isinstance(app.screen, TooSmallScreen)
        assert app.current_mode == "orders"
        assert app.clock_running


async def test_starting_in_a_small_terminal_shows_the_notice(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)


@pytest.mark.parametrize("screen_key", ["1", "3", "4"])
async def test_no_size_breaks_any_screen(make_app, luigi, screen_key) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press(screen_key)
        await pilot.pause()
        for width, height in [(1, 1), (20, 5), (79, 24), (80, 23), (200, 60)]:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not isinstance(app.screen, TooSmallScreen)


async def test_no_color_turns_the_display_monochrome(make_app, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    assert app.no_color


async def test_the_sixteen_colour_and_light_themes_are_offered(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for theme in ("ansi-dark", "ansi-light", "textual-light"):
            app.theme = theme
            await pilot.pause()
            assert app.theme == theme
