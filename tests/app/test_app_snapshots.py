"""SVG snapshots of the live screens at 80x24 from a seeded shop, clock held."""

from __future__ import annotations

from textual.pilot import Pilot

LUNCH = 12 * 60 + 30


async def play_to_lunch(pilot: Pilot) -> None:
    """Open the slot, play the seeded morning into the lunch rush, then pause."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.press("space")
    app.play_for(LUNCH - app.view.minute)
    await pilot.press("space")
    await pilot.pause()


def test_orders_screen_at_lunch(snap_compare, make_app, luigi) -> None:
    assert snap_compare(make_app(luigi), run_before=play_to_lunch)


def test_orders_screen_in_sixteen_colours(snap_compare, make_app, luigi) -> None:
    async def sixteen_colours(pilot: Pilot) -> None:
        pilot.app.theme = "ansi-dark"
        await play_to_lunch(pilot)

    assert snap_compare(make_app(luigi), run_before=sixteen_colours)


def test_shop_screen(snap_compare, make_app, luigi) -> None:
    async def open_shop(pilot: Pilot) -> None:
        await play_to_lunch(pilot)
        await pilot.press("4")
        await pilot.pause()

    assert snap_compare(make_app(luigi), run_before=open_shop)


def test_help_screen(snap_compare, make_app, luigi) -> None:
    async def open_help(pilot: Pilot) -> None:
        await play_to_lunch(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(luigi), run_before=open_help)


def test_day_report(snap_compare, make_app, luigi) -> None:
    async def close_the_day(pilot: Pilot) -> None:
        await play_to_lunch(pilot)
        await pilot.press("space")
        pilot.app.play_for(24 * 60 - LUNCH)
        await pilot.pause()

    assert snap_compare(make_app(luigi), run_before=close_the_day)


def test_too_small_notice(snap_compare, make_app, luigi) -> None:
    assert snap_compare(make_app(luigi), terminal_size=(60, 20))
