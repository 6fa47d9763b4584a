"""The book's employees, the roster and the checks on what players type."""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pizzatui import Chef, Employee, PizzaRobot, PizzaShop, Server, ShopError
from pizzatui.narration import narrating_to


def test_book_salaries_and_repr() -> None:
    assert repr(Server("Pat")) == "<Employee: name=Pat, salary=40000>"
    assert repr(Chef("Sue")) == "<Employee: name=Sue, salary=50000>"
    assert repr(PizzaRobot("Bob")) == "<Employee: name=Bob, salary=50000>"
    assert repr(Employee("Al")) == "<Employee: name=Al, salary=0>"
    assert isinstance(PizzaRobot("Bob"), Chef)


@pytest.mark.parametrize(
    ("percent", "shown"),
    [(0.10, "55000"), (0.5, "75000"), (0.0123, "50615"), ("0.00001", "50000.50")],
)
def test_raise_shows_money_as_the_book_does(percent: object, shown: str) -> None:
    chef = Chef("Bob")
    chef.giveRaise(percent)
    assert repr(chef) == f"<Employee: name=Bob, salary={shown}>"


def test_ten_raises_of_ten_percent_do_not_drift() -> None:
    server = Server("Pat")
    for _ in range(10):
        server.giveRaise(0.10)
    # Each raise rounds to the cent, half to even: 94317.905 becomes 94317.90,
    # so ten raises come to 103749.69 where unrounded floats give 103749.6970...
    assert server.salary_cents == 10374969
    assert str(server.salary) == "103749.69"
    assert server.salary == Decimal("103749.69")


@pytest.mark.parametrize(
    ("percent", "message"),
    [
        (-0.1, "negative"),
        ("ten", "must be a number"),
        (None, "must be a number"),
        (True, "must be a number"),
        (float("nan"), "finite"),
        (float("inf"), "finite"),
        (1.5, "absurd"),
    ],
)
def test_bad_raises_are_refused_and_change_nothing(
    percent: object, message: str
) -> None:
    chef = Chef("Bob")
    with pytest.raises(ValueError, match=message):
        chef.giveRaise(percent)
    assert chef.salary == 50000


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 41, "limit is 40"),
        ("Bob\x1b[31m", "control character"),
        ("Bob\nSmith", "control character"),
        ("Ann\u202eevil", "control character"),
        (42, "must be text"),
    ],
)
def test_bad_names_are_refused(name: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Server(name)  # type: ignore[arg-type]


def test_names_keep_markup_like_text_verbatim() -> None:
    assert Server("[bold]x[/]").name == "[bold]x[/]"
    assert Server("  Zoë  ").name == "Zoë"


def test_hire_fire_and_duty() -> None:
    shop = PizzaShop()
    ann = shop.hire("chef", "Ann")
    assert shop.chef is not None and shop.chef.name == "Bob"
    shop.fire("Bob")
    assert shop.chef is ann
    with pytest.raises(ValueError, match="already works here"):
        shop.hire("server", "pat")
    with pytest.raises(ValueError, match="no role"):
        shop.hire("manager", "Zed")
    with pytest.raises(ValueError, match="Nobody called"):
        shop.fire("Zed")


def test_order_without_staff_says_who_is_missing() -> None:
    shop = PizzaShop()
    shop.fire("Pat")
    with pytest.raises(ShopError, match="hire a server"):
        shop.order("LSP")
    shop.hire("server", "Pat")
    shop.fire("Bob")
    with pytest.raises(ShopError, match="hire a chef"):
        shop.order("LSP")


def test_a_routed_shop_tells_its_listener_and_pickles_without_it() -> None:
    heard: list[str] = []
    shop = PizzaShop()
    shop.narrate_to(heard.append)
    shop.order("LSP")
    assert heard == [
        "LSP orders from <Employee: name=Pat, salary=40000>",
        "Bob makes pizza",
        "oven bakes",
        "LSP pays for item to <Employee: name=Pat, salary=40000>",
    ]
    copy = pickle.loads(pickle.dumps(shop))
    assert copy._listener is None
    assert shop._listener is not None


def test_narrating_to_restores_printing(capsys: pytest.CaptureFixture[str]) -> None:
    heard: list[str] = []
    with narrating_to(heard.append):
        PizzaRobot("Bob").work()
    PizzaRobot("Bob").work()
    assert heard == ["Bob makes pizza"]
    assert capsys.readouterr().out == "Bob makes pizza\n"


ROLES = st.sampled_from(["server", "chef", "robot"])
NAMES = st.sampled_from(["Ann", "Bea", "Cal", "Dov", "Eve", "Pat", "Bob"])
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("hire"), ROLES, NAMES),
        st.tuples(st.just("fire"), NAMES),
        st.tuples(
            st.just("raise"),
            NAMES,
            st.decimals(min_value=0, max_value=1, places=3),
        ),
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(STEPS)
def test_roster_stays_consistent_and_pickles_equal(steps: list[tuple]) -> None:
    shop = PizzaShop()
    expected: dict[str, int] = {"pat": 4000000, "bob": 5000000}
    for step in steps:
        action, *args = step
        try:
            if action == "hire":
                person = shop.hire(args[0], args[1])
                expected[person.name.casefold()] = person.salary_cents
            elif action == "fire":
                shop.fire(args[0])
                del expected[args[0].casefold()]
            else:
                before = shop.find_staff(args[0]).salary_cents
                shop.give_raise(args[0], args[1])
                after = shop.find_staff(args[0]).salary_cents
                assert before <= after <= before * 2
                expected[args[0].casefold()] = after
        except ValueError:
            # Refused steps must leave the roster as it was.
            pass
        names = [person.name.casefold() for person in shop.staff]
        assert len(names) == len(set(names))
        salaries = {
            person.name.casefold(): person.salary_cents for person in shop.staff
        }
        assert salaries == expected
    copy = pickle.loads(pickle.dumps(shop))
    assert [repr(person) for person in copy.staff] == [
        repr(person) for person in shop.staff
    ]
    assert [type(person) for person in copy.staff] == [
        type(person) for person in shop.staff
    ]
