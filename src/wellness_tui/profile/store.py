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
import json
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from wellness_tui.clock import Clock, SystemClock
from wellness_tui.profile import stamp
from wellness_tui.profile.backups import backup_files, write_backups
from wellness_tui.profile.files import (
    FILE_MODE,
    atomic_write,
    fingerprint,
    leftover_temps,
)
from wellness_tui.profile.lock import LockTimeout, ProfileLock, lock_path
from wellness_tui.profile.migrations import NewerSchemaError
from wellness_tui.profile.models import Profile
from wellness_tui.profile.op_base import Op, Refresh

# The codec (profile/codec.py) imports pydantic, about 60 ms: it is imported
# inside the methods that validate or write, so a start that can use the
# start-up stamp (stamp.py) never pays for it.

BACKUP_EVERY_SECONDS = 3600
RETRY_SECONDS = (1, 2, 5, 10, 30)


@dataclass(frozen=True)
class StoreEvent:
    """What the writer thread reports: kind is saved, failed, changed or notice."""

    kind: str
    message: str = ""


class ProfileStore:
    def __init__(self, path: Path, clock: Clock | None = None, *, lock_timeout: float = 10.0):
        self.path = path
        self.clock = clock or SystemClock()
        self.lock = ProfileLock(path, timeout=lock_timeout)
        self.notices: list[str] = []
        """Plain-words messages for the user about what happened at load."""
        self.read_only = False
        self.last_error: str | None = None
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
        self._last_daily: date | None = None
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

    def _read_or_recover(self) -> Profile:
        fp = fingerprint(self.path)
        if fp is None:
            self._known_fp = None
            return Profile.new(self.clock.now())
        raw = self.path.read_bytes()
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
        """Keep the damaged bytes aside; keep every readable part, else the newest good
        backup, else start fresh; write the result back at once and say what happened."""
        from wellness_tui.profile.codec import DamagedProfileError, decode, salvage

        aside = self.keep_aside(raw)
        try:
            profile, lost = salvage(raw)
        except (DamagedProfileError, NewerSchemaError):
            pass
        else:
            first = f" (first: {lost[0]})" if lost else ""
            self.notices.append(
                f"Part of your profile file could not be read ({reason}). {len(lost)} item(s) "
                f"were left out{first}; everything else was kept. The file as it was is kept "
                f"unchanged at {aside}."
            )
            return self._write_back(profile)
        for backup in backup_files(self.path):
            try:
                profile = decode(backup.read_bytes())
            except (DamagedProfileError, NewerSchemaError, OSError):
                continue
            self.notices.append(
                f"Your profile file could not be read ({reason}). It was kept unchanged at "
                f"{aside}. Your data was restored from the backup {backup.name}."
            )
            return self._write_back(profile)
        self.notices.append(
            f"Your profile file could not be read ({reason}) and there is no usable backup. "
            f"It was kept unchanged at {aside}. The app started with a fresh profile."
        )
        self._known_fp = None
        return Profile.new(self.clock.now())

    def _write_back(self, profile: Profile) -> Profile:
        """Save a recovered profile at once, so the next start finds it in place."""
        from wellness_tui.profile.codec import encode

        data = encode(profile)
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
            if fingerprint(self.path) is not None and self.path.read_bytes() == raw:
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
        folder, stem, suffix = self.path.parent, self.path.stem, self.path.suffix
        patterns = [
            self.path.name,
            lock_path(self.path).name,
            stamp.stamp_path(self.path).name,
            stamp.old_copy_path(self.path).name,
            f"{stem}.backup-*{suffix}",
            f"{stem}.corrupt-*{suffix}",
            f"{stem}.before-import-*{suffix}",
            "crash.log",
        ]
        found = {p for pattern in patterns for p in folder.glob(pattern)}
        found.update(leftover_temps(self.path))
        return sorted(p for p in found if p.is_file())

    def delete_all(self, own_folder: Path | None) -> list[Path]:
        """Remove every file the app made; the folder too if it is the app's own and empty.

        Never touches a folder the user chose, nor files the app did not make.
        """
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
        atomic_write(target, self.path.read_bytes())
        return target

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
                self.last_error = (
                    f"not saved: {reason}. Your changes are kept and will be saved again."
                )
                self._state.notify_all()
            self._emit(StoreEvent("failed", self.last_error or ""))
            return False
        recovered = self.last_error is not None
        with self._state:
            self.last_error = None
            self._state.notify_all()
        self._emit(StoreEvent("saved", "Saved again. Nothing was lost." if recovered else ""))
        if changed:
            self._emit(StoreEvent("changed"))
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
                        StoreEvent(
                            "notice",
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
        raw = self.path.read_bytes()
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
                StoreEvent(
                    "notice",
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
        """A session/hourly backup, and the day's backup, of the file as last validated."""
        now = time.monotonic()
        session_due = self._last_backup == 0.0 or now - self._last_backup >= BACKUP_EVERY_SECONDS
        today = datetime.now().date()
        if not session_due and self._last_daily == today:
            return  # the common case: nothing to check on disk
        if self._disk_raw is None or fingerprint(self.path) is None:
            return
        write_backups(self.path, self._disk_raw, datetime.now(), session=session_due)
        self._last_daily = today
        if session_due:
            self._last_backup = now

    def _emit(self, event: StoreEvent) -> None:
        if self.listener is not None:
            self.listener(event)


__all__ = ["FILE_MODE", "ProfileStore", "StoreEvent"]
