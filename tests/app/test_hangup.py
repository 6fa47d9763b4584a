"""Hang-up handling: stop signals, a dead terminal and end of input save and quit."""

from __future__ import annotations

import asyncio
import os
import pty
import signal
import threading
import tty
from collections.abc import Iterator

import pytest
from textual import events
from textual.app import App
from textual.message import Message

from pizzatui.app.hangup import (
    HangUp,
    TerminalDriver,
    TerminalOutput,
    terminal_is_alive,
)


class SavingApp(App[None]):
    """The least app that saves on hang-up: it counts its saves."""

    def __init__(
        self, *, saved: bool = True, save_error: Exception | None = None
    ) -> None:
        super().__init__()
        self.saves = 0
        self.hang_up = HangUp(self, self.save_for_exit, save_timeout=0.5)
        self._saved = saved
        self._save_error = save_error
        self.save_never_ends = False

    def on_load(self) -> None:
        self.hang_up.install()

    def on_unmount(self) -> None:
        self.hang_up.uninstall()

    async def save_for_exit(self) -> bool:
        self.saves += 1
        if self.save_never_ends:
            await asyncio.Event().wait()
        if self._save_error is not None:
            raise self._save_error
        return self._saved


async def hang_up_by(app: SavingApp, stop_signal: signal.Signals) -> None:
    """Send this process ``stop_signal`` and wait, bounded, for the save to finish."""
    os.kill(os.getpid(), stop_signal)
    for _ in range(200):
        if app.hang_up.started:
            break
        await asyncio.sleep(0.01)
    assert app.hang_up.started, f"{stop_signal.name} never reached the app"
    await app.hang_up.finished()


@pytest.fixture
def stop_signals_restored() -> Iterator[None]:
    """Put back the process's handlers for the stop signals after the test."""
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGHUP, signal.SIGTERM)}
    yield
    for sig, handler in before.items():
        signal.signal(sig, handler)


@pytest.mark.parametrize("stop_signal", [signal.SIGHUP, signal.SIGTERM])
async def test_a_stop_signal_saves_once_and_exits_with_status_zero(
    stop_signal: signal.Signals, stop_signals_restored: None
) -> None:
    app = SavingApp()
    async with app.run_test():
        await hang_up_by(app, stop_signal)
        assert app.hang_up.reason == stop_signal.name
    assert app.saves == 1
    assert app.return_code == 0


async def test_more_signals_during_a_hang_up_save_only_once(
    stop_signals_restored: None,
) -> None:
    app = SavingApp()
    async with app.run_test() as pilot:
        os.kill(os.getpid(), signal.SIGHUP)
        os.kill(os.getpid(), signal.SIGTERM)
        await hang_up_by(app, signal.SIGHUP)
        await pilot.pause()
    assert app.saves == 1
    assert app.hang_up.reason == "SIGHUP"


@pytest.mark.parametrize(
    "problem", ["not saved", "save raised", "save never ends"], ids=str
)
async def test_a_failed_final_save_still_quits_but_with_status_one(
    problem: str, stop_signals_restored: None
) -> None:
    app = SavingApp(
        saved=problem != "not saved",
        save_error=OSError("disk full") if problem == "save raised" else None,
    )
    app.save_never_ends = problem == "save never ends"
    async with app.run_test():
        await hang_up_by(app, signal.SIGTERM)
    assert app.return_code == 1


async def test_uninstall_gives_the_signals_back(stop_signals_restored: None) -> None:
    def before(signum: int, frame: object) -> None:
        """A handler the test can recognise."""

    signal.signal(signal.SIGHUP, before)
    app = SavingApp()
    async with app.run_test():
        assert signal.getsignal(signal.SIGHUP) is not before
    assert signal.getsignal(signal.SIGHUP) is before


@pytest.fixture
def hang_ups() -> Iterator[list[int]]:
    """Count the SIGHUPs this process sends itself during the test."""
    seen: list[int] = []
    before = signal.signal(signal.SIGHUP, lambda signum, frame: seen.append(signum))
    yield seen
    signal.signal(signal.SIGHUP, before)


def test_terminal_output_writes_until_the_terminal_hangs_up(
    hang_ups: list[int],
) -> None:
    master, slave = pty.openpty()
    with os.fdopen(slave, "w", encoding="utf-8") as stream:
        output = TerminalOutput(stream)
        output.write("pizza ½\n")
        assert os.read(master, 100).startswith("pizza ½".encode())
        assert not output.hung_up and hang_ups == []
        os.close(master)
        assert output.write("more") == 4
        assert output.hung_up
        assert hang_ups == [signal.SIGHUP]
        output.write("and more")
        assert hang_ups == [signal.SIGHUP]


def test_terminal_is_alive_until_its_other_end_closes() -> None:
    master, slave = pty.openpty()
    try:
        assert terminal_is_alive(slave)
        os.close(master)
        assert not terminal_is_alive(slave)
    finally:
        os.close(slave)


def test_a_pipe_is_no_terminal_and_so_never_dead() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        assert terminal_is_alive(write_end)
    finally:
        os.close(write_end)


class KeyCollector:
    """Stands in for the app a driver sends its input to."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def _post_message(self, message: Message) -> bool:
        self.messages.append(message)
        return True


@pytest.fixture
def job_control_restored() -> Iterator[None]:
    """Put back SIGTSTP and SIGCONT, which Textual's driver takes over."""
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTSTP, signal.SIGCONT)}
    yield
    for sig, handler in before.items():
        signal.signal(sig, handler)


async def test_the_driver_reads_keys_then_reports_end_of_input_as_a_hang_up(
    job_control_restored: None,
) -> None:
    loop = asyncio.get_running_loop()
    hung_up = asyncio.Event()
    loop.add_signal_handler(signal.SIGHUP, hung_up.set)
    master, slave = pty.openpty()
    tty.setraw(slave)
    collector = KeyCollector()
    driver = TerminalDriver(collector)  # type: ignore[arg-type]
    driver.fileno = slave
    reader = threading.Thread(target=driver.run_input_thread, daemon=True)
    try:
        reader.start()
        os.write(master, b"q")
        for _ in range(200):
            if collector.messages:
                break
            await asyncio.sleep(0.01)
        keys = [m.key for m in collector.messages if isinstance(m, events.Key)]
        assert keys == ["q"]
        os.close(master)
        await asyncio.wait_for(hung_up.wait(), timeout=5)
        await asyncio.to_thread(reader.join, 5)
        assert not reader.is_alive()
    finally:
        driver.exit_event.set()
        loop.remove_signal_handler(signal.SIGHUP)
        os.close(slave)
