"""``pizzatui saves``: list the save slots with their metadata and status."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pizzatui.storage import SlotInfo

COLUMNS = ("SLOT", "STATUS", "SHOP", "DAY", "TIME", "CASH", "STAFF", "SERVED", "SAVED")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``saves`` subcommand."""
    parser = subparsers.add_parser(
        "saves",
        help="list the save slots with their metadata and status",
        description="List the save slots: shop, day, cash and whether each loads.",
    )
    parser.add_argument(
        "--saves",
        metavar="DIR",
        type=Path,
        help="the folder of save slots (default: $PIZZATUI_SAVES or ./saves)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print a JSON list instead of a table"
    )
    parser.add_argument(
        "--verify",
        action="store_true",
        help="also read each whole file: check its checksum and what it would load",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """List the slots of the chosen folder; return the exit status."""
    from pizzatui.storage import SaveError, SaveStore, saves_folder

    try:
        store = SaveStore(saves_folder(args.saves))
        slots = store.list()
        if args.verify:
            slots = [_verified(store, info) for info in slots]
    except SaveError as error:
        print(f"pizzatui: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([info.to_json() for info in slots], indent=2))
    else:
        print(format_table(slots, store.folder))
    return 0


def _verified(store: object, info: SlotInfo) -> SlotInfo:
    """Check one listed slot thoroughly, keeping the listing's answer if it fails."""
    from pizzatui.storage import SaveError, SaveStore

    if info.status not in ("ok", "newer", "locked") or not isinstance(store, SaveStore):
        return info
    try:
        return store.info(info.slot, verify=True)
    except (SaveError, ValueError):
        return info


def printable(text: object) -> str:
    """Show text safely in a terminal: control and undecodable characters escaped."""
    shown = str(text)
    if shown.isprintable():
        return shown
    return "".join(
        char
        if char.isprintable()
        else f"\\x{ord(char):02x}"
        if ord(char) < 0x100
        else f"\\u{ord(char):04x}"
        for char in shown
    )


def _clock(minute: float | None) -> str:
    """Show a minute of the day as a clock time."""
    if minute is None:
        return ""
    hours, minutes = divmod(int(minute), 60)
    return f"{hours:02d}:{minutes:02d}"


def _row(info: SlotInfo) -> tuple[str, ...]:
    """Turn one slot into the cells of a table row."""
    from pizzatui.money import format_money

    def shown(value: object) -> str:
        return "" if value is None else printable(value)

    return (
        printable(info.slot),
        info.status,
        shown(info.shop),
        shown(info.day),
        _clock(info.minute),
        "" if info.cash is None else format_money(info.cash),
        shown(info.staff),
        shown(info.served),
        shown(info.saved_at and info.saved_at.replace("T", " ")[:16]),
    )


def format_table(slots: list[SlotInfo], folder: Path) -> str:
    """Lay the slots out as a plain-text table, with each problem under its row."""
    if not slots:
        return f"No saves in {printable(folder)}."
    rows = [COLUMNS, *(_row(info) for info in slots)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(COLUMNS))]
    lines = []
    for index, row in enumerate(rows):
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        lines.append("  ".join(cells).rstrip())
        info = slots[index - 1] if index else None
        if info is not None and info.reason:
            lines.append(f"    {info.status}: {printable(info.reason)}")
    lines.append(f"{len(slots)} slot{'s' * (len(slots) != 1)} in {printable(folder)}")
    return "\n".join(lines)
