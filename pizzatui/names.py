"""Checks for the names players type: shops, staff, customers and save slots."""

from __future__ import annotations

import unicodedata

MAX_NAME_LENGTH = 40


def check_name(name: object, what: str = "name") -> str:
    """Return ``name`` without surrounding spaces, or raise ValueError saying why."""
    if not isinstance(name, str):
        raise ValueError(f"The {what} must be text, not {type(name).__name__}.")
    cleaned = name.strip()
    if not cleaned:
        raise ValueError(f"The {what} cannot be empty.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValueError(
            f"The {what} is {len(cleaned)} characters long; "
            f"the limit is {MAX_NAME_LENGTH}."
        )
    for char in cleaned:
        # Categories C* are control, format and unassigned characters; Zl and Zp
        # break lines. Any of them could move the cursor or hide text on screen.
        if unicodedata.category(char)[0] == "C" or unicodedata.category(char) in (
            "Zl",
            "Zp",
        ):
            raise ValueError(
                f"The {what} contains a control character "
                f"(U+{ord(char):04X}); use letters, digits and punctuation."
            )
    return cleaned
