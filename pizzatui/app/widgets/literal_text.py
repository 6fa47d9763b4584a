"""Text a player or a file supplied, made safe to show exactly as it is."""

from __future__ import annotations

from rich.console import JustifyMethod
from rich.text import Text

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"


def printable(text: str) -> str:
    """Return ``text`` with every unprintable character shown as a replacement mark.

    A file name or an old save can hold escape sequences that would steer the
    terminal; nothing from them reaches it this way.
    """
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else REPLACEMENT for char in text)


def literal(text: str, *, justify: JustifyMethod | None = None) -> Text:
    """A table cell showing ``text`` exactly: never as markup, never as escapes."""
    return Text(printable(text), no_wrap=True, overflow="ellipsis", justify=justify)
