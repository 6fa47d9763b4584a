"""The pizzatui app: peer screens as modes, the one game clock, pausing and saving."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer

from pizzatui.app.dialogs.day_report import DayReportDialog
from pizzatui.app.dialogs.too_small import TooSmallScreen
from pizzatui.app.hangup import HangUp, TerminalDriver
from pizzatui.app.in_use import WATCHING, SlotInUseMixin
from pizzatui.app.keys import GAME_KEYS, SHORTCUTS
from pizzatui.app.saving import SavingMixin
from pizzatui.app.screens.help import HelpScreen, key_rows
from pizzatui.app.screens.orders import OrdersScreen
from pizzatui.app.session import SPEEDS, GameSession, day_end_reports, saved_ago
from pizzatui.app.slots import SlotsMixin
from pizzatui.storage import SaveStore

if TYPE_CHECKING:
    from pizzatui.sim.views import DayReport, Event, ShopView

TICKS_PER_SECOND = 4
"""How often the game clock moves the shop on; faster speeds do more per tick."""

LONGEST_TICK = 1.0
"""The most real seconds one tick may cover, so a stalled loop never leaps ahead."""

MIN_WIDTH, MIN_HEIGHT = 80, 24
"""The smallest terminal the layout is drawn in."""

GAME_MODES = ("orders", "staff", "shop")
"""The modes that need an open game."""


# The screens a player may never open this run are imported when first shown,
# which keeps them (and the widgets they use) out of the time to the first screen.


def _staff_screen() -> Screen:
    """Build the staff screen."""
    from pizzatui.app.screens.staff import StaffScreen

    return StaffScreen()


def _saves_screen() -> Screen:
    """Build the saves screen."""
    from pizzatui.app.screens.saves import SavesScreen

    return SavesScreen()


def _shop_screen() -> Screen:
    """Build the shop screen."""
    from pizzatui.app.screens.shop import ShopScreen

    return ShopScreen()


class PizzaApp(SavingMixin, SlotInUseMixin, SlotsMixin, App[None]):
    """Runs one shop at a time in the terminal and keeps it saved."""

    CSS_PATH = "pizzatui.tcss"
    TITLE = "pizzatui"
    MODES: ClassVar[dict[str, str | Callable[[], Screen]]] = {
        "orders": OrdersScreen,
        "staff": _staff_screen,
        "saves": _saves_screen,
        "shop": _shop_screen,
    }
    BINDINGS: ClassVar[list[BindingType]] = list(GAME_KEYS)

    # Plain vars, not repainting reactives: a change must redraw only the widgets
    # watching it, never the whole screen (every byte counts over ssh).
    view: var[ShopView | None] = var(None)
    """The latest picture of the open shop; None while no game is open."""
    speed: var[int] = var(0)
    """The clock's speed in simulated minutes per second; 0 is paused."""
    saved_text: var[str] = var("")
    """How long ago the game was saved, as the header shows it."""

    def __init__(
        self,
        store: SaveStore,
        slot: str | None = None,
        *,
        start_paused: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(driver_class=TerminalDriver)
        self.store = store
        self.game: GameSession | None = None
        self._start_slot = slot
        self._start_paused = start_paused
        self._clock = clock
        self._ticker: Timer | None = None
        self.clock_running = False
        self.too_small = False
        self._last_tick = 0.0
        self._reports_showing = 0
        self._quit_without_save = False
        self._opening = False
        self._init_saving()
        self._init_in_use()
        self.hang_up = HangUp(self, self.save_and_release)

    # Starting and the clock

    def on_load(self) -> None:
        """Save and quit on a hang-up, from before the terminal is first read."""
        self.hang_up.install()

    def on_unmount(self) -> None:
        """Stop following a watched slot, give back the signals and the collector."""
        self._stop_watching.set()
        self.hang_up.uninstall()
        gc.unfreeze()

    def on_mount(self) -> None:
        """Start the clock (stopped until a game runs) and open the first screen."""
        self._ticker = self.set_interval(
            1 / TICKS_PER_SECOND, self._tick, pause=True, name="game clock"
        )
        self.set_interval(1, self._refresh_saved_text, name="saved ago")
        if self._start_slot is None:
            self.switch_mode("saves")
        else:
            self.switch_mode("orders")
            self._open_game(self._start_slot, create_missing=True, at_start=True)
        self._check_size(self.size)
        self.call_after_refresh(self.freeze_long_lived)

    def freeze_long_lived(self) -> None:
        """Keep what exists now out of the garbage collector's full passes.

        The screens and the open shop live as long as the game does; a full pass
        over them takes tens of milliseconds, a visible stall at high speed.
        Collection, which start-up may have turned off, runs again from here.
        """
        gc.freeze()
        gc.enable()

    def _tick(self) -> None:
        """Move the shop on by the real time since the last tick, at most a second."""
        now = self._clock()
        elapsed = min(now - self._last_tick, LONGEST_TICK)
        self._last_tick = now
        self.play_for(elapsed)

    def play_for(self, seconds: float) -> None:
        """Let ``seconds`` of real time pass in the open game at its speed."""
        game = self.game
        if game is None or game.paused:
            return
        self._after_play(game, game.run(seconds))

    def _after_play(self, game: GameSession, events_seen: list[Event]) -> None:
        """Draw the shop after play, report any day that ended, and save if due."""
        self.view = game.shop.view()
        reports = day_end_reports(events_seen)
        for event in reports:
            if event.report is not None:
                self._show_day_report(event.report)
        if reports:
            self.save_game("the day's end")
        elif game.autosave_due:
            self.save_game("autosave")

    def _sync_clock(self) -> None:
        """Run the clock only while a game is open, unpaused and visible."""
        if self._ticker is None:
            return
        game = self.game
        should_run = (
            game is not None
            and not game.paused
            and not game.read_only
            and not self.too_small
            and self._reports_showing == 0
        )
        if should_run and not self.clock_running:
            self._last_tick = self._clock()
            self._ticker.resume()
        elif not should_run:
            self._ticker.pause()
        self.clock_running = should_run
        self.speed = 0 if game is None else game.speed
        self.refresh_bindings()

    def _refresh_saved_text(self) -> None:
        """Update the header's 'saved N s ago' (it changes only every ten seconds)."""
        game = self.game
        if game is None:
            self.saved_text = ""
        elif game.read_only:
            self.saved_text = WATCHING
        else:
            self.saved_text = saved_ago(game.last_saved_at, self._clock())

    def _show_day_report(self, report: DayReport) -> None:
        """Stop the clock and show how the day went."""
        self._reports_showing += 1
        self._sync_clock()
        self.push_screen(DayReportDialog(report), self._day_report_closed)

    def _day_report_closed(self, _: None) -> None:
        """Start the clock again once every day report has been read."""
        self._reports_showing -= 1
        self._sync_clock()

    # The terminal's size

    def on_resize(self, event: events.Resize) -> None:
        """Swap the layout for a notice while the terminal is too small."""
        self._check_size(event.size)

    def _check_size(self, size: Size) -> None:
        """Show or take down the notice, pausing the clock while it is up."""
        width, height = size
        too_small = width < MIN_WIDTH or height < MIN_HEIGHT
        self.too_small = too_small
        notice_up = isinstance(self.screen, TooSmallScreen)
        if too_small and not notice_up:
            self.push_screen(TooSmallScreen())
        elif not too_small and notice_up:
            self.pop_screen()
        self._sync_clock()

    # Keys

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out keys that make no sense in the game's current state."""
        if self.too_small:
            return action in ("quit", "help_quit")
        game = self.game
        if action.startswith("mode_"):
            mode = action.removeprefix("mode_")
            if mode == self.current_mode or (game is None and mode in GAME_MODES):
                return None
            return True
        if action in ("toggle_pause", "faster", "slower", "save_now", "finish_day"):
            if game is None or game.read_only:
                return None
            if action == "faster" and game.speed == SPEEDS[-1]:
                return None
            if action == "slower" and game.paused:
                return None
        return True

    def action_mode_orders(self) -> None:
        """Show the live orders."""
        self.switch_mode("orders")

    def action_mode_staff(self) -> None:
        """Show the staff."""
        self.switch_mode("staff")

    def action_mode_saves(self) -> None:
        """Show the save slots."""
        self.switch_mode("saves")

    def action_mode_shop(self) -> None:
        """Show the menu, stock and ovens."""
        self.switch_mode("shop")

    def switch_mode(self, mode: str) -> object:
        """Switch to ``mode`` and refresh which keys are enabled there."""
        result = super().switch_mode(mode)
        self.refresh_bindings()
        return result

    def action_toggle_pause(self) -> None:
        """Pause the clock, or resume at the speed it had."""
        if self.game is not None:
            self.game.toggle_pause()
            self._sync_clock()

    def action_faster(self) -> None:
        """Step the clock's speed up."""
        if self.game is not None:
            self.game.faster()
            self._sync_clock()

    def action_slower(self) -> None:
        """Step the clock's speed down, to paused at the bottom."""
        if self.game is not None:
            self.game.slower()
            self._sync_clock()

    def action_finish_day(self) -> None:
        """Play on to closing time at once and show the day's report."""
        game = self.game
        if game is not None and not game.read_only:
            self._after_play(game, game.finish_day())

    def action_save_now(self) -> None:
        """Save the game now and say so when it is written."""
        self.save_game("saved by the player", tell=True)

    def action_help(self) -> None:
        """Show every key that works here."""
        if isinstance(self.screen, HelpScreen):
            return
        game_keys = [
            (binding, bool(self.check_action(binding.action, ())))
            for binding in GAME_KEYS
        ]
        screen = self.screen
        screen_keys = [
            (binding, bool(screen.check_action(binding.action, ())))
            for binding in Binding.make_bindings(type(screen).BINDINGS)
        ]
        self.push_screen(
            HelpScreen(
                key_rows(game_keys, self.get_key_display),
                key_rows(screen_keys, self.get_key_display),
            )
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """List every action of the game in the command palette, then Textual's."""
        for title, help_text, action in SHORTCUTS:
            if self.check_action(action, ()):
                yield SystemCommand(title, help_text, self._runner(action))
        for binding in Binding.make_bindings(type(screen).BINDINGS):
            if screen.check_action(binding.action, ()):
                yield SystemCommand(
                    binding.description,
                    binding.tooltip or binding.description,
                    self._runner(binding.action, screen),
                )
        for command in super().get_system_commands(screen):
            if command.title != "Quit":
                yield command

    def _runner(
        self, action: str, screen: Screen | None = None
    ) -> Callable[[], object]:
        """Make a palette callback that runs ``action`` as its key would."""
        return lambda: self.run_action(action, screen)

    # Quitting

    def action_quit(self) -> None:
        """Save the game, wait for the write, give up the slot and quit."""
        self._quit()

    @work(exclusive=True, group="quit", exit_on_error=False)
    async def _quit(self) -> None:
        # A worker, not the action itself: the save's end arrives as a message,
        # which the app could not handle while an action was waiting for it.
        if self._quit_without_save or await self.save_and_release():
            self._close_game()
            self.exit()
            return
        self._quit_without_save = True
        self.notify(
            "Press q again to quit without saving.",
            title="The game is not saved",
            severity="warning",
        )


def create_app(
    saves: Path | None = None,
    slot: str | None = None,
    *,
    start_paused: bool = False,
    clock: Callable[[], float] = time.monotonic,
) -> PizzaApp:
    """Build the app over the saves folder (the usual one when None)."""
    from pizzatui.storage import saves_folder

    return PizzaApp(
        SaveStore(saves_folder(saves)),
        slot,
        start_paused=start_paused,
        clock=clock,
    )
