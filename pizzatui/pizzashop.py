"""The book's shop: a Customer, an Oven and a PizzaShop composed of its staff.

The shop also carries the whole game: the economy, the day's clock and the
simulation that plays it, so one pickle holds everything.
"""

from __future__ import annotations

import math
import random
from collections import deque
from heapq import heappush
from typing import Any

from pizzatui.employees import Chef, Employee, PizzaRobot, Server
from pizzatui.names import check_name
from pizzatui.narration import Listener, narrating_to, say
from pizzatui.sim import model
from pizzatui.sim.day import DayCycle
from pizzatui.sim.economy import ShopEconomy
from pizzatui.sim.engine import OPEN, ServiceEngine
from pizzatui.sim.kitchen import Kitchen
from pizzatui.sim.lines import BAKE_LINE, order_line, pay_line
from pizzatui.sim.state import DayLedger
from pizzatui.sim.viewing import build_view
from pizzatui.sim.views import DayReport, Event, ShopView

SCHEMA_VERSION = 2
"""The shape of a pickled shop; a save with a larger number came from a newer game."""

STAFF_ROLES: dict[str, type[Employee]] = {
    "server": Server,
    "chef": Chef,
    "robot": PizzaRobot,
}
"""The roles a player can hire for, by the word the game uses for each."""

_TRANSIENT = ("_listener", "_narrate", "_told")
"""Attributes that belong to whoever runs the shop now, never to a save."""


class ShopError(Exception):
    """Something the shop cannot do right now, told in words a player can read."""


class Customer:
    """Someone who orders from a server and pays them."""

    def __init__(self, name: str) -> None:
        self.name = check_name(name, "customer's name")

    def order(self, server: Employee) -> None:
        """Place an order with a server."""
        say(order_line(self.name, server))

    def pay(self, server: Employee) -> None:
        """Pay the server for the order."""
        say(pay_line(self.name, server))


class Oven:
    """The oven that bakes each pizza, a few at a time."""

    slots = model.OVEN_SLOTS

    def __init__(self) -> None:
        self.baking: list[Any] = []

    def bake(self) -> None:
        """Bake one pizza."""
        say(BAKE_LINE)


class PizzaShop(ServiceEngine, Kitchen, DayCycle, ShopEconomy):
    """A shop composed of its staff and an oven; pickle it and it still takes orders."""

    def __init__(self, name: str = "Pizza Shop", seed: int | None = None) -> None:
        self.schema_version = SCHEMA_VERSION
        self.name = check_name(name, "shop's name")
        self.staff: list[Employee] = [Server("Pat"), PizzaRobot("Bob")]
        self.ovens: list[Oven] = [Oven()]
        self._listener: Listener | None = None
        self._start_business(_check_seed(seed))
        self._forget_runner()

    def _start_business(self, seed: int) -> None:
        """Set up the economy and the clock of a new shop, just before opening."""
        self.seed = seed
        self.rng = random.Random(seed)
        self.clock = float(model.OPENS_AT)
        self.is_open = False
        self.cash = model.START_CASH
        self.reputation = model.START_REPUTATION
        self.menu = model.default_menu()
        self.stock = dict(model.STANDING_ORDER)
        self.on_order = dict.fromkeys(model.INGREDIENTS, 0)
        self.standing_order = dict(model.STANDING_ORDER)
        self.deliveries_due: list[list[Any]] = []
        self.history: list[DayReport] = []
        self.ledger = DayLedger(len(self.menu))
        self.trading_day = 1
        self.customers_total = 0
        self.served_total = 0
        self._due: list[tuple[float, int, int, Any]] = []
        self._sequence = 0
        self._present: dict[int, Any] = {}
        self._line: deque[Any] = deque()
        self._kitchen: deque[Any] = deque()
        self._for_oven: deque[Any] = deque()
        self._to_pay: deque[Any] = deque()
        self._jobs = 0
        self._day_over = True
        self._idle_servers: deque[Employee] = deque()
        self._idle_cooks: deque[Employee] = deque()
        self._find_idle_staff()
        self._refresh_demand()
        heappush(self._due, (self.clock, 0, OPEN, None))

    def _find_idle_staff(self) -> None:
        """List the staff who are free, in roster order."""
        self._idle_servers = deque(
            person
            for person in self.staff
            if person.role == "server" and person.job is None
        )
        self._idle_cooks = deque(
            person
            for person in self.staff
            if isinstance(person, Chef) and person.job is None
        )

    def _forget_runner(self) -> None:
        """Reset what belongs to the session running the shop, not to the game."""
        self._listener = None
        self._narrate = False
        self._told: list[Event] = []

    # The book's shop.

    @property
    def server(self) -> Employee | None:
        """The server on duty at the counter: the first server on the roster."""
        return next((person for person in self.staff if person.role == "server"), None)

    @property
    def chef(self) -> Employee | None:
        """The chef on duty in the kitchen: the first chef or robot on the roster."""
        return next((person for person in self.staff if isinstance(person, Chef)), None)

    @property
    def oven(self) -> Oven | None:
        """The shop's first oven, the one the book's shop has."""
        return self.ovens[0] if self.ovens else None

    def narrate_to(self, listener: Listener | None) -> None:
        """Send what the shop says to ``listener``; None sends it to the terminal."""
        self._listener = listener

    def order(self, name: str) -> None:
        """Serve one customer the book's way: order, make, bake and pay."""
        server, chef, oven = self.server, self.chef, self.oven
        if server is None:
            raise ShopError("Nobody is serving: hire a server first.")
        if chef is None:
            raise ShopError("Nobody is cooking: hire a chef or a robot first.")
        if oven is None:
            raise ShopError("There is no oven: buy one first.")
        customer = Customer(name)
        with narrating_to(self._listener):
            customer.order(server)
            chef.work()
            oven.bake()
            customer.pay(server)

    # The roster.

    def find_staff(self, name: str) -> Employee:
        """Return the employee called ``name``, or raise ValueError if none is."""
        wanted = name.strip().casefold() if isinstance(name, str) else name
        for person in self.staff:
            if person.name.casefold() == wanted:
                return person
        raise ValueError(f"Nobody called {name!r} works here.")

    def hire(self, role: str, name: str) -> Employee:
        """Take on a new employee in ``role`` ('server', 'chef' or 'robot').

        People start at a pace drawn from the shop's dice; a robot always works
        at the same pace but stops for servicing now and then.
        """
        kind = STAFF_ROLES.get(role.strip().lower() if isinstance(role, str) else "")
        if kind is None:
            choices = ", ".join(STAFF_ROLES)
            raise ValueError(f"There is no role {role!r}; choose one of {choices}.")
        cleaned = check_name(name, "employee's name")
        if any(person.name.casefold() == cleaned.casefold() for person in self.staff):
            raise ValueError(f"{cleaned} already works here; choose another name.")
        person = kind(cleaned)
        if not person.steady:
            pace = self.rng.triangular(model.HUMAN_PACE_LOW, model.HUMAN_PACE_HIGH)
            person.pace = round(pace, 2)
        self.staff.append(person)
        self._put_to_work(person)
        return person

    def fire(self, name: str) -> Employee:
        """Let the employee called ``name`` go; they finish the task in hand first."""
        person = self.find_staff(name)
        self.staff.remove(person)
        for idle in (self._idle_servers, self._idle_cooks):
            if person in idle:
                idle.remove(person)
        return person

    def give_raise(self, name: str, percent: object) -> Employee:
        """Raise the salary of the employee called ``name`` by a fraction."""
        person = self.find_staff(name)
        person.giveRaise(percent)
        return person

    # Running and reading the shop.

    @property
    def day(self) -> int:
        """The day of trading the clock is in, counting from 1."""
        return int(self.clock // model.MINUTES_PER_DAY) + 1

    @property
    def minute(self) -> float:
        """The minute of the day the clock shows: 660.0 is 11:00."""
        return self.clock - (self.day - 1) * model.MINUTES_PER_DAY

    def advance(self, minutes: float) -> list[Event]:
        """Move the clock on by ``minutes`` and return everything that happened."""
        if isinstance(minutes, bool) or not isinstance(minutes, int | float):
            raise ValueError(f"Minutes must be a number, not {minutes!r}.")
        if not math.isfinite(minutes) or minutes < 0:
            raise ValueError(f"Minutes must be zero or more, not {minutes!r}.")
        return self._play_narrated(self.clock + minutes)

    def finish_day(self) -> list[Event]:
        """Play to the end of the day under way (or of the next, between days).

        Returns everything that happened, the day's report among it.
        """
        return self._play_narrated(math.inf, days=1)

    def _play_narrated(self, until: float, days: int = 0) -> list[Event]:
        """Run the clock to ``until`` or the end of ``days`` days, telling it all."""
        self._told = []
        self._narrate = True
        try:
            with narrating_to(self._listener):
                self._run(until, days)
        finally:
            self._narrate = False
        told, self._told = self._told, []
        return told

    def run_days(self, days: int, narrate: bool = False) -> list[DayReport]:
        """Play until ``days`` more days have ended and return their reports."""
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise ValueError(f"The number of days must be 1 or more, not {days!r}.")
        played = len(self.history)
        self._narrate = narrate
        try:
            with narrating_to(self._listener):
                self._run(math.inf, days)
        finally:
            self._narrate = False
            self._told = []
        return self.history[played:]

    def skip_night(self) -> bool:
        """Once the day's books are closed, move the clock on to the next opening.

        Returns whether the clock moved. What the night still holds (a delivery,
        a robot's servicing) is handled at its own minute on the next advance, so
        a night skipped plays out exactly like a night waited through.
        """
        books_closed = bool(self.history) and self.history[-1].day == self.trading_day
        if not (self._day_over and books_closed):
            return False
        opening = self.trading_day * model.MINUTES_PER_DAY + model.OPENS_AT
        if opening <= self.clock:
            return False
        self.clock = float(opening)
        return True

    def view(self) -> ShopView:
        """A plain picture of the shop now, for screens to draw."""
        return build_view(self)

    def save_summary(self) -> dict[str, Any]:
        """The few facts a save's header shows without loading the game."""
        return {
            "shop": self.name,
            "day": self.day,
            "minute": self.minute,
            "cash": self.cash,
            "staff": len(self.staff),
            "served": self.served_total,
        }

    # Pickling.

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        for name in _TRANSIENT:
            state.pop(name, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        if state.get("schema_version", 1) < SCHEMA_VERSION:
            self._upgrade(state)
        self._forget_runner()

    def _upgrade(self, state: dict[str, Any]) -> None:
        """Fill in what an older save lacks with a new shop's defaults."""
        if "ovens" not in state:
            book_oven = self.__dict__.pop("oven", None)
            self.ovens = [book_oven or Oven()]
        for oven in self.ovens:
            oven.__dict__.setdefault("baking", [])
        fresh = PizzaShop.__new__(PizzaShop)
        fresh.staff = self.staff
        fresh.ovens = self.ovens
        fresh.name = self.name
        fresh._start_business(_check_seed(state.get("seed")))
        for name, value in fresh.__dict__.items():
            self.__dict__.setdefault(name, value)
        self.schema_version = SCHEMA_VERSION


def _check_seed(seed: object) -> int:
    """Return a seed for the shop's dice: the one given, or a fresh random one."""
    if seed is None:
        return random.SystemRandom().randrange(2**32)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError(f"A seed must be a whole number, 0 or more, not {seed!r}.")
    return seed
