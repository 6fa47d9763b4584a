"""The least a Textual table app can be: a header, a table and a footer."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import DataTable, Footer, Header

TITLE = "Baseline Shop"
"""The title in the header, one of the texts that mark a full first screen."""

QUIT_LABEL = "Quit"
"""The footer's label for the quit key, the other text that marks a full screen."""


class MinimalApp(App[None]):
    """A header, a table of a few pizzas and a footer, and nothing else."""

    TITLE = TITLE
    BINDINGS: ClassVar[list[BindingType]] = [("q", "quit", QUIT_LABEL)]

    def compose(self) -> ComposeResult:
        """Lay out the header, the table and the footer."""
        yield Header()
        yield DataTable()
        yield Footer()

    def on_mount(self) -> None:
        """Fill the table with a few rows."""
        table = self.query_one(DataTable)
        table.add_columns("pizza", "price", "sold")
        for pizza, price, sold in [
            ("Margherita", "8.00", 12),
            ("Marinara", "7.00", 5),
            ("Funghi", "9.50", 7),
        ]:
            table.add_row(pizza, price, sold)


if __name__ == "__main__":
    MinimalApp().run()
