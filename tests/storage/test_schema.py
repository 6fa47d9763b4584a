"""Schema versions: newer saves are refused, older ones upgraded after a backup."""

from __future__ import annotations

import pickle
import re
import shutil
from pathlib import Path

import pytest

from pizzatui import PizzaShop
from pizzatui.pizzashop import SCHEMA_VERSION
from pizzatui.storage import SaveStore, SlotNewerError
from tests.storage.hostile import with_schema

GOLDEN = Path(__file__).with_name("golden")


def _golden_files():
    """Every committed golden save, one per schema version."""
    return sorted(GOLDEN.glob("schema-*.pkl"))


def test_there_is_a_golden_save_for_the_current_schema():
    assert GOLDEN / f"schema-{SCHEMA_VERSION}.pkl" in _golden_files()


@pytest.mark.parametrize("golden", _golden_files(), ids=lambda path: path.stem)
def test_each_golden_save_loads_and_takes_orders(golden, tmp_path):
    shutil.copy(golden, tmp_path / golden.name)
    store = SaveStore(tmp_path)
    info = store.info(golden.stem)
    assert info.status == "ok"
    assert info.schema == int(re.sub(r"\D", "", golden.stem))
    shop = store.load(golden.stem)
    lines: list[str] = []
    shop.narrate_to(lines.append)
    shop.order("LSP")
    assert lines[0].startswith("LSP orders from <Employee: name=")
    assert lines[-1].startswith("LSP pays for item to")
    shop.run_days(1)
    with golden.open("rb") as plain:
        assert isinstance(pickle.load(plain), PizzaShop)


def test_newer_save_is_refused_but_listed(store, shop):
    store.write("future", with_schema(store.encode("future", shop), SCHEMA_VERSION + 1))
    info = store.info("future")
    assert (info.status, info.schema) == ("newer", SCHEMA_VERSION + 1)
    with pytest.raises(SlotNewerError, match="newer version") as caught:
        store.load("future")
    assert caught.value.schema == SCHEMA_VERSION + 1


def test_older_save_is_backed_up_before_it_is_upgraded(store, shop):
    shop.schema_version = SCHEMA_VERSION - 1
    store.save("old", shop)
    before = (store.folder / "old.pkl").read_bytes()
    assert store.info("old").schema == SCHEMA_VERSION - 1
    assert store.backups("old") == []
    loaded = store.load("old")
    assert isinstance(loaded, PizzaShop)
    backups = store.backups("old")
    assert len(backups) == 1
    assert backups[0].path.read_bytes() == before
