"""Same seed, same days; a shop pickled mid-day goes on exactly as if never stopped."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from pizzatui import PizzaShop


def _busy_shop(seed: int) -> PizzaShop:
    """A seeded shop with a bigger crew, so every part of the engine is exercised."""
    shop = PizzaShop(seed=seed)
    shop.hire("chef", "Ann")
    shop.hire("server", "Sue")
    shop.set_price("Hawaiian", 9)
    return shop


def test_the_same_seed_plays_the_same_days():
    assert _busy_shop(21).run_days(3) == _busy_shop(21).run_days(3)


def test_different_seeds_play_different_days():
    assert _busy_shop(21).run_days(2) != _busy_shop(22).run_days(2)


def test_narrated_and_headless_runs_agree():
    heard: list[str] = []
    narrated = _busy_shop(23)
    narrated.narrate_to(heard.append)
    while len(narrated.history) < 2:
        narrated.advance(37.5)
    assert heard
    assert narrated.history[:2] == _busy_shop(23).run_days(2)


def test_pickling_mid_day_changes_nothing():
    straight = _busy_shop(24)
    straight.advance(2 * 24 * 60 + 3 * 60 + 17.25)
    stopped = pickle.loads(pickle.dumps(straight))
    assert stopped.view() == straight.view()
    assert stopped.advance(500) == straight.advance(500)
    assert stopped.run_days(3) == straight.run_days(3)
    assert stopped.history == straight.history
    assert stopped.rng.getstate() == straight.rng.getstate()


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    stop_at=st.floats(min_value=0, max_value=2 * 24 * 60),
)
def test_a_save_and_load_at_any_minute_resumes_exactly(seed, stop_at):
    straight = PizzaShop(seed=seed)
    resumed = PizzaShop(seed=seed)
    resumed.advance(stop_at)
    resumed = pickle.loads(pickle.dumps(resumed, protocol=5))
    straight_days = straight.run_days(3)
    earlier = list(resumed.history)
    resumed_days = earlier + resumed.run_days(3 - len(earlier))
    assert resumed_days == straight_days


def test_actions_between_days_replay_the_same():
    def play() -> list:
        shop = PizzaShop(seed=25)
        shop.run_days(1)
        shop.hire("chef", "Ann")
        shop.restock("cheese", 50, rushed=True)
        shop.buy_oven()
        return shop.run_days(2)

    assert play() == play()
