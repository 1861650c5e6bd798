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
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from wellness_tui.clock import Clock, SystemClock
from wellness_tui.gc_pause import collector_paused
from wellness_tui.profile import crypto, journal, stamp
from wellness_tui.profile.backups import backup_files, backup_stamp, write_backups
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
from wellness_tui.words import plural

# The codec (profile/codec.py) imports pydantic, about 60 ms: it is imported
# inside the methods that validate or write, so a start that can use the
# start-up stamp (stamp.py) never pays for it.

BACKUP_EVERY_SECONDS = 3600
Fingerprint = tuple[int, int, int] | None
StateFingerprint = tuple[Fingerprint, Fingerprint]
"""The profile's (the checkpoint's) fingerprint and its journal's."""
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

    def __init__(self, folder: Path, why: str, profile: Path | None = None) -> None:
        super().__init__(
            f"the folder {folder} {why}, so someone else could read, replace or delete your "
            "notes there; nothing was read or changed. Choose a folder of your own with "
            "--profile, or, if you understand and accept this, set "
            "WELLNESS_TUI_SHARED_FOLDER_OK=1"
        )
        self.folder = folder
        self.why = why
        self.path = profile or folder


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
LOOK_AHEAD = 4096
"""Bytes of the file looked at before it is locked and read (see _load)."""
_NOT_LOOKED = object()
_NO_TIME = timedelta(0)
_JOURNAL_AGE_LIMIT = timedelta(seconds=journal.LIMIT_SECONDS)
"""A journal this old is folded into the profile (compared as a timedelta: each save asks)."""


@dataclass(frozen=True)
class StoreEvent:
    """What the writer thread reports (one subclass per kind), in words for the person."""

    message: str = ""


class SaveFailed(StoreEvent):
    """A save failed; the changes are kept in memory and saving is retried."""


class Saved(StoreEvent):
    """A save reached the disk; `message` is set when it follows a failure."""


_SAVED = Saved()
"""A tick's report (one, shared: frozen)."""


class ChangedOnDisk(StoreEvent):
    """Another process changed the file; a refresh is waiting (take_refresh)."""


class StoreNotice(StoreEvent):
    """Something worth saying that changes nothing (a failed backup, a repaired file)."""


class _LockBusy(Exception):
    """flush()'s own save found the profile lock held: the writer thread waits for it."""


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
        keys: crypto.Keys | None = None,
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
            raise SharedFolder(path.parent, problem, path)
        self.path = path
        self.shared_warning = (
            f"Other accounts can change files in {path.parent} ({problem}); you chose to "
            "use it anyway."
            if problem is not None
            else ""
        )
        self.keys = keys
        """The unlocked keys of a protected profile (crypto.py): every file is then
        written encrypted. None for a plain profile; a protected one raises crypto.Locked."""
        self.look_only = look_only
        """A reading command: no lock is waited for, and nothing is moved or written."""
        self.clock = clock or SystemClock()
        self.lock = ProfileLock(path, timeout=lock_timeout)
        self.notices: list[str] = []
        """Plain-words messages for the user about what happened at load."""
        self.lock_was_busy = False
        """The load waited for the lock the whole time and read without it."""
        self.read_only = False
        self.read_only_reason = ""
        """Why nothing can be saved, in plain words (a newer version, a read-only folder)."""
        self.last_error: str | None = None
        self.last_reason: str | None = None
        """Why the last save failed, without any promise (for messages at exit)."""
        self.listener: Callable[[StoreEvent], None] | None = None
        self._state_lock = threading.RLock()
        self._state = threading.Condition(self._state_lock)
        """Guards the sequence numbers, the pending list and the refreshed copy (taken as
        _state_lock where nothing waits or is told: the lock's own `with` costs a tick's
        save a fraction of the Condition's)."""
        self._waiting = 0
        """Threads waiting in flush() (under _state_lock): a tick's save tells them."""
        self._seq = 0
        self._saved_seq = 0
        self._pending: list[tuple[int, Op]] = []
        self._thread: threading.Thread | None = None
        self._wake = threading.Lock()
        """Released (a signal) when there is something for the writer thread to do: a
        plain lock, so that waking costs the thread that saves no Python work of the
        writer's (see _run)."""
        self._wake.acquire()
        self._stopping = False
        self._given_up = False
        """Set by give_up(): the writer thread makes no new try."""
        self._writing = threading.Lock()
        """Held by whichever thread is saving: the writer thread, or a caller of flush()."""
        self._batch: list[tuple[int, Op]] = []
        """Operations taken from _pending for a save that has not succeeded yet."""
        self._taken = 0
        """The sequence number of the last operation taken into _batch."""
        self._failures = 0
        """Saves that failed in a row (the writer thread retries, spaced out)."""
        self._here = False
        """The save under way is a flush()'s own: it never waits for a busy lock."""
        self._refreshed: tuple[bytes | None, list[Op], int] | None = None
        """What the screen takes at its next take_refresh: (the disk copy's JSON, [], seq),
        or (None, the other process's operations, seq) when applying those to the screen
        copy gives the disk copy (see _next_refresh)."""
        self._appended: list[Op] | None = None
        """The operations the last reload applied, when it read only appended lines."""
        self._full_refresh_due = False
        """The screen asked for the whole disk copy (its own changes came in between)."""
        self._disk: Profile | None = None
        """The writer thread's own copy; the screen never touches it."""
        self.journal_path = journal.journal_path(path)
        self._path_text, self._journal_text = str(path), str(self.journal_path)
        self._appender = journal.Appender(self.journal_path)
        self._known_fp: StateFingerprint | None = None
        self._disk_raw: bytes | None = None
        """The bytes of the valid checkpoint last read or written (the JSON profile)."""
        self._disk_file: bytes | None = None
        """The profile file's bytes for _disk_raw (encrypted, for a protected profile)."""
        self._base_raw: bytes = b""
        """What the screen copy was loaded from (the file or a backup); see _base_bytes."""
        self._base_ops: list[Op] = []
        """The journal's operations the screen copy applied on top of _base_raw."""
        self._journal_size = 0
        """Bytes in the journal that belong to the checkpoint _disk_raw (0: none)."""
        self._known_parts: list[bytes] = []
        self._known_length = 0
        """_journal_known in pieces (a save adds one: joined only when read)."""
        self._journal_first: datetime | None = None
        """When the journal's first record was written (it is folded in after a day)."""
        self._journal_replayed = False
        """The foreign journal's operations were replayed on a recovered profile."""
        self._journal_foreign = False
        """The journal on disk is not (or no longer) for the checkpoint: emptied first."""
        self._checkpoint_next = False
        """Write the next save as a checkpoint (after a damaged journal line)."""
        self._fresh: Profile | None = None
        """A new profile as it was made (encoded only when first needed)."""
        self._stamped: tuple[bytes, bytes] | None = None
        """The checkpoint and journal bytes the stamp on disk names, when known."""
        self._last_backup = 0.0
        self._plan_kept: bytes | object | None = _NOT_LOOKED
        """What the readable safety plan file was last made to hold (safety_plan_file.py):
        None for no file; _NOT_LOOKED until the first save of this store looks."""
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

    @property
    def _journal_known(self) -> bytes:
        """The journal's complete lines as this store read (validated) or wrote them, for
        the checkpoint _disk_raw: named in the stamp, and the part not read again when
        another process appends."""
        if len(self._known_parts) > 1:
            self._known_parts = [b"".join(self._known_parts)]
        return self._known_parts[0] if self._known_parts else b""

    @_journal_known.setter
    def _journal_known(self, known: bytes) -> None:
        self._known_parts, self._known_length = [known], len(known)

    def _base_bytes(self) -> bytes:
        """What the screen copy was loaded from, as JSON (a fresh profile is encoded now)."""
        if not self._base_raw and self._fresh is not None:
            from wellness_tui.profile.codec import encode

            self._base_raw = encode(self._fresh)
        return self._base_raw

    def _base_profile(self) -> Profile:
        from wellness_tui.profile.codec import decode

        profile = decode(self._base_bytes())
        for op in self._base_ops:
            op.apply(profile)
        return profile

    def _state_fp(self) -> StateFingerprint:
        return fingerprint(self._path_text), fingerprint(self._journal_text)

    # ----- the journal ------------------------------------------------------------

    def _read_journal(
        self, checkpoint: bytes, *, any_checkpoint: bool = False, stamped: bool = False
    ) -> journal.Reading:
        """The journal's operations for `checkpoint`; a damaged or foreign journal is kept
        aside (unless this is a look) and reported, and what can be read is still used.
        `stamped`: the stamp named the checkpoint, and may name the journal's lines too."""
        data = journal.read(self.journal_path)
        # A protected profile's lines are sealed one by one: their plain bytes are not
        # the file's, so the stamp vouches for none of them (each is validated).
        vouched = (
            stamp.vouched_journal(self.path, checkpoint, data)
            if stamped and data and self.keys is None
            else 0
        )
        with collector_paused():  # many new objects, none in cycles (gc_pause.py)
            reading = journal.parse(
                self._journal_plain(data),
                None if any_checkpoint else checkpoint,
                any_checkpoint,
                vouched=vouched,
            )
        self._journal_size, self._journal_first, self._journal_known = 0, None, b""
        if stamped:
            self._stamped = (checkpoint, data[:vouched])
        self._journal_foreign = bool(data) and (
            reading.other_checkpoint or reading.folded or bool(reading.bad) or any_checkpoint
        )
        # Its readable lines were applied (recovery, or around a damaged line): the
        # checkpoint is written before it is emptied, so they are never lost meanwhile.
        self._journal_replayed = bool(data) and (any_checkpoint or bool(reading.bad))
        if reading.newer is not None:
            return reading  # the caller opens the profile read-only
        if not (reading.other_checkpoint and reading.lines) and not reading.bad:
            if not self._journal_foreign:
                self._journal_size, self._journal_first = len(data), reading.first_at
                # (A protected profile's lines are sealed: `complete` counts plain bytes.)
                self._journal_known = data[: reading.complete] if self.keys is None else b""
            return reading
        where = (
            "It was not changed; it is repaired the next time you change something."
            if self.look_only
            else f"A copy of the journal as it was is kept at {self._keep_journal_aside(data)}."
        )
        if reading.bad:
            self._checkpoint_next = True
            self.notices.append(
                f"Part of your profile's change journal could not be read "
                f"({plural(len(reading.bad), 'line')}; first: {reading.bad[0]}). "
                f"Every other change in it was kept. {where}"
            )
        else:
            self.notices.append(
                f"Your profile's change journal ({plural(reading.lines, 'change')}) belongs "
                "to another version of the profile file (it was replaced or restored), so "
                f"its changes were not applied. {where}"
            )
        return reading

    def _keep_journal_aside(self, data: bytes) -> Path:
        when = self.clock.now().strftime("%Y%m%d-%H%M%S")
        stem, suffix = self.path.stem, self.path.suffix
        aside = self.path.with_name(f"{stem}.damaged-journal-{when}{suffix}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{stem}.damaged-journal-{when}-{n}{suffix}")
        atomic_write(aside, data)
        return aside

    def _apply_journal(self, profile: Profile, reading: journal.Reading) -> list[Op]:
        """Apply the journal's operations; one that fails is reported, never fatal."""
        if reading.unterminated:
            # Its last line has no newline, and the next append would cut it off as a
            # torn line: the next save writes it into the profile instead.
            self._checkpoint_next = True
        applied = []
        with collector_paused():
            for op in reading.ops:
                try:
                    op.apply(profile)
                except Exception as err:
                    self._checkpoint_next = True
                    self.notices.append(
                        f"One change in your profile's change journal could not be applied "
                        f"({type(err).__name__}); the others were."
                    )
                    continue
                applied.append(op)
        return applied

    # ----- loading and recovery -------------------------------------------------

    def _load(self) -> Profile:
        if not self.path.parent.is_dir():
            # Nothing saved yet: folders are made on the first save, not by a look.
            return Profile.new(self.clock.now())
        # Before any lock file is made: a pipe or device is refused at once, and a
        # file that never was a profile is left exactly as it is.
        if check_regular(self.path):
            # The start of the file tells a profile (or an encrypted one) from other
            # files; only a file whose start does not is read whole for that here.
            raw = read_regular(self.path, LOOK_AHEAD)
            if (
                raw is not None
                and len(raw) == LOOK_AHEAD
                and PROFILE_MARKER not in raw
                and not crypto.is_sealed(raw)
            ):
                raw = read_regular(self.path)
            if raw is not None and not self._was_profile(raw):
                raise NotAProfile(self.path)
            if raw is not None and crypto.is_sealed(raw) and self.keys is None:
                raise crypto.Locked(self.path)
        if self.look_only:
            return self._read_or_recover()  # a look never waits for a writer
        try:
            with self.lock:
                for temp in leftover_temps(self.path):
                    temp.unlink(
                        missing_ok=True
                    )  # writes happen under the lock: these are leftovers
                profile = self._read_or_recover()
                if self.keys is not None and not self.read_only:
                    # Opened with its keys: a readable plan file deleted or damaged
                    # while locked is made again now, not only when the plan changes.
                    self._keep_plan_file(profile, at_load=True)
                return profile
        except LockTimeout:
            # Another process holds the lock for unusually long: read without it.
            self.lock_was_busy = True
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

        return (
            not raw.strip()
            or PROFILE_MARKER in raw
            or crypto.is_sealed(raw)
            or bool(backup_paths(self.path))
        )

    def _read_or_recover(self) -> Profile:
        state = self._state_fp()
        fp = state[0]
        on_disk = read_regular(self.path) if fp is not None else None
        if fp is None or on_disk is None:
            self._known_fp = None
            if state[1] is not None:
                self._read_journal(b"")  # a journal without its profile: kept aside
            return Profile.new(self.clock.now())
        if state[1] is not None:
            journal.check(self.journal_path)  # a pipe or link there is refused at once
        raw = on_disk
        if crypto.is_sealed(on_disk):
            # Not through _plain: its error lives in codec, which loads pydantic, and a
            # protected profile whose stamp is current never needs it (a quick `today`).
            try:
                raw = self._open_sealed(on_disk)
            except crypto.Undecryptable as err:
                return self._recover(on_disk, f"it does not decrypt: {err}", on_disk)
        self._disk_file = on_disk
        # The stamp names the checkpoint file (exactly these bytes were validated before),
        # and perhaps the journal's lines; the journal is then applied as after a validation.
        profile = stamp.load(self.path, raw, named=on_disk)
        stamped = profile is not None
        if profile is None:
            from wellness_tui.profile.codec import DamagedProfileError, decode

            try:
                profile = decode(raw)
            except NewerSchemaError as err:
                self.read_only = True
                self.read_only_reason = (
                    "this profile was saved by a newer version of wellness-tui "
                    f"(schema {err.version})"
                )
                self.notices.append(
                    f"This profile was saved by a newer version of wellness-tui (schema "
                    f"{err.version}). It is open read-only and will not be changed; "
                    "update wellness-tui to keep using it."
                )
                return self._read_only_view(raw)
            except DamagedProfileError as err:
                return self._recover(raw, str(err), on_disk)
        reading = self._read_journal(on_disk, stamped=stamped)
        if reading.newer is not None:
            self.read_only = True
            self.read_only_reason = (
                "its change journal was written by a newer version of wellness-tui"
            )
            self.notices.append(
                "This profile's change journal was written by a newer version of "
                "wellness-tui. It is open read-only and will not be changed; update "
                "wellness-tui to keep using it."
            )
            return profile
        self._base_ops = self._apply_journal(profile, reading)
        self._known_fp, self._disk_raw, self._base_raw = self._state_fp(), raw, raw
        if self._checkpoint_next and not self.look_only:
            return self._write_back(profile)  # the damaged line is kept aside: fold now
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

    def _recover(self, raw: bytes, reason: str, on_disk: bytes) -> Profile:
        """Keep the damaged bytes aside; compare what can still be read from them with
        the newest valid backup and take the one that keeps more (never silently the
        one that loses more); write the result back at once and say what happened.
        `raw` is the profile's JSON (or whatever could not be decrypted), `on_disk` the
        file's bytes as they are, which are what is kept aside (still encrypted).

        A reading command (look_only) shows the same result but moves and writes
        nothing: the next command that changes something repairs the file."""
        from wellness_tui.profile.codec import (
            DamagedProfileError,
            decode,
            encode,
            lost_words,
            salvage,
        )

        # The journal's changes were made on top of the damaged file: they are replayed
        # on whatever is recovered (operations are replayable on any copy).
        reading = self._read_journal(raw, any_checkpoint=True)
        if reading.lines and not self.look_only:
            self.notices.append(
                f"The {plural(reading.lines, 'change')} in its change journal "
                f"{'were' if reading.lines != 1 else 'was'} applied again; a "
                f"copy of the journal is kept at "
                f"{self._keep_journal_aside(journal.read(self.journal_path))}."
            )
        salvaged: tuple[Profile, list[str]] | None
        try:
            salvaged = salvage(raw)
        except (DamagedProfileError, NewerSchemaError):
            salvaged = None
        backup: tuple[Profile, Path] | None = None
        for candidate in backup_files(self.path):
            try:
                backup = (decode(self._plain(read_regular(candidate) or b"")), candidate)
            except (DamagedProfileError, NewerSchemaError, OSError, crypto.OtherKeys):
                continue
            break
        aside: Path | None = None
        if self.look_only:
            aside_text = (
                "The file was not changed; it is repaired the next time you change something."
            )
        else:
            aside = self.keep_aside(on_disk)
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
                return self._write_back(profile, reading)
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
                f"from the backup {backup[1].name}: what was changed after that backup was "
                f"made is not in it (it may still be read in the damaged file).{kept} "
                f"{aside_text}"
            )
            return self._write_back(backup[0], reading)
        self.notices.append(
            f"Your profile file could not be read ({reason}) and there is no usable backup. "
            f"{aside_text} The app started with a fresh profile."
        )
        self._known_fp = None
        fresh = Profile.new(self.clock.now())
        if reading.ops:
            return self._write_back(fresh, reading)
        return fresh

    def _write_back(self, profile: Profile, reading: journal.Reading | None = None) -> Profile:
        """Save a recovered profile at once (the journal's changes in it, the journal then
        emptied), so the next start finds it in place."""
        from wellness_tui.profile.codec import encode

        if reading is not None:
            self._apply_journal(profile, reading)
        self._base_ops = []
        data = encode(profile)
        if self.look_only:
            self._known_fp, self._disk_raw, self._base_raw = None, None, data
            return profile
        try:
            self._write_checkpoint(data)
        except OSError:
            self._known_fp, self._disk_raw, self._base_raw = None, None, data
            return profile
        self._known_fp, self._disk_raw, self._base_raw = self._state_fp(), data, data
        self._keep_plan_file(profile)
        return profile

    def _write_checkpoint(self, data: bytes) -> None:
        """Under the lock: `data` becomes the JSON profile, then the journal is emptied.

        A line naming the new checkpoint is appended first: if the program stops after
        the profile is written but before the journal is emptied, the journal is known
        to be inside the profile already and is never applied twice."""
        file_bytes = self._sealed(data)
        held = fingerprint(self.journal_path)
        if held is not None and held[1]:
            if self._journal_foreign and not self._journal_replayed:
                journal.empty(self.journal_path)  # already inside the profile, or kept aside
            else:
                journal.append(self.journal_path, [journal.folded_line(file_bytes)])
        self._disk_file = file_bytes
        self._appender.end = None  # the journal is emptied below: opened again after
        atomic_write(self.path, self._disk_file)
        if os.path.lexists(self.journal_path):
            journal.empty(self.journal_path)
        self._journal_size, self._journal_first, self._journal_known = 0, None, b""
        self._journal_foreign = self._journal_replayed = False
        self._checkpoint_next = False

    def keep_aside(self, raw: bytes) -> Path:
        """Keep damaged bytes as profile.corrupt-<timestamp>.json (owner-only): the
        file's bytes as they were (a protected profile's stay encrypted)."""
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
        """Apply to the screen copy now and queue it for the disk (the writer thread
        saves it: the caller never waits for the disk)."""
        if self._queue(op):
            self._ensure_thread()
            self._signal_writer()

    def save(self, ops: Iterable[Op], timeout: float = 10.0) -> bool:
        """Apply `ops` and wait until they are on disk; False if not (yet) possible.

        For a caller that waits for the disk anyway (a shell command): the save is made
        in this thread when the profile's lock is free, so no writer thread is started
        or woken (waking one cost a durable tick more than its appended line)."""
        queued = False
        for op in ops:
            queued |= self._queue(op)
        if queued:
            if self._save_line_here():
                return True
            self._save_here()
            if self._saved_seq >= self._seq:
                return True  # saved here: nothing to wait for
            if self._taken < self._seq or self._batch or self._failures:
                self._ensure_thread()  # (the lock was busy, or the save failed: it retries)
                self._signal_writer()
        return self.flush(timeout)

    def _queue(self, op: Op) -> bool:
        """Apply to the screen copy; True when it is queued for the disk."""
        op.apply(self.profile)
        if self.read_only:
            return False
        with self._state_lock:
            self._seq += 1
            self._pending.append((self._seq, op))
        return True

    def check_for_changes(self) -> None:
        """Ask the writer to look for changes made by other processes."""
        if self.read_only or self._taken < self._seq:
            return  # a save is on its way: it looks anyway
        if self._state_fp() != self._known_fp:  # the profile or its journal
            self.apply(Refresh())

    def take_refresh(self) -> bool:
        """After a "changed" event: adopt the disk state plus our unsaved operations."""
        with self._state_lock:
            refreshed, self._refreshed = self._refreshed, None
            if refreshed is None:
                return False
            raw, foreign, seq = refreshed
            later = [op for item_seq, op in self._pending if item_seq > seq]
            if raw is None and any(not isinstance(op, Refresh) for op in later):
                # Changes of ours came after: the other process's go before them on
                # disk, so the screen needs the whole disk copy (the writer sends it).
                self._full_refresh_due = True
                foreign = []
        if raw is None:
            # The screen copy is the disk copy as it was before the other process's
            # changes: applying just those costs what changed, not the whole profile.
            try:
                for op in foreign:
                    op.apply(self.profile)
            except Exception:
                with self._state_lock:
                    self._full_refresh_due = True  # (the disk copy skipped none of them)
            if self._full_refresh_due:
                self.apply(Refresh())
                return False
            return True
        from wellness_tui.profile.codec import decode

        profile = decode(raw)
        for op in later:
            op.apply(profile)
        self.profile = profile
        return True

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every change made so far is on disk; False if not (yet) possible."""
        self._save_here()
        with self._state_lock:
            target = self._seq
            self._waiting += 1
            try:
                return (
                    self._state.wait_for(
                        lambda: self._saved_seq >= target or self.last_error is not None, timeout
                    )
                    and self._saved_seq >= target
                )
            finally:
                self._waiting -= 1

    def close(self, timeout: float = 10.0, *, checkpoint: bool = True) -> bool:
        """Flush and stop the writer; True when everything was saved.

        With `checkpoint`, the journal is folded into the JSON profile (the app when it
        closes); without it (a quick shell command) the saved journal lines stay."""
        saved = self.flush(timeout)
        self._stop_writer(timeout)
        with self._state_lock:
            saved = saved and not self._pending
        if saved and checkpoint:
            self.checkpoint()
        if saved:
            self._keep_stamp()
        self._close_files()
        return saved

    def give_up(self) -> bool:
        """For a caller that ends now after a failed save (a shell command): the writer
        thread makes no new try (one under way, such as a wait for the lock, ends first),
        and the files are closed. True if everything was saved after all (by that try);
        else what is not saved stays unsaved, and the caller says so."""
        self._given_up = True
        self._stop_writer(self.lock.timeout + 1)
        with self._state_lock:
            saved = self._saved_seq >= self._seq
        if saved:
            self._keep_stamp()
        self._close_files()
        return saved

    def checkpoint(self) -> bool:
        """Fold the journal into the JSON profile now; True when done (or nothing to do)."""
        if self.read_only or self.look_only or self._known_fp is None:
            return True
        held = fingerprint(self.journal_path)
        if held is None or held[1] == 0:
            return True
        try:
            with self.lock:
                state = self._state_fp()
                if self._disk is None or state != self._known_fp:
                    self._reload_disk(state)
                if self._disk is None or self.read_only:
                    return False
                from wellness_tui.profile.codec import encode

                data = encode(self._disk)
                self._write_checkpoint(data)
                self._known_fp, self._disk_raw = self._state_fp(), data
                self._keep_plan_file(self._disk)
        except (OSError, LockTimeout):
            return False  # the journal keeps every change: the next save folds it in
        return True

    def _keep_stamp(self) -> None:
        """Stamp the file as last read or written (stamp.py), so the next start need not
        validate it."""
        raw, named, known = self._disk_raw, self._disk_file, self._journal_known
        if self.read_only or raw is None or named is None or (named, known) == self._stamped:
            return
        if self._known_fp is None or self._state_fp() != self._known_fp:
            return  # changed since (another window): the next start validates it
        held = self._known_fp[1]
        if (held[1] if held is not None else 0) != len(known):
            return  # the journal holds bytes this store did not read or write (a torn line)
        try:
            # `raw` was validated when read, or encoded by us; `known` likewise, line by
            # line. `named` is the file's bytes: the same, or, for a protected profile,
            # their encrypted form (the stamp then holds a hash of ciphertext).
            stamp.save(self.path, named, known)
        except OSError:
            return  # only a shortcut: without it the next start validates the file
        self._stamped = (named, known)

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
        self._stop_writer(10)
        self._close_files()
        with self._state_lock:
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
        on_disk = read_regular(self.path) or b""
        if not journal.read(self.journal_path):
            atomic_write(target, on_disk)  # as it is (encrypted when protected)
            return target
        from wellness_tui.profile.codec import DamagedProfileError, decode, encode

        # The profile as it is: with the journal's changes.
        raw = on_disk
        try:
            raw = self._plain(on_disk)
            profile = decode(raw)
            reading = journal.parse(self._journal_plain(journal.read(self.journal_path)), on_disk)
            for op in reading.ops:
                op.apply(profile)
            raw = encode(profile)
        except (DamagedProfileError, NewerSchemaError):
            raw = on_disk  # kept as the file is
        atomic_write(target, raw if raw is on_disk else self._sealed(raw))
        return target

    def reseal(self, keys: crypto.Keys | None, under_lock: Callable[[], None]) -> None:
        """Write the profile again in another form: encrypted with `keys`, or plain with
        None (protect.py). Under the lock: the journal is folded into the new checkpoint,
        then `under_lock` rewrites the copies beside it, and the start-up stamp (a plain
        profile's shortcut) is removed."""
        from wellness_tui.profile.codec import encode

        with self.lock:
            if keys is not None and self.keys is None:
                # Protecting: an open window given the keys already (protect.py's
                # keys_ready) may have saved in the new form just now; a plain file
                # reads as it is with keys too.
                self.keys = keys
            self._disk, self._known_fp = None, None
            self._reload_disk(self._state_fp())
            disk = self._disk if self._disk is not None else self._base_profile()
            data = encode(disk)
            self.keys = keys
            self._write_checkpoint(data)  # in the new form, the journal folded in
            self._disk, self._disk_raw, self._base_raw, self._base_ops = disk, data, data, []
            self._known_fp = self._state_fp()
            self._stamped = None
            self._keep_plan_file(disk)  # written when protected and chosen, else removed
            under_lock()
            with contextlib.suppress(FileNotFoundError):
                stamp.stamp_path(self.path).unlink()

    def save_elsewhere(self, folders: list[Path]) -> Path | None:
        """When the profile cannot be saved (a full disk at quit): write the screen copy,
        with every change not yet saved, to the first of `folders` that takes it (an
        owner-only file in a folder only this account can write). None if none could."""
        from wellness_tui.profile.codec import encode

        data = self._sealed(encode(self.profile))  # a protected profile's stays encrypted
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
        with self._state_lock:
            return len(self._pending)

    # ----- the writer thread --------------------------------------------------------

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="profile-writer", daemon=True)
            self._thread.start()

    def _stop_writer(self, timeout: float) -> None:
        """Stop the writer thread (after one last try)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self._stopping = True
            self._signal_writer()
            thread.join(timeout)
            if not thread.is_alive():
                self._stopping = False
            # (else stuck, on a lock held elsewhere: it stops after its try)

    def _close_files(self) -> None:
        """Close the journal and lock files kept open between saves (opened again if
        this store saves again), unless a save is under way."""
        if self._writing.acquire(False):
            try:
                self._appender.close()
                self.lock.close()
            finally:
                self._writing.release()

    def _signal_writer(self) -> None:
        try:  # noqa: SIM105 (contextlib.suppress costs each tick of the app more)
            self._wake.release()
        except RuntimeError:
            pass  # signalled already

    def _run(self) -> None:
        while True:
            failures = self._failures
            retry_in = RETRY_SECONDS[min(failures, len(RETRY_SECONDS)) - 1] if failures else None
            woken = self._wake.acquire(timeout=-1 if retry_in is None else retry_in)
            stop = self._stopping
            if self._given_up:
                return
            if woken and not stop and self._save_line_here():
                continue  # a tick, saved as one line (the ordinary save does the rest)
            if not self._writing.acquire(blocking=stop):
                continue  # a flush() is saving: it signals again if it leaves anything
            try:
                # After a failed save: a new change, a stop, or the retry time (not
                # merely a flush() that failed too and says so) brings the next try.
                if stop or not woken or self._taken < self._seq or not self._failures:
                    self._save_pending()
            finally:
                self._writing.release()
            if stop:
                return

    def _save_here(self) -> None:
        """The caller of flush() waits for the disk anyway: it saves what is pending
        itself, sparing a hand-over to the writer thread and back (a tick's save is one
        appended line, and those two thread switches cost more than writing it). Only
        when the writer thread is idle and the profile lock is free at once; a failing
        save is left to the writer's retries."""
        if self.read_only or self._failures or self._taken >= self._seq:
            return
        if not self._writing.acquire(False):
            return  # the writer thread is saving: flush waits for it
        try:
            if not self._stopping and not self._failures:
                # Take back the signal apply() gave: the writer thread, not yet running,
                # then stays asleep (a thread woken for nothing would take the GIL from
                # this save, at each of its system calls).
                self._wake.acquire(False)
                self._here = True
                self._save_pending()
        finally:
            self._here = False
            self._writing.release()
        if self._failures or self._batch or self._taken < self._seq:
            # A failed save (retried later), a busy lock, or a change made meanwhile by
            # another thread: the writer thread takes over.
            self._signal_writer()

    def _save_line_here(self) -> bool:
        """The one change pending saved as one journal line, in this thread, with the
        fewest steps: for a tick made while the store is in its steady state (nothing
        else pending or failing, the files as our last save left them, no backup,
        checkpoint or screen refresh due, a plain profile). A tick's save is little more
        than its line's fsync, and the ordinary save's layers cost a third of that again.
        False, with nothing written, whenever any of this does not hold: the ordinary
        save (_save_here, the writer thread) then makes it, with all its care."""
        if (
            self._failures
            or self._batch
            or self._stopping
            or self._refreshed is not None
            or self._full_refresh_due
            or self._checkpoint_next
            or self._journal_foreign
            or self.keys is not None  # (its lines are sealed, and its plan file kept)
            or not self._journal_size  # (a journal's first line comes after its header)
            or self.last_error is not None
        ):
            return False
        if not self._writing.acquire(False):
            return False  # another thread is saving
        try:
            # Read without _state_lock: with _writing held no other thread saves, so
            # _taken, _saved_seq and the pending list's first item stay as read (the
            # screen's thread may only append to the list).
            pending = self._pending
            if len(pending) != 1 or self._taken != self._saved_seq:
                return False
            seq, op = pending[0]
            disk = self._disk
            if (
                isinstance(op, Refresh)
                or op.may_change_safety_plan()
                or (disk is not None and self._plan_kept is _NOT_LOOKED)
                or self._backup_due()
            ):
                return False
            lines = self._lines([op])
            if not lines:
                return False
            if not self.lock.try_acquire_kept():
                return False
            try:
                fp = self._state_fp()
                if fp != self._known_fp:
                    return False  # changed elsewhere: the ordinary save reads it first
                try:
                    size = self._appender.append_line(lines[0], fp[1])
                except OSError:
                    return False  # nothing written: the ordinary save tries and tells
                if size is None:
                    return False
                self._appended_line(lines[0], size)
                if disk is None:
                    self._base_ops.append(op)
                else:
                    op.apply(disk)
                with self._state_lock:
                    self._taken = self._saved_seq = seq
                    if pending and pending[0][0] == seq:  # (delete_all may have emptied it)
                        del pending[0]
                    if self._waiting:
                        self._state.notify_all()
            finally:
                self.lock.release()
        finally:
            self._writing.release()
        if self.listener is not None:
            self._emit(_SAVED)
        return True

    def _save_pending(self) -> None:
        """Under _writing: save the operations applied since the last successful save."""
        with self._state_lock:
            self._batch.extend(item for item in self._pending if item[0] > self._taken)
        if not self._batch:
            return
        self._taken = self._batch[-1][0]
        try:
            saved = self._try_write(self._batch)
        except _LockBusy:
            return  # kept in _batch: the writer thread waits for the lock
        if saved:
            self._batch, self._failures = [], 0
        else:
            self._failures += 1

    def _try_write(self, batch: list[tuple[int, Op]]) -> bool:
        try:
            changed = self.write_cycle(batch)
        except _LockBusy:
            raise
        except Exception as err:
            # Whatever went wrong, the writer keeps running: the changes stay in
            # memory, the person is told, and the save is tried again.
            reason = getattr(err, "strerror", None) or str(err) or type(err).__name__
            with self._state_lock:
                self.last_reason = reason
                self.last_error = (
                    f"not saved: {reason}. Your changes are kept and will be saved again."
                )
                self._state.notify_all()
            self._emit(SaveFailed(self.last_error or ""))
            return False
        recovered = self.last_error is not None
        if recovered:
            with self._state_lock:
                self.last_error = None
                self._state.notify_all()
        if self.listener is not None:  # (a shell command has none: no event made)
            self._emit(Saved("Saved again. Nothing was lost." if recovered else ""))
        if changed:
            self._emit(ChangedOnDisk())
        return True

    def write_cycle(self, batch: list[tuple[int, Op]]) -> bool:
        """Under the lock: re-read if changed elsewhere, apply, save. True if changed elsewhere.

        The save is one appended, fsynced journal line per operation; the JSON profile is
        rewritten instead (a checkpoint) when there is none yet, before a backup, when the
        journal is big or old, or for a change that a line cannot carry exactly."""
        if self._here and not self.lock.try_acquire():
            raise _LockBusy
        if not self._here:
            self.lock.acquire()
        try:
            return self._write_locked(batch)
        finally:
            self.lock.release()

    def _write_locked(self, batch: list[tuple[int, Op]]) -> bool:
        fp = self._state_fp()
        changed_elsewhere = False
        if self._append_unbuilt(batch, fp):
            return False
        if self._disk is None or fp != self._known_fp:
            changed_elsewhere = self._reload_disk(fp)
        disk = self._disk
        assert disk is not None
        real = [op for _, op in batch if not isinstance(op, Refresh)]
        if real or self._checkpoint_next:
            backup = False
            try:
                backup = self._backup_if_due(disk)
            except OSError as err:  # a backup that fails must never stop a save
                self._emit(
                    StoreNotice(
                        f"A backup copy could not be made ({err.strerror or err}); saving goes on.",
                    )
                )
            try:
                for op in real:
                    op.apply(disk)
                lines = self._lines(real)
                if lines is None or backup or self._checkpoint_next:
                    from wellness_tui.profile.codec import encode  # (not for a tick: ~2 µs)

                    data = encode(disk)
                    self._write_checkpoint(data)
                    self._disk_raw = data
                    self._known_fp = self._state_fp()
                else:
                    self._append(lines)  # (it updates _known_fp)
            except Exception:
                # Not saved: go back to what is on disk, so the retry applies this
                # batch once (an operation like "move up" must not happen twice).
                self._disk, self._known_fp = None, None
                self._reload_disk(self._state_fp())
                raise
            if self._plan_kept is _NOT_LOOKED or any(op.may_change_safety_plan() for op in real):
                self._keep_plan_file(disk)  # not rendered again for a tick
        last_seq = batch[-1][0]
        with self._state_lock:
            self._saved_seq = last_seq
            self._pending = [item for item in self._pending if item[0] > last_seq]
            if changed_elsewhere or self._refreshed is not None or self._full_refresh_due:
                asked = self._full_refresh_due  # (by the screen: tell it when ready)
                self._refreshed = self._next_refresh(disk, last_seq, bool(real), changed_elsewhere)
                changed_elsewhere |= asked
            self._state.notify_all()
        return changed_elsewhere

    def _next_refresh(
        self, disk: Profile, seq: int, ours: bool, changed: bool
    ) -> tuple[bytes | None, list[Op], int]:
        """Under _state: the refresh for the screen, after a save (up to `seq`) that
        found another process's changes or left a refresh not yet taken, which must then
        include this save too, or the screen copy would lose changes already saved.

        When the other process only appended lines and nothing of ours was saved since
        the screen copy was last like the disk copy, the screen needs only those lines'
        operations; otherwise the whole disk copy (encoded here, decoded by the screen)."""
        pending = self._refreshed
        appended, self._appended = self._appended, None
        foreign = appended if changed else []  # None: the files were read the whole way
        if (
            foreign is not None
            and not ours
            and not self._full_refresh_due
            and (pending is None or pending[0] is None)
        ):
            return None, (pending[1] if pending is not None else []) + foreign, seq
        from wellness_tui.profile.codec import encode

        self._full_refresh_due = False
        return encode(disk), [], seq

    def _append_unbuilt(self, batch: list[tuple[int, Op]], fp: StateFingerprint) -> bool:
        """The quick save of a shell command: nothing changed on disk since we loaded it,
        so the batch is appended without building the writer's copy (a 10-year profile
        takes longer to validate than to save). Its operations are kept in _base_ops and
        applied if that copy is ever needed. False when this save needs the copy."""
        if (
            self._disk is not None
            or fp != self._known_fp
            or self._checkpoint_next
            or self._refreshed is not None
            or self._backup_due()
        ):
            return False
        real = [op for _, op in batch if not isinstance(op, Refresh)]
        if self.keys is not None and any(op.may_change_safety_plan() for op in real):
            return False  # its readable copy may change: kept from the writer's copy
        lines = self._lines(real)
        if lines is None:
            return False
        if lines:
            self._append(lines)
            self._base_ops.extend(real)
        last_seq = batch[-1][0]
        with self._state_lock:
            self._saved_seq = last_seq
            self._pending = [item for item in self._pending if item[0] > last_seq]
            self._state.notify_all()
        return True

    def _lines(self, ops: list[Op]) -> list[bytes] | None:
        """The journal lines for `ops`, or None when the save must be a checkpoint."""
        if self._disk_raw is None or self._known_fp is None or self._known_fp[0] is None:
            return None  # no profile on disk yet: the first save writes it whole
        now = self.clock.now()
        first = self._journal_first
        if first is not None and not _NO_TIME <= now - first < _JOURNAL_AGE_LIMIT:
            return None
        lines = []
        for op in ops:
            line = journal.record_line(op, now)
            if line is None:
                return None  # e.g. an import (a whole profile): written as a checkpoint
            lines.append(line)
        if self._journal_size + sum(map(len, lines)) > journal.LIMIT_BYTES:
            return None
        return lines

    def _append(self, lines: list[bytes]) -> None:
        """Append to the journal durably (a journal for another checkpoint is emptied first).
        Under the lock, with _known_fp just read: the profile is not touched, and the
        journal's new fingerprint is the appender's (no stat of either afterwards)."""
        assert self._disk_raw is not None and self._known_fp is not None
        now = self._known_fp[1]
        if self._journal_foreign:
            journal.empty(self.journal_path)
            self._journal_foreign = self._journal_replayed = False
            self._journal_size, self._journal_known = 0, b""
            now = None
        checkpoint = self._disk_file if self._disk_file is not None else self._disk_raw
        header = b""

        def start() -> bytes:
            nonlocal header
            header = journal.header_line(checkpoint)
            return header

        sealed = [self._sealed_line(line) for line in lines]
        size = self._appender.append(sealed, start=start, now=now)
        if header:
            self._known_parts, self._known_length = [], 0
        self._appended_line(header + b"".join(sealed), size)

    def _appended_line(self, written: bytes, size: int) -> None:
        """After `written` was appended to the journal (now `size` bytes long)."""
        assert self._known_fp is not None
        self._known_fp = (self._known_fp[0], self._appender.end)
        # What the file now holds, if its beginning is what we knew (a torn line left by
        # another writer was cut off, so the old size can be larger than what we knew).
        self._known_parts.append(written)  # (a join per save would copy the whole journal)
        self._known_length += len(written)
        if self._known_length != size:
            self._journal_known = b""
        self._journal_size = size
        if self._journal_first is None:
            self._journal_first = self.clock.now()

    def _reload_disk(self, fp: StateFingerprint) -> bool:
        """Bring the disk copy up to date with the files. True if someone else changed them."""
        from wellness_tui.profile.codec import DamagedProfileError, decode

        self._appended = None
        if self._disk is None and fp == self._known_fp:
            self._disk = self._base_profile()  # unchanged since we loaded it
            return False
        if fp[0] is None:  # deleted (or never written): our copy will be written back
            if self._disk is None:
                self._disk = self._base_profile()
            # Lines another process appended to the journal of our checkpoint, which we
            # have not read yet: applied first (the journal is emptied by this save).
            changed = fp[1] is not None and self._read_appended(profile_gone=True)
            if fp[1] is not None and not changed and fp[1][1] > len(self._journal_known):
                # Lines we could not apply (sealed, or for another checkpoint): kept.
                aside = self._keep_journal_aside(journal.read(self.journal_path))
                self._emit(
                    StoreNotice(
                        "The profile file was missing; this window's data was saved in its "
                        f"place. Its change journal was kept at {aside}."
                    )
                )
            self._known_fp = None
            self._journal_foreign = fp[1] is not None
            self._journal_replayed = False
            self._journal_size, self._journal_first, self._journal_known = 0, None, b""
            return changed
        known = self._known_fp
        if fp[1] is None and known is not None and fp[0] == known[0] and self._disk_raw:
            # The journal alone was removed (by hand, or a sync tool): the changes it held
            # are in our copy; they are written into the profile by this save.
            if self._disk is None:
                self._disk = self._base_profile()
            if self._journal_size:
                self._checkpoint_next = True
                self._emit(
                    StoreNotice(
                        f"The change journal {self.journal_path.name} was removed outside "
                        "the app. The changes it held are kept: they are saved into the "
                        "profile now."
                    )
                )
            self._known_fp = fp
            self._journal_size, self._journal_first, self._journal_known = 0, None, b""
            return False
        if self._read_appended():
            return True
        on_disk = read_regular(self.path) or b""
        if (
            self.keys is not None
            and on_disk.strip()
            and not crypto.is_sealed(on_disk)
            and not os.path.lexists(crypto.key_path(self.path))
        ):
            # The passphrase was removed in another window (`wellness-tui decrypt`): this
            # window saves unencrypted too, never again with keys nobody can unlock.
            self.keys = None
        try:
            raw = self._plain(on_disk)
            fresh = decode(raw)
        except NewerSchemaError as err:
            self.read_only = True
            raise OSError(
                f"a newer version of wellness-tui (schema {err.version}) saved this "
                "profile, so this window stopped saving to it"
            ) from err
        except DamagedProfileError as err:
            aside = self.keep_aside(on_disk)
            self._emit(
                StoreNotice(
                    f"The profile file was damaged outside the app ({err}). It was kept at "
                    f"{aside}, and this window's data was saved in its place.",
                )
            )
            if self._disk is None:
                self._disk = self._base_profile()
            self._known_fp = None
            self._disk_raw = None  # written whole by this save
            self._journal_foreign, self._journal_replayed = True, False
            self._journal_size, self._journal_first, self._journal_known = 0, None, b""
            return False
        told = len(self.notices)
        reading = self._read_journal(on_disk)
        if reading.newer is not None:
            self.read_only = True
            raise OSError(
                "a newer version of wellness-tui wrote this profile's change journal, so "
                "this window stopped saving to it"
            )
        self._apply_journal(fresh, reading)
        for notice in self.notices[told:]:
            self._emit(StoreNotice(notice))
        self._disk, self._known_fp, self._disk_raw = fresh, self._state_fp(), raw
        self._disk_file = on_disk
        return True

    def _read_appended(self, *, profile_gone: bool = False) -> bool:
        """Another process only appended to the journal of the checkpoint we hold: apply
        just its new lines, without reading and validating the whole profile again.
        False (nothing done) in every other case: the caller then reads both files.
        With `profile_gone`, the profile file is missing (our copy is written back)."""
        known, held = self._journal_known, self._known_fp
        if held is None or self._disk_raw is None or self._journal_foreign:
            return False
        if self.keys is not None:
            return False  # sealed lines: their plain offsets are not the file's
        now = self._state_fp()
        same_checkpoint = now[0] is None if profile_gone else now[0] == held[0]
        if not same_checkpoint or now[1] is None or now[1][1] <= len(known):
            return False  # a new checkpoint, or the journal emptied or rewritten
        data = journal.read(self.journal_path)
        if not data.startswith(known):
            return False
        checkpoint = self._disk_file if self._disk_file is not None else self._disk_raw
        reading = journal.parse(data, checkpoint, since=len(known))
        if reading.bad or reading.other_checkpoint or reading.folded or reading.newer:
            return False  # read the whole way, which reports and keeps aside what it must
        if self._disk is None:
            self._disk = self._base_profile()
        told = len(self.notices)
        self._appended = self._apply_journal(self._disk, reading)
        for notice in self.notices[told:]:
            self._emit(StoreNotice(notice))
        self._journal_known, self._journal_size = data[: reading.complete], len(data)
        if self._journal_first is None:
            self._journal_first = reading.first_at
        self._known_fp = self._state_fp()
        return True

    def _backup_due(self) -> bool:
        """Once an hour, and never while the newest backup is less than an hour old,
        whichever process made it (so a shell command rarely makes one)."""
        now = time.monotonic()
        if self._last_backup != 0.0 and now - self._last_backup < BACKUP_EVERY_SECONDS:
            return False  # the common case: nothing to check on disk
        if self._disk_raw is None or fingerprint(self.path) is None:
            return False
        wall = datetime.now()
        newest = backup_files(self.path)[:1]
        made = backup_stamp(newest[0]) if newest else None
        if made is not None and 0 <= (wall - made).total_seconds() < BACKUP_EVERY_SECONDS:
            self._last_backup = now - (wall - made).total_seconds()
            return False
        return True

    def _backup_if_due(self, disk: Profile) -> bool:
        """A backup of the profile as it is before this save, when one is due.
        True when one was made: the save is then written as a checkpoint."""
        if not self._backup_due():
            return False
        now, wall = time.monotonic(), datetime.now()
        assert self._disk_raw is not None
        raw = self._disk_raw
        if self._journal_size:
            from wellness_tui.profile.codec import encode

            raw = encode(disk)  # the checkpoint with the journal's changes
        # Spaced in time by rotation (backups.py): a burst of saves keeps the old ones.
        write_backups(self.path, raw, wall, seal=self._sealed, plain=self._plain)
        self._last_backup = now
        return True

    # ----- encryption (crypto.py) ------------------------------------------------------

    def _keep_plan_file(self, profile: Profile, *, at_load: bool = False) -> None:
        """Under the lock, after a save or when opened with the keys: the readable safety
        plan beside a protected profile, when chosen (safety_plan_file.py); removed
        otherwise. A save that did not change the plan (a tick) only renders it in memory
        and compares: nothing is written. A failure here never fails the save or the
        opening: the person is told."""
        from wellness_tui.profile import safety_plan_file

        data = safety_plan_file.wanted(profile, protected=self.keys is not None)
        if data == self._plan_kept:
            return
        try:
            safety_plan_file.keep(self.path, data)
        except OSError as err:
            self._plan_kept = _NOT_LOOKED  # tried again at the next save
            what = (
                "Your safety plan's readable copy could not be "
                f"{'updated' if data is not None else 'removed'} ({err.strerror or err}); "
            )
            if at_load:
                self.notices.append(what + "it is tried again at the next save.")
            else:
                self._emit(StoreNotice(what + "your profile itself was saved."))
            return
        self._plan_kept = data

    def _sealed(self, data: bytes) -> bytes:
        """What is written for `data`: encrypted when the profile is protected."""
        return data if self.keys is None else self.keys.seal(data)

    def _sealed_line(self, line: bytes) -> bytes:
        return line if self.keys is None else self.keys.seal_line(line)

    def _plain(self, on_disk: bytes) -> bytes:
        """The JSON inside a file of ours; DamagedProfileError when it does not decrypt.
        An age file for other keys is refused (crypto.OtherKeys), never taken for damage."""
        if not crypto.is_sealed(on_disk):
            return on_disk
        from wellness_tui.profile.codec import DamagedProfileError

        try:
            return self._open_sealed(on_disk)
        except crypto.Undecryptable as err:
            raise DamagedProfileError(f"it does not decrypt: {err}") from err

    def _open_sealed(self, on_disk: bytes) -> bytes:
        """The JSON inside an age file of ours; crypto.Undecryptable when damaged."""
        if self.keys is None:
            raise crypto.Locked(self.path)
        return self.keys.open(on_disk)

    def _journal_plain(self, data: bytes) -> bytes:
        """A journal's lines as JSON: its records decrypted line by line when protected
        (its header and fold lines are plain: they hold hashes of the file's bytes)."""
        if self.keys is None or not data:
            return data
        return self.keys.open_lines(data)

    def _emit(self, event: StoreEvent) -> None:
        if self.listener is not None:
            self.listener(event)


__all__ = ["FILE_MODE", "ProfileStore", "StoreEvent"]
