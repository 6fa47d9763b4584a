"""Bars drawn with block characters, readable without colour."""

from __future__ import annotations

FULL, EMPTY = "█", "░"


def bar(fraction: float, width: int) -> str:
    """Draw ``fraction`` (0 to 1) as ``width`` cells, filled from the left."""
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return FULL * filled + EMPTY * (width - filled)


def fit(text: str, width: int) -> str:
    """Cut or pad ``text`` to ``width`` cells, marking a cut with an ellipsis."""
    if len(text) > width:
        return text[: width - 1] + "…"
    return text.ljust(width)
