"""The shop's numbers: hours, demand, menu, stock, costs and how staff work.

Every rate and price the simulation uses lives here, so docs/model.md can point at
one place. Money is in cents, time in simulated minutes.
"""

from __future__ import annotations

MINUTES_PER_DAY = 1440
OPENS_AT = 11 * 60
"""The shop opens at 11:00."""
CLOSES_AT = 22 * 60
"""The doors close at 22:00; customers already inside are still looked after."""
SENT_HOME_AT = 23 * 60
"""At 23:00 anyone still waiting is sent home, counted as lost."""
RUSH_DELIVERY_MINUTES = 60.0
"""A rushed delivery arrives an hour after it is ordered."""
RUSH_MARKUP = (3, 2)
"""A rushed delivery costs half as much again: price times 3/2."""

CUSTOMERS_PER_HOUR = (10, 20, 16, 8, 6, 7, 12, 20, 22, 15, 8)
"""How many customers come in each opening hour (11:00 first) at three stars and
usual prices: a lunch peak at 12:00 and a dinner peak at 19:00."""

PRICE_ELASTICITY = 2.0
"""A pizza's pull scales with (usual price / price) to this power."""
MAX_PRICE_PULL = 2.0
"""Cheap pizzas draw more customers, but never more than twice as many."""

START_REPUTATION = 3.0
MAX_REPUTATION = 5.0
REPUTATION_STEP = 0.02
"""Each customer moves the reputation this share of the way toward their verdict."""
QUICK_WAIT = 5.0
"""A customer who waits at most this long rates the shop five stars."""
WAIT_PER_STAR = 5.0
"""Each further five minutes of waiting costs a star, down to one."""

PATIENCE_MIN = 10.0
PATIENCE_SPREAD = 25.0
"""Each customer will wait between 10 and 35 minutes, spread evenly."""

ORDER_MINUTES = 1.5
"""A server at pace 1 takes an order in a minute and a half."""
PAY_MINUTES = 1.0
"""A server at pace 1 takes payment in a minute."""
BAKE_MINUTES = 8.0
OVEN_SLOTS = 4
"""An oven bakes four pizzas at once, each for eight minutes."""

HUMAN_PACE_LOW = 0.7
HUMAN_PACE_HIGH = 1.3
"""A new human hire works at a pace drawn between 0.7 and 1.3, most near 1."""
HUMAN_TASK_SPREAD = 0.3
"""A human's time for one task varies by up to 30% either way."""
ROBOT_PACE = 1.25
"""A robot always works at pace 1.25, with no variation from pizza to pizza."""
ROBOT_SERVICE_EVERY = 30
ROBOT_SERVICE_MINUTES = 15.0
"""After every 30 pizzas a robot stops for 15 minutes of servicing."""

START_CASH = 10_000_00
RENT_PER_DAY = 250_00
OVEN_PRICE = 4_000_00
DAYS_PER_YEAR = 365


class MenuItem:
    """A pizza on the menu: its recipe, how long it takes and what it costs."""

    __slots__ = ("make_minutes", "name", "popularity", "price", "recipe", "usual")

    def __init__(
        self,
        name: str,
        recipe: tuple[str, ...],
        usual: int,
        make_minutes: float,
        popularity: int,
    ) -> None:
        self.name = name
        self.recipe = recipe
        self.usual = usual
        self.price = usual
        self.make_minutes = make_minutes
        self.popularity = popularity

    def price_pull(self) -> float:
        """How strongly the price draws customers: 1 at the usual price."""
        pull = (self.usual / self.price) ** PRICE_ELASTICITY
        return min(pull, MAX_PRICE_PULL)

    def __repr__(self) -> str:
        return f"<MenuItem {self.name} {self.price}c>"


def default_menu() -> list[MenuItem]:
    """Return a fresh copy of the menu a new shop starts with."""
    return [
        MenuItem("Margherita", ("dough", "sauce", "cheese"), 10_00, 4.0, 35),
        MenuItem(
            "Pepperoni", ("dough", "sauce", "cheese", "pepperoni"), 12_00, 4.5, 35
        ),
        MenuItem(
            "Veggie",
            ("dough", "sauce", "cheese", "mushrooms", "peppers"),
            12_50,
            5.5,
            15,
        ),
        MenuItem(
            "Hawaiian", ("dough", "sauce", "cheese", "ham", "pineapple"), 13_00, 5.0, 15
        ),
    ]


UNIT_COSTS: dict[str, int] = {
    "dough": 80,
    "sauce": 40,
    "cheese": 120,
    "pepperoni": 100,
    "mushrooms": 70,
    "peppers": 50,
    "ham": 110,
    "pineapple": 60,
}
"""What one portion of each ingredient costs, in cents."""

INGREDIENTS = tuple(UNIT_COSTS)

STANDING_ORDER: dict[str, int] = {
    "dough": 220,
    "sauce": 220,
    "cheese": 220,
    "pepperoni": 90,
    "mushrooms": 45,
    "peppers": 45,
    "ham": 45,
    "pineapple": 45,
}
"""The stock a new shop starts with and tops up to every night."""

MAX_RESTOCK = 10_000
"""The most portions of one ingredient a single delivery can bring."""

CUSTOMER_NAMES = (
    "Ada", "Ben", "Cleo", "Dev", "Edie", "Finn", "Gus", "Hana", "Ike", "Jo",
    "Kai", "Lena", "Milo", "Nia", "Otto", "Pia", "Quinn", "Rosa", "Sam", "Tess",
    "Uma", "Vic", "Wren", "Xena", "Yuri", "Zoe", "Ari", "Bea", "Cal", "Dot",
    "Eli", "Fay", "Gil", "Hal", "Ivy", "Jai", "Kit", "Liv", "Max", "Ned",
)  # fmt: skip
"""First names for customers; the second Ada of a run is "Ada 2", and so on."""


def customer_name(serial: int) -> str:
    """Return the name the shop's ``serial``-th customer goes by."""
    round_number, index = divmod(serial, len(CUSTOMER_NAMES))
    name = CUSTOMER_NAMES[index]
    return name if round_number == 0 else f"{name} {round_number + 1}"


def clock_text(minute: float) -> str:
    """Show a minute of the day as a 24-hour clock: 660 is 11:00."""
    whole = int(minute) % MINUTES_PER_DAY
    return f"{whole // 60:02d}:{whole % 60:02d}"
