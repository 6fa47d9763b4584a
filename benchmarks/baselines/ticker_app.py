"""A busy Textual app: a clock, a progress bar and a log, all updated at 10 Hz."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, Header, Log, ProgressBar, Static

TITLE = "Ticker"
"""The title in the header, one of the texts that mark a full first screen."""

PAUSE_LABEL = "Pause"
"""The footer's label for the pause key, the other text that marks a full screen."""

TICKS_PER_SECOND = 10
"""How often everything on screen changes while the ticker runs."""


class TickerApp(App[None]):
    """Updates a clock, a progress bar and a log ten times a second; space pauses."""

    TITLE = TITLE
    BINDINGS: ClassVar[list[BindingType]] = [
        ("space", "pause", PAUSE_LABEL),
        ("q", "quit", "Quit"),
    ]
    CSS = """
    #clock { height: 1; width: 12; }
    ProgressBar { height: 1; }
    Log { height: 8; overflow-x: hidden; }
    """

    def compose(self) -> ComposeResult:
        """Lay out the header, the clock, the bar, the log and the footer."""
        yield Header()
        yield Static(id="clock")
        yield ProgressBar(total=600, show_eta=False)
        yield Log()
        yield Footer()

    def on_mount(self) -> None:
        """Start the ticking."""
        self.ticks = 0
        self.paused = False
        self.ticker = self.set_interval(1 / TICKS_PER_SECOND, self.tick)

    def tick(self) -> None:
        """Move the clock, the bar and the log on by one tick."""
        self.ticks += 1
        now = datetime.now().strftime("%H:%M:%S.%f")[:-5]
        self.query_one("#clock", Static).update(now)
        self.query_one(ProgressBar).progress = self.ticks % 600
        self.query_one(Log).write_line(f"{now} tick {self.ticks}")

    def action_pause(self) -> None:
        """Stop or restart the ticking."""
        self.paused = not self.paused
        if self.paused:
            self.ticker.pause()
        else:
            self.ticker.resume()


if __name__ == "__main__":
    TickerApp().run()
