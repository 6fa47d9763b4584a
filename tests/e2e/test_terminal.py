"""The real pizzatui in a real 80x24 terminal: keys, screens, quitting and hang-ups."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pizzatui.storage import SaveStore
from tests.e2e.game import (
    ENLARGE,
    ORDERS,
    SAVES,
    SHOP,
    STAFF,
    hire,
    run_fast,
    saved_clock,
    shown_clock,
    staff_names,
    wait_ended,
)
from tests.e2e.tmux import Terminal, process_ended, wait_until

pytestmark = pytest.mark.e2e

Play = Callable[..., tuple[Terminal, int]]

HANG_UP_LIMIT = 2.0
"""Seconds the game may take to save and exit once its terminal is gone."""


def test_play_switch_screens_hire_and_quit_with_q(play: Play, store: SaveStore) -> None:
    terminal, _pid = play("luigi")
    terminal.wait_for(ORDERS, "luigi")
    for key, text in (("3", SAVES), ("4", SHOP), ("1", ORDERS)):
        terminal.press(key)
        terminal.wait_for(text)
    hire(terminal, "Zoe")
    terminal.wait_for(STAFF, "Zoe")
    terminal.press("1")
    terminal.wait_for(ORDERS)
    terminal.press("q")
    assert terminal.exit_status() == 0
    assert "Zoe" in staff_names(store, "luigi")
    assert store.holder("luigi") is None


def test_ctrl_c_quits_with_a_save_like_q(play: Play, store: SaveStore) -> None:
    terminal, _pid = play("luigi")
    terminal.wait_for(ORDERS)
    hire(terminal, "Zoe")
    terminal.press("C-c")
    assert terminal.exit_status() == 0
    assert "Zoe" in staff_names(store, "luigi")
    assert store.holder("luigi") is None


def test_closing_the_terminal_saves_the_latest_state_and_lets_go(
    play: Play, store: SaveStore
) -> None:
    terminal, pid = play("luigi", leader=True)
    terminal.wait_for(ORDERS)
    hire(terminal, "Zoe")
    last_seen = run_fast(terminal)
    closed_at = time.monotonic()
    terminal.kill_session()
    wait_ended(pid, timeout=HANG_UP_LIMIT + 3)
    assert time.monotonic() - closed_at <= HANG_UP_LIMIT
    assert store.holder("luigi") is None
    assert "Zoe" in staff_names(store, "luigi")
    assert saved_clock(store, "luigi") >= last_seen


def test_a_hang_up_ends_the_game_with_status_zero(play: Play, store: SaveStore) -> None:
    terminal, pid = play("luigi")
    terminal.wait_for(ORDERS)
    last_seen = run_fast(terminal)
    terminal.kill_session()
    assert terminal.exit_status(timeout=HANG_UP_LIMIT + 3) == 0
    assert process_ended(pid)
    assert store.holder("luigi") is None
    assert saved_clock(store, "luigi") >= last_seen


def test_end_of_input_saves_and_exits_with_status_zero(
    play: Play, store: SaveStore
) -> None:
    terminal, _pid = play("luigi", stdin=Path(os.devnull))
    assert terminal.exit_status() == 0
    assert store.holder("luigi") is None
    if any(info.slot == "luigi" for info in store.list()):
        store.load("luigi")


def test_after_kill_9_the_next_start_finds_no_stale_lock_and_the_last_save(
    play: Play, store: SaveStore
) -> None:
    terminal, pid = play("luigi")
    terminal.wait_for(ORDERS)
    hire(terminal, "Zoe")
    wait_until(lambda: "Zoe" in staff_names(store, "luigi"), "the hire to be saved")
    os.kill(pid, signal.SIGKILL)
    wait_ended(pid, timeout=5)
    assert store.holder("luigi") is None
    assert "Zoe" in staff_names(store, "luigi")
    again, _ = play("luigi")
    # Keys for the game's screens do nothing until the game has opened.
    again.wait_for(ORDERS)
    again.press("2")
    again.wait_for(STAFF, "Zoe")
    again.press("1")
    again.wait_for(ORDERS)
    again.press("q")
    assert again.exit_status() == 0


def test_resizing_shows_the_enlarge_notice_and_lays_out_again(
    play: Play, store: SaveStore
) -> None:
    terminal, _pid = play("luigi")
    terminal.wait_for(ORDERS)
    for width, height in ((60, 20), (79, 24), (80, 23)):
        terminal.resize(width, height)
        terminal.wait_for(ENLARGE)
    terminal.resize(80, 24)
    terminal.wait_for_gone(ENLARGE)
    terminal.wait_for(ORDERS)
    terminal.resize(132, 43)
    wait_until(
        lambda: max(len(line) for line in terminal.screen().splitlines()) > 100,
        "the layout to fill the larger terminal",
        describe=terminal.describe,
    )
    terminal.wait_for(ORDERS)
    terminal.resize(80, 24)
    terminal.wait_for(ORDERS)
    terminal.press("q")
    assert terminal.exit_status() == 0


@pytest.mark.parametrize("term", ["screen-256color", "xterm"])
def test_the_game_works_under_other_terminal_types(
    play: Play, store: SaveStore, term: str
) -> None:
    terminal, _pid = play("luigi", term=term)
    screen = terminal.wait_for(ORDERS)
    assert shown_clock(screen)[0] == 1
    terminal.press("2")
    terminal.wait_for(STAFF, "Pat")
    if term == "xterm":
        coloured = terminal.screen_with_colours()
        assert "38;2;" not in coloured, "24-bit colour sent to an xterm"
        assert "38;5;" not in coloured, "256 colours sent to an xterm"
    terminal.press("1")
    terminal.wait_for(ORDERS)
    terminal.press("q")
    assert terminal.exit_status() == 0
    assert store.holder("luigi") is None
