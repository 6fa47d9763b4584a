"""The dialogs on their own: each returns a typed answer, or None when cancelled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from textual.app import App
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input

from pizzatui.app.dialogs.backups import BackupsDialog
from pizzatui.app.dialogs.confirm import ConfirmDialog
from pizzatui.app.dialogs.hire import HireDialog
from pizzatui.app.dialogs.raise_pay import percent_to_fraction
from pizzatui.app.dialogs.text_prompt import PromptField, TextPrompt
from pizzatui.app.widgets.slot_table import saved_when
from pizzatui.names import check_name
from pizzatui.pizzashop import PizzaShop, ShopError
from pizzatui.storage import BackupInfo

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


class DialogHarness(App[None]):
    """Shows one dialog and keeps what it was dismissed with."""

    def __init__(self, dialog: ModalScreen) -> None:
        super().__init__()
        self.dialog = dialog
        self.answers: list[object] = []

    def on_mount(self) -> None:
        self.push_screen(self.dialog, self.answers.append)


@pytest.mark.parametrize(
    ("typed", "fraction"),
    [("10", Decimal("0.10")), (" 2.5 % ", Decimal("0.025")), ("0", Decimal(0))],
)
def test_percent_to_fraction_reads_what_players_type(typed, fraction):
    assert percent_to_fraction(typed) == fraction


def test_percent_to_fraction_refuses_words_with_the_domains_message():
    with pytest.raises(ValueError, match="The raise must be a number, not 'ten'"):
        percent_to_fraction("ten")


@pytest.mark.parametrize(
    ("ago", "said"),
    [
        (timedelta(seconds=20), "just now"),
        (timedelta(minutes=5, seconds=59), "5 min ago"),
        (timedelta(hours=3), "3 h ago"),
        (timedelta(days=1, hours=2), "yesterday"),
        (timedelta(days=4), "4 days ago"),
        (timedelta(days=30), "2025-05-02"),
        (timedelta(minutes=-10), "2025-06-01"),
    ],
)
def test_saved_when_is_relative_for_a_week_then_a_date(ago, said):
    assert saved_when((NOW - ago).isoformat(), NOW) == said


@pytest.mark.parametrize("saved_at", [None, "", "yesterday", "2025-05-01T12:00:00"])
def test_saved_when_says_unknown_without_a_zoned_time(saved_at):
    assert saved_when(saved_at, NOW) == "unknown"


@pytest.mark.parametrize(("keys", "answer"), [("y", True), ("n", False)])
async def test_confirm_answers_from_the_keyboard(keys, answer):
    app = DialogHarness(ConfirmDialog(Content("Sure?")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(keys)
        assert app.answers == [answer]


async def test_confirm_starts_on_no_and_answers_from_buttons():
    app = DialogHarness(ConfirmDialog(Content("Sure?")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert app.answers == [False]
        app.push_screen(ConfirmDialog(Content("Really?")), app.answers.append)
        await pilot.pause()
        await pilot.click("#yes")
        assert app.answers == [False, True]


async def test_confirm_shows_a_markup_like_name_literally():
    question = Content.assemble("Let ", ("[bold]x[/]", "bold"), " go?")
    app = DialogHarness(ConfirmDialog(question))
    async with app.run_test(size=(80, 24)):
        shown = app.screen.query_one("#confirm-question").visual
        assert str(shown) == "Let [bold]x[/] go?"


async def test_text_prompt_walks_its_fields_and_returns_cleaned_text():
    fields = [
        PromptField("First", lambda text: check_name(text, "first")),
        PromptField("Second", lambda text: check_name(text, "second"), value="two"),
    ]
    app = DialogHarness(TextPrompt("Two things", fields))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"  one ", "enter")
        assert app.answers == []
        assert app.screen.focused is app.screen.query_one("#field-1", Input)
        await pilot.press("enter")
        assert app.answers == [("one", "two")]


async def test_text_prompt_shows_each_refusal_under_its_field_then_cancels():
    fields = [
        PromptField("First", lambda text: check_name(text, "first")),
        PromptField("Second", lambda text: check_name(text, "second")),
    ]
    app = DialogHarness(TextPrompt("Two things", fields))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#submit")
        prompt = app.screen
        assert str(prompt.query_one("#error-0").visual) == "The first cannot be empty."
        assert str(prompt.query_one("#error-1").visual) == "The second cannot be empty."
        await pilot.press("x")
        assert not prompt.query_one("#error-0").display
        await pilot.press("escape")
        assert app.answers == [None]


async def test_hire_dialog_returns_the_new_employee():
    shop = PizzaShop("Luigi's", seed=7)
    app = DialogHarness(HireDialog(shop.hire, role="robot"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Robbie", "enter")
        [robot] = app.answers
        assert robot is shop.staff[-1]
        assert (robot.name, robot.role) == ("Robbie", "robot")


async def test_hire_dialog_shows_a_shop_error_too():
    def closed_shop(role: str, name: str):
        raise ShopError("The shop cannot afford anyone today.")

    app = DialogHarness(HireDialog(closed_shop))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Ann", "enter")
        error = app.screen.query_one("#hire-error")
        assert str(error.visual) == "The shop cannot afford anyone today."
        assert app.answers == []


def backup(number: int) -> BackupInfo:
    return BackupInfo(
        slot="main",
        id=f"2025060{number}T120000.000000Z",
        saved_at=f"2025-06-0{number}T12:00:00+00:00",
        day=number,
        cash=1000_00 * number,
        bytes=5000,
        path=Path(f"/nowhere/{number}.pkl"),
    )


async def test_backups_dialog_returns_the_chosen_backup():
    backups = [backup(3), backup(2), backup(1)]
    app = DialogHarness(BackupsDialog("main", backups, NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "enter")
        assert app.answers == [backups[1]]


async def test_backups_dialog_restores_with_the_button_or_closes():
    backups = [backup(3), backup(2)]
    app = DialogHarness(BackupsDialog("main", backups, NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#restore")
        app.push_screen(BackupsDialog("main", backups, NOW), app.answers.append)
        await pilot.pause()
        await pilot.press("escape")
        assert app.answers == [backups[0], None]
