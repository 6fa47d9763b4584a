"""The table of save slots: name, shop, day, cash, when saved and a status word."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.widgets import DataTable

from pizzatui.app.widgets.literal_text import literal
from pizzatui.app.widgets.table_keys import ROW_KEYS
from pizzatui.money import format_money

if TYPE_CHECKING:
    from pizzatui.storage import SlotInfo

STATUS_WORDS = {
    "ok": "ok",
    "damaged": "damaged",
    "unsafe": "unsafe",
    "newer": "newer",
    "locked": "in use",
}
"""How each status reads in the table; a word, so no meaning rests on colour."""

UNREADABLE = frozenset({"damaged", "unsafe", "newer"})
"""Statuses of slots the game refuses to open."""

WEEK = 7 * 24 * 3600


def current_time() -> datetime:
    """The time now, with its zone; the one clock the saves screen reads."""
    return datetime.now(UTC)


def parse_saved_at(saved_at: str | None) -> datetime | None:
    """Read a save's ISO 8601 time, or None when the header has no usable one."""
    if saved_at is None:
        return None
    try:
        when = datetime.fromisoformat(saved_at)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo is not None else None


def saved_when(saved_at: str | None, now: datetime) -> str:
    """Say when a save was made: "just now", "5 min ago", ... or its date."""
    when = parse_saved_at(saved_at)
    if when is None:
        return "unknown"
    seconds = (now - when).total_seconds()
    if 0 <= seconds < 60:
        return "just now"
    if 0 <= seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if 0 <= seconds < 24 * 3600:
        return f"{int(seconds // 3600)} h ago"
    if 0 <= seconds < WEEK:
        days = int(seconds // (24 * 3600))
        return "yesterday" if days == 1 else f"{days} days ago"
    return f"{when:%Y-%m-%d}"


def status_word(info: SlotInfo, playing: str | None) -> str:
    """The word for a slot's status, where ``playing`` is the slot open here."""
    if info.slot == playing:
        return "playing"
    return STATUS_WORDS.get(info.status, info.status)


def can_open(info: SlotInfo) -> bool:
    """Whether the game could try to open this slot at all."""
    return info.status not in UNREADABLE


class SlotTable(DataTable[Text]):
    """Every slot in the saves folder, one row each, newest first."""

    BINDINGS: ClassVar[list[BindingType]] = ROW_KEYS

    COLUMNS: Sequence[tuple[str, str, int]] = (
        ("Slot", "slot", 15),
        ("Shop", "shop", 15),
        ("Day", "day", 4),
        ("Cash", "cash", 11),
        ("Saved", "saved", 10),
        ("Status", "status", 8),
    )

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.slots: dict[str, SlotInfo] = {}

    def on_mount(self) -> None:
        """Add the columns, each with a fixed width so the table fits 80 columns."""
        for label, key, width in self.COLUMNS:
            self.add_column(label, key=key, width=width)

    @property
    def highlighted(self) -> SlotInfo | None:
        """The slot under the cursor, if there are any slots."""
        if not self.slots or not self.is_valid_row_index(self.cursor_row):
            return None
        row_key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return self.slots.get(str(row_key.value))

    def show(
        self, slots: Sequence[SlotInfo], now: datetime, playing: str | None
    ) -> None:
        """Fill the table, keeping the cursor on the same slot when it is still here."""
        keep = self.highlighted
        self.clear()
        self.slots = {info.slot: info for info in slots}
        for info in slots:
            self.add_row(*self._cells(info, now, playing), key=info.slot)
        if keep is not None and keep.slot in self.slots:
            self.move_cursor(row=self.get_row_index(keep.slot))

    def _cells(self, info: SlotInfo, now: datetime, playing: str | None) -> list[Text]:
        """The cells of one slot's row."""
        word = status_word(info, playing)
        return [
            literal(info.slot),
            literal(unknown_if_none(info.shop)),
            literal(unknown_if_none(info.day), justify="right"),
            literal(
                "—" if info.cash is None else format_money(info.cash), justify="right"
            ),
            literal("—" if info.saved_at is None else saved_when(info.saved_at, now)),
            Text(word, style="" if word in ("ok", "playing") else "bold"),
        ]


def unknown_if_none(value: object) -> str:
    """Show a header field, or a dash when the file had no readable header."""
    return "—" if value is None else str(value)
