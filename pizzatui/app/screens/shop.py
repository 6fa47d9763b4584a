"""The shop screen: menu prices, stock and restocking, and the ovens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static

from pizzatui.app.messages import ShopChanged
from pizzatui.app.widgets.keyed_table import Cells, KeyedTable
from pizzatui.app.widgets.shop_header import ShopHeader
from pizzatui.money import format_money
from pizzatui.pizzashop import ShopError
from pizzatui.sim.model import OVEN_PRICE

if TYPE_CHECKING:
    from pizzatui.app.app import PizzaApp
    from pizzatui.app.session import GameSession
    from pizzatui.sim.views import ShopView

MENU_COLUMNS = ("Pizza", "Price", "Usual", "Sold")
STOCK_COLUMNS = ("Ingredient", "Have", "Coming", "Cost")


def menu_rows(view: ShopView) -> list[tuple[str, Cells]]:
    """The menu as table rows keyed by pizza; a pizza out of stock is marked."""
    return [
        (
            item.name,
            (
                Text(item.name if item.can_make else f"{item.name} (out)"),
                format_money(item.price),
                format_money(item.usual_price),
                str(item.sold_today),
            ),
        )
        for item in view.menu
    ]


def stock_rows(view: ShopView) -> list[tuple[str, Cells]]:
    """The stock as table rows keyed by ingredient."""
    return [
        (
            item.ingredient,
            (
                Text(item.ingredient),
                str(item.on_hand),
                str(item.on_order) if item.on_order else "",
                format_money(item.unit_cost),
            ),
        )
        for item in view.stock
    ]


class ShopScreen(Screen[None]):
    """Set prices, restock ingredients and buy ovens."""

    def compose(self) -> ComposeResult:
        """Lay out the menu and the stock side by side above the ovens."""
        yield ShopHeader()
        with Horizontal(id="shop-columns"):
            with Vertical(id="menu-panel", classes="panel"):
                yield KeyedTable(MENU_COLUMNS, id="menu-table")
                with Horizontal(classes="form-row"):
                    yield Input(placeholder="new price, e.g. 12.50", id="price")
                    yield Button("Set price", id="set-price")
                yield Static(id="menu-error", classes="form-error")
            with Vertical(id="stock-panel", classes="panel"):
                yield KeyedTable(STOCK_COLUMNS, id="stock-table")
                with Horizontal(classes="form-row"):
                    yield Input(placeholder="how many", id="quantity", type="integer")
                    yield Button("Order", id="restock")
                    yield Button("Rush", id="rush", tooltip="Arrives in an hour")
                yield Static(id="stock-error", classes="form-error")
        with Horizontal(id="oven-row", classes="panel"):
            yield Static(id="oven-summary")
            yield Button(f"Buy oven {format_money(OVEN_PRICE)}", id="buy-oven")
            yield Static(id="oven-note", classes="form-error")
        yield Footer()

    def on_mount(self) -> None:
        """Give the panels titles and follow the shop's picture."""
        self.query_one("#menu-panel").border_title = "Menu"
        self.query_one("#stock-panel").border_title = "Stock"
        self.query_one("#oven-row").border_title = "Ovens"
        self.watch(self.app, "view", self._redraw)

    @property
    def _game(self) -> GameSession | None:
        """The open game, or None."""
        return cast("PizzaApp", self.app).game

    def _redraw(self, view: ShopView | None) -> None:
        """Bring the menu, stock and ovens up to date with the shop."""
        if view is None:
            return
        self.query_one("#menu-table", KeyedTable).show_rows(menu_rows(view))
        self.query_one("#stock-table", KeyedTable).show_rows(stock_rows(view))
        places = sum(len(oven.slots) for oven in view.ovens)
        ovens = len(view.ovens)
        summary = f"{ovens} oven{'s' if ovens != 1 else ''}, {places} pizzas at once"
        oven_summary = self.query_one("#oven-summary", Static)
        if str(oven_summary.content) != summary:
            oven_summary.update(summary)
        read_only = self._game is None or self._game.read_only
        for button in self.query(Button):
            button.disabled = read_only

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Carry out what the pressed button says."""
        event.stop()
        actions = {
            "set-price": self._set_price,
            "restock": lambda: self._restock(rushed=False),
            "rush": lambda: self._restock(rushed=True),
            "buy-oven": self._buy_oven,
        }
        action = actions.get(event.button.id or "")
        if action is not None:
            action()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the price sets it; enter in the quantity orders a delivery."""
        event.stop()
        if event.input.id == "price":
            self._set_price()
        elif event.input.id == "quantity":
            self._restock(rushed=False)

    def _set_price(self) -> None:
        """Set the highlighted pizza to the typed price."""
        game = self._game
        pizza = self.query_one("#menu-table", KeyedTable).highlighted_key
        price = self.query_one("#price", Input)
        if game is None or pizza is None:
            return
        if self._attempt("#menu-error", game.shop.set_price, pizza, price.value):
            price.value = ""
            self.post_message(ShopChanged(f"set the price of {pizza}"))

    def _restock(self, *, rushed: bool) -> None:
        """Order the typed quantity of the highlighted ingredient."""
        game = self._game
        ingredient = self.query_one("#stock-table", KeyedTable).highlighted_key
        quantity = self.query_one("#quantity", Input)
        if game is None or ingredient is None:
            return
        try:
            amount = int(quantity.value)
        except ValueError:
            self._show_error("#stock-error", "Type how many to order, such as 20.")
            return
        if self._attempt(
            "#stock-error", game.shop.restock, ingredient, amount, rushed=rushed
        ):
            quantity.value = ""
            how = "rushed" if rushed else "ordered"
            self.post_message(ShopChanged(f"{how} {amount} {ingredient}"))

    def _buy_oven(self) -> None:
        """Buy another oven if the shop can afford it."""
        game = self._game
        if game is not None and self._attempt("#oven-note", game.shop.buy_oven):
            self._show_error("#oven-note", "A new oven is ready to bake.")
            self.post_message(ShopChanged("bought an oven"))

    def _attempt(
        self,
        error_at: str,
        action: Callable[..., object],
        *args: object,
        **kwargs: object,
    ) -> bool:
        """Run a shop action, showing its error beside the input; True if it worked."""
        try:
            action(*args, **kwargs)
        except (ValueError, ShopError) as error:
            self._show_error(error_at, str(error))
            return False
        self._show_error(error_at, "")
        return True

    def _show_error(self, error_at: str, message: str) -> None:
        """Show ``message`` (literally) in the error line at ``error_at``."""
        self.query_one(error_at, Static).update(Content(message))
