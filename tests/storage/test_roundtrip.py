"""Saving and loading keep the shop, and a slot file stays a plain pickle."""

from __future__ import annotations

import pickle
import stat
import subprocess
import sys
from datetime import datetime

from pizzatui import PizzaShop, __version__
from pizzatui.pizzashop import SCHEMA_VERSION
from pizzatui.storage import SaveStore
from pizzatui.storage.allowlist import SafeUnpickler
from pizzatui.storage.fileformat import TRAILER, unpack
from tests.storage.conftest import make_shop, same_shop


def test_round_trip_keeps_the_shop_equal(store, shop):
    store.save("Monday", shop)
    loaded = store.load("Monday")
    assert isinstance(loaded, PizzaShop)
    assert same_shop(loaded, shop)
    assert loaded.view() == shop.view()


def test_loaded_shop_plays_on_like_the_original(store):
    shop = make_shop(seed=11)
    store.save("race", shop)
    loaded = store.load("race")
    assert [report.profit for report in loaded.run_days(2)] == [
        report.profit for report in shop.run_days(2)
    ]


def test_header_describes_the_shop(store, shop):
    info = store.save("Monday", shop)
    summary = shop.save_summary()
    assert info.status == "ok"
    assert info.reason == ""
    assert (info.shop, info.day, info.cash, info.staff, info.served) == (
        summary["shop"],
        summary["day"],
        summary["cash"],
        summary["staff"],
        summary["served"],
    )
    assert info.minute == summary["minute"]
    assert info.schema == SCHEMA_VERSION
    assert info.app_version == __version__
    assert info.bytes == (store.folder / "Monday.pkl").stat().st_size
    assert datetime.fromisoformat(info.saved_at).tzinfo is not None


def test_json_has_the_keys_the_command_line_promises(store, shop):
    store.save("Monday", shop)
    row = store.list()[0].to_json()
    keys = ["slot", "status", "reason", "shop", "day", "minute", "cash", "staff"]
    keys += ["served", "saved_at", "schema", "app_version", "bytes"]
    for key in keys:
        assert key in row


def test_slot_file_is_a_plain_pickle_that_takes_orders(store, shop, tmp_path):
    store.save("book", shop)
    script = (
        "import pickle, sys\n"
        "shop = pickle.load(open(sys.argv[1], 'rb'))\n"
        "print(shop.server, shop.chef)\n"
        "shop.order('LSP')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(store.folder / "book.pkl")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.splitlines() == [
        "<Employee: name=Pat, salary=40000> <Employee: name=Bob, salary=50000>",
        "LSP orders from <Employee: name=Pat, salary=40000>",
        "Bob makes pizza",
        "oven bakes",
        "LSP pays for item to <Employee: name=Pat, salary=40000>",
    ]


def test_encode_then_write_is_the_same_as_save(store, shop):
    data = store.encode("split", shop)
    header, pickle_bytes = unpack(data)
    assert header.slot == "split"
    assert data[len(pickle_bytes) - 1 : len(pickle_bytes)] == pickle.STOP
    assert len(data) == len(pickle_bytes) + len(header.to_bytes()) + TRAILER.size
    info = store.write("split", data)
    assert info.status == "ok"
    assert (store.folder / "split.pkl").read_bytes() == data


def test_new_files_and_folders_are_private(tmp_path, shop):
    store = SaveStore(tmp_path)
    store.save("one", shop)
    store.save("one", shop)
    with store.lock("one"):
        assert stat.S_IMODE((tmp_path / ".locks").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "one.pkl").stat().st_mode) == 0o600
    for folder in (tmp_path / ".backups", tmp_path / ".backups" / "one"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for backup in store.backups("one"):
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600


def test_list_is_newest_first(store, shop):
    for slot in ("first", "second", "third"):
        store.save(slot, shop)
    store.save("first", shop)
    assert store.list()[0].slot == "first"
    assert {info.slot for info in store.list()} == {"first", "second", "third"}


def test_list_never_unpickles(store, shop, monkeypatch):
    store.save("one", shop)

    def refuse(*_args, **_kwargs):
        raise AssertionError("listing unpickled a save")

    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(SafeUnpickler, "load", refuse)
    assert store.list()[0].status == "ok"
