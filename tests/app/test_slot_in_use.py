"""A slot open in another process: the in-use dialog and taking the slot over."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from pizzatui.app.dialogs.slot_in_use import (
    SlotChoice,
    SlotInUseDialog,
    describe_holder,
    how_long_ago,
)
from pizzatui.app.takeover import TakeOverError, ask_to_quit, take_over
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import LockHolder, SaveStore

HOLDER = """
import signal, sys
from pizzatui.storage import SaveStore

folder, slot, on_stop = sys.argv[1:4]
store = SaveStore(folder)
lock = store.lock(slot)
shop = store.load(slot)


def save_and_quit(signum, frame):
    save(signum, frame)
    lock.release()
    sys.exit(0)


def save(signum, frame):
    shop.hire("chef", "Zoe")
    store.save(slot, shop)
    print("saved", flush=True)


signal.signal(signal.SIGUSR1, save)
if on_stop == "saves":
    signal.signal(signal.SIGTERM, save_and_quit)
elif on_stop == "ignores":
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("holding", flush=True)
sys.stdin.read()
"""
"""Another session in its own process: it holds a slot until stdin closes.

On SIGUSR1 it hires Zoe and saves. On SIGTERM it does that and quits, ignores the
signal, or dies unsaved.
"""

WAIT = 10.0
"""The longest the test waits for the other process."""


@pytest.fixture
def store(saves: Path) -> SaveStore:
    """A store with a seeded shop saved in the slot 'luigi'."""
    luigi_store = SaveStore(saves)
    luigi_store.save("luigi", PizzaShop("Luigi's", seed=7))
    return luigi_store


@pytest.fixture
def other_session(store: SaveStore) -> Iterator[Callable[[str], subprocess.Popen[str]]]:
    """Start processes that hold 'luigi'; end any still running after the test."""
    started: list[subprocess.Popen[str]] = []

    def start(on_stop: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(store.folder), "luigi", on_stop],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], WAIT)
        assert ready, "the other session never took the slot"
        assert process.stdout.readline().strip() == "holding"
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=WAIT)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def test_taking_over_has_the_other_session_save_then_opens_the_fresh_save(
    store: SaveStore, other_session: Callable[[str], subprocess.Popen[str]]
) -> None:
    holder = other_session("saves")
    lock = take_over(store, "luigi", timeout=WAIT)
    try:
        assert holder.wait(timeout=WAIT) == 0
        assert store.holder("luigi") == lock.holder
        assert lock.holder.pid == os.getpid()
        assert "Zoe" in [person.name for person in store.load("luigi").staff]
    finally:
        lock.release()


def test_taking_over_from_a_session_that_dies_unsaved_still_gets_the_slot(
    store: SaveStore, other_session: Callable[[str], subprocess.Popen[str]]
) -> None:
    holder = other_session("dies")
    with take_over(store, "luigi", timeout=WAIT) as lock:
        assert holder.wait(timeout=WAIT) == -signal.SIGTERM
        assert lock.held
        assert "Zoe" not in [person.name for person in store.load("luigi").staff]


def test_taking_over_gives_up_on_a_session_that_will_not_quit(
    store: SaveStore, other_session: Callable[[str], subprocess.Popen[str]]
) -> None:
    holder = other_session("ignores")
    with pytest.raises(TakeOverError, match=rf"process {holder.pid}.*did not save"):
        take_over(store, "luigi", timeout=0.3)
    assert holder.poll() is None
    holder_now = store.holder("luigi")
    assert holder_now is not None and holder_now.pid == holder.pid


def test_taking_over_a_free_slot_just_locks_it(store: SaveStore) -> None:
    with take_over(store, "luigi", timeout=0) as lock:
        assert lock.held


@pytest.mark.parametrize(
    ("pid", "reason"), [(0, "cannot be asked|not by a session"), (-1, "not by")]
)
def test_there_is_nobody_to_ask_without_a_real_process(pid: int, reason: str) -> None:
    with pytest.raises(TakeOverError, match=reason):
        ask_to_quit("luigi", LockHolder(pid, None))


def test_this_session_never_asks_itself_to_quit() -> None:
    with pytest.raises(TakeOverError, match="already open in this session"):
        ask_to_quit("luigi", LockHolder(os.getpid(), None))


NOW = datetime(2026, 3, 14, 15, 30).astimezone()


@pytest.mark.parametrize(
    ("ago", "said"),
    [
        (timedelta(seconds=5), "just now"),
        (timedelta(minutes=12, seconds=30), "12 min ago"),
        (timedelta(hours=3, minutes=5), "3 h ago"),
        (timedelta(days=2, hours=1), "2 days ago"),
        (-timedelta(minutes=5), "just now"),
    ],
)
def test_how_long_ago_is_said_coarsely(ago: timedelta, said: str) -> None:
    assert how_long_ago(NOW - ago, NOW) == said


def test_the_holder_is_described_by_process_and_start_time() -> None:
    holder = LockHolder(4242, NOW - timedelta(minutes=5))
    assert describe_holder(holder, NOW) == (
        f"another session (process 4242) since {NOW - timedelta(minutes=5):%H:%M} "
        "(5 min ago)"
    )
    assert describe_holder(None, NOW) == "another session"
    assert describe_holder(LockHolder(0, None), NOW) == "another session"


class DialogApp(App[None]):
    """Shows the in-use dialog over a plain screen and keeps the answer."""

    def __init__(self, slot: str, holder: LockHolder | None) -> None:
        super().__init__()
        self.slot = slot
        self.holder = holder
        self.choice: SlotChoice | None = None

    def compose(self) -> ComposeResult:
        yield Static("behind the dialog")

    def on_mount(self) -> None:
        self.push_screen(
            SlotInUseDialog(self.slot, self.holder, now=lambda: NOW),
            self._chosen,
        )

    def _chosen(self, choice: SlotChoice | None) -> None:
        self.choice = choice


def dialog_text(app: DialogApp) -> str:
    """Everything the dialog says, as plain text."""
    return " ".join(
        str(widget.render()) for widget in app.screen.query(Static) if widget.id
    )


async def test_the_dialog_names_the_real_process_holding_the_slot(
    store: SaveStore, other_session: Callable[[str], subprocess.Popen[str]]
) -> None:
    holder_process = other_session("saves")
    holder = store.holder("luigi")
    assert holder is not None and holder.pid == holder_process.pid
    app = DialogApp("luigi", holder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SlotInUseDialog)
        said = dialog_text(app)
        assert f"process {holder_process.pid}" in said
        assert f"since {holder.since.astimezone(NOW.tzinfo):%H:%M}" in said
        assert "luigi" in said


@pytest.mark.parametrize(
    ("keys", "choice"),
    [
        (["w"], SlotChoice.WATCH),
        (["t"], SlotChoice.TAKE_OVER),
        (["escape"], SlotChoice.CANCEL),
        (["c"], SlotChoice.CANCEL),
        (["enter"], SlotChoice.CANCEL),
        (["shift+tab", "shift+tab", "enter"], SlotChoice.WATCH),
    ],
)
async def test_each_choice_is_one_key_away(keys: list[str], choice: SlotChoice) -> None:
    app = DialogApp("luigi", LockHolder(4242, NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
    assert app.choice == choice


async def test_each_choice_works_with_the_mouse() -> None:
    app = DialogApp("luigi", LockHolder(4242, NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click(f"#{SlotChoice.TAKE_OVER.value}")
        await pilot.pause()
    assert app.choice == SlotChoice.TAKE_OVER


async def test_the_slot_name_is_shown_literally() -> None:
    app = DialogApp("[bold]x[/]", LockHolder(4242, NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "The save [bold]x[/] is open" in dialog_text(app)
