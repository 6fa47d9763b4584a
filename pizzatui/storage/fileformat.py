"""The slot file: a pickle of the shop, then a JSON header, then a fixed trailer.

``pickle.load`` stops at the pickle's STOP opcode, so the file stays a plain pickle
of the shop; the trailer at the very end says how long the header and the pickle
are, so a listing reads only the last few hundred bytes of each file.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from dataclasses import asdict, dataclass
from typing import Any

from pizzatui.storage.allowlist import (
    UnreadablePickleError,
    refused_global,
    scan_pickle,
)

MAGIC = b"PZTSAVE1"
TRAILER = struct.Struct("<8sIQ")
"""Magic, header length and pickle length, little-endian, 20 bytes in all."""

MAX_HEADER_BYTES = 64 * 1024
MAX_SAVE_BYTES = 16 * 1024 * 1024
"""The largest slot file the game will open; a shop's save is far smaller."""

TAIL_READ = 1024
"""Bytes read from the end of a file in one go: enough for trailer and header."""


class SaveFormatError(Exception):
    """A slot file that does not hold a readable save; ``reason`` says why."""

    def __init__(self, reason: str, forbidden: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.forbidden = forbidden


@dataclass(frozen=True)
class SaveHeader:
    """What a save says about itself, readable without unpickling the shop."""

    slot: str
    shop: str
    day: int
    minute: int | float
    cash: int
    staff: int
    served: int
    saved_at: str
    schema: int
    app_version: str
    sha256: str
    pickle_bytes: int

    def to_bytes(self) -> bytes:
        """Encode the header as compact JSON."""
        return json.dumps(asdict(self), separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> SaveHeader:
        """Decode and check a header, raising SaveFormatError if it is not one."""
        try:
            fields: Any = _decode_json(raw.decode())
        except (ValueError, UnicodeDecodeError):
            raise SaveFormatError("damaged header: not valid JSON") from None
        if not isinstance(fields, dict):
            raise SaveFormatError("damaged header: not a table of fields")
        values = {}
        for name, kinds in _HEADER_TYPES.items():
            value = fields.get(name)
            # Exact types: a bool is an int to isinstance, but not a day or cash.
            if type(value) not in kinds:
                raise SaveFormatError(f"damaged header: bad or missing {name!r}")
            values[name] = value
        return cls(**values)


_decode_json = json.JSONDecoder().decode

_HEADER_TYPES: dict[str, tuple[type, ...]] = {
    "slot": (str,),
    "shop": (str,),
    "day": (int,),
    "minute": (int, float),
    "cash": (int,),
    "staff": (int,),
    "served": (int,),
    "saved_at": (str,),
    "schema": (int,),
    "app_version": (str,),
    "sha256": (str,),
    "pickle_bytes": (int,),
}


def pack(pickle_bytes: bytes, header: SaveHeader) -> bytes:
    """Join a pickle, its header and the trailer into the bytes of one slot file."""
    header_bytes = header.to_bytes()
    trailer = TRAILER.pack(MAGIC, len(header_bytes), len(pickle_bytes))
    return b"".join((pickle_bytes, header_bytes, trailer))


def checksum(pickle_bytes: bytes) -> str:
    """Return the SHA-256 of the pickle, as the header records it."""
    return hashlib.sha256(pickle_bytes).hexdigest()


def _parse_trailer(tail: bytes, size: int) -> tuple[int, int]:
    """Return (header length, pickle length) from the last bytes of a file."""
    if size < TRAILER.size:
        raise SaveFormatError("no header")
    magic, header_length, pickle_length = TRAILER.unpack(tail[-TRAILER.size :])
    if magic != MAGIC:
        raise SaveFormatError("no header")
    if header_length > MAX_HEADER_BYTES or (
        pickle_length + header_length + TRAILER.size != size
    ):
        raise SaveFormatError("truncated: the file's length does not match its header")
    return header_length, pickle_length


def read_header(fd: int, size: int) -> SaveHeader:
    """Read a save's header from the end of an open file, never the pickle itself."""
    if size == 0:
        raise SaveFormatError("empty file")
    tail = os.pread(fd, min(size, TAIL_READ), max(0, size - TAIL_READ))
    header_length, pickle_length = _parse_trailer(tail, size)
    wanted = header_length + TRAILER.size
    if wanted > len(tail):
        tail = os.pread(fd, wanted, size - wanted)
    header = SaveHeader.from_bytes(tail[-wanted : -TRAILER.size])
    if header.pickle_bytes != pickle_length:
        raise SaveFormatError("damaged header: the pickle's length disagrees")
    return header


def unpack(data: bytes) -> tuple[SaveHeader, bytes]:
    """Split a whole slot file into its header and checked pickle bytes."""
    if not data:
        raise SaveFormatError("empty file")
    header_length, pickle_length = _parse_trailer(data[-TRAILER.size :], len(data))
    header = SaveHeader.from_bytes(data[pickle_length : pickle_length + header_length])
    pickle_bytes = data[:pickle_length]
    if header.pickle_bytes != pickle_length:
        raise SaveFormatError("damaged header: the pickle's length disagrees")
    if checksum(pickle_bytes) != header.sha256:
        raise SaveFormatError("checksum mismatch: the file changed after it was saved")
    return header, pickle_bytes


def diagnose(data: bytes) -> SaveFormatError:
    """Say what a file without a valid header is, by reading its opcodes only."""
    if not data:
        return SaveFormatError("empty file")
    try:
        scan = scan_pickle(data)
    except UnreadablePickleError as problem:
        return SaveFormatError(problem.reason)
    forbidden = refused_global(scan)
    if forbidden:
        return SaveFormatError(f"forbidden global {forbidden}", forbidden)
    if data[scan.end : scan.end + 1] == b"{":
        return SaveFormatError("truncated: the header is cut short")
    return SaveFormatError("no header: a bare pickle, not a save")
