"""The pizzatui command: play by default, or run one of the headless subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pizzatui import __version__


def build_parser() -> argparse.ArgumentParser:
    """Build the parser for the command and each of its subcommands."""
    from pizzatui.cli import play, saves, simulate

    parser = argparse.ArgumentParser(
        prog="pizzatui",
        description="Run the pizza shop from Learning Python as a terminal game.",
    )
    parser.add_argument(
        "--version", action="version", version=f"pizzatui {__version__}"
    )
    play.add_arguments(parser)
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    simulate.add_parser(subcommands)
    saves.add_parser(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run what it asks for; return the exit status."""
    args = build_parser().parse_args(argv)
    return int(args.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
