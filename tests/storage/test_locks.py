"""Slot locks: one session per slot, the holder named, freed when a process dies."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from pizzatui.storage import SaveStore, SlotLockedError

HOLDER_SCRIPT = """
import sys
from pizzatui.storage import SaveStore
lock = SaveStore(sys.argv[1]).lock(sys.argv[2])
print("locked", flush=True)
sys.stdin.read()
"""


def _wait_until(condition, seconds=10.0):
    """Poll ``condition`` until it holds or the time runs out; return its value."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


@pytest.fixture
def other_session(store, shop):
    """A second process holding the lock on slot 'shared'."""
    store.save("shared", shop)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(store.folder), "shared"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "locked"
    yield child
    child.kill()
    child.wait(timeout=10)


def test_lock_names_this_process_as_holder(store, shop):
    store.save("mine", shop)
    with store.lock("mine") as lock:
        holder = store.holder("mine")
        assert holder.pid == os.getpid()
        assert holder.since.tzinfo is not None
        assert lock.holder == holder
        info = store.info("mine")
        assert (info.status, info.holder) == ("ok", holder)
        assert store.list()[0].status == "ok"
    assert store.holder("mine") is None
    assert not lock.held


def test_a_second_lock_in_the_same_process_is_refused(store, shop):
    store.save("mine", shop)
    lock = store.lock("mine")
    try:
        with pytest.raises(SlotLockedError) as caught:
            SaveStore(store.folder).lock("mine")
        assert caught.value.holder.pid == os.getpid()
        assert str(os.getpid()) in str(caught.value)
    finally:
        lock.release()
    lock.release()
    store.lock("mine").release()


def test_the_holding_session_may_save(store, shop):
    with store.lock("mine"):
        store.save("mine", shop)
        store.save("mine", shop)
        assert len(store.backups("mine")) == 1


def test_another_process_holding_a_slot_shows_as_locked(store, other_session):
    info = next(info for info in store.list() if info.slot == "shared")
    assert info.status == "locked"
    assert info.holder.pid == other_session.pid
    assert str(other_session.pid) in info.reason
    assert info.shop == "Luigi's"
    assert info.day is not None
    assert store.holder("shared").pid == other_session.pid


def test_another_processs_slot_cannot_be_locked_or_changed(store, shop, other_session):
    before = (store.folder / "shared.pkl").read_bytes()
    with pytest.raises(SlotLockedError) as caught:
        store.lock("shared")
    assert caught.value.holder.pid == other_session.pid
    for change in (
        lambda: store.save("shared", shop),
        lambda: store.delete("shared"),
        lambda: store.rename("shared", "moved"),
    ):
        with pytest.raises(SlotLockedError):
            change()
    assert (store.folder / "shared.pkl").read_bytes() == before
    assert store.load("shared").name == "Luigi's"


def test_a_dead_processs_lock_is_free(store, other_session):
    other_session.kill()
    other_session.wait(timeout=10)
    assert _wait_until(lambda: store.holder("shared") is None)
    assert store.info("shared").status == "ok"
    store.lock("shared").release()


def test_a_stale_lock_file_does_not_lock(store, shop):
    store.save("stale", shop)
    lock_folder = store.folder / ".locks"
    lock_folder.mkdir(mode=0o700, exist_ok=True)
    (lock_folder / "stale.lock").write_text(
        '{"pid": 1, "since": "2024-01-01T00:00:00+00:00"}'
    )
    assert store.holder("stale") is None
    assert store.info("stale").status == "ok"
    store.lock("stale").release()
