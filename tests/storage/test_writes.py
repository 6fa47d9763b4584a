"""Whatever goes wrong mid-write, the last good save survives; the error reads well."""

from __future__ import annotations

import errno
import os

import pytest

from pizzatui.storage import (
    MAX_SAVE_BYTES,
    SaveStore,
    SaveWriteError,
    SlotDamagedError,
)
from tests.storage.conftest import fake_save, make_shop, same_shop
from tests.storage.hostile import payloads


def _leftovers(folder):
    """Return the temporary files left in a folder."""
    return [path.name for path in folder.iterdir() if path.name.endswith(".tmp")]


def test_disk_full_keeps_the_last_good_save(store, shop, monkeypatch):
    store.save("slot", shop)
    before = (store.folder / "slot.pkl").read_bytes()
    real_write = os.write

    def full_disk(fd, data):
        if fd > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(SaveWriteError, match="disk is full") as caught:
        store.save("slot", make_shop(days=3))
    assert "last good save is untouched" in str(caught.value)
    monkeypatch.undo()
    assert (store.folder / "slot.pkl").read_bytes() == before
    assert _leftovers(store.folder) == []
    assert same_shop(store.load("slot"), shop)
    assert store.holder("slot") is None


def test_fsync_failure_keeps_the_last_good_save(store, shop, monkeypatch):
    store.save("slot", shop)
    before = (store.folder / "slot.pkl").read_bytes()

    def broken_fsync(_fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(SaveWriteError, match="input/output error"):
        store.save("slot", make_shop(days=3))
    monkeypatch.undo()
    assert (store.folder / "slot.pkl").read_bytes() == before
    assert _leftovers(store.folder) == []


@pytest.mark.parametrize("held", [False, True])
def test_read_only_folder_is_refused_readably(store, shop, monkeypatch, held):
    store.save("slot", shop)
    lock = store.lock("slot") if held else None
    before = (store.folder / "slot.pkl").read_bytes()
    if os.geteuid() == 0:
        # Root writes through chmod, so refuse new files the way a read-only
        # mount would.
        real_open = os.open

        def read_only(path, flags, *args, **kwargs):
            if flags & os.O_CREAT and str(path).startswith(str(store.folder)):
                raise OSError(errno.EROFS, "Read-only file system", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", read_only)
    else:
        store.folder.chmod(0o500)
    try:
        with pytest.raises(SaveWriteError, match="read-only"):
            store.save("slot", make_shop(days=3))
    finally:
        monkeypatch.undo()
        store.folder.chmod(0o700)
        if lock is not None:
            lock.release()
    assert (store.folder / "slot.pkl").read_bytes() == before
    assert _leftovers(store.folder) == []


def test_a_file_in_place_of_the_folder_is_refused(tmp_path, shop):
    not_a_folder = tmp_path / "saves"
    not_a_folder.write_text("not a folder")
    with pytest.raises(SaveWriteError):
        SaveStore(not_a_folder).save("slot", shop)
    assert not_a_folder.read_text() == "not a folder"


def test_write_refuses_bytes_that_would_not_load(store, shop, tmp_path):
    store.save("slot", shop)
    before = (store.folder / "slot.pkl").read_bytes()
    evil, _forbidden = payloads(tmp_path / "ran")["posix_system"]
    with pytest.raises(SaveWriteError, match=r"posix\.system"):
        store.write("slot", fake_save(evil))
    with pytest.raises(SaveWriteError, match="not a save"):
        store.write("slot", b"hello")
    assert (store.folder / "slot.pkl").read_bytes() == before


def test_size_cap_refuses_big_files(store, shop):
    with pytest.raises(SaveWriteError, match="over the"):
        store.write("slot", b"x" * (MAX_SAVE_BYTES + 1))
    with (store.folder / "big.pkl").open("wb") as big:
        big.truncate(MAX_SAVE_BYTES + 1)
    with pytest.raises(SlotDamagedError, match=r"over the 16\.0 MiB") as caught:
        store.load("big")
    assert caught.value.reason.startswith("too large")


def test_a_killed_writers_temp_files_are_cleared_next_time(store, shop):
    stale = store.folder / ".slot.pkl.999.abcd.tmp"
    stale.write_bytes(b"half a save")
    other = store.folder / ".other.pkl.999.abcd.tmp"
    other.write_bytes(b"another slot's")
    store.save("slot", shop)
    assert not stale.exists()
    assert other.exists()


def test_shop_that_cannot_pickle_is_a_save_error(store, shop):
    shop.staff[0].grudge = lambda: None
    with pytest.raises(SaveWriteError, match="could not be saved"):
        store.save("slot", shop)
