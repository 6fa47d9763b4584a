"""The game session: speed steps, pausing, play time and the 'saved ago' text."""

from __future__ import annotations

import pytest

from pizzatui.app.session import (
    AUTOSAVE_EVERY,
    SPEEDS,
    GameSession,
    Narration,
    saved_ago,
)
from pizzatui.pizzashop import PizzaShop


def new_session(*, paused: bool = False) -> GameSession:
    return GameSession(PizzaShop("Luigi's", seed=7), "luigi", paused=paused)


def test_speed_steps_up_from_paused_to_sixteen_and_no_further() -> None:
    game = new_session(paused=True)
    seen = [game.speed]
    for _ in range(len(SPEEDS) + 2):
        game.faster()
        seen.append(game.speed)
    assert seen[: len(SPEEDS)] == list(SPEEDS)
    assert game.speed == 16


def test_speed_steps_down_to_paused_and_resumes_where_it_was() -> None:
    game = new_session()
    game.faster()
    game.faster()
    assert game.speed == 4
    game.toggle_pause()
    assert game.paused
    game.toggle_pause()
    assert game.speed == 4
    for _ in range(10):
        game.slower()
    assert game.paused
    game.toggle_pause()
    assert game.speed == 1


def test_run_moves_the_clock_by_seconds_times_speed() -> None:
    game = new_session()
    game.faster()
    start = game.shop.view().minute
    game.run(5)
    assert game.shop.view().minute == pytest.approx(start + 10)


def test_a_paused_game_does_not_move_or_count_play() -> None:
    game = new_session(paused=True)
    start = game.shop.view().minute
    assert game.run(60) == []
    assert game.shop.view().minute == start
    assert not game.autosave_due


def test_autosave_falls_due_after_thirty_seconds_of_play() -> None:
    game = new_session()
    game.run(AUTOSAVE_EVERY - 1)
    assert not game.autosave_due
    game.run(1)
    assert game.autosave_due
    game.mark_save_started()
    assert not game.autosave_due


def test_the_shop_narrates_into_the_session_not_the_terminal(capsys) -> None:
    game = new_session()
    game.run(6 * 60)
    assert game.narration.total > 0
    assert capsys.readouterr().out == ""
    game.release()
    assert game.lock is None


def test_narration_keeps_the_newest_lines_and_knows_what_was_missed() -> None:
    narration = Narration(keep=3)
    for number in range(5):
        narration.hear(f"line {number}")
    assert narration.since(0) == ["line 2", "line 3", "line 4"]
    assert narration.since(3) == ["line 3", "line 4"]
    assert narration.since(5) == []


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "saved just now"), (9, "saved just now"), (25, "saved 20 s ago"),
     (125, "saved 2 min ago"), (7300, "saved 2 h ago")],
)  # fmt: skip
def test_saved_ago_is_coarse_so_it_rarely_redraws(seconds: float, text: str) -> None:
    assert saved_ago(100.0, 100.0 + seconds) == text


def test_saved_ago_before_any_save() -> None:
    assert saved_ago(None, 5.0) == "not saved yet"
