"""Saving: now on ctrl+s, automatically, after changes, on quit, and when it fails."""

from __future__ import annotations

import pytest

from pizzatui.app.messages import ShopChanged
from pizzatui.app.session import AUTOSAVE_EVERY
from pizzatui.storage import SaveStore
from tests.app.helpers import fail_saves, start


def errors_shown(app) -> list[str]:
    return [note.message for note in app._notifications if note.severity == "error"]


async def test_ctrl_s_saves_now_and_says_so(make_app, luigi, store, clock) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await pilot.press("space")
        app.play_for(90)
        await pilot.press("space")
        clock.advance(45)
        await pilot.pause()
        app._refresh_saved_text()
        assert app.saved_text == "saved 40 s ago"
        await pilot.press("ctrl+s")
        await app.saves_finished()
        await pilot.pause()
        assert app.saved_text == "saved just now"
        assert any(note.title == "Saved" for note in app._notifications)
        assert store.info(luigi).minute == pytest.approx(app.view.minute, abs=1)


async def test_thirty_seconds_of_play_autosave(make_app, luigi, store) -> None:
    before = store.info(luigi).minute
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await pilot.press("space")
        app.play_for(AUTOSAVE_EVERY / 2)
        await app.saves_finished()
        assert store.info(luigi).minute == before
        app.play_for(AUTOSAVE_EVERY / 2)
        await app.saves_finished()
        assert store.info(luigi).minute == pytest.approx(before + AUTOSAVE_EVERY, abs=1)


async def test_a_change_to_the_shop_is_saved(make_app, luigi, store) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        app.game.shop.hire("server", "Zed")
        app.post_message(ShopChanged("hired Zed"))
        await pilot.pause()
        await app.saves_finished()
        assert store.info(luigi).staff == len(app.game.shop.staff)


async def test_a_failing_save_is_told_and_the_game_goes_on(
    make_app, luigi, store: SaveStore, saves, monkeypatch
) -> None:
    good = (saves / f"{luigi}.pkl").read_bytes()
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        fail_saves(monkeypatch, app, "The disk is full.")
        await pilot.press("space")
        await pilot.press("ctrl+s")
        await app.saves_finished()
        await pilot.pause()
        assert any("The disk is full." in message for message in errors_shown(app))
        minute = app.view.minute
        app.play_for(10)
        assert app.view.minute == pytest.approx(minute + 10)
        assert app.return_code is None
    assert (saves / f"{luigi}.pkl").read_bytes() == good


async def test_quit_saves_first_and_lets_go_of_the_slot(make_app, luigi, store) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await pilot.press("space")
        app.play_for(200)
        minute = app.view.minute
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert store.info(luigi).minute == pytest.approx(minute, abs=1)
    assert store.holder(luigi) is None


async def test_quit_after_a_failed_save_asks_again(
    make_app, luigi, store, monkeypatch
) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        fail_saves(monkeypatch, app, "The saves folder is read-only.")
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running
        assert any("q again" in note.message for note in app._notifications)
        await pilot.press("q")
        await pilot.pause()
    assert store.holder(luigi) is None


async def test_ctrl_c_saves_and_quits_too(make_app, luigi, store) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        app.game.shop.hire("chef", "Zoe")
        staff = len(app.game.shop.staff)
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert app.return_code == 0
    assert store.info(luigi).staff == staff
