"""Pilot tests of the staff screen: hiring, firing and raises on a real shop."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.reactive import reactive
from textual.widgets import Input, Select

from pizzatui.app.dialogs.confirm import ConfirmDialog
from pizzatui.app.dialogs.hire import HireDialog
from pizzatui.app.dialogs.raise_pay import RaiseDialog
from pizzatui.app.messages import ShopChanged
from pizzatui.app.screens.staff import StaffScreen
from pizzatui.app.session import GameSession
from pizzatui.app.widgets.staff_table import StaffTable
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import SaveStore
from tests.app.helpers import APP_STYLESHEET, screen_text


class StaffHarness(App[None]):
    """The least app the staff screen needs: a game whose view follows changes."""

    CSS_PATH = APP_STYLESHEET
    view = reactive(None)
    speed = reactive(0)
    saved_text = reactive("")

    def __init__(self, store: SaveStore, game: GameSession | None) -> None:
        super().__init__()
        self.store = store
        self.game = game
        self.changes: list[str] = []

    def on_mount(self) -> None:
        if self.game is not None:
            self.view = self.game.shop.view()
        self.push_screen(StaffScreen())

    def on_shop_changed(self, message: ShopChanged) -> None:
        self.changes.append(message.reason)
        assert self.game is not None
        self.view = self.game.shop.view()


@pytest.fixture
def shop() -> PizzaShop:
    return PizzaShop("Luigi's", seed=7)


@pytest.fixture
def make_harness(tmp_path: Path, shop: PizzaShop):
    def make(*, read_only: bool = False, game: bool = True) -> StaffHarness:
        session = GameSession(shop, "main", read_only=read_only) if game else None
        return StaffHarness(SaveStore(tmp_path), session)

    return make


def names_shown(app: App) -> list[str]:
    table = app.screen.query_one(StaffTable)
    return [str(row.key.value) for row in table.ordered_rows]


def error_text(dialog, selector: str) -> str:
    error = dialog.query_one(selector)
    return str(error.visual) if error.display else ""


async def test_shows_the_roster_and_the_daily_payroll(make_harness, shop):
    app = make_harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert names_shown(app) == ["Pat", "Bob"]
        text = screen_text(app)
        assert "$40,000.00" in text
        assert "robot" in text
        payroll = shop.view().payroll_per_day
        assert f"payroll ${payroll / 100:,.2f} a day" in text


async def test_hire_adds_the_person_and_asks_for_a_save(make_harness, shop):
    app = make_harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        dialog = app.screen
        assert isinstance(dialog, HireDialog)
        dialog.query_one(Select).value = "chef"
        await pilot.press(*"Ann", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StaffScreen)
        assert names_shown(app) == ["Pat", "Bob", "Ann"]
        assert shop.find_staff("Ann").role == "chef"
        assert app.changes == ["hired Ann"]


async def test_hire_shows_the_shops_refusal_beside_the_name(make_harness, shop):
    app = make_harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h", "enter")
        dialog = app.screen
        assert isinstance(dialog, HireDialog)
        assert "cannot be empty" in error_text(dialog, "#hire-error")
        await pilot.press(*"pat")
        assert error_text(dialog, "#hire-error") == ""
        await pilot.click("#submit")
        assert "pat already works here" in error_text(dialog, "#hire-error")
        await pilot.press("escape")
        assert isinstance(app.screen, StaffScreen)
        assert len(shop.staff) == 2
        assert app.changes == []


async def test_hire_works_with_the_mouse(make_harness, shop):
    app = make_harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#do-hire")
        assert isinstance(app.screen, HireDialog)
        app.screen.query_one("#hire-name", Input).value = "Cy"
        await pilot.click("#submit")
        await pilot.pause()
        assert names_shown(app)[-1] == "Cy"
        assert shop.find_staff("Cy").role == "server"


async def test_fire_asks_first_and_no_keeps_them(make_harness, shop):
    app = make_harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert names_shown(app) == ["Pat", "Bob"]
        await pilot.press("down", "f", "y")
        await pilot.pause()
        assert names_shown(app) == ["Pat"]
        assert [person.name for person in shop.staff] == ["Pat"]
        assert app.changes == ["fired Bob"]


async def test_raise_of_ten_adds_ten_percent(make_harness, shop):
    app = make_harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        dialog = app.screen
        assert isinstance(dialog, RaiseDialog)
        await pilot.press("1", "0")
        assert "New salary: $44,000.00" in str(
            dialog.query_one("#raise-preview").visual
        )
        await pilot.press("enter")
        await pilot.pause()
        assert shop.find_staff("Pat").salary == 44000
        assert app.changes == ["raised the pay of Pat"]
        assert "$44,000.00" in screen_text(app)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "The raise must be a number, not 'abc'."),
        ("-5", "A raise cannot be negative"),
        ("500", "A raise of 500% is absurd"),
    ],
)
async def test_raise_refusals_appear_beside_the_input(
    make_harness, shop, typed, message
):
    app = make_harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", *typed, "enter")
        dialog = app.screen
        assert isinstance(dialog, RaiseDialog)
        assert message in error_text(dialog, "#raise-error")
        await pilot.press("escape")
        assert shop.find_staff("Pat").salary == 40000
        assert app.changes == []


async def test_a_markup_like_name_is_shown_literally(make_harness, shop):
    app = make_harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h", *"[bold]x[/]", "enter")
        await pilot.pause()
        assert names_shown(app)[-1] == "[bold]x[/]"
        await pilot.press("down", "down", "f")
        text = screen_text(app)
        assert "Let [bold]x[/] go?" in text
        await pilot.press("y")
        assert "[bold]x[/]" not in [person.name for person in shop.staff]


async def test_read_only_greys_out_every_change(make_harness):
    app = make_harness(read_only=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        for action in ("hire", "fire", "give_raise"):
            assert screen.check_action(action, ()) is None
        await pilot.press("h", "f", "r")
        assert isinstance(app.screen, StaffScreen)
        assert app.screen.query_one("#do-hire").disabled
        assert "Watching" in screen_text(app)


async def test_fire_and_raise_grey_out_when_nobody_works_here(make_harness, shop):
    for person in list(shop.staff):
        shop.fire(person.name)
    app = make_harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.check_action("hire", ()) is True
        assert screen.check_action("fire", ()) is None
        assert screen.check_action("give_raise", ()) is None
        assert screen.query_one("#do-fire").disabled


async def test_without_a_game_the_screen_says_so(make_harness):
    app = make_harness(game=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "No shop is open" in screen_text(app)
        assert app.screen.check_action("hire", ()) is None
