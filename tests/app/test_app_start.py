"""Starting the app: the saves screen, a slot from the command line, new shops."""

from __future__ import annotations

import os

import pytest

from pizzatui.app.dialogs.error import ErrorDialog
from pizzatui.app.dialogs.slot_in_use import SlotInUseDialog
from pizzatui.app.messages import NewShop, OpenSlot
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import SaveStore


async def test_no_slot_opens_the_saves_screen_with_game_keys_greyed(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.current_mode == "saves"
        assert app.game is None
        for action in ("mode_orders", "mode_staff", "mode_shop", "toggle_pause"):
            assert app.check_action(action, ()) is None
        assert app.check_action("mode_saves", ()) is None
        assert app.check_action("quit", ()) is True


async def test_a_missing_slot_from_the_command_line_becomes_a_new_shop(
    make_app, store: SaveStore
) -> None:
    app = make_app("corner", start_paused=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.current_mode == "orders"
        assert app.game is not None
        assert app.game.shop.name == "corner"
        assert app.speed == 1
        assert app.view is not None and app.view.name == "corner"
    assert store.info("corner").shop == "corner"


async def test_a_saved_slot_opens_where_it_was(make_app, luigi: str) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.game is not None and app.game.slot == luigi
        assert app.game.shop.name == "Luigi's"
        assert app.speed == 0


async def test_a_damaged_slot_from_the_command_line_exits_with_its_reason(
    make_app, saves
) -> None:
    (saves / "broken.pkl").write_bytes(b"not a pizza shop at all")
    app = make_app("broken")
    async with app.run_test(size=(80, 24)):
        # The app asks to exit from the opening worker; nothing is left to pause
        # for once that worker is done.
        await app.workers.wait_for_complete()
    assert app.return_code == 2
    assert app.game is None


async def test_a_slot_held_by_another_session_is_reported_in_use(
    make_app, luigi: str, store: SaveStore
) -> None:
    app = make_app()
    with store.lock(luigi):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.post_message(OpenSlot(luigi))
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.game is None
            assert isinstance(app.screen, SlotInUseDialog)
            assert str(os.getpid()) in str(app.screen.query_one("#in-use-who").render())


async def test_new_shop_message_starts_and_saves_a_new_shop(
    make_app, store: SaveStore
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.post_message(NewShop("mine", "[bold]Mine[/]", seed=3))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.current_mode == "orders"
        assert app.game is not None and app.game.shop.seed == 3
        assert app.check_action("mode_staff", ()) is True
        assert app.check_action("mode_orders", ()) is None
    assert store.info("mine").shop == "[bold]Mine[/]"


async def test_new_shop_never_overwrites_an_existing_slot(
    make_app, luigi: str, store: SaveStore
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.post_message(NewShop(luigi, "Impostor"))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ErrorDialog)
        assert app.game is None
    assert store.info(luigi).shop == "Luigi's"


async def test_opening_another_slot_saves_and_releases_the_first(
    make_app, luigi: str, store: SaveStore
) -> None:
    store.save("second", PizzaShop("Second", seed=1))
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("space")
        app.play_for(120)
        minute = app.game.shop.view().minute
        app.post_message(OpenSlot("second"))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.game is not None and app.game.slot == "second"
        assert store.holder(luigi) is None
        assert store.info(luigi).minute == pytest.approx(minute, abs=1)
