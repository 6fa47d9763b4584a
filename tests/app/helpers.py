"""Helpers the app's Pilot tests share: waiting, reading the screen, writing slots."""

from __future__ import annotations

import dataclasses
import html
import os
import re
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot

from pizzatui.app import app as app_module
from pizzatui.pizzashop import PizzaShop
from pizzatui.storage import SaveStore, SaveWriteError
from pizzatui.storage.fileformat import pack, unpack

LONG_AGO = "2024-05-01T12:00:00+00:00"
"""A fixed save time, old enough to show as a date that never changes."""

APP_STYLESHEET = Path(app_module.__file__).with_name("pizzatui.tcss")
"""The app's own stylesheet, so the screens look as they do in the game."""


async def start(app: App, pilot: Pilot) -> None:
    """Let the app's start-up workers finish and the screen catch up once."""
    await app.workers.wait_for_complete()
    await pilot.pause()


async def settle(pilot: Pilot) -> None:
    """Let the screen's workers finish and their messages land, a few rounds deep."""
    for _ in range(5):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def screen_text(app: App) -> str:
    """The text on screen now, line by line, from an exported screenshot."""
    pieces = re.findall(r">([^<]*)</text>", app.export_screenshot())
    return html.unescape("".join(pieces)).replace("\xa0", " ")


def fail_saves(monkeypatch: pytest.MonkeyPatch, app: App, message: str) -> None:
    """Make every save the app writes from now on fail with ``message``."""

    def refuse(slot: str, data: bytes) -> None:
        raise SaveWriteError(message)

    monkeypatch.setattr(app.store, "write", refuse)


def write_slot(
    store: SaveStore,
    slot: str,
    shop: PizzaShop,
    *,
    saved_at: str = LONG_AGO,
    age: int = 0,
    schema: int | None = None,
) -> None:
    """Save ``shop`` in ``slot`` with a chosen header time; older by ``age`` hours."""
    header, pickle_bytes = unpack(store.encode(slot, shop))
    header = dataclasses.replace(
        header, saved_at=saved_at, schema=schema or header.schema
    )
    store.write(slot, pack(pickle_bytes, header))
    # Listings put the most recently written slot first; fix the order.
    stamp = 1_714_564_800 - age * 3600
    os.utime(store.folder / f"{slot}.pkl", (stamp, stamp))
