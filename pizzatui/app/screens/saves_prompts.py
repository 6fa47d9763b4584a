"""The questions the saves screen asks before it changes a slot."""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content

from pizzatui.app.dialogs.confirm import ConfirmDialog
from pizzatui.app.dialogs.text_prompt import PromptField, TextPrompt
from pizzatui.app.widgets.literal_text import printable
from pizzatui.names import check_name

SlotNameCheck = Callable[[str], str]
"""Cleans a name for a new slot, or raises ValueError saying why it will not do."""

MAX_SEED_DIGITS = 18
"""A seed longer than this is no easier to remember and only looks like a typo."""


def check_seed_text(text: str) -> str:
    """Return the seed as typed (blank for a random one), or raise saying why not."""
    cleaned = text.strip()
    if cleaned and not (cleaned.isascii() and cleaned.isdigit()):
        raise ValueError(
            "A seed is a whole number, 0 or more; leave it blank for a random one."
        )
    if len(cleaned) > MAX_SEED_DIGITS:
        raise ValueError(f"A seed has at most {MAX_SEED_DIGITS} digits.")
    return cleaned


def new_shop_prompt(check_free_slot: SlotNameCheck) -> TextPrompt:
    """Ask for a new slot's name, the shop's name and, if the player likes, a seed."""
    fields = [
        PromptField(
            "Slot name",
            check_free_slot,
            placeholder="letters, digits, spaces, - and _",
        ),
        PromptField(
            "Shop name",
            lambda text: check_name(text, "shop's name"),
            value="Pizza Shop",
        ),
        PromptField(
            "Seed",
            check_seed_text,
            placeholder="blank for a random one; the same seed, the same days",
        ),
    ]
    return TextPrompt("New shop", fields, submit_label="Start")


def save_as_prompt(slot: str, check_free_slot: SlotNameCheck) -> TextPrompt:
    """Ask for the name of a new slot to copy ``slot`` to."""
    field = PromptField("New slot name", check_free_slot, value=f"{slot} copy")
    note = Content.assemble("Copy ", (slot, "bold"), " to a new slot.")
    return TextPrompt("Save as", [field], note=note, submit_label="Copy")


def rename_prompt(slot: str, check_free_slot: SlotNameCheck) -> TextPrompt:
    """Ask for the new name of ``slot``."""
    field = PromptField("New name", check_free_slot, value=slot)
    note = Content.assemble("Rename the save ", (slot, "bold"), ".")
    return TextPrompt("Rename", [field], note=note, submit_label="Rename")


def delete_question(slot: str) -> ConfirmDialog:
    """Ask whether to delete ``slot``, saying its last version is kept."""
    question = Content.assemble(
        "Delete the save ",
        (printable(slot), "bold"),
        "? Its last version is kept among the folder's backups.",
    )
    return ConfirmDialog(question, title="Delete save", yes_label="Delete")
