"""Pilot tests of the saves screen over a real saves folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.app import App
from textual.reactive import reactive
from textual.widgets import Input

from pizzatui.app.dialogs.backups import BackupsDialog
from pizzatui.app.dialogs.confirm import ConfirmDialog
from pizzatui.app.dialogs.text_prompt import TextPrompt
from pizzatui.app.messages import NewShop, OpenSlot, RestoreOpenSlot
from pizzatui.app.screens.saves import SavesScreen
from pizzatui.app.session import GameSession
from pizzatui.app.widgets.slot_preview import SlotPreview
from pizzatui.app.widgets.slot_table import SlotTable
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import SaveStore
from tests.app.helpers import APP_STYLESHEET, screen_text, settle, write_slot


class SavesHarness(App[None]):
    """The least app the saves screen needs: a store, a game and the view."""

    CSS_PATH = APP_STYLESHEET
    view = reactive(None)
    speed = reactive(0)
    saved_text = reactive("")

    def __init__(self, store: SaveStore, game: GameSession | None = None) -> None:
        super().__init__()
        self.store = store
        self.game = game
        self.posted: list[object] = []

    def on_mount(self) -> None:
        self.push_screen(SavesScreen())

    def on_open_slot(self, message: OpenSlot) -> None:
        self.posted.append(message)

    def on_new_shop(self, message: NewShop) -> None:
        self.posted.append(message)

    def on_restore_open_slot(self, message: RestoreOpenSlot) -> None:
        self.posted.append(message)


@pytest.fixture
def folder(tmp_path: Path) -> SaveStore:
    """Two good slots and a damaged one, saved at fixed times in a fixed order."""
    store = SaveStore(tmp_path / "slots")
    store.folder.mkdir()
    write_slot(store, "main", PizzaShop("Luigi's", seed=1), age=1)
    write_slot(store, "spare", PizzaShop("Second Slice", seed=2), age=2)
    (store.folder / "broken.pkl").write_bytes(b"not a save at all")
    os.utime(store.folder / "broken.pkl", (1_000_000_000, 1_000_000_000))
    return store


def rows(app: App) -> list[str]:
    return list(app.screen.query_one(SlotTable).slots)


def preview_text(app: App) -> str:
    return str(app.screen.query_one(SlotPreview).visual)


async def test_lists_slots_newest_first_with_status_words(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert rows(app) == ["main", "spare", "broken"]
        text = screen_text(app)
        assert "Luigi's" in text
        assert "damaged" in text
        assert "2024-05-01" in text


async def test_damaged_slot_shows_its_reason_and_cannot_be_loaded(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")
        await settle(pilot)
        assert "broken · damaged" in preview_text(app)
        assert "Reason:" in preview_text(app)
        assert "cannot be opened" in preview_text(app)
        assert app.screen.check_action("load", ()) is None
        await pilot.press("l", "enter")
        await settle(pilot)
        assert app.posted == []


async def test_enter_and_l_load_the_highlighted_slot(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert [m.slot for m in app.posted] == ["main", "spare"]


async def test_start_offers_continue_with_the_latest_playable_slot(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Latest save: main" in screen_text(app)
        await pilot.click("#start-continue")
        await pilot.press("o")
        await pilot.pause()
        assert [type(m) for m in app.posted] == [OpenSlot, OpenSlot]
        assert {m.slot for m in app.posted} == {"main"}


async def test_start_choices_hide_while_a_game_is_open(folder):
    game = GameSession(PizzaShop("Luigi's", seed=1), "main")
    app = SavesHarness(folder, game)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.screen.query_one("#saves-start").display
        assert app.screen.check_action("continue_game", ()) is False
        assert "playing" in screen_text(app)


async def test_new_shop_asks_for_slot_and_shop_and_posts_new_shop(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"day one", "enter")
        await pilot.press("ctrl+a", "ctrl+k", *"[bold]x[/]", "enter", "enter")
        await pilot.pause()
        assert len(app.posted) == 1
        message = app.posted[0]
        assert isinstance(message, NewShop)
        assert (message.slot, message.shop_name) == ("day one", "[bold]x[/]")
        assert message.seed is None


async def test_new_shop_takes_a_seed_and_refuses_one_that_is_not_a_number(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n", *"seeded", "enter", "enter", *"4x", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        assert "whole number" in str(app.screen.query_one("#error-2").content)
        assert app.posted == []
        await pilot.press("backspace", "enter")
        await pilot.pause()
        assert [(m.slot, m.seed) for m in app.posted] == [("seeded", 4)]


async def test_new_shop_refuses_bad_and_taken_slot_names_beside_the_input(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n", *"../evil", "enter", "enter", "enter")
        prompt = app.screen
        assert isinstance(prompt, TextPrompt)
        assert "'.' is not allowed" in str(prompt.query_one("#error-0").visual)
        prompt.query_one("#field-0", Input).value = "MAIN"
        await pilot.click("#submit")
        assert "There is already a save called MAIN." in str(
            prompt.query_one("#error-0").visual
        )
        await pilot.press("escape")
        assert app.posted == []
        assert isinstance(app.screen, SavesScreen)


async def test_rename_moves_the_slot_and_keeps_the_cursor_on_it(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "r", "ctrl+a", "ctrl+k", *"second", "enter")
        await settle(pilot)
        assert set(rows(app)) == {"main", "second", "broken"}
        assert app.screen.query_one(SlotTable).highlighted.slot == "second"
        assert folder.load("second").name == "Second Slice"


async def test_delete_asks_first_and_no_keeps_the_slot(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert "spare" in rows(app)
        await pilot.press("d", "y")
        await settle(pilot)
        assert rows(app) == ["main", "broken"]
        assert not (folder.folder / "spare.pkl").exists()


async def test_delete_and_rename_refuse_the_slot_being_played(folder):
    game = GameSession(PizzaShop("Luigi's", seed=1), "main")
    app = SavesHarness(folder, game)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, SavesScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, SavesScreen)
        messages = [n.message for n in app._notifications]
        assert any("holds the game you are playing" in m for m in messages)
        assert (folder.folder / "main.pkl").exists()


async def test_save_as_copies_a_slot_to_a_new_name(folder):
    app = SavesHarness(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "c")
        prompt = app.screen
        assert isinstance(prompt, TextPrompt)
        assert prompt.query_one("#field-0", Input).value == "spare copy"
        await pilot.press("enter")
        await settle(pilot)
        assert set(rows(app)) == {"main", "spare", "spare copy", "broken"}
        assert folder.load("spare copy").name == "Second Slice"


async def test_save_as_of_the_open_game_copies_it_as_it_is_now(folder):
    shop = PizzaShop("Luigi's", seed=1)
    game = GameSession(shop, "main")
    shop.hire("chef", "Ann")
    app = SavesHarness(folder, game)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("c", "ctrl+a", "ctrl+k", *"with ann", "enter")
        await settle(pilot)
        copied = folder.load("with ann")
        assert [person.name for person in copied.staff][-1] == "Ann"


async def test_restoring_the_open_game_is_left_to_the_app(folder):
    newer = PizzaShop("Luigi's", seed=1)
    newer.hire("chef", "Ann")
    write_slot(folder, "main", newer, age=0)
    assert len(folder.load("main").staff) == 3
    game = GameSession(newer, "main")
    app = SavesHarness(folder, game)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, BackupsDialog)
        await pilot.press("down", "enter")
        await settle(pilot)
        # The screen touches nothing itself: the app closes the game first.
        assert len(folder.load("main").staff) == 3
        assert [type(m) for m in app.posted] == [RestoreOpenSlot]
        assert app.posted[0].backup.slot == "main"


async def test_restore_offers_nothing_to_pick_when_a_slot_has_no_backups(tmp_path):
    store = SaveStore(tmp_path)
    write_slot(store, "fresh", PizzaShop("New Place", seed=3))
    app = SavesHarness(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, BackupsDialog)
        assert "no backups yet" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SavesScreen)


async def test_markup_in_a_shop_name_is_shown_literally(tmp_path):
    store = SaveStore(tmp_path)
    write_slot(store, "odd", PizzaShop("[bold]x[/]", seed=4))
    app = SavesHarness(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Shop [bold]x[/]" in preview_text(app)
        assert screen_text(app).count("[bold]x[/]") == 2


async def test_an_empty_folder_invites_a_new_shop(tmp_path):
    app = SavesHarness(SaveStore(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "No saves yet" in preview_text(app)
        assert app.screen.check_action("load", ()) is None
        assert app.screen.check_action("continue_game", ()) is None
        assert app.screen.query_one("#start-continue").disabled


async def test_escape_sequences_in_names_never_reach_the_terminal(tmp_path):
    store = SaveStore(tmp_path)
    sneaky = PizzaShop("Fine Name", seed=5)
    sneaky.name = "\x1b[2Jwiped"
    write_slot(store, "sneaky", sneaky, age=1)
    (tmp_path / "\x1b[31mred.pkl").write_bytes(b"junk")
    app = SavesHarness(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "\x1b" not in text
        assert "\ufffd[2Jwiped" in text
        assert "\ufffd[31mred" in text
