"""What a pickled shop holds: few classes, a small history, and old saves upgraded."""

from __future__ import annotations

import pickle
import pickletools

from pizzatui import PizzaShop
from pizzatui.pizzashop import SCHEMA_VERSION, Oven

EXPECTED_GLOBALS = {
    ("pizzatui.pizzashop", "PizzaShop"),
    ("pizzatui.pizzashop", "Oven"),
    ("pizzatui.employees", "Server"),
    ("pizzatui.employees", "Chef"),
    ("pizzatui.employees", "PizzaRobot"),
    ("pizzatui.sim.model", "MenuItem"),
    ("pizzatui.sim.state", "Visit"),
    ("pizzatui.sim.state", "DayLedger"),
    ("pizzatui.sim.views", "DayReport"),
    ("random", "Random"),
    ("collections", "deque"),
}


def pickled_globals(data: bytes) -> set[tuple[str, str]]:
    """Every class a pickle names, read from its opcodes without running it."""
    found: set[tuple[str, str]] = set()
    strings: list[str] = []
    memo: dict[int, object] = {}
    for opcode, argument, _ in pickletools.genops(data):
        if opcode.name == "GLOBAL":
            module, name = argument.split(" ", 1)
            found.add((module, name))
        elif opcode.name == "STACK_GLOBAL":
            found.add((strings[-2], strings[-1]))
        elif opcode.name in {"SHORT_BINUNICODE", "BINUNICODE", "UNICODE"}:
            strings.append(argument)
        elif opcode.name == "MEMOIZE":
            memo[len(memo)] = strings[-1] if strings else None
        elif opcode.name in {"BINGET", "LONG_BINGET", "GET"}:
            remembered = memo.get(argument)
            if isinstance(remembered, str):
                strings.append(remembered)
    return found


def _mid_day_shop() -> PizzaShop:
    shop = PizzaShop(seed=31)
    shop.hire("chef", "Ann")
    shop.run_days(1)
    shop.advance(24 * 60 - shop.minute + 13 * 60)
    shop.restock("ham", 10, rushed=True)
    assert shop.is_open and shop.view().waiting
    return shop


def test_a_mid_day_pickle_names_only_the_allowlisted_classes():
    shop = _mid_day_shop()
    for protocol in (2, 4, 5):
        assert pickled_globals(pickle.dumps(shop, protocol=protocol)) == (
            EXPECTED_GLOBALS
        )


def test_a_mid_day_shop_loads_through_the_save_store(tmp_path):
    from pizzatui.storage import SaveStore

    shop = _mid_day_shop()
    store = SaveStore(tmp_path)
    store.save("midday", shop)
    loaded = store.load("midday")
    assert loaded.view() == shop.view()
    assert loaded.run_days(2) == shop.run_days(2)


def test_a_year_of_trading_pickles_small():
    shop = PizzaShop(seed=32)
    shop.hire("chef", "Ann")
    reports = shop.run_days(365)
    assert len(shop.history) == 365
    assert sum(report.served for report in reports) > 365 * 100
    assert len(pickle.dumps(shop)) <= 100 * 1024


def test_the_listener_is_never_pickled():
    shop = PizzaShop(seed=33)
    shop.narrate_to(print)
    shop.advance(60)
    loaded = pickle.loads(pickle.dumps(shop))
    assert loaded._listener is None
    assert "_told" not in shop.__getstate__()


def test_a_save_from_before_the_economy_upgrades_and_plays(capsys):
    old = PizzaShop(seed=34)
    old.give_raise("Pat", 0.25)
    book_oven = Oven()
    del book_oven.baking  # the first version's oven held nothing
    state = {
        "schema_version": 1,
        "name": old.name,
        "staff": old.staff,
        "oven": book_oven,
        "_listener": None,
    }
    shell = PizzaShop.__new__(PizzaShop)
    shell.__dict__.update(state)
    data = pickle.dumps(shell)
    # Pickling the shell runs the new __getstate__, which is what an old game's
    # plain __dict__ looks like too.
    loaded = pickle.loads(data)
    assert loaded.schema_version == SCHEMA_VERSION
    assert repr(loaded.server) == "<Employee: name=Pat, salary=50000>"
    assert loaded.oven is loaded.ovens[0]
    loaded.order("LSP")
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "oven bakes",
        "LSP pays for item to <Employee: name=Pat, salary=50000>",
    ]
    reports = loaded.run_days(2)
    assert reports[0].served > 0
    assert isinstance(loaded.seed, int)
