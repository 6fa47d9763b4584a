"""The allowlist: the shop's own classes load, anything else is refused unrun."""

from __future__ import annotations

import collections
import pickle
import random
from decimal import Decimal

import pytest

from pizzatui.storage import SlotDamagedError, SlotUnsafeError
from pizzatui.storage.allowlist import (
    UnreadablePickleError,
    check_globals,
    resolve_global,
    safe_loads,
    scan_pickle,
)
from tests.storage.hostile import payloads


@pytest.mark.parametrize("name", sorted(payloads(__import__("pathlib").Path("x"))))
def test_each_payload_is_refused_naming_its_global(name, tmp_path):
    marker = tmp_path / "ran"
    data, forbidden = payloads(marker)[name]
    assert forbidden in {
        f"{module}.{attr}" for module, attr in scan_pickle(data).globals
    }
    with pytest.raises(SlotUnsafeError) as scanned:
        check_globals(data)
    assert scanned.value.forbidden == forbidden
    with pytest.raises(SlotUnsafeError) as loaded:
        safe_loads(data)
    assert loaded.value.forbidden == forbidden
    assert not marker.exists()


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("pizzatui.pizzashop", "say"),
        ("pizzatui.pizzashop", "Employee"),
        ("pizzatui.pizzashop", "PizzaShop.order"),
        ("pizzatui.pizzashop", "PizzaShop.__init__"),
        ("pizzatui.pizzashop", "__builtins__"),
        ("pizzatui.storage.atomic", "replace_atomically"),
        ("pizzatui.cli", "main"),
        ("pizzatui.employeesX", "Chef"),
        ("pizzatui.sim.__init__", "x"),
        ("builtins", "getattr"),
        ("builtins", "__import__"),
        ("random", "seed"),
        ("collections", "namedtuple"),
        ("os", "system"),
        ("../../etc", "passwd"),
        ("", ""),
    ],
)
def test_resolve_refuses_anything_but_domain_classes(module, name):
    with pytest.raises(SlotUnsafeError) as caught:
        resolve_global(module, name)
    assert caught.value.forbidden == f"{module}.{name}"


def test_a_class_the_game_lacks_is_damage_not_danger():
    with pytest.raises(SlotDamagedError, match="lacks"):
        resolve_global("pizzatui.employees", "Sommelier")
    with pytest.raises(SlotDamagedError, match="lacks"):
        resolve_global("pizzatui.sim.nowhere", "Thing")


def test_the_shops_own_classes_and_needed_standard_ones_load():
    from pizzatui.employees import Chef
    from pizzatui.pizzashop import PizzaShop

    assert resolve_global("pizzatui.employees", "Chef") is Chef
    assert resolve_global("pizzatui.pizzashop", "PizzaShop") is PizzaShop
    value = {
        "rng": random.Random(3),
        "line": collections.deque([1, 2], maxlen=5),
        "tags": {"a", "b"},
        "frozen": frozenset({1}),
        "price": Decimal("1.10"),
        "sold": collections.Counter({"Margherita": 2}),
        "bytes": bytearray(b"ab"),
    }
    loaded = safe_loads(pickle.dumps(value, protocol=5))
    assert loaded["rng"].random() == random.Random(3).random()
    assert loaded["line"] == value["line"]
    assert loaded["line"].maxlen == 5
    assert {key: loaded[key] for key in value if key != "rng"} == {
        key: value[key] for key in value if key != "rng"
    }
    for protocol in range(3, pickle.HIGHEST_PROTOCOL + 1):
        assert safe_loads(pickle.dumps({1, 2}, protocol=protocol)) == {1, 2}


def test_a_real_shop_names_only_allowed_globals(shop):
    check_globals(pickle.dumps(shop, protocol=5))


def test_scan_tells_truncated_from_garbage():
    whole = pickle.dumps({"a": [1, 2, 3]}, protocol=5)
    with pytest.raises(UnreadablePickleError, match="truncated"):
        scan_pickle(whole[:-4])
    with pytest.raises(UnreadablePickleError, match="garbage"):
        scan_pickle(b"\x00\x01\x02")
    assert scan_pickle(whole + b"tail").end == len(whole)
