"""The help screen and the command palette list every key and action."""

from __future__ import annotations

from pizzatui.app.screens.help import HelpScreen


async def test_question_mark_lists_every_key(make_app, luigi) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(static.content) for static in app.screen.query("Static"))
        for key in ("space", "+", "-", "=", "^s", "?", "q", "1", "2", "3", "4"):
            assert f" {key}  " in f" {text}", key
        assert "Pause or resume" in text and "Everywhere" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_the_command_palette_lists_each_action_that_works_now(
    make_app, luigi
) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for title in ("Staff", "Saves", "Shop", "Pause or resume", "Faster",
                      "Save now", "Help", "Quit", "Theme"):  # fmt: skip
            assert title in titles, title
        assert "Live orders" not in titles
        assert "Slower" not in titles
        assert titles.count("Quit") == 1


async def test_a_palette_command_runs_its_action(make_app, luigi) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        await commands["Faster"].callback()
        await pilot.pause()
        assert app.speed == 1


async def test_the_palette_finds_and_runs_a_game_action(make_app, luigi) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Faster")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.speed == 1
