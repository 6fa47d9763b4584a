"""The book's shop: a Customer, an Oven and a PizzaShop composed of its staff."""

from __future__ import annotations

from typing import Any

from pizzatui.employees import Chef, Employee, PizzaRobot, Server
from pizzatui.names import check_name
from pizzatui.narration import Listener, narrating_to, say

SCHEMA_VERSION = 1
"""The shape of a pickled shop; a save with a larger number came from a newer game."""

STAFF_ROLES: dict[str, type[Employee]] = {
    "server": Server,
    "chef": Chef,
    "robot": PizzaRobot,
}
"""The roles a player can hire for, by the word the game uses for each."""


class ShopError(Exception):
    """Something the shop cannot do right now, told in words a player can read."""


class Customer:
    """Someone who orders from a server and pays them."""

    def __init__(self, name: str) -> None:
        self.name = check_name(name, "customer's name")

    def order(self, server: Employee) -> None:
        """Place an order with a server."""
        say(f"{self.name} orders from {server!r}")

    def pay(self, server: Employee) -> None:
        """Pay the server for the order."""
        say(f"{self.name} pays for item to {server!r}")


class Oven:
    """The oven that bakes each pizza."""

    def bake(self) -> None:
        """Bake one pizza."""
        say("oven bakes")


class PizzaShop:
    """A shop composed of its staff and an oven; pickle it and it still takes orders."""

    def __init__(self, name: str = "Pizza Shop") -> None:
        self.schema_version = SCHEMA_VERSION
        self.name = check_name(name, "shop's name")
        self.staff: list[Employee] = [Server("Pat"), PizzaRobot("Bob")]
        self.oven = Oven()
        self._listener: Listener | None = None

    @property
    def server(self) -> Employee | None:
        """The server on duty at the counter: the first server on the roster."""
        return next((person for person in self.staff if person.role == "server"), None)

    @property
    def chef(self) -> Employee | None:
        """The chef on duty in the kitchen: the first chef or robot on the roster."""
        return next((person for person in self.staff if isinstance(person, Chef)), None)

    def narrate_to(self, listener: Listener | None) -> None:
        """Send what the shop says to ``listener``; None sends it to the terminal."""
        self._listener = listener

    def order(self, name: str) -> None:
        """Serve one customer the book's way: order, make, bake and pay."""
        server, chef = self.server, self.chef
        if server is None:
            raise ShopError("Nobody is serving: hire a server first.")
        if chef is None:
            raise ShopError("Nobody is cooking: hire a chef or a robot first.")
        customer = Customer(name)
        with narrating_to(self._listener):
            customer.order(server)
            chef.work()
            self.oven.bake()
            customer.pay(server)

    def find_staff(self, name: str) -> Employee:
        """Return the employee called ``name``, or raise ValueError if none is."""
        wanted = name.strip().casefold() if isinstance(name, str) else name
        for person in self.staff:
            if person.name.casefold() == wanted:
                return person
        raise ValueError(f"Nobody called {name!r} works here.")

    def hire(self, role: str, name: str) -> Employee:
        """Take on a new employee in ``role`` ('server', 'chef' or 'robot')."""
        kind = STAFF_ROLES.get(role.strip().lower() if isinstance(role, str) else "")
        if kind is None:
            choices = ", ".join(STAFF_ROLES)
            raise ValueError(f"There is no role {role!r}; choose one of {choices}.")
        cleaned = check_name(name, "employee's name")
        if any(person.name.casefold() == cleaned.casefold() for person in self.staff):
            raise ValueError(f"{cleaned} already works here; choose another name.")
        person = kind(cleaned)
        self.staff.append(person)
        return person

    def fire(self, name: str) -> Employee:
        """Let the employee called ``name`` go and return them."""
        person = self.find_staff(name)
        self.staff.remove(person)
        return person

    def give_raise(self, name: str, percent: object) -> Employee:
        """Raise the salary of the employee called ``name`` by a fraction."""
        person = self.find_staff(name)
        person.giveRaise(percent)
        return person

    def __getstate__(self) -> dict[str, Any]:
        # The listener belongs to whoever runs the shop now, not to the saved game.
        state = self.__dict__.copy()
        state["_listener"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._listener = None
