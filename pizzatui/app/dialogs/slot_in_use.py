"""The question asked when the slot wanted is open in another session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from pizzatui.app.dialogs.choice import ChoiceDialog

if TYPE_CHECKING:
    from pizzatui.storage.locks import LockHolder


class SlotChoice(StrEnum):
    """What the player chose to do with a slot another session has open."""

    WATCH = "watch"
    TAKE_OVER = "take_over"
    CANCEL = "cancel"


def how_long_ago(since: datetime, now: datetime) -> str:
    """Say how long ago ``since`` was, coarsely: 'just now', '5 min ago', '2 h ago'."""
    seconds = max(0, int((now - since).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86400} days ago"


def describe_holder(holder: LockHolder | None, now: datetime) -> str:
    """Say which session holds a slot and since when, for the player."""
    if holder is None or holder.pid <= 0:
        who = "another session"
    else:
        who = f"another session (process {holder.pid})"
    if holder is None or holder.since is None:
        return who
    since = holder.since.astimezone(now.tzinfo)
    return f"{who} since {since:%H:%M} ({how_long_ago(since, now)})"


class SlotInUseDialog(ChoiceDialog[SlotChoice]):
    """Tell the player a slot is in use; let them watch it, take it over or cancel."""

    DEFAULT_CSS = """
    SlotInUseDialog {
        align: center middle;
    }
    SlotInUseDialog > #in-use-box {
        width: 66;
        max-width: 100%;
        height: auto;
        padding: 1 2;
        border: thick $warning;
        background: $surface;
    }
    SlotInUseDialog #in-use-who, SlotInUseDialog #in-use-choices {
        width: 100%;
        margin-bottom: 1;
    }
    SlotInUseDialog #in-use-buttons {
        width: 100%;
        height: auto;
        align-horizontal: right;
    }
    SlotInUseDialog Button {
        margin-left: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "choose('watch')", "Watch"),
        Binding("t", "choose('take_over')", "Take over"),
        Binding("escape,c", "choose('cancel')", "Cancel"),
    ]

    # Start on Cancel, so a stray Enter disturbs nobody.
    SAFE_CHOICE = SlotChoice.CANCEL.value

    def __init__(
        self,
        slot: str,
        holder: LockHolder | None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        super().__init__()
        self.slot = slot
        self.holder = holder
        self._now = now

    def compose(self) -> ComposeResult:
        """Lay out who holds the slot, what each choice does, and the buttons."""
        with Vertical(id="in-use-box") as box:
            box.border_title = "Save in use"
            yield Static(
                Content.assemble(
                    "The save ",
                    (self.slot, "bold"),
                    f" is open in {describe_holder(self.holder, self._now())}.",
                ),
                id="in-use-who",
            )
            yield Static(
                Content(
                    "Watch it here without changing it, or take it over: the other "
                    "session saves and quits, then the game opens here. Nothing "
                    "is lost either way."
                ),
                id="in-use-choices",
            )
            with Horizontal(id="in-use-buttons"):
                yield Button(Content("Watch (w)"), id=SlotChoice.WATCH.value)
                yield Button(
                    Content("Take over (t)"),
                    variant="warning",
                    id=SlotChoice.TAKE_OVER.value,
                )
                yield Button(Content("Cancel (esc)"), id=SlotChoice.CANCEL.value)

    def answer_for(self, choice: str) -> SlotChoice:
        """The choice a button or key names."""
        return SlotChoice(choice)
