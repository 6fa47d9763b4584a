"""Where saves live: the saves folder, slot names and the files each slot uses."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from pizzatui.storage.errors import SaveError, SaveWriteError

SLOT_SUFFIX = ".pkl"
"""Every slot is one file, ``<slot>.pkl``, in the saves folder."""

MAX_SLOT_LENGTH = 40
SAVES_ENV = "PIZZATUI_SAVES"
DEFAULT_SAVES = "saves"
BACKUPS_DIR = ".backups"
LOCKS_DIR = ".locks"

_SLOT_CHARS = re.compile(r"[A-Za-z0-9 _-]+")


def check_slot_name(name: object) -> str:
    """Return a slot name without surrounding spaces, or raise ValueError saying why."""
    if not isinstance(name, str):
        raise ValueError(f"A slot name must be text, not {type(name).__name__}.")
    cleaned = name.strip()
    if not cleaned:
        raise ValueError("A slot name cannot be empty.")
    if len(cleaned) > MAX_SLOT_LENGTH:
        raise ValueError(
            f"The slot name is {len(cleaned)} characters long; "
            f"the limit is {MAX_SLOT_LENGTH}."
        )
    if not _SLOT_CHARS.fullmatch(cleaned):
        bad = next(char for char in cleaned if not _SLOT_CHARS.fullmatch(char))
        raise ValueError(
            f"A slot name may hold only letters, digits, spaces, '-' and '_'; "
            f"{bad!r} is not allowed."
        )
    return cleaned


def saves_folder(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the saves folder (argument, then $PIZZATUI_SAVES, then ./saves)."""
    chosen = explicit or os.environ.get(SAVES_ENV) or DEFAULT_SAVES
    folder = Path(chosen).expanduser().absolute()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        raise SaveError(f"The saves folder {folder} is a file, not a folder.") from None
    except OSError as error:
        raise SaveError(
            f"The saves folder {folder} cannot be created: {error.strerror}."
        ) from None
    if not folder.is_dir():
        raise SaveError(f"The saves folder {folder} is not a folder.")
    return folder


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` as a 0700 folder if missing; refuse links and files there."""
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as error:
        raise SaveWriteError(
            f"The folder {path} cannot be created: {error.strerror}."
        ) from None
    try:
        mode = path.lstat().st_mode
    except OSError as error:
        raise SaveWriteError(
            f"The folder {path} cannot be used: {error.strerror}."
        ) from None
    if not stat.S_ISDIR(mode):
        # A link here could send backups or locks outside the saves folder.
        raise SaveWriteError(f"{path} is not a plain folder, so it is not used.")
    return path


@dataclass(frozen=True)
class SlotPaths:
    """The files that belong to one slot of a saves folder."""

    folder: Path
    slot: str

    @classmethod
    def of(cls, folder: Path, slot: object) -> SlotPaths:
        """Check the slot name and return its paths, all inside ``folder``."""
        name = check_slot_name(slot)
        paths = cls(folder, name)
        # The name rules already forbid separators; this guards the rules themselves.
        if paths.save.parent != folder or paths.lock.parent.parent != folder:
            raise ValueError(f"The slot name {name!r} points outside the saves folder.")
        return paths

    @property
    def save(self) -> Path:
        """The slot's save file."""
        return self.folder / f"{self.slot}{SLOT_SUFFIX}"

    @property
    def backups(self) -> Path:
        """The folder holding the slot's last few versions."""
        return self.folder / BACKUPS_DIR / self.slot

    @property
    def lock(self) -> Path:
        """The file a session locks while it has the slot open."""
        return self.folder / LOCKS_DIR / f"{self.slot}.lock"

    def temp_prefix(self) -> str:
        """The start of the names of this slot's temporary files while writing."""
        return f".{self.slot}{SLOT_SUFFIX}."
