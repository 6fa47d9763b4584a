"""Skipping the night moves the clock to the next opening without changing the game."""

from __future__ import annotations

import pickle

from pizzatui import PizzaShop
from pizzatui.sim import model


def test_a_new_shop_waiting_to_open_has_no_night_to_skip() -> None:
    shop = PizzaShop(seed=5)
    assert shop.minute == model.OPENS_AT
    assert shop.skip_night() is False
    assert shop.minute == model.OPENS_AT


def test_no_skipping_while_the_shop_trades() -> None:
    shop = PizzaShop(seed=5)
    shop.advance(120)
    before = shop.clock
    assert shop.skip_night() is False
    assert shop.clock == before


def test_after_the_books_close_the_clock_jumps_to_the_next_opening() -> None:
    shop = PizzaShop(seed=5)
    shop.run_days(1)
    assert shop.day == 1 and shop.minute > model.CLOSES_AT
    assert shop.skip_night() is True
    assert (shop.day, shop.minute) == (2, model.OPENS_AT)
    events = shop.advance(1)
    assert events[0].text == "Pizza Shop opens for day 2"


def test_a_skipped_night_plays_the_same_days_as_a_waited_one() -> None:
    skipped, waited = PizzaShop(seed=11), PizzaShop(seed=11)
    for _ in range(3):
        skipped.run_days(1)
        skipped.skip_night()
    waited.run_days(3)
    assert skipped.history == waited.history
    assert pickle.loads(pickle.dumps(skipped)).history == waited.history
