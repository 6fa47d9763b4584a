"""Play the game: the default command, with ``--slot`` and ``--saves``."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

REFUSED = ("damaged", "unsafe", "newer")
"""Slot statuses the game will not open."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options for playing to the top-level command."""
    parser.add_argument(
        "--slot",
        metavar="NAME",
        help="open this save slot straight into the live orders (created if missing)",
    )
    parser.add_argument(
        "--saves",
        metavar="DIR",
        type=Path,
        help="the folder of save slots (default: $PIZZATUI_SAVES or ./saves)",
    )
    parser.set_defaults(run=play)


def play(args: argparse.Namespace) -> int:
    """Run the game in the terminal and return its exit status."""
    from pizzatui.storage import (
        SaveError,
        SaveStore,
        SlotMissingError,
        check_slot_name,
        saves_folder,
    )

    slot: str | None = None
    try:
        folder = saves_folder(args.saves)
        if args.slot is not None:
            slot = check_slot_name(args.slot)
            # Read from the header alone, so a slot that can never be opened is
            # refused with its reason before the screen is taken over.
            try:
                info = SaveStore(folder).info(slot)
            except SlotMissingError:
                pass
            else:
                if info.status in REFUSED:
                    raise SaveError(f"The save {slot} is {info.status}: {info.reason}")
    except (ValueError, SaveError, OSError) as error:
        print(f"pizzatui: {error}", file=sys.stderr)
        return 2

    # Start-up allocates a great many objects that all live on; collecting
    # them mid-way only costs time. The app turns collection back on (and
    # freezes what exists) once its first screen is up.
    gc.disable()
    from pizzatui.app import create_app

    app = create_app(folder, slot)
    app.run()
    return app.return_code or 0
