"""What a player can buy and change: prices, stock, standing orders and ovens.

``ShopEconomy`` is mixed into ``PizzaShop``; each action raises ``ValueError`` for
input that makes no sense and ``ShopError`` for what the shop cannot afford.
"""

from __future__ import annotations

from itertools import accumulate
from typing import TYPE_CHECKING, Any

from pizzatui.money import Cents, format_money, to_cents
from pizzatui.sim import model
from pizzatui.sim.engine import RUSH_DELIVERY
from pizzatui.sim.model import MenuItem
from pizzatui.sim.state import ShopState

if TYPE_CHECKING:
    from pizzatui.employees import Employee

MIN_PRICE = 50
MAX_PRICE = 500_00
"""Menu prices run from $0.50 to $500.00."""


class ShopEconomy(ShopState):
    """The player's levers on the shop's money, menu and stock."""

    @property
    def pizza_names(self) -> tuple[str, ...]:
        """The pizzas on the menu, in menu order."""
        return tuple(item.name for item in self.menu)

    @property
    def ingredient_names(self) -> tuple[str, ...]:
        """The ingredients the shop stocks, in stock-list order."""
        return tuple(self.stock)

    def find_pizza(self, pizza: str) -> MenuItem:
        """Return the menu item called ``pizza`` (any case), or raise ValueError."""
        wanted = pizza.strip().casefold() if isinstance(pizza, str) else None
        for item in self.menu:
            if item.name.casefold() == wanted:
                return item
        choices = ", ".join(self.pizza_names)
        raise ValueError(f"There is no pizza {pizza!r} on the menu; try {choices}.")

    def _check_ingredient(self, ingredient: str) -> str:
        """Return the stocked ingredient called ``ingredient``, or raise ValueError."""
        wanted = ingredient.strip().casefold() if isinstance(ingredient, str) else None
        if wanted not in self.stock:
            choices = ", ".join(self.stock)
            raise ValueError(f"The shop stocks no {ingredient!r}; it stocks {choices}.")
        return wanted

    def _spend(self, cents: Cents, kind: str, what: str) -> None:
        """Pay for ``what``, booked under ``kind``; refuse what cash cannot cover."""
        # Imported here because the shop module builds on this one.
        from pizzatui.pizzashop import ShopError

        if cents > self.cash:
            raise ShopError(
                f"{what} costs {format_money(cents)}, but the shop has only "
                f"{format_money(self.cash)}."
            )
        self.cash -= cents
        self.ledger.costs[kind] += cents

    def set_price(self, pizza: str, price: object) -> MenuItem:
        """Set what one pizza costs, in currency units (12.50 is $12.50)."""
        item = self.find_pizza(pizza)
        cents = to_cents(price, "price")
        if not MIN_PRICE <= cents <= MAX_PRICE:
            raise ValueError(
                f"A price must be between {format_money(MIN_PRICE)} and "
                f"{format_money(MAX_PRICE)}, not {format_money(cents)}."
            )
        item.price = cents
        self._refresh_demand()
        return item

    def _refresh_demand(self) -> None:
        """Work out how strongly the prices pull customers in, and who picks what."""
        pulls = [item.popularity * item.price_pull() for item in self.menu]
        total_popularity = sum(item.popularity for item in self.menu)
        self._choice_weights = [
            running / total_popularity for running in accumulate(pulls)
        ]
        self._menu_pull = self._choice_weights[-1] if self._choice_weights else 0.0

    def restock(self, ingredient: str, quantity: object, rushed: bool = False) -> int:
        """Order portions of an ingredient; a rushed order comes within the hour.

        A normal order arrives at the end of today or before the shop next opens;
        a rushed one arrives an hour after ordering and costs half as much again.
        Returns what the order cost in cents.
        """
        name = self._check_ingredient(ingredient)
        if isinstance(quantity, bool) or not isinstance(quantity, int):
            raise ValueError(f"The quantity must be a whole number, not {quantity!r}.")
        if not 1 <= quantity <= model.MAX_RESTOCK:
            raise ValueError(
                f"A delivery brings between 1 and {model.MAX_RESTOCK} portions, "
                f"not {quantity}."
            )
        cost = quantity * model.UNIT_COSTS[name]
        if rushed:
            markup, divisor = model.RUSH_MARKUP
            cost = (cost * markup + divisor - 1) // divisor
        what = f"{'A rushed' if rushed else 'A'} delivery of {quantity} {name}"
        self._spend(cost, "stock", what)
        self.on_order[name] += quantity
        if rushed:
            self._schedule(
                self.clock + model.RUSH_DELIVERY_MINUTES,
                RUSH_DELIVERY,
                (name, quantity),
            )
        else:
            self.deliveries_due.append([name, quantity])
        return cost

    def set_standing_order(self, ingredient: str, level: object) -> None:
        """Have each night's delivery top an ingredient up to ``level`` (0 stops it)."""
        name = self._check_ingredient(ingredient)
        if isinstance(level, bool) or not isinstance(level, int):
            raise ValueError(f"The stock level must be a whole number, not {level!r}.")
        if not 0 <= level <= model.MAX_RESTOCK:
            raise ValueError(
                f"A standing order keeps between 0 and {model.MAX_RESTOCK} portions, "
                f"not {level}."
            )
        self.standing_order[name] = level

    def buy_oven(self) -> Any:
        """Buy another oven, with its four slots, and start using it at once."""
        from pizzatui.pizzashop import Oven

        self._spend(model.OVEN_PRICE, "equipment", "Another oven")
        oven = Oven()
        self.ovens.append(oven)
        self._fill_new_oven()
        return oven

    def _put_to_work(self, person: Employee) -> None:
        """Send a new or newly free member of staff to whatever is waiting."""
        if person.role == "server":
            self._server_next(person, self.clock)
        else:
            self._cook_next(person, self.clock)

    def _fill_new_oven(self) -> None:
        """Start baking pizzas that were waiting for the oven just bought."""
        number = len(self.ovens) - 1
        oven = self.ovens[number]
        while len(oven.baking) < oven.slots and self._bake_next(number, self.clock):
            pass
