"""Hostile pickles and files for the save store's tests; none may ever run."""

from __future__ import annotations

import collections
import os
import pickle
import random
import subprocess
from pathlib import Path

from pizzatui.employees import Employee
from pizzatui.storage.fileformat import unpack
from tests.storage.conftest import fake_save


def _unicode(text: str) -> bytes:
    """Encode a SHORT_BINUNICODE opcode pushing ``text``."""
    raw = text.encode()
    return b"\x8c" + bytes([len(raw)]) + raw


class _Calls:
    """An object whose pickle calls ``function(*args)`` when loaded."""

    def __init__(self, function: object, *args: object) -> None:
        self.function = function
        self.args = args

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return self.function, self.args


def payloads(marker: Path) -> dict[str, tuple[bytes, str]]:
    """Pickles that would touch ``marker`` if run, with the global each names."""
    command = f"touch {marker}"
    return {
        "os_system": (
            b"cos\nsystem\n(S'" + command.encode() + b"'\ntR.",
            "os.system",
        ),
        "posix_system": (pickle.dumps(_Calls(os.system, command)), "posix.system"),
        "eval": (
            pickle.dumps(_Calls(eval, f"__import__('os').system({command!r})")),
            "builtins.eval",
        ),
        "popen": (
            pickle.dumps(_Calls(subprocess.Popen, ["touch", str(marker)])),
            "subprocess.Popen",
        ),
        "nested_reduce": (
            pickle.dumps(
                _Calls(collections.deque, [_Calls(os.system, command)]), protocol=5
            ),
            "posix.system",
        ),
        "memo_hidden": (
            b"\x80\x04"
            + _unicode("os")
            + b"\x940"
            + _unicode("system")
            + b"\x940"
            + b"h\x00h\x01\x93"
            + _unicode(command)
            + b"\x85R.",
            "os.system",
        ),
        "protocol_0_inst": (
            b"(S'" + command.encode() + b"'\nios\nsystem\n.",
            "os.system",
        ),
        "getattr_chain": (
            pickle.dumps(_Calls(getattr, Employee, "work")),
            "builtins.getattr",
        ),
    }


def build_hostile_folder(folder: Path, good_save: bytes, marker: Path) -> Path:
    """Fill ``folder`` with every kind of bad slot; return an outside file linked in."""
    (folder / "empty.pkl").write_bytes(b"")
    (folder / "truncated.pkl").write_bytes(good_save[: len(good_save) // 2])
    (folder / "random.pkl").write_bytes(random.Random(4).randbytes(3000))
    (folder / "json.pkl").write_text('{"shop": "Luigi", "day": 3}')
    (folder / "dict.pkl").write_bytes(pickle.dumps({"shop": "Luigi"}))
    (folder / "system.pkl").write_bytes(payloads(marker)["os_system"][0])
    (folder / "popen.pkl").write_bytes(payloads(marker)["popen"][0])
    (folder / "future.pkl").write_bytes(with_schema(good_save, 99))
    (folder / "x.pkl").mkdir()
    outside = folder.parent / "outside.pkl"
    outside.write_bytes(good_save)
    (folder / "link.pkl").symlink_to(outside)
    (folder / "unreadable.pkl").write_bytes(good_save)
    (folder / "unreadable.pkl").chmod(0)
    os.mkfifo(folder / "fifo.pkl")
    with (folder / "huge.pkl").open("wb") as huge:
        huge.truncate(17 * 1024 * 1024)
    (folder / "bad\x1bname.pkl").write_bytes(good_save)
    return outside


def with_schema(save: bytes, schema: int) -> bytes:
    """Return a copy of a save whose header claims another schema version."""
    header, pickle_bytes = unpack(save)
    return fake_save(pickle_bytes, header.slot, schema)
