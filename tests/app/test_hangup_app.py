"""The game saves and quits when told to stop, and ctrl+c quits with a save like q."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from pizzatui.app.hangup import HangUp
from tests.app.helpers import fail_saves, start


@pytest.fixture(autouse=True)
def stop_signals_restored() -> Iterator[None]:
    """Put back the process's handlers for the stop signals after the test."""
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGHUP, signal.SIGTERM)}
    yield
    for sig, handler in before.items():
        signal.signal(sig, handler)


async def wait_for_hang_up(app, pilot) -> None:
    """Wait, bounded, until the signal reached the app and its save is done."""
    hang_up: HangUp = app.hang_up
    for _ in range(200):
        if hang_up.started:
            break
        await pilot.pause(0.01)
    assert hang_up.started, "the signal never reached the app"
    await hang_up.finished()


@pytest.mark.parametrize("stop_signal", [signal.SIGHUP, signal.SIGTERM])
async def test_a_stop_signal_saves_the_latest_state_and_lets_go(
    make_app, luigi, store, stop_signal: signal.Signals
) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await pilot.press("space")
        app.play_for(200)
        app.game.shop.hire("chef", "Zoe")
        minute = app.view.minute
        os.kill(os.getpid(), stop_signal)
        await wait_for_hang_up(app, pilot)
    assert app.return_code == 0
    assert store.holder(luigi) is None
    assert store.info(luigi).minute == pytest.approx(minute, abs=1)
    assert "Zoe" in [person.name for person in store.load(luigi).staff]


async def test_a_stop_signal_with_no_game_open_just_quits(make_app, luigi) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        os.kill(os.getpid(), signal.SIGTERM)
        await wait_for_hang_up(app, pilot)
    assert app.return_code == 0


async def test_a_stop_signal_while_a_save_is_failing_quits_with_status_one(
    make_app, luigi, store, monkeypatch
) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        fail_saves(monkeypatch, app, "The saves folder is read-only.")
        os.kill(os.getpid(), signal.SIGHUP)
        await wait_for_hang_up(app, pilot)
    assert app.return_code == 1
    assert store.load(luigi).name == "Luigi's"


@pytest.mark.parametrize("key", ["q", "ctrl+c", "ctrl+q"])
async def test_quitting_keys_save_first(make_app, luigi, store, key: str) -> None:
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        app.game.shop.hire("chef", "Zoe")
        await pilot.press(key)
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code == 0
    assert store.holder(luigi) is None
    assert "Zoe" in [person.name for person in store.load(luigi).staff]


async def test_the_signals_are_given_back_when_the_app_ends(make_app, luigi) -> None:
    def before(signum: int, frame: object) -> None:
        """A handler the test can recognise."""

    signal.signal(signal.SIGTERM, before)
    app = make_app(luigi)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        assert signal.getsignal(signal.SIGTERM) is not before
    assert signal.getsignal(signal.SIGTERM) is before
