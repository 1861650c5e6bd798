"""The profile store: load (or recover), apply changes, save crash-safely.

Two copies of the profile exist. The *screen copy* (`store.profile`) is what
the app shows; a change is applied to it at once, so the UI never waits. The
*disk copy* belongs to a writer thread, which applies the same operations in
order under the profile lock, re-reading the file first if another process
(a shell command, a second window) changed it, then writes it atomically.
When it finds such a change it tells the app, which takes a fresh screen copy
with its own not-yet-saved operations re-applied on top.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import errno
import json
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wellness_tui.clock import Clock, SystemClock
from wellness_tui.profile import stamp
from wellness_tui.profile.backups import backup_files, write_backups
from wellness_tui.profile.files import (
    FILE_MODE,
    atomic_write,
    check_regular,
    ensure_dir,
    fingerprint,
    leftover_temps,
    read_regular,
)
from wellness_tui.profile.lock import LockTimeout, ProfileLock
from wellness_tui.profile.migrations import NewerSchemaError
from wellness_tui.profile.models import Profile
from wellness_tui.profile.op_base import Op, Refresh
from wellness_tui.profile.owned import owned_paths

# The codec (profile/codec.py) imports pydantic, about 60 ms: it is imported
# inside the methods that validate or write, so a start that can use the
# start-up stamp (stamp.py) never pays for it.

BACKUP_EVERY_SECONDS = 3600
RETRY_SECONDS = (1, 2, 5, 10, 30)


class NotAProfile(Exception):
    """The file at the profile path is something else: it is never renamed or changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is not a wellness-tui profile; nothing was changed. "
            "Give the path of your profile with --profile, or a new file name to start one"
        )
        self.path = path


class SharedFolder(Exception):
    """The profile's folder can be changed by another account: refused until confirmed."""

    def __init__(self, folder: Path, why: str) -> None:
        super().__init__(
            f"the folder {folder} {why}, so someone else could read, replace or delete your "
            "notes there; nothing was read or changed. Choose a folder of your own with "
            "--profile, or, if you understand and accept this, set "
            "WELLNESS_TUI_SHARED_FOLDER_OK=1"
        )
        self.folder = folder


def shared_folder_problem(folder: Path) -> str | None:
    """Why another account could change files in `folder`, or None (POSIX only)."""
    if not hasattr(os, "getuid"):
        return None
    try:
        info = folder.stat()
    except OSError:
        return None  # not there yet: it is made owner-only on the first save
    if info.st_uid not in (os.getuid(), 0):
        return "belongs to another account"
    if info.st_mode & 0o002:
        return "can be written by every account"
    if info.st_mode & 0o020:
        return "can be written by its group"
    return None


PROFILE_MARKER = b'"schema_version"'


@dataclass(frozen=True)
class StoreEvent:
    """What the writer thread reports (one subclass per kind), in words for the person."""

    message: str = ""


class SaveFailed(StoreEvent):
    """A save failed; the changes are kept in memory and saving is retried."""


class Saved(StoreEvent):
    """A save reached the disk; `message` is set when it follows a failure."""


class ChangedOnDisk(StoreEvent):
    """Another process changed the file; a refresh is waiting (take_refresh)."""


class StoreNotice(StoreEvent):
    """Something worth saying that changes nothing (a failed backup, a repaired file)."""


class ProfileStore:
    def __init__(
        self,
        path: Path,
        clock: Clock | None = None,
        *,
        lock_timeout: float = 10.0,
        look_only: bool = False,
        allow_shared: bool = False,
        unavailable: str | None = None,
    ):
        self.unavailable = unavailable
        """Why the profile could not be opened: this store is then an empty stand-in
        that saves nothing, so the app can still open far enough to show get-help."""
        if unavailable is not None:
            path = Path(os.devnull)  # never read, written or deleted
        elif path.is_symlink():
            # A linked profile: the real file is read, locked, saved and backed up,
            # so the link keeps pointing at the changes (never forked into a copy).
            path = Path(os.path.realpath(path))
        problem = None if unavailable is not None else shared_folder_problem(path.parent)
        if problem is not None and not allow_shared:
            raise SharedFolder(path.parent, problem)
        self.path = path
        self.shared_warning = (
            f"Other accounts can change files in {path.parent} ({problem}); you chose to "
            "use it anyway."
            if problem is not None
            else ""
        )
        self.look_only = look_only
        """A reading command: no lock is waited for, and nothing is moved or written."""
        self.clock = clock or SystemClock()
        self.lock = ProfileLock(path, timeout=lock_timeout)
        self.notices: list[str] = []
        """Plain-words messages for the user about what happened at load."""
        self.read_only = False
        self.read_only_reason = ""
        """Why nothing can be saved, in plain words (a newer version, a read-only folder)."""
        self.last_error: str | None = None
        self.last_reason: str | None = None
        """Why the last save failed, without any promise (for messages at exit)."""
        self.listener: Callable[[StoreEvent], None] | None = None
        self._state = threading.Condition()
        """Guards the sequence numbers, the pending list and the refreshed copy."""
        self._seq = 0
        self._saved_seq = 0
        self._pending: list[tuple[int, Op]] = []
        self._queue: queue.Queue[tuple[int, Op] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._refreshed: tuple[bytes, int] | None = None
        self._disk: Profile | None = None
        """The writer thread's own copy; the screen never touches it."""
        self._known_fp: tuple[int, int, int] | None = None
        self._disk_raw: bytes | None = None
        """The bytes of the valid file last read or written (backups copy these)."""
        self._base_raw: bytes = b""
        """What the screen copy was loaded from (the file or a backup); see _base_bytes."""
        self._fresh: Profile | None = None
        """A new profile as it was made (encoded only when first needed)."""
        self._stamped_raw: bytes | None = None
        """The file bytes the stamp on disk names, when known."""
        self._last_backup = 0.0
        if self.shared_warning:
            self.notices.append(self.shared_warning)
        if unavailable is not None:
            self.read_only, self.read_only_reason = True, unavailable
            self.profile = Profile.new(self.clock.now())
            self.profile.welcomed = True
            self.notices.append(
                f"Your profile could not be opened: {unavailable}. Nothing is read or saved "
                "in this window. ctrl+g shows people you can reach, at any hour."
            )
        else:
            self.profile = self._load()
        if not self._base_raw:
            self._fresh = copy.deepcopy(self.profile)

    def _base_bytes(self) -> bytes:
        """What the screen copy was loaded from, as JSON (a fresh profile is encoded now)."""
        if not self._base_raw and self._fresh is not None:
            from wellness_tui.profile.codec import encode

            self._base_raw = encode(self._fresh)
        return self._base_raw

    def _base_profile(self) -> Profile:
        from wellness_tui.profile.codec import decode

        return decode(self._base_bytes())

    # ----- loading and recovery -------------------------------------------------

    def _load(self) -> Profile:
        if not self.path.parent.is_dir():
            # Nothing saved yet: folders are made on the first save, not by a look.
            return Profile.new(self.clock.now())
        # Before any lock file is made: a pipe or device is refused at once, and a
        # file that never was a profile is left exactly as it is.
        if check_regular(self.path):
            raw = read_regular(self.path)
            if raw is not None and not self._was_profile(raw):
                raise NotAProfile(self.path)
        if self.look_only:
            return self._read_or_recover()  # a look never waits for a writer
        try:
            with self.lock:
                for temp in leftover_temps(self.path):
                    temp.unlink(
                        missing_ok=True
                    )  # writes happen under the lock: these are leftovers
                return self._read_or_recover()
        except LockTimeout:
            # Another process holds the lock for unusually long: read without it.
            return self._read_or_recover()
        except OSError as err:
            if err.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise
            # A read-only copy (a backup disk, a folder of someone else's): read it,
            # change nothing, and say so.
            self.read_only = self.look_only = True
            self.read_only_reason = (
                f"the folder {self.path.parent} cannot be written ({err.strerror or err}), "
                "so changes cannot be saved there"
            )
            self.notices.append(
                f"Your profile is open to read only: {self.read_only_reason}. To keep using "
                "it, copy it to a folder you can write and open that copy."
            )
            return self._read_or_recover()

    def _was_profile(self, raw: bytes) -> bool:
        """A file that was a profile: it has the schema marker, or this store kept
        backups of it; an empty file (cut short by a crash) counts as a profile too."""
        from wellness_tui.profile.owned import backup_paths

        return not raw.strip() or PROFILE_MARKER in raw or bool(backup_paths(self.path))

    def _read_or_recover(self) -> Profile:
        fp = fingerprint(self.path)
        raw = read_regular(self.path) if fp is not None else None
        if fp is None or raw is None:
            self._known_fp = None
            return Profile.new(self.clock.now())
        kept = stamp.load(self.path, raw)
        if kept is not None:  # exactly these bytes were validated before
            self._known_fp, self._disk_raw, self._base_raw = fp, raw, raw
            self._stamped_raw = raw
            return kept
        from wellness_tui.profile.codec import DamagedProfileError, decode

        try:
            profile = decode(raw)
        except NewerSchemaError as err:
            self.read_only = True
            self.read_only_reason = (
                f"this profile was saved by a newer version of wellness-tui (schema {err.version})"
            )
            self.notices.append(
                f"This profile was saved by a newer version of wellness-tui (schema "
                f"{err.version}). It is open read-only and will not be changed; "
                "update wellness-tui to keep using it."
            )
            return self._read_only_view(raw)
        except DamagedProfileError as err:
            return self._recover(raw, str(err))
        self._known_fp, self._disk_raw, self._base_raw = fp, raw, raw
        return profile

    def _read_only_view(self, raw: bytes) -> Profile:
        """Best effort: show what this version understands of a newer file."""
        from wellness_tui.validation import validate

        try:
            data = json.loads(raw)
            known = {field.name for field in dataclasses.fields(Profile)}
            data = {k: v for k, v in data.items() if k in known}
            data["schema_version"] = Profile.new(self.clock.now()).schema_version
            return validate(Profile, data)
        except Exception:
            return Profile.new(self.clock.now())

    def _recover(self, raw: bytes, reason: str) -> Profile:
        """Keep the damaged bytes aside; compare what can still be read from them with
        the newest valid backup and take the one that keeps more (never silently the
        one that loses more); write the result back at once and say what happened.

        A reading command (look_only) shows the same result but moves and writes
        nothing: the next command that changes something repairs the file."""
        from wellness_tui.profile.codec import (
            DamagedProfileError,
            decode,
            encode,
            lost_words,
            salvage,
        )

        salvaged: tuple[Profile, list[str]] | None
        try:
            salvaged = salvage(raw)
        except (DamagedProfileError, NewerSchemaError):
            salvaged = None
        backup: tuple[Profile, Path] | None = None
        for candidate in backup_files(self.path):
            try:
                backup = (decode(read_regular(candidate) or b""), candidate)
            except (DamagedProfileError, NewerSchemaError, OSError):
                continue
            break
        aside: Path | None = None
        if self.look_only:
            aside_text = (
                "The file was not changed; it is repaired the next time you change something."
            )
        else:
            aside = self.keep_aside(raw)
            aside_text = f"The original file is kept unchanged at {aside}."
        if salvaged is not None:
            profile, lost = salvaged
            if backup is None or not lost or len(encode(profile)) >= len(encode(backup[0])):
                more = (
                    f" The newest backup, {backup[1].name}, holds less, so it was not used."
                    if backup is not None and lost
                    else ""
                )
                # In a person's words: what was lost, not where in the file it sat.
                words = lost_words(lost, str(aside) if aside is not None else None)
                tail = "" if aside is not None else f" {aside_text}"
                self.notices.append(
                    f"Part of your profile file could not be read. {words[0].upper()}{words[1:]}; "
                    f"everything else was kept.{more}{tail}"
                )
                return self._write_back(profile)
        if backup is not None:
            kept = (
                f" Only part of the damaged file could be read ({lost_words(salvaged[1])}), "
                "less than the backup holds."
                if salvaged is not None
                else ""
            )
            why = "" if salvaged is not None else f" ({reason})"
            self.notices.append(
                f"Your profile file could not be read{why}. Your data was restored "
                f"from the backup {backup[1].name}.{kept} {aside_text}"
            )
            return self._write_back(backup[0])
        self.notices.append(
            f"Your profile file could not be read ({reason}) and there is no usable backup. "
            f"{aside_text} The app started with a fresh profile."
        )
        self._known_fp = None
        return Profile.new(self.clock.now())

    def _write_back(self, profile: Profile) -> Profile:
        """Save a recovered profile at once, so the next start finds it in place."""
        from wellness_tui.profile.codec import encode

        data = encode(profile)
        if self.look_only:
            self._known_fp, self._disk_raw, self._base_raw = None, None, data
            return profile
        try:
            atomic_write(self.path, data)
        except OSError:
            self._known_fp, self._disk_raw, self._base_raw = None, None, data
            return profile
        self._known_fp, self._disk_raw, self._base_raw = fingerprint(self.path), data, data
        return profile

    def keep_aside(self, raw: bytes) -> Path:
        """Keep damaged bytes as profile.corrupt-<timestamp>.json (owner-only)."""
        when = self.clock.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}.corrupt-{when}{self.path.suffix}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.stem}.corrupt-{when}-{n}{self.path.suffix}")
        atomic_write(aside, raw)
        with contextlib.suppress(FileNotFoundError):
            if fingerprint(self.path) is not None and read_regular(self.path) == raw:
                self.path.unlink()
        return aside

    # ----- changes ----------------------------------------------------------------

    def apply(self, op: Op) -> None:
        """Apply to the screen copy now and queue it for the disk."""
        op.apply(self.profile)
        if self.read_only:
            return
        with self._state:
            self._seq += 1
            item = (self._seq, op)
            self._pending.append(item)
        self._ensure_thread()
        self._queue.put(item)

    def check_for_changes(self) -> None:
        """Ask the writer to look for changes made by other processes."""
        if self.read_only or not self._queue.empty():
            return
        if fingerprint(self.path) != self._known_fp:
            self.apply(Refresh())

    def take_refresh(self) -> bool:
        """After a "changed" event: adopt the disk state plus our unsaved operations."""
        with self._state:
            refreshed, self._refreshed = self._refreshed, None
            if refreshed is None:
                return False
            raw, seq = refreshed
            later = [op for item_seq, op in self._pending if item_seq > seq]
        from wellness_tui.profile.codec import decode

        profile = decode(raw)
        for op in later:
            op.apply(profile)
        self.profile = profile
        return True

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every change made so far is on disk; False if not (yet) possible."""
        with self._state:
            target = self._seq
            return (
                self._state.wait_for(
                    lambda: self._saved_seq >= target or self.last_error is not None, timeout
                )
                and self._saved_seq >= target
            )

    def close(self, timeout: float = 10.0) -> bool:
        """Flush and stop the writer; True when everything was saved."""
        saved = self.flush(timeout)
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)
            self._thread = None
        with self._state:
            saved = saved and not self._pending
        if saved:
            self._keep_stamp()
        return saved

    def _keep_stamp(self) -> None:
        """Stamp the file as last read or written (stamp.py), so the next start need not
        validate it."""
        raw = self._disk_raw
        if self.read_only or raw is None or raw == self._stamped_raw:
            return
        if self._known_fp is None or fingerprint(self.path) != self._known_fp:
            return  # changed since (another window): the next start validates it
        try:
            stamp.save(self.path, raw)  # `raw` was validated when read, or encoded by us
        except OSError:
            return  # only a shortcut: without it the next start validates the file
        self._stamped_raw = raw

    def prepare_writer(self) -> None:
        """Get the writer's copy ready (validators built) before the first change needs it.

        Only for a profile that is on disk: a look at a new profile never makes its
        folder or lock file.
        """
        if not self.read_only and self._disk is None and self._known_fp is not None:
            self.apply(Refresh())

    def owned_files(self) -> list[Path]:
        """Every file this store made for the profile: the profile, its lock, backups,
        damaged copies kept aside, left-over temp files and the crash log."""
        # Exact names only (owned.py): a profile's name is never a pattern.
        found = set(owned_paths(self.path))
        crash_log = self.path.parent / "crash.log"
        if crash_log.exists():
            found.add(crash_log)
        return sorted(p for p in found if p.is_file() and not p.is_symlink())

    def delete_all(self, own_folder: Path | None) -> list[Path]:
        """Remove every file the app made; the folder too if it is the app's own and empty.

        Never touches a folder the user chose, nor files the app did not make.
        """
        if self.unavailable is not None:
            return []  # a stand-in owns no files
        self.read_only = True  # nothing more is written
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(10)
            self._thread = None
        with self._state:
            self._pending.clear()  # deleted on purpose: nothing is "unsaved"
            self._state.notify_all()
        removed = []
        for path in self.owned_files():
            path.unlink(missing_ok=True)
            removed.append(path)
        folder = self.path.parent
        if own_folder is not None and folder == own_folder and not any(folder.iterdir()):
            folder.rmdir()
            removed.append(folder)
        return removed

    def keep_copy(self, label: str) -> Path | None:
        """Keep the current file as profile.<label>-<timestamp>.json (e.g. before an import)."""
        if fingerprint(self.path) is None:
            return None
        when = self.clock.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.{label}-{when}{self.path.suffix}")
        atomic_write(target, read_regular(self.path) or b"")
        return target

    def save_elsewhere(self, folders: list[Path]) -> Path | None:
        """When the profile cannot be saved (a full disk at quit): write the screen copy,
        with every change not yet saved, to the first of `folders` that takes it (an
        owner-only file in a folder only this account can write). None if none could."""
        from wellness_tui.profile.codec import encode

        data = encode(self.profile)
        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        for folder in folders:
            target = folder / f"{self.path.stem}.unsaved-{stamp}{self.path.suffix}"
            try:
                if folder.exists() and os.path.samefile(folder, self.path.parent):
                    continue  # the folder that just failed
                ensure_dir(folder)
                info = folder.stat()
                if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
                    continue  # someone else could read or replace it there
                atomic_write(target, data)
            except OSError:
                continue
            return target
        return None

    @property
    def unsaved(self) -> int:
        with self._state:
            return len(self._pending)

    # ----- the writer thread --------------------------------------------------------

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="profile-writer", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        batch: list[tuple[int, Op]] = []
        failures = 0
        while True:
            retry_in = RETRY_SECONDS[min(failures, len(RETRY_SECONDS)) - 1] if failures else None
            stop = self._collect(batch, retry_in)
            if batch:
                if self._try_write(batch):
                    batch, failures = [], 0
                else:
                    failures += 1
            if stop:
                return

    def _collect(self, batch: list[tuple[int, Op]], timeout: float | None) -> bool:
        """Wait for the next change, then take all queued ones. True when asked to stop."""
        try:
            first = self._queue.get(timeout=timeout)
        except queue.Empty:
            return False  # time to retry a failed save
        items = [first]
        while True:  # one write for a burst of changes
            try:
                items.append(self._queue.get_nowait())
            except queue.Empty:
                break
        stop = None in items
        batch.extend(item for item in items if item is not None)
        return stop

    def _try_write(self, batch: list[tuple[int, Op]]) -> bool:
        try:
            changed = self.write_cycle(batch)
        except Exception as err:
            # Whatever went wrong, the writer keeps running: the changes stay in
            # memory, the person is told, and the save is tried again.
            reason = getattr(err, "strerror", None) or str(err) or type(err).__name__
            with self._state:
                self.last_reason = reason
                self.last_error = (
                    f"not saved: {reason}. Your changes are kept and will be saved again."
                )
                self._state.notify_all()
            self._emit(SaveFailed(self.last_error or ""))
            return False
        recovered = self.last_error is not None
        with self._state:
            self.last_error = None
            self._state.notify_all()
        self._emit(Saved("Saved again. Nothing was lost." if recovered else ""))
        if changed:
            self._emit(ChangedOnDisk())
        return True

    def write_cycle(self, batch: list[tuple[int, Op]]) -> bool:
        """Under the lock: re-read if changed elsewhere, apply, write. True if changed elsewhere."""
        with self.lock:
            fp = fingerprint(self.path)
            changed_elsewhere = False
            if self._disk is None or fp != self._known_fp:
                changed_elsewhere = self._reload_disk(fp)
            disk = self._disk
            assert disk is not None
            real = [op for _, op in batch if not isinstance(op, Refresh)]
            if real:
                try:
                    self._backup_if_due()
                except OSError as err:  # a backup that fails must never stop a save
                    self._emit(
                        StoreNotice(
                            f"A backup copy could not be made "
                            f"({err.strerror or err}); saving goes on.",
                        )
                    )
                from wellness_tui.profile.codec import decode, encode

                try:
                    for op in real:
                        op.apply(disk)
                    data = encode(disk)
                    atomic_write(self.path, data)
                except Exception:
                    # Not written: go back to what is on disk, so the retry applies this
                    # batch once (an operation like "move up" must not happen twice).
                    self._disk = decode(self._disk_raw or self._base_bytes())
                    raise
                self._known_fp, self._disk_raw = fingerprint(self.path), data
            last_seq = batch[-1][0]
            with self._state:
                self._saved_seq = last_seq
                self._pending = [item for item in self._pending if item[0] > last_seq]
                if changed_elsewhere or self._refreshed is not None:
                    # A refresh not yet taken by the screen must include this batch too,
                    # or the screen copy would lose changes that are already saved.
                    from wellness_tui.profile.codec import encode

                    self._refreshed = (encode(disk), last_seq)
                self._state.notify_all()
        return changed_elsewhere

    def _reload_disk(self, fp: tuple[int, int, int] | None) -> bool:
        """Bring the disk copy up to date with the file. True if someone else changed it."""
        from wellness_tui.profile.codec import DamagedProfileError, decode

        if self._disk is None and fp == self._known_fp:
            self._disk = self._base_profile()  # unchanged since we loaded it
            return False
        if fp is None:  # deleted (or never written): our copy will be written back
            if self._disk is None:
                self._disk = self._base_profile()
            self._known_fp = None
            return False
        raw = read_regular(self.path) or b""
        try:
            fresh = decode(raw)
        except NewerSchemaError as err:
            self.read_only = True
            raise OSError(
                f"a newer version of wellness-tui (schema {err.version}) saved this "
                "profile, so this window stopped saving to it"
            ) from err
        except DamagedProfileError as err:
            aside = self.keep_aside(raw)
            self._emit(
                StoreNotice(
                    f"The profile file was damaged outside the app ({err}). It was kept at "
                    f"{aside}, and this window's data was saved in its place.",
                )
            )
            if self._disk is None:
                self._disk = self._base_profile()
            self._known_fp = None
            return False
        self._disk, self._known_fp, self._disk_raw = fresh, fp, raw
        return True

    def _backup_if_due(self) -> None:
        """A backup of the file as last validated, once a session or hour."""
        now = time.monotonic()
        if self._last_backup != 0.0 and now - self._last_backup < BACKUP_EVERY_SECONDS:
            return  # the common case: nothing to check on disk
        if self._disk_raw is None or fingerprint(self.path) is None:
            return
        # Spaced in time by rotation (backups.py): a burst of saves keeps the old ones.
        write_backups(self.path, self._disk_raw, datetime.now())
        self._last_backup = now

    def _emit(self, event: StoreEvent) -> None:
        if self.listener is not None:
            self.listener(event)


__all__ = ["FILE_MODE", "ProfileStore", "StoreEvent"]
