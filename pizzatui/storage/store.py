"""The save store: slots in one folder, listed, loaded, written, backed up, locked."""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pizzatui import __version__
from pizzatui.pizzashop import SCHEMA_VERSION
from pizzatui.storage.allowlist import check_globals, safe_loads
from pizzatui.storage.atomic import (
    explain,
    fsync_folder,
)
from pizzatui.storage.backups import (
    KEEP_BACKUPS,
    BackupInfo,
    is_backup_id,
    list_backups,
    rotate,
    take_backup,
)
from pizzatui.storage.errors import (
    SaveError,
    SaveWriteError,
    SlotDamagedError,
    SlotMissingError,
    SlotNewerError,
    SlotUnsafeError,
)
from pizzatui.storage.fileformat import (
    MAX_SAVE_BYTES,
    SaveFormatError,
    SaveHeader,
    checksum,
    diagnose,
    pack,
    unpack,
)
from pizzatui.storage.locks import LockHolder, SlotLock, acquire, held_here, probe
from pizzatui.storage.paths import (
    LOCKS_DIR,
    SLOT_SUFFIX,
    SlotPaths,
    check_slot_name,
)
from pizzatui.storage.slotinfo import (
    DAMAGED,
    LOCKED,
    NEWER,
    OK,
    SlotInfo,
    inspect_slot,
    read_save_file,
)
from pizzatui.storage.writing import has_header, holding, write_held

if TYPE_CHECKING:
    from pizzatui.pizzashop import PizzaShop

log = logging.getLogger(__name__)


def _damaged(slot: str, error: SaveFormatError, data: bytes | None = None) -> SaveError:
    """Turn a format problem into the error a player sees, unsafe if it is one."""
    if data is not None and error.reason == "no header":
        error = diagnose(data)
    if error.forbidden:
        return SlotUnsafeError(
            f"The save {slot!r} names {error.forbidden}, which a save may not use; "
            "it was not opened.",
            error.forbidden,
        )
    message = f"The save {slot!r} is damaged: {error.reason}."
    return SlotDamagedError(message, error.reason)


def _is_slot_name(text: str) -> bool:
    """Say whether a file's stem is exactly a valid slot name."""
    try:
        return check_slot_name(text) == text
    except ValueError:
        return False


class SaveStore:
    """Save slots in one folder: one self-describing pickle file per slot."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder).absolute()

    def __repr__(self) -> str:
        return f"SaveStore({str(self.folder)!r})"

    def paths(self, slot: object) -> SlotPaths:
        """Return the files of ``slot``, checking its name."""
        return SlotPaths.of(self.folder, slot)

    # Reading

    def list(self) -> list[SlotInfo]:
        """Describe every slot from headers only, newest first; never unpickles."""
        try:
            entries = list(os.scandir(self.folder))
        except OSError as error:
            raise SaveError(
                f"The saves folder {self.folder} cannot be read: {error.strerror}."
            ) from None
        try:
            lock_files = set(os.listdir(self.folder / LOCKS_DIR))  # noqa: PTH208
        except OSError:
            lock_files = set()
        slots = []
        for entry in entries:
            name = entry.name
            if name.startswith(".") or not name.endswith(SLOT_SUFFIX):
                continue
            stem = name.removesuffix(SLOT_SUFFIX)
            if not _is_slot_name(stem):
                slots.append(SlotInfo(stem, DAMAGED, "not a valid slot name"))
                continue
            try:
                info = inspect_slot(entry.path, stem, entry=entry)
            except SlotMissingError:
                continue
            if f"{stem}.lock" in lock_files:
                info = self._with_holder(info)
            slots.append(info)
        slots.sort(key=lambda info: (-info.modified, info.slot))
        return slots

    def info(self, slot: str, verify: bool = False) -> SlotInfo:
        """Describe one slot; ``verify`` also checks its checksum and its globals."""
        paths = self.paths(slot)
        return self._with_holder(inspect_slot(paths.save, paths.slot, verify))

    def _with_holder(self, info: SlotInfo) -> SlotInfo:
        """Add who holds the slot, and mark it locked if that is someone else."""
        lock_path = self.paths(info.slot).lock
        holder = probe(lock_path)
        if holder is None:
            return info
        if held_here(lock_path) is None and info.status in (OK, NEWER):
            reason = f"open in another session ({holder.describe()})"
            return dataclasses.replace(
                info, status=LOCKED, reason=reason, holder=holder
            )
        return dataclasses.replace(info, holder=holder)

    def load(self, slot: str) -> PizzaShop:
        """Unpickle a slot's shop through the allowlist, upgrading older saves."""
        from pizzatui.pizzashop import PizzaShop

        paths = self.paths(slot)
        data = read_save_file(paths.save)
        try:
            header, pickle_bytes = unpack(data)
        except SaveFormatError as error:
            raise _damaged(paths.slot, error, data) from None
        if header.schema > SCHEMA_VERSION:
            raise SlotNewerError(
                f"The save {paths.slot!r} was made by a newer version of the game "
                f"(save format {header.schema}; this one reads up to "
                f"{SCHEMA_VERSION}). Update pizzatui to open it.",
                header.schema,
            )
        try:
            check_globals(pickle_bytes)
        except SlotUnsafeError as error:
            raise SlotUnsafeError(
                f"The save {paths.slot!r} names {error.forbidden}, which a save may "
                "not use; it was not opened.",
                error.forbidden,
            ) from None
        except SaveError:
            raise
        if header.schema < SCHEMA_VERSION:
            # The shop upgrades itself as it unpickles; keep the old file first.
            with holding(paths):
                take_backup(paths.save, paths.backups)
                rotate(paths.backups)
        shop = self._unpickle(paths.slot, pickle_bytes)
        if not isinstance(shop, PizzaShop):
            raise SlotDamagedError(
                f"The save {paths.slot!r} does not hold a shop.", "not a shop"
            )
        return shop

    @staticmethod
    def _unpickle(slot: str, pickle_bytes: bytes) -> object:
        """Unpickle through the allowlist, turning any failure into a SaveError."""
        try:
            return safe_loads(pickle_bytes)
        except SaveError:
            raise
        except Exception as error:
            # A save's bytes can make unpickling fail in countless ways; all of them
            # mean the same to a player, and the detail goes to the developer log.
            log.warning("unpickling save %r failed", slot, exc_info=True)
            raise SlotDamagedError(
                f"The save {slot!r} is damaged: it cannot be unpickled ({error}).",
                "garbage: the pickle cannot be read",
            ) from error

    # Writing

    def encode(self, slot: str, shop: PizzaShop) -> bytes:
        """Pickle a shop and add its header and trailer: the bytes of a slot file."""
        name = check_slot_name(slot)
        try:
            pickle_bytes = pickle.dumps(shop, protocol=5)
            summary = shop.save_summary()
            header = SaveHeader(
                slot=name,
                shop=str(summary["shop"]),
                day=int(summary["day"]),
                minute=summary["minute"],
                cash=int(summary["cash"]),
                staff=int(summary["staff"]),
                served=int(summary["served"]),
                saved_at=datetime.now().astimezone().isoformat(timespec="seconds"),
                schema=int(shop.schema_version),
                app_version=__version__,
                sha256=checksum(pickle_bytes),
                pickle_bytes=len(pickle_bytes),
            )
        except (pickle.PicklingError, TypeError, AttributeError, KeyError) as error:
            log.warning("pickling shop for slot %r failed", name, exc_info=True)
            raise SaveWriteError(
                f"The shop could not be saved to {name!r}: {error}."
            ) from error
        return pack(pickle_bytes, header)

    def save(self, slot: str, shop: PizzaShop) -> SlotInfo:
        """Encode and write a shop in one call."""
        return self.write(slot, self.encode(slot, shop))

    def write(self, slot: str, data: bytes) -> SlotInfo:
        """Write a slot's bytes atomically, keeping the old version as a backup.

        Refuses bytes that would not load again, so a bad save never replaces a
        good one.
        """
        paths = self.paths(slot)
        if len(data) > MAX_SAVE_BYTES:
            raise SaveWriteError(
                f"The save {paths.slot!r} would be {len(data)} bytes, over the "
                f"{MAX_SAVE_BYTES} the game can open again; nothing was written."
            )
        try:
            _header, pickle_bytes = unpack(data)
            check_globals(pickle_bytes)
        except SaveFormatError as error:
            raise SaveWriteError(
                f"The save {paths.slot!r} was not written: its bytes are not a save "
                f"({error.reason})."
            ) from None
        except SaveError as error:
            raise SaveWriteError(
                f"The save {paths.slot!r} was not written: {error}"
            ) from None
        with holding(paths):
            write_held(paths, data)
        return self.info(paths.slot)

    def delete(self, slot: str) -> None:
        """Delete a slot, keeping its last version as a restore point."""
        paths = self.paths(slot)
        with holding(paths):
            if not os.path.lexists(paths.save):
                raise SlotMissingError(f"There is no save called {paths.slot!r}.")
            try:
                if has_header(paths):
                    take_backup(paths.save, paths.backups)
                    rotate(paths.backups)
                paths.save.unlink()
                fsync_folder(self.folder)
            except OSError as error:
                raise SaveWriteError(
                    explain(error, f"Deleting {paths.slot!r}").replace(
                        "could not be written", "failed"
                    )
                ) from error

    def copy(self, source: str, target: str) -> SlotInfo:
        """Copy a slot to a new slot name; the copy starts without backups."""
        return self._duplicate(source, target, keep_source=True)

    def rename(self, old: str, new: str) -> SlotInfo:
        """Give a slot a new name, taking its backups along."""
        return self._duplicate(old, new, keep_source=False)

    def _duplicate(self, source: str, target: str, keep_source: bool) -> SlotInfo:
        """Copy or move a slot's save to a slot that does not exist yet."""
        old, new = self.paths(source), self.paths(target)
        if old.slot == new.slot:
            raise ValueError(f"The save is already called {old.slot!r}.")
        with holding(old), holding(new):
            if os.path.lexists(new.save):
                raise SaveError(
                    f"There is already a save called {new.slot!r}; "
                    "delete it first or choose another name."
                )
            data = read_save_file(old.save)
            try:
                header, pickle_bytes = unpack(data)
            except SaveFormatError as error:
                raise _damaged(old.slot, error, data) from None
            renamed = dataclasses.replace(header, slot=new.slot)
            write_held(new, pack(pickle_bytes, renamed))
            if not keep_source:
                self._move_backups(old, new)
                try:
                    old.save.unlink()
                    fsync_folder(self.folder)
                except OSError as error:
                    raise SaveWriteError(
                        f"The save was copied to {new.slot!r}, but {old.slot!r} "
                        f"could not be removed: {error.strerror}."
                    ) from error
        return self.info(new.slot)

    @staticmethod
    def _move_backups(old: SlotPaths, new: SlotPaths) -> None:
        """Move a slot's restore points along with it, if the new name has none."""
        if not old.backups.is_dir() or os.path.lexists(new.backups):
            return
        try:
            old.backups.rename(new.backups)
        except OSError:
            log.warning("backups of %r not moved to %r", old.slot, new.slot)

    # Restore points

    def backups(self, slot: str) -> list[BackupInfo]:
        """Return a slot's restore points, newest first."""
        paths = self.paths(slot)
        return list_backups(paths.slot, paths.backups)[:KEEP_BACKUPS]

    def restore(self, slot: str, backup: BackupInfo | str) -> SlotInfo:
        """Bring a restore point back as the slot's save; the current one is kept."""
        paths = self.paths(slot)
        backup_id = backup.id if isinstance(backup, BackupInfo) else str(backup)
        if not is_backup_id(backup_id):
            raise ValueError(f"{backup_id!r} is not a restore point's name.")
        source = paths.backups / f"{backup_id}{SLOT_SUFFIX}"
        try:
            data = read_save_file(source)
        except SlotMissingError:
            raise SlotMissingError(
                f"The save {paths.slot!r} has no restore point {backup_id!r}."
            ) from None
        try:
            header, pickle_bytes = unpack(data)
        except SaveFormatError as error:
            raise _damaged(f"{paths.slot} ({backup_id})", error, data) from None
        return self.write(
            paths.slot, pack(pickle_bytes, dataclasses.replace(header, slot=paths.slot))
        )

    # Locks

    def lock(self, slot: str) -> SlotLock:
        """Hold a slot for this session until released, or raise SlotLockedError."""
        paths = self.paths(slot)
        return acquire(paths.lock, paths.slot)

    def holder(self, slot: str) -> LockHolder | None:
        """Return who holds a slot (this session or another), or None."""
        return probe(self.paths(slot).lock)
