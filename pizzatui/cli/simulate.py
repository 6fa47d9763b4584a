"""``pizzatui simulate``: play whole days headless and print the day reports."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from pizzatui.money import format_money
from pizzatui.pizzashop import PizzaShop
from pizzatui.sim.views import DayReport

MAX_DAYS = 100_000
"""More days than anyone waits for; stops a typo from running all night."""

_COLUMNS = (
    ("Day", 5),
    ("Cust", 5),
    ("Served", 6),
    ("Lost", 5),
    ("Wait", 6),
    ("Worst", 6),
    ("Revenue", 12),
    ("Costs", 12),
    ("Profit", 12),
    ("Cash", 13),
    ("Rep", 5),
    ("Best seller", 12),
)


def _days(text: str) -> int:
    """Read --days: a whole number from 1 up."""
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"days must be a whole number, not {text!r}"
        ) from None
    if not 1 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(
            f"days must be between 1 and {MAX_DAYS}, not {days}"
        )
    return days


def _seed(text: str) -> int:
    """Read --seed: a whole number, 0 or more."""
    try:
        seed = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"the seed must be a whole number, not {text!r}"
        ) from None
    if seed < 0:
        raise argparse.ArgumentTypeError(f"the seed must be 0 or more, not {seed}")
    return seed


def add_parser(subparsers: Any) -> None:
    """Add the ``simulate`` subcommand to the command's parser."""
    parser = subparsers.add_parser(
        "simulate",
        help="play whole days without the screen and print the day reports",
        description=(
            "Play whole days of a shop without the screen and print each day's "
            "report. Money in --json output is in currency units (12.5 is $12.50)."
        ),
    )
    parser.add_argument(
        "--days", type=_days, default=7, help="how many days to play (default 7)"
    )
    parser.add_argument(
        "--seed", type=_seed, default=None, help="the seed of a new shop's dice"
    )
    parser.add_argument(
        "--slot", default=None, help="continue this saved game and save it back"
    )
    parser.add_argument(
        "--saves", default=None, metavar="DIR", help="the folder that holds saves"
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object of totals"
    )
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    """Tell the player what went wrong on stderr; exit status 2."""
    print(f"pizzatui simulate: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Play the days asked for and print the reports; return the exit status."""
    if args.slot is None:
        shop = PizzaShop(seed=args.seed)
        reports = shop.run_days(args.days)
    else:
        result = _run_slot(args)
        if isinstance(result, int):
            return result
        shop, reports = result
    if args.json:
        print(json.dumps(totals(shop, reports)))
    else:
        print(table(shop, reports))
    return 0


def _run_slot(args: argparse.Namespace) -> int | tuple[PizzaShop, list[DayReport]]:
    """Continue (or start) a saved game, play it and save it back."""
    from pizzatui.storage import (
        SaveError,
        SaveStore,
        SlotMissingError,
        check_slot_name,
        saves_folder,
    )

    try:
        slot = check_slot_name(args.slot)
    except ValueError as error:
        return _fail(str(error))
    try:
        store = SaveStore(saves_folder(args.saves))
        with store.lock(slot):
            try:
                shop = store.load(slot)
            except SlotMissingError:
                shop = PizzaShop(seed=args.seed)
            else:
                if args.seed is not None and args.seed != shop.seed:
                    return _fail(
                        f"the slot {slot!r} plays with seed {shop.seed}; "
                        "leave out --seed to continue it"
                    )
            reports = shop.run_days(args.days)
            store.save(slot, shop)
    except SaveError as error:
        return _fail(str(error))
    return shop, reports


def totals(shop: PizzaShop, reports: list[DayReport]) -> dict[str, Any]:
    """Sum the days played into one table of numbers; money in currency units."""
    served = sum(report.served for report in reports)
    costs: dict[str, int] = {}
    for report in reports:
        for kind, cents in report.costs.items():
            costs[kind] = costs.get(kind, 0) + cents
    waited = sum(report.avg_wait * report.served for report in reports)
    return {
        "shop": shop.name,
        "days": len(reports),
        "first_day": reports[0].day if reports else None,
        "seed": shop.seed,
        "customers": sum(report.customers for report in reports),
        "served": served,
        "lost": sum(report.lost for report in reports),
        "revenue": _units(sum(report.revenue for report in reports)),
        "costs": _units(sum(costs.values())),
        "costs_by_kind": {kind: _units(cents) for kind, cents in costs.items()},
        "profit": _units(sum(report.profit for report in reports)),
        "cash": _units(shop.cash),
        "avg_wait_minutes": round(waited / served, 2) if served else 0.0,
        "worst_wait_minutes": max((r.worst_wait for r in reports), default=0.0),
        "reputation": round(shop.reputation, 3),
    }


def _units(cents: int) -> float:
    """Cents as a number of currency units for JSON: 1250 is 12.5."""
    return cents / 100


def table(shop: PizzaShop, reports: list[DayReport]) -> str:
    """Lay the day reports out as a text table with a totals line."""
    header = " ".join(f"{title:>{width}}" for title, width in _COLUMNS)
    lines = [f"{shop.name} (seed {shop.seed})", header, "-" * len(header)]
    for report in reports:
        cells = (
            report.day,
            report.customers,
            report.served,
            report.lost,
            f"{report.avg_wait:.1f}",
            f"{report.worst_wait:.1f}",
            format_money(report.revenue),
            format_money(sum(report.costs.values())),
            format_money(report.profit),
            format_money(report.cash_end),
            f"{report.reputation_end:.2f}",
            report.best_seller or "-",
        )
        lines.append(_row(cells))
    summary = totals(shop, reports)
    lines.append("-" * len(header))
    lines.append(
        _row(
            (
                "All",
                summary["customers"],
                summary["served"],
                summary["lost"],
                f"{summary['avg_wait_minutes']:.1f}",
                f"{summary['worst_wait_minutes']:.1f}",
                format_money(sum(r.revenue for r in reports)),
                format_money(sum(sum(r.costs.values()) for r in reports)),
                format_money(sum(r.profit for r in reports)),
                format_money(shop.cash),
                f"{shop.reputation:.2f}",
                "",
            )
        )
    )
    return "\n".join(lines)


def _row(cells: Sequence[object]) -> str:
    """Right-align one row of cells under the table's columns."""
    return " ".join(
        f"{cell!s:>{width}}" for cell, (_, width) in zip(cells, _COLUMNS, strict=True)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``simulate`` on its own, as ``python -m pizzatui.cli.simulate``."""
    parser = argparse.ArgumentParser(prog="pizzatui")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["simulate", *(sys.argv[1:] if argv is None else argv)])
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
