"""The app meets a slot another process holds: it asks, then watches or takes over."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Callable

from pizzatui.app.dialogs.error import ErrorDialog
from pizzatui.app.dialogs.slot_in_use import SlotInUseDialog
from pizzatui.storage import SaveStore
from tests.app.helpers import start
from tests.app.test_slot_in_use import WAIT, other_session, store

__all__ = ["other_session", "store"]

OtherSession = Callable[[str], subprocess.Popen[str]]


async def wait_for(pilot, condition: Callable[[], bool], what: str) -> None:
    """Pause the app in short steps until ``condition`` holds; fail after WAIT s."""
    for _ in range(int(WAIT / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"waited {WAIT:g} s for {what}")


def staff_of(app) -> list[str]:
    return [person.name for person in app.game.shop.staff]


async def test_opening_a_held_slot_asks_which_session_may_have_it(
    make_app, store: SaveStore, other_session: OtherSession
) -> None:
    holder = other_session("saves")
    app = make_app("luigi")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        assert isinstance(app.screen, SlotInUseDialog)
        assert app.screen.holder.pid == holder.pid
        assert app.game is None


async def test_taking_over_opens_the_save_the_other_session_just_wrote(
    make_app, store: SaveStore, other_session: OtherSession
) -> None:
    holder = other_session("saves")
    app = make_app("luigi")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await pilot.press("t")
        await wait_for(pilot, lambda: app.game is not None, "the game to open")
        assert holder.wait(timeout=WAIT) == 0
        assert not app.game.read_only
        assert "Zoe" in staff_of(app)
        assert store.holder("luigi").pid == os.getpid()
        assert app.current_mode == "orders"


async def test_a_failed_take_over_says_why_and_opens_nothing(
    make_app, store: SaveStore, other_session: OtherSession
) -> None:
    holder = other_session("ignores")
    app = make_app("luigi")
    app.take_over_timeout = 0.2
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await pilot.press("t")
        await wait_for(
            pilot,
            lambda: isinstance(app.screen, ErrorDialog),
            "the take-over to give up",
        )
        assert app.game is None
        assert str(holder.pid) in str(app.screen.query_one("#error-message").render())
    assert holder.poll() is None


async def test_watching_shows_the_slot_read_only_and_follows_its_saves(
    make_app, store: SaveStore, other_session: OtherSession
) -> None:
    holder = other_session("saves")
    app = make_app("luigi")
    app.watch_every = 0.05
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await pilot.press("w")
        await wait_for(pilot, lambda: app.game is not None, "the game to open")
        assert app.game.read_only
        assert app.game.lock is None
        assert app.saved_text == "watching — read only"
        assert app.current_mode == "orders"
        for action in ("toggle_pause", "faster", "save_now"):
            assert not app.check_action(action, ())
        assert "Zoe" not in staff_of(app)

        holder.send_signal(signal.SIGUSR1)
        await wait_for(pilot, lambda: "Zoe" in staff_of(app), "the watched save")
        assert app.game.read_only
        assert app.view is not None
        assert "Zoe" in [person.name for person in app.view.staff]

        await pilot.press("q")
        await start(app, pilot)
    assert app.return_code == 0
    assert store.holder("luigi").pid == holder.pid


async def test_cancelling_at_start_shows_the_saves(
    make_app, store: SaveStore, other_session: OtherSession
) -> None:
    other_session("saves")
    app = make_app("luigi")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await pilot.press("escape")
        await start(app, pilot)
        assert app.game is None
        assert app.current_mode == "saves"
