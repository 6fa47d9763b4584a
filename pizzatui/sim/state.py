"""The small objects the simulation keeps inside a shop: visits and the day's tally."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pizzatui.money import Cents

if TYPE_CHECKING:
    from pizzatui.sim.model import MenuItem
    from pizzatui.sim.views import DayReport

IN_LINE = 0
ORDERING = 1
FOR_COOK = 2
MAKING = 3
FOR_OVEN = 4
BAKING = 5
FOR_PAYING = 6
PAYING = 7
SERVED = 8
LEFT = 9
WAITING_STATES = frozenset({IN_LINE, FOR_COOK, FOR_OVEN})
"""The states in which a customer's patience runs down: queued, with nothing
happening for them. Watching their pizza being made or baked does not count."""


class Visit:
    """One customer's visit: in line, ordering, waiting for the pizza, paying."""

    __slots__ = (
        "arrived",
        "baked_at",
        "deadline",
        "made_at",
        "oven",
        "patience",
        "pizza",
        "price",
        "serial",
        "state",
        "waited",
        "waiting_since",
    )

    def __init__(
        self, serial: int, pizza: int, arrived: float, patience: float
    ) -> None:
        self.serial = serial
        self.pizza = pizza
        self.price: Cents = 0
        self.arrived = arrived
        self.patience = patience
        self.deadline = arrived + patience
        self.waited = 0.0
        self.waiting_since = arrived
        self.state = IN_LINE
        self.oven = -1
        self.made_at = 0.0
        self.baked_at = 0.0


class DayLedger:
    """The running numbers of the day being played."""

    __slots__ = (
        "costs",
        "customers",
        "lost",
        "oven_minutes",
        "revenue",
        "revenue_by_hour",
        "served",
        "sold",
        "wait_total",
        "wasted",
        "worst_wait",
    )

    def __init__(self, menu_size: int) -> None:
        self.customers = 0
        self.served = 0
        self.lost = 0
        self.wasted = 0
        self.wait_total = 0.0
        self.worst_wait = 0.0
        self.revenue: Cents = 0
        self.costs: dict[str, Cents] = {
            "wages": 0,
            "rent": 0,
            "stock": 0,
            "equipment": 0,
        }
        self.sold = [0] * menu_size
        self.oven_minutes = 0.0
        self.revenue_by_hour = [0] * 24

    @property
    def avg_wait(self) -> float:
        """The average wait of the customers served so far today."""
        return self.wait_total / self.served if self.served else 0.0


class ShopState:
    """The shop's attributes that the simulation's parts read and change.

    ``PizzaShop`` sets them up; the engine, kitchen, day and economy are mixed
    into it and inherit this list so readers and type checkers see one account
    of the state, not four partial copies.
    """

    name: str
    clock: float
    cash: int
    reputation: float
    is_open: bool
    staff: list[Any]
    ovens: list[Any]
    menu: list[MenuItem]
    stock: dict[str, int]
    on_order: dict[str, int]
    standing_order: dict[str, int]
    deliveries_due: list[list[Any]]
    history: list[DayReport]
