"""A closer look at one save slot: its shop, day, cash, backups and any problem."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from pizzatui.app.widgets.literal_text import printable
from pizzatui.app.widgets.slot_table import (
    can_open,
    parse_saved_at,
    saved_when,
    status_word,
)
from pizzatui.money import format_money

if TYPE_CHECKING:
    from pizzatui.storage import SlotInfo


def clock_time(minute: float) -> str:
    """Show a minute of the day as the shop's clock reads it: 14:05."""
    whole = int(minute)
    return f"{whole // 60 % 24:02d}:{whole % 60:02d}"


def describe_size(size: int) -> str:
    """Show a file's size in bytes or KiB."""
    return f"{size} bytes" if size < 1024 else f"{size / 1024:.1f} KiB"


def describe_slot(
    info: SlotInfo, backups: int | None, now: datetime, playing: str | None
) -> Content:
    """Describe a slot in a few lines, with every name shown exactly as typed."""
    lines = [
        Content.assemble(
            (printable(info.slot), "bold"), " · ", status_word(info, playing)
        )
    ]
    if info.shop is not None:
        where = "" if info.day is None else f" · day {info.day}"
        if info.minute is not None:
            where += f", {clock_time(info.minute)}"
        cash = "" if info.cash is None else f" · cash {format_money(info.cash)}"
        lines.append(
            Content.assemble("Shop ", (printable(info.shop), "bold"), where, cash)
        )
    if info.staff is not None and info.served is not None:
        lines.append(
            Content(f"{info.staff} staff · {info.served} customers served so far")
        )
    facts = []
    if info.saved_at is not None:
        saved = saved_when(info.saved_at, now)
        when = parse_saved_at(info.saved_at)
        if when is not None and "ago" in saved:
            saved += f" ({when:%Y-%m-%d %H:%M})"
        facts.append(f"saved {saved}")
    if backups is None:
        facts.append("counting backups…")
    else:
        facts.append("1 backup" if backups == 1 else f"{backups} backups")
    if info.bytes is not None:
        facts.append(describe_size(info.bytes))
    joined = " · ".join(facts)
    lines.append(Content(joined[:1].upper() + joined[1:]))
    if info.reason:
        lines.append(Content.assemble(("Reason: ", "bold"), printable(info.reason)))
    if info.slot != playing and not can_open(info):
        lines.append(Content("This save cannot be opened."))
    return Content("\n").join(lines)


class SlotPreview(Static):
    """The highlighted slot, described in full below the table."""

    def show(
        self,
        info: SlotInfo | None,
        backups: int | None,
        now: datetime,
        playing: str | None,
    ) -> None:
        """Describe ``info``, or say there is nothing to describe."""
        if info is None:
            self.update(Content("No saves yet: press n to start a new shop."))
        else:
            self.update(describe_slot(info, backups, now, playing))
