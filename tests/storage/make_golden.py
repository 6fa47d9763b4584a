"""Write the golden save of the current schema: python -m tests.storage.make_golden.

Run it once whenever the shop's schema version goes up, and commit the new file;
older golden files stay, so every schema ever shipped keeps loading. With
``--wrap PICKLE --schema N --day D`` it instead turns a plain pickle that an older
version of the game wrote (the book's ``pickle.dump(shop, file)``) into the
golden save of schema N.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from pizzatui import PizzaShop
from pizzatui.narration import narrating_to, silence
from pizzatui.pizzashop import SCHEMA_VERSION
from pizzatui.storage import SaveStore, SlotInfo
from pizzatui.storage.allowlist import check_globals
from pizzatui.storage.fileformat import SaveHeader, checksum, pack
from pizzatui.storage.paths import LOCKS_DIR

GOLDEN = Path(__file__).with_name("golden")


def build_shop() -> PizzaShop:
    """Play a small seeded shop for a few days, with a hire and a raise."""
    shop = PizzaShop("Golden Crust", seed=1994)
    shop.hire("chef", "Mario")
    shop.give_raise("Pat", 0.1)
    with narrating_to(silence):
        shop.run_days(3)
        shop.advance(95)
    return shop


def wrap(pickle_path: Path, schema: int, day: int) -> SlotInfo:
    """Give a plain pickle from an older game a header, as that game's save."""
    pickle_bytes = pickle_path.read_bytes()
    check_globals(pickle_bytes)
    header = SaveHeader(
        slot=f"schema-{schema}",
        shop="Pizza Shop",
        day=day,
        minute=0,
        cash=0,
        staff=2,
        served=0,
        saved_at="2025-01-01T12:00:00+00:00",
        schema=schema,
        app_version="0.1.0",
        sha256=checksum(pickle_bytes),
        pickle_bytes=len(pickle_bytes),
    )
    return SaveStore(GOLDEN).write(header.slot, pack(pickle_bytes, header))


def main(argv: list[str] | None = None) -> int:
    """Write golden/schema-<version>.pkl and say where."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wrap", type=Path, help="a plain pickle of an older shop")
    parser.add_argument("--schema", type=int, default=SCHEMA_VERSION)
    parser.add_argument("--day", type=int, default=1)
    args = parser.parse_args(argv)
    GOLDEN.mkdir(exist_ok=True)
    # A golden save is written afresh, so no backup of the old one is wanted.
    (GOLDEN / f"schema-{args.schema}.pkl").unlink(missing_ok=True)
    if args.wrap:
        info = wrap(args.wrap, args.schema, args.day)
    else:
        info = SaveStore(GOLDEN).save(f"schema-{SCHEMA_VERSION}", build_shop())
    # Saving leaves an empty lock folder behind, which has no place in the tests.
    with contextlib.suppress(OSError):
        (GOLDEN / LOCKS_DIR).rmdir()
    print(f"wrote {GOLDEN / (info.slot + '.pkl')}: day {info.day}, {info.bytes} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
