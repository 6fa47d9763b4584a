"""Plain, read-only pictures of the shop that the app and the command line draw from."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pizzatui.money import Cents


class EventKind(StrEnum):
    """What kind of thing happened in the shop."""

    OPEN = "open"
    ARRIVE = "arrive"
    ORDER = "order"
    MAKE = "make"
    BAKE = "bake"
    PAY = "pay"
    LEAVE = "leave"
    STOCKOUT = "stockout"
    DELIVERY = "delivery"
    SERVICE = "service"
    CLOSE = "close"
    DAY_END = "day_end"


@dataclass(frozen=True, slots=True)
class DayReport:
    """What one day of trading came to; history keeps one of these per day."""

    day: int
    customers: int
    served: int
    lost: int
    avg_wait: float
    worst_wait: float
    revenue: Cents
    costs: dict[str, Cents]
    profit: Cents
    oven_use: float
    best_seller: str | None
    cash_end: Cents
    reputation_end: float
    wasted: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened, at a day and minute, with the line the shop said."""

    day: int
    minute: float
    kind: EventKind
    text: str
    report: DayReport | None = None


@dataclass(frozen=True, slots=True)
class CustomerView:
    """A customer in the queue and how much patience they have left."""

    name: str
    pizza: str
    waited: float
    patience_left: float
    patience: float


@dataclass(frozen=True, slots=True)
class StaffView:
    """One member of staff and what they are doing right now."""

    name: str
    role: str
    salary: Cents
    pace: float
    activity: str
    busy: bool


@dataclass(frozen=True, slots=True)
class OvenSlotView:
    """One place in an oven: the pizza baking there and how far along it is."""

    pizza: str | None
    progress: float


@dataclass(frozen=True, slots=True)
class OvenView:
    """An oven and its slots."""

    number: int
    slots: tuple[OvenSlotView, ...]


@dataclass(frozen=True, slots=True)
class MenuItemView:
    """A pizza on the menu, its price, and whether the stock allows making one."""

    name: str
    price: Cents
    usual_price: Cents
    sold_today: int
    can_make: bool


@dataclass(frozen=True, slots=True)
class StockView:
    """An ingredient on hand and on order."""

    ingredient: str
    on_hand: int
    on_order: int
    unit_cost: Cents


@dataclass(frozen=True, slots=True)
class TodayView:
    """Today's running numbers."""

    customers: int = 0
    served: int = 0
    lost: int = 0
    revenue: Cents = 0
    avg_wait: float = 0.0
    worst_wait: float = 0.0
    revenue_by_hour: tuple[Cents, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class ShopView:
    """Everything a screen needs to draw the shop at one moment."""

    name: str
    seed: int
    day: int
    minute: float
    is_open: bool
    opens_at: int
    closes_at: int
    cash: Cents
    reputation: float
    payroll_per_day: Cents
    waiting: tuple[CustomerView, ...]
    staff: tuple[StaffView, ...]
    ovens: tuple[OvenView, ...]
    menu: tuple[MenuItemView, ...]
    stock: tuple[StockView, ...]
    today: TodayView
    profit_by_day: tuple[Cents, ...] = ()
    """The profit of each of the last days played, oldest first."""
