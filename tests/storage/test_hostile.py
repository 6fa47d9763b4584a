"""A folder full of bad files: each gets its status; none runs, none crashes."""

from __future__ import annotations

import argparse
import builtins
import json
import os
from pathlib import Path

import pytest

from pizzatui.cli import saves as saves_command
from pizzatui.storage import (
    SaveError,
    SlotDamagedError,
    SlotMissingError,
    SlotNewerError,
    SlotUnsafeError,
)
from tests.storage.conftest import fake_save
from tests.storage.hostile import build_hostile_folder, payloads

EXPECTED = {
    "empty": ("damaged", "empty file"),
    "truncated": ("damaged", "truncated"),
    "json": ("damaged", "garbage"),
    "dict": ("damaged", "no header"),
    "system": ("unsafe", "os.system"),
    "popen": ("unsafe", "subprocess.Popen"),
    "future": ("newer", "newer game"),
    "x": ("damaged", "not a file"),
    "link": ("unsafe", "outside the saves folder"),
    "unreadable": ("damaged", "unreadable"),
    "fifo": ("damaged", "not a file"),
    "huge": ("damaged", "too large"),
    "bad\x1bname": ("damaged", "not a valid slot name"),
    "good": ("ok", ""),
}


@pytest.fixture
def hostile(store, shop, tmp_path, monkeypatch):
    """A store over a folder holding one good save and every kind of bad file."""
    marker = tmp_path / "ran"
    good = store.encode("good", shop)
    store.write("good", good)
    build_hostile_folder(store.folder, good, marker)
    if os.geteuid() == 0:
        # chmod does not stop root from reading, so refuse that one file by hand.
        real_open = os.open

        def open_unless_unreadable(path, flags, *args, **kwargs):
            if str(path).endswith("unreadable.pkl"):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", open_unless_unreadable)
    yield store
    assert not marker.exists(), "a hostile save ran code"


def test_every_bad_file_gets_its_status_and_reason(hostile):
    found = {info.slot: info for info in hostile.list()}
    for slot, (status, reason) in EXPECTED.items():
        assert found[slot].status == status, (slot, found[slot])
        assert reason in found[slot].reason, (slot, found[slot])
    assert found["random"].status == "damaged"
    assert found["random"].reason.startswith(("garbage", "truncated"))
    assert set(found) == {*EXPECTED, "random"}


def test_newer_save_still_shows_its_metadata(hostile):
    info = hostile.info("future")
    assert (info.status, info.schema, info.shop) == ("newer", 99, "Crafted")


def test_loading_each_bad_file_raises_a_readable_error(hostile):
    errors = {
        "empty": SlotDamagedError,
        "truncated": SlotDamagedError,
        "random": SlotDamagedError,
        "json": SlotDamagedError,
        "dict": SlotDamagedError,
        "system": SlotUnsafeError,
        "popen": SlotUnsafeError,
        "future": SlotNewerError,
        "x": SlotDamagedError,
        "link": SlotUnsafeError,
        "unreadable": SlotDamagedError,
        "fifo": SlotDamagedError,
        "huge": SlotDamagedError,
    }
    for slot, kind in errors.items():
        with pytest.raises(kind) as caught:
            hostile.load(slot)
        assert slot in str(caught.value)
        assert "Traceback" not in str(caught.value)
    with pytest.raises(SlotMissingError):
        hostile.load("nobody")


def test_unsafe_error_names_the_forbidden_global(hostile):
    with pytest.raises(SlotUnsafeError) as caught:
        hostile.load("system")
    assert caught.value.forbidden == "os.system"
    assert "os.system" in str(caught.value)


def test_no_hostile_file_is_ever_unpickled_while_listing(hostile, monkeypatch):
    from pizzatui.storage.allowlist import SafeUnpickler

    def refuse(*_args):
        raise AssertionError("listing unpickled a file")

    monkeypatch.setattr(SafeUnpickler, "load", refuse)
    hostile.list()
    for info in hostile.list():
        if info.slot != "bad\x1bname":
            hostile.info(info.slot, verify=True)


def test_crafted_header_over_an_evil_pickle_is_caught(store, tmp_path):
    marker = tmp_path / "ran"
    evil, forbidden = payloads(marker)["posix_system"]
    (store.folder / "crafted.pkl").write_bytes(fake_save(evil))
    assert store.info("crafted", verify=True).status == "unsafe"
    assert forbidden in store.info("crafted", verify=True).reason
    with pytest.raises(SlotUnsafeError):
        store.load("crafted")
    assert not marker.exists()


def test_checksum_mismatch_is_damaged(store, shop):
    store.save("flipped", shop)
    path = store.folder / "flipped.pkl"
    data = bytearray(path.read_bytes())
    data[40] ^= 0xFF
    path.write_bytes(bytes(data))
    info = store.info("flipped", verify=True)
    assert (info.status, info.reason.split(":")[0]) == ("damaged", "checksum mismatch")
    with pytest.raises(SlotDamagedError, match="checksum mismatch"):
        store.load("flipped")


def test_the_command_line_lists_a_hostile_folder(hostile, capsys):
    for extra in ([], ["--json"], ["--json", "--verify"], ["--verify"]):
        parser = argparse.ArgumentParser()
        saves_command.add_parser(parser.add_subparsers())
        args = parser.parse_args(["saves", "--saves", str(hostile.folder), *extra])
        assert args.run(args) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out
        if "--json" in extra:
            rows = {row["slot"]: row for row in json.loads(out)}
            assert rows["system"]["status"] == "unsafe"
            assert rows["good"]["status"] == "ok"
            assert rows["future"]["status"] == "newer"
        else:
            assert "bad\\x1bname" in out
            assert "unsafe: forbidden global os.system" in out


def test_command_line_refuses_a_folder_that_is_a_file(tmp_path, capsys):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("hello")
    parser = argparse.ArgumentParser()
    saves_command.add_parser(parser.add_subparsers())
    args = parser.parse_args(["saves", "--saves", str(not_a_folder)])
    assert args.run(args) == 2
    assert "not a folder" in capsys.readouterr().err


def test_writing_never_follows_a_link(hostile, shop, tmp_path):
    outside = tmp_path / "outside.pkl"
    before = outside.read_bytes()
    with pytest.raises(SaveError, match="not a plain file"):
        hostile.save("link", shop)
    assert outside.read_bytes() == before
    assert (hostile.folder / "link.pkl").is_symlink()


def test_nothing_runs_even_through_builtins(hostile, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("eval ran")

    monkeypatch.setattr(builtins, "eval", refuse)
    with pytest.raises(SlotUnsafeError):
        hostile.load("popen")


def test_empty_folder_lists_nothing(store, capsys):
    assert store.list() == []
    parser = argparse.ArgumentParser()
    saves_command.add_parser(parser.add_subparsers())
    args = parser.parse_args(["saves", "--saves", str(store.folder)])
    assert args.run(args) == 0
    assert "No saves" in capsys.readouterr().out


def test_a_missing_folder_is_created_private(tmp_path):
    from pizzatui.storage import saves_folder

    created = saves_folder(tmp_path / "new" / "saves")
    assert created.is_dir()
    assert oct(created.stat().st_mode & 0o777) == oct(0o700)
    assert Path(created).parent.name == "new"


def test_pizzatui_saves_json_through_the_real_command(hostile, capsys):
    from pizzatui.cli import main

    assert main(["saves", "--saves", str(hostile.folder), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["slot"]: row["status"] for row in rows}["system"] == "unsafe"
    assert all(set(rows[0]) >= {"slot", "status", "reason", "bytes"} for _ in rows)
