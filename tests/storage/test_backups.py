"""Backups rotate, restore brings one back, and delete, rename and copy keep them."""

from __future__ import annotations

import pytest

from pizzatui.storage import KEEP_BACKUPS, SaveError, SlotMissingError
from tests.storage.conftest import make_shop, same_shop


def _save_days(store, slot, days):
    """Save one shop after each of ``days`` days; return the shops saved."""
    shop = make_shop(days=0)
    saved = []
    for _ in range(days):
        shop.run_days(1)
        store.save(slot, shop)
        saved.append(_copy(shop))
    return saved


def _copy(shop):
    import pickle

    return pickle.loads(pickle.dumps(shop, protocol=5))


def test_backups_keep_the_last_five_newest_first(store):
    saved = _save_days(store, "week", 8)
    backups = store.backups("week")
    assert len(backups) == KEEP_BACKUPS
    assert [backup.day for backup in backups] == [
        shop.day for shop in reversed(saved[-1 - KEEP_BACKUPS : -1])
    ]
    assert len(list((store.folder / ".backups" / "week").iterdir())) == KEEP_BACKUPS
    assert [info.slot for info in store.list()] == ["week"]


def test_first_save_has_no_backup(store, shop):
    store.save("fresh", shop)
    assert store.backups("fresh") == []


def test_restore_brings_a_backup_back_and_keeps_the_current(store):
    saved = _save_days(store, "week", 4)
    oldest = store.backups("week")[-1]
    assert oldest.day == saved[0].day
    info = store.restore("week", oldest)
    assert info.day == saved[0].day
    assert same_shop(store.load("week"), saved[0])
    assert store.backups("week")[0].day == saved[-1].day
    store.restore("week", store.backups("week")[0].id)
    assert same_shop(store.load("week"), saved[-1])


def test_restore_refuses_unknown_or_malformed_ids(store, shop):
    store.save("week", shop)
    with pytest.raises(SlotMissingError):
        store.restore("week", "20200101T000000.000000Z")
    with pytest.raises(ValueError, match="restore point"):
        store.restore("week", "../../etc/passwd")


def test_delete_keeps_the_last_version_as_a_restore_point(store, shop):
    store.save("gone", shop)
    store.delete("gone")
    assert not (store.folder / "gone.pkl").exists()
    assert store.list() == []
    store.restore("gone", store.backups("gone")[0])
    assert same_shop(store.load("gone"), shop)
    with pytest.raises(SlotMissingError):
        store.delete("never")


def test_rename_moves_the_save_and_its_backups(store):
    saved = _save_days(store, "old", 3)
    info = store.rename("old", "new")
    assert (info.slot, info.status) == ("new", "ok")
    assert not (store.folder / "old.pkl").exists()
    assert same_shop(store.load("new"), saved[-1])
    assert len(store.backups("new")) == 2
    assert store.backups("old") == []
    assert store.info("new").slot == "new"


def test_copy_makes_an_independent_slot(store, shop):
    store.save("source", shop)
    store.copy("source", "copy")
    assert same_shop(store.load("copy"), store.load("source"))
    store.delete("source")
    assert same_shop(store.load("copy"), shop)


def test_rename_and_copy_never_overwrite(store, shop):
    store.save("a", shop)
    store.save("b", shop)
    with pytest.raises(SaveError, match="already a save"):
        store.rename("a", "b")
    with pytest.raises(SaveError, match="already a save"):
        store.copy("a", "b")
    with pytest.raises(SlotMissingError):
        store.copy("nobody", "c")
