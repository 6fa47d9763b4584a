"""A yes-or-no question the player must answer before something hard to undo."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from pizzatui.app.dialogs.choice import ChoiceDialog


class ConfirmDialog(ChoiceDialog[bool]):
    """Ask one question; dismiss with True for yes and False for no."""

    DEFAULT_CSS = """
    ConfirmDialog {
        align: center middle;
    }
    ConfirmDialog > #confirm-box {
        width: 60;
        max-width: 100%;
        height: auto;
        padding: 1 2;
        border: thick $warning;
        background: $surface;
    }
    ConfirmDialog #confirm-question {
        width: 100%;
        margin-bottom: 1;
    }
    ConfirmDialog #confirm-buttons {
        width: 100%;
        height: auto;
        align-horizontal: right;
    }
    ConfirmDialog Button {
        margin-left: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "choose('yes')", "Yes"),
        Binding("n,escape", "choose('no')", "No"),
    ]

    # Start on "no", so a stray Enter keeps things as they are.
    SAFE_CHOICE = "no"

    def __init__(
        self,
        question: Content,
        *,
        title: str = "Are you sure?",
        yes_label: str = "Yes",
        no_label: str = "No",
    ) -> None:
        super().__init__()
        self.question = question
        self.dialog_title = title
        self.yes_label = yes_label
        self.no_label = no_label

    def compose(self) -> ComposeResult:
        """Lay out the question over a row of two buttons."""
        with Vertical(id="confirm-box") as box:
            box.border_title = self.dialog_title
            yield Static(self.question, id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(
                    Content(f"{self.yes_label} (y)"), variant="warning", id="yes"
                )
                yield Button(Content(f"{self.no_label} (n)"), id="no")

    def answer_for(self, choice: str) -> bool:
        """Yes for the "yes" button or key, no for anything else."""
        return choice == "yes"
