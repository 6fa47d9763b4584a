"""Two terminals on one slot: the second is told it is in use, and may take it over."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pizzatui.storage import SaveStore
from tests.e2e.game import (
    IN_USE,
    ORDERS,
    STAFF,
    WATCHING,
    hire,
    run_fast,
    shown_clock,
    staff_names,
)
from tests.e2e.tmux import Terminal

pytestmark = pytest.mark.e2e

Play = Callable[..., tuple[Terminal, int]]


def test_a_second_session_takes_the_slot_over_and_opens_the_fresh_save(
    play: Play, store: SaveStore
) -> None:
    first, first_pid = play("luigi")
    first.wait_for(ORDERS)
    last_seen = run_fast(first)

    second, second_pid = play("luigi")
    second.wait_for(IN_USE, f"process {first_pid}")
    second.press("t")

    assert first.exit_status() == 0
    screen = second.wait_for(ORDERS, "luigi")
    assert shown_clock(screen) >= last_seen
    holder = store.holder("luigi")
    assert holder is not None and holder.pid == second_pid
    second.press("q")
    assert second.exit_status() == 0
    assert store.holder("luigi") is None


def test_a_second_session_may_watch_read_only_as_the_first_plays_on(
    play: Play, store: SaveStore
) -> None:
    first, first_pid = play("luigi")
    first.wait_for(ORDERS)

    second, _ = play("luigi")
    second.wait_for(IN_USE, f"process {first_pid}")
    second.press("w")
    second.wait_for(ORDERS, WATCHING)

    hire(first, "Zoe")
    second.press("2")
    second.wait_for(STAFF, "Zoe")
    second.press("h")
    second.press("1")
    second.wait_for(ORDERS, WATCHING)
    second.press("q")
    assert second.exit_status() == 0

    holder = store.holder("luigi")
    assert holder is not None and holder.pid == first_pid
    first.press("1")
    first.wait_for(ORDERS)
    first.press("q")
    assert first.exit_status() == 0
    assert staff_names(store, "luigi").count("Zoe") == 1


def test_cancelling_leaves_the_first_session_playing(
    play: Play, store: SaveStore
) -> None:
    first, first_pid = play("luigi")
    first.wait_for(ORDERS)
    second, _ = play("luigi")
    second.wait_for(IN_USE)
    second.press("Escape")
    second.wait_for_gone(IN_USE)
    second.press("q")
    assert second.exit_status() == 0
    holder = store.holder("luigi")
    assert holder is not None and holder.pid == first_pid
