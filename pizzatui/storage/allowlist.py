"""Unpickling through an allowlist; finding the globals a pickle names, unrun."""

from __future__ import annotations

import importlib
import io
import pickle
import pickletools
import re
from dataclasses import dataclass
from typing import Any

from pizzatui.storage.errors import SlotDamagedError, SlotUnsafeError

DOMAIN_MODULES = (
    "pizzatui.employees",
    "pizzatui.pizzashop",
    "pizzatui.money",
    "pizzatui.names",
    "pizzatui.narration",
    "pizzatui.sim",
)
"""Modules whose classes a save may name; a trailing package covers its submodules."""

STANDARD_NAMES = frozenset(
    {
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("random", "Random"),
        ("collections", "deque"),
        ("collections", "Counter"),
        ("decimal", "Decimal"),
    }
)
"""The few standard-library classes a shop's pickle may need; nothing else."""

_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


class UnreadablePickleError(Exception):
    """A pickle that cannot be read: ``reason`` says how, in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _is_domain_module(module: str) -> bool:
    """Say whether ``module`` is one of the shop's own modules."""
    return any(
        module == prefix or module.startswith(prefix + ".") for prefix in DOMAIN_MODULES
    )


def _forbidden(module: str, name: str) -> SlotUnsafeError:
    """Build the error for a global the allowlist refuses."""
    shown = f"{module}.{name}"[:120]
    return SlotUnsafeError(
        f"The save names {shown}, which a save may not use; it was not opened.",
        shown,
    )


def resolve_global(module: str, name: str) -> type:
    """Return the class ``module.name`` if a save may use it, else raise."""
    if (module, name) in STANDARD_NAMES:
        return getattr(importlib.import_module(module), name)
    if not (
        _DOTTED.fullmatch(module)
        and _DOTTED.fullmatch(name)
        and _is_domain_module(module)
        and "__" not in name
        and "__" not in module
    ):
        raise _forbidden(module, name)
    try:
        found: Any = importlib.import_module(module)
    except ImportError:
        raise SlotDamagedError(
            f"The save needs {module}.{name}, which this version of the game lacks.",
            f"unknown class {module}.{name}",
        ) from None
    for part in name.split("."):
        found = getattr(found, part, None)
        # Only classes defined in the module itself: never functions, and never a
        # name the module merely imported from elsewhere.
        if not isinstance(found, type) or found.__module__ != module:
            if found is None:
                raise SlotDamagedError(
                    f"The save needs {module}.{name}, which this version of the "
                    "game lacks.",
                    f"unknown class {module}.{name}",
                )
            raise _forbidden(module, name)
    return found


class SafeUnpickler(pickle.Unpickler):
    """An unpickler that builds only allowlisted classes."""

    def find_class(self, module: str, name: str) -> Any:
        """Resolve a global through the allowlist instead of importing anything."""
        return resolve_global(module, name)


def safe_loads(pickle_bytes: bytes) -> Any:
    """Unpickle bytes through the allowlist."""
    return SafeUnpickler(io.BytesIO(pickle_bytes)).load()


_STRING_OPS = frozenset(
    {
        "UNICODE",
        "SHORT_BINUNICODE",
        "BINUNICODE",
        "BINUNICODE8",
        "STRING",
        "BINSTRING",
        "SHORT_BINSTRING",
    }
)
_PUT_OPS = frozenset({"PUT", "BINPUT", "LONG_BINPUT"})
_GET_OPS = frozenset({"GET", "BINGET", "LONG_BINGET"})
_MARK = object()


def _as_text(value: object) -> str | None:
    """Return a pickled string argument as text, or None for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return None


@dataclass(frozen=True)
class PickleScan:
    """What a pickle refers to and where it ends, found without running it."""

    globals: tuple[tuple[str, str], ...]
    end: int


def _problem(error: ValueError) -> UnreadablePickleError:
    """Turn pickletools' complaint about bad bytes into a reason for the player."""
    text = str(error)
    if "exhausted" in text or "remain" in text or "not enough data" in text:
        return UnreadablePickleError("truncated: the file ends before the save does")
    return UnreadablePickleError("garbage: not a pickle")


def scan_pickle(data: bytes) -> PickleScan:
    """List each (module, name) the pickle at the start of ``data`` refers to.

    Reads opcodes only. The stack is followed just far enough to know which
    strings a STACK_GLOBAL takes, including strings fetched back from the memo.
    Raises UnreadablePickleError for bytes that do not start with one whole pickle.
    """
    stack: list[object] = []
    memo: dict[int, object] = {}
    found: list[tuple[str, str]] = []
    end = 0
    try:
        for opcode, arg, position in pickletools.genops(data):
            end = position + 1
            name = opcode.name
            if name == "MEMOIZE":
                memo[len(memo)] = stack[-1]
                continue
            if name in _PUT_OPS:
                memo[arg] = stack[-1]
                continue
            before = opcode.stack_before
            popped: list[object] = []
            if pickletools.markobject in before:
                while stack[-1] is not _MARK:
                    stack.pop()
                stack.pop()
                for _ in range(before.index(pickletools.markobject)):
                    popped.append(stack.pop())
            else:
                for _ in before:
                    popped.append(stack.pop())
            if name == "STACK_GLOBAL":
                global_name, module = (_as_text(item) for item in popped)
                found.append((module or "<hidden>", global_name or "<hidden>"))
            elif name in ("GLOBAL", "INST"):
                module, _, global_name = str(arg).partition(" ")
                found.append((module, global_name))
            for _ in opcode.stack_after:
                if name == "MARK":
                    stack.append(_MARK)
                elif name in _STRING_OPS:
                    stack.append(_as_text(arg))
                elif name in _GET_OPS:
                    stack.append(memo.get(arg))
                else:
                    stack.append(None)
    except IndexError:
        raise UnreadablePickleError("garbage: not a pickle the game can read") from None
    except ValueError as error:
        raise _problem(error) from None
    return PickleScan(tuple(found), end)


def check_globals(pickle_bytes: bytes) -> None:
    """Raise SlotUnsafeError for the first global the allowlist refuses."""
    for module, name in scan_pickle(pickle_bytes).globals:
        resolve_global(module, name)


def refused_global(scan: PickleScan) -> str:
    """Return the first global in ``scan`` the allowlist refuses, or ''."""
    for module, name in scan.globals:
        try:
            resolve_global(module, name)
        except SlotUnsafeError as error:
            return error.forbidden
        except SlotDamagedError:
            continue
    return ""
