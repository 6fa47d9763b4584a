"""The command palette lists every action that works on the screen in view."""

from __future__ import annotations


async def test_palette_lists_the_screen_actions_and_runs_them(
    make_app, luigi: str
) -> None:
    app = make_app(slot=luigi, start_paused=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("2")
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Hire", "Fire", "Raise"} <= titles
        hire = next(
            command
            for command in app.get_system_commands(app.screen)
            if command.title == "Hire"
        )
        await hire.callback()
        await pilot.pause()
        assert type(app.screen).__name__ == "HireDialog"


async def test_palette_leaves_out_what_cannot_run_now(make_app, luigi: str) -> None:
    app = make_app(slot=luigi, start_paused=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        # Paused, on the live orders: no slowing down, no staying where you are,
        # and none of the staff screen's actions.
        assert {"Faster", "Staff", "Save now"} <= titles
        assert not {"Slower", "Live orders", "Hire"} & titles
