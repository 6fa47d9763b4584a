"""The staff screen inside the real app: every change reaches the save."""

from __future__ import annotations

from pizzatui.app.screens.staff import StaffScreen
from tests.app.helpers import settle


async def test_hire_raise_and_fire_are_each_saved(make_app, store, luigi):
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        assert isinstance(app.screen, StaffScreen)
        await pilot.press("h", *"Ann", "enter")
        await settle(pilot)
        await app.saves_finished()
        assert [p.name for p in store.load(luigi).staff] == ["Pat", "Bob", "Ann"]
        await pilot.press("r", "1", "0", "enter")
        await settle(pilot)
        await app.saves_finished()
        assert store.load(luigi).find_staff("Pat").salary == 44000
        await pilot.press("down", "f", "y")
        await settle(pilot)
        await app.saves_finished()
        assert [p.name for p in store.load(luigi).staff] == ["Pat", "Ann"]


async def test_staff_keys_are_live_only_while_someone_is_picked(make_app, luigi):
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        screen = app.screen

        def enabled() -> dict[str, bool]:
            return {
                active.binding.action: active.enabled
                for active in screen.active_bindings.values()
            }

        assert enabled()["hire"] and enabled()["fire"] and enabled()["give_raise"]
        for person in list(app.game.shop.staff):
            app.game.shop.fire(person.name)
        app.view = app.game.shop.view()
        await pilot.pause()
        assert enabled()["hire"]
        assert not enabled()["fire"] and not enabled()["give_raise"]
        assert screen.query_one("#do-give_raise").disabled


async def test_j_and_k_move_down_and_up_the_staff(make_app, store, luigi):
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        table = app.screen.query_one("#staff-table")
        assert table.cursor_row == 0
        await pilot.press("j")
        assert table.cursor_row == 1
        await pilot.press("k")
        assert table.cursor_row == 0
        # The raise goes to whoever the letters picked: Bob, the second row.
        await pilot.press("j", "r", "1", "0", "enter")
        await settle(pilot)
        await app.saves_finished()
        assert store.load(luigi).find_staff("Bob").salary == 55000
