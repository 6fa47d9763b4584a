"""Whatever a player does, the books balance and every customer is accounted for."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from pizzatui import PizzaShop, ShopError
from pizzatui.sim import model

NAMES = ("Ann", "Cy", "Di", "Pat", "Bob")

actions = st.one_of(
    st.tuples(st.just("advance"), st.floats(min_value=0, max_value=600)),
    st.tuples(
        st.just("hire"),
        st.sampled_from(("server", "chef", "robot")),
        st.sampled_from(NAMES),
    ),
    st.tuples(st.just("fire"), st.sampled_from(NAMES)),
    st.tuples(
        st.just("set_price"),
        st.sampled_from(("Margherita", "Pepperoni", "Veggie", "Hawaiian")),
        st.integers(min_value=1, max_value=60),
    ),
    st.tuples(
        st.just("restock"),
        st.sampled_from(model.INGREDIENTS),
        st.integers(min_value=1, max_value=200),
        st.booleans(),
    ),
    st.tuples(st.just("buy_oven")),
)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=1000), plan=st.lists(actions, max_size=12)
)
def test_the_books_balance_after_any_plan(seed, plan):
    shop = PizzaShop(seed=seed)
    for action, *arguments in plan:
        with contextlib.suppress(ValueError, ShopError):
            getattr(shop, action)(*arguments)
    shop.run_days(2)
    history = shop.history
    assert history[-1].cash_end == model.START_CASH + sum(r.profit for r in history)
    for report in history:
        assert report.customers == report.served + report.lost
        assert report.revenue >= 0 and report.worst_wait >= report.avg_wait
    assert shop.served_total == sum(r.served for r in history)
    assert all(count >= 0 for count in shop.stock.values())
    assert all(count >= 0 for count in shop.on_order.values())
    view = shop.view()
    assert view.today.customers == 0
    assert not view.waiting
