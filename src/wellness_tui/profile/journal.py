"""The change journal: `<profile>.journal`, one JSON line per saved operation.

The JSON profile is the *checkpoint*; the journal holds the operations saved since
(ops.py: small, replayable, with their own timestamps). A durable save appends the
batch's lines and fsyncs them; the profile is rewritten from time to time (store.py)
and the journal is then emptied. Reading = the checkpoint + the journal's complete
lines, applied in order.

The first line names the checkpoint the lines apply to (the SHA-256 of its bytes):
    {"journal": 1, "checkpoint": "<sha256>"}
Each record names its operation and carries its fields, when and who wrote it:
    {"op": "SetDone", "f": {...}, "at": "2026-...", "by": "1234@host"}
Before a checkpoint is written, a line {"folded": "<sha256 of the new checkpoint>"}
is appended: if the program stops between writing the checkpoint and emptying the
journal, the journal is known to be already inside the checkpoint and is not applied
twice (an operation like "move up" must never happen twice).

A torn last line (the program killed mid-append) has no newline and is ignored. A
complete line that cannot be read is reported, and the journal kept aside (store.py);
the lines after it are still applied.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import math
import os
import stat
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

from wellness_tui import trusted
from wellness_tui.profile.files import FILE_MODE, _fchmod, ensure_dir, fsync_dir, process_id
from wellness_tui.profile.op_base import Op

FORMAT = 1
LIMIT_BYTES = 256 * 1024
"""A journal past this size is folded into a new checkpoint."""
LIMIT_SECONDS = 24 * 3600
"""...and so is one whose first record is older than this."""


def journal_path(profile: Path) -> Path:
    return profile.with_name(f"{profile.name}.journal")


def checkpoint_key(raw: bytes) -> str:
    from wellness_tui.digest import sha256_hex

    return sha256_hex(raw)


def writer_id() -> str:
    """Which process on which computer wrote a record (recomputed after a fork)."""
    global _writer
    pid = process_id()
    if _writer[0] != pid:
        _writer = (pid, f"{pid}@{_host()}")  # (os.uname once: a tick saves one line)
    return _writer[1]


_writer = (0, "")


def _host() -> str:
    """This computer's name (os.uname: importing socket for it cost every command ~3 ms)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows

    return socket.gethostname()


# ----- the operation codec --------------------------------------------------------------


class BadRecord(Exception):
    """A complete journal line that is not a record this version can replay."""


@cache
def op_classes() -> dict[str, type[Op]]:
    """Every operation class by name (ops.py and the base module)."""
    from wellness_tui.profile import ops

    found: dict[str, type[Op]] = {}
    pending: list[type[Op]] = [Op]  # type: ignore[type-abstract]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            pending.append(sub)
            if not getattr(sub, "__abstractmethods__", None):
                found[sub.__name__] = sub
    del ops
    return found


# Fields typed `object`: (field name, value) pairs whose value's type is the named
# field's type in another model.
@cache
def _pair_models() -> dict[tuple[str, str], type]:
    from wellness_tui.profile.models import Habit, Settings

    return {("UpdateSettings", "changes"): Settings, ("RevertHabit", "fields"): Habit}


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _dataclass_union(hint: Any) -> tuple[type, ...] | None:
    """The dataclasses of a union such as `Contact | LogEntry` (None if not one)."""
    if typing.get_origin(hint) not in (typing.Union, types.UnionType):
        return None
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if len(args) > 1 and all(dataclasses.is_dataclass(a) for a in args):
        return tuple(args)
    return None


def _is_op_tuple(hint: Any) -> bool:
    """`tuple[Op, ...]`: operations made of operations (a batch)."""
    args = typing.get_args(hint)
    return typing.get_origin(hint) is tuple and bool(args) and args[0] is Op


# Fields of these types are written and read here without pydantic (a tick from the
# shell then never imports it); every other field goes through pydantic's adapters.
_SIMPLE: dict[Any, str] = {
    str: "str",
    bool: "bool",
    int: "int",
    float: "float",
    date: "date",
    datetime: "datetime",
    str | None: "str?",
    int | None: "int?",
    float | None: "float?",
    bool | None: "bool?",
    tuple[str, ...]: "strs",
}


@cache
def _simple(cls: type) -> dict[str, str] | None:
    """Each field's simple kind, or None when a field needs pydantic."""
    if not dataclasses.is_dataclass(cls):
        return None
    hints = _hints(cls)
    kinds = {}
    for f in dataclasses.fields(cls):
        kind = _SIMPLE.get(hints[f.name])
        if kind is None:
            return None
        kinds[f.name] = kind
    return kinds


def _simple_out(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _simple_in(kind: str, raw: Any) -> Any:
    if kind.endswith("?"):
        if raw is None:
            return None
        kind = kind[:-1]
    if kind == "str" and isinstance(raw, str):
        return raw
    if kind == "bool" and isinstance(raw, bool):
        return raw
    if kind == "int" and isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if kind == "float" and isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    if kind == "date" and isinstance(raw, str) and len(raw) == 10:
        return date.fromisoformat(raw)
    if kind == "datetime" and isinstance(raw, str):
        return datetime.fromisoformat(raw)
    if kind == "strs" and isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        return tuple(raw)
    raise BadRecord(f"a value that is not {kind}")


def encode_op(op: Op) -> dict[str, Any]:
    """An operation as plain JSON values: its class name and its fields (dates ISO)."""
    cls = type(op)
    name = cls.__name__
    simple = _simple(cls)
    if simple is not None:
        return {"op": name, "f": {key: _simple_out(getattr(op, key)) for key in simple}}
    from wellness_tui.validation import adapter

    out: dict[str, Any] = {}
    if dataclasses.is_dataclass(op):
        hints = _hints(cls)
        for f in dataclasses.fields(op):
            value = getattr(op, f.name)
            model = _pair_models().get((name, f.name))
            union = _dataclass_union(hints[f.name])
            if _is_op_tuple(hints[f.name]):
                out[f.name] = [encode_op(inner) for inner in value]
            elif model is not None:
                out[f.name] = [
                    [k, adapter(_hints(model)[k]).dump_python(v, mode="json")] for k, v in value
                ]
            elif union is not None and value is not None:
                out[f.name] = {
                    "type": type(value).__name__,
                    "value": adapter(type(value)).dump_python(value, mode="json"),
                }
            else:
                out[f.name] = adapter(hints[f.name]).dump_python(value, mode="json")
    return {"op": name, "f": out}


@cache
def _plain(cls: type) -> bool:
    """No field needs the codec's own handling (unions of models, pairs, operations)."""
    hints = _hints(cls)
    return not any(
        _is_op_tuple(hints[f.name])
        or (cls.__name__, f.name) in _pair_models()
        or _dataclass_union(hints[f.name]) is not None
        for f in dataclasses.fields(cls)
    )


@cache
def _shape(cls: type[Op]) -> tuple[frozenset[str], dict[str, str] | None]:
    """An operation class's field names, and their simple kinds (None if one is not)."""
    if not dataclasses.is_dataclass(cls):
        return frozenset(), {}
    return frozenset(f.name for f in dataclasses.fields(cls)), _simple(cls)


def decode_op(record: object, *, vouched: bool = False) -> Op:
    """The operation a record names; raises BadRecord for anything else.

    `vouched`: this program wrote or validated this very line before (the start-up
    stamp names the journal's bytes, stamp.py), so an operation of plain fields is built
    from its values without pydantic, as the checkpoint is (trusted.py); anything
    unexpected is validated after all."""
    try:
        if not isinstance(record, dict):
            raise BadRecord("not a record")
        name, values = record.get("op"), record.get("f")
        cls = op_classes().get(name) if isinstance(name, str) else None
        if cls is None or not isinstance(values, dict):
            raise BadRecord(f"an unknown change ({str(name)[:40]})")
        name = cls.__name__
        known, simple = _shape(cls)
        if not values.keys() <= known:
            why = "values it does not have" if known else "unexpected values"
            raise BadRecord(f"{why} for {name}")
        if vouched and (simple is not None or _plain(cls)):
            built = _built(cls, values)
            if built is not None:
                return built
        if simple is not None:  # (an operation without fields has no values: simple too)
            return cls(**{key: _simple_in(simple[key], raw) for key, raw in values.items()})
        hints = _hints(cls)
        from wellness_tui.validation import adapter

        if _plain(cls):  # one validation for the whole operation (the common case)
            op = adapter(cls).validate_python(values)
            if type(op) is not cls:
                raise BadRecord(f"not a {name}")
            return op
        kwargs: dict[str, Any] = {}
        for key, raw in values.items():
            model = _pair_models().get((name, key))
            union = _dataclass_union(hints[key])
            if _is_op_tuple(hints[key]):
                if not isinstance(raw, list):
                    raise BadRecord(f"{name}.{key} is not a list")
                kwargs[key] = tuple(decode_op(inner) for inner in raw)
            elif model is not None:
                model_hints = _hints(model)
                if not isinstance(raw, list):
                    raise BadRecord(f"{name}.{key} is not a list")
                pairs = []
                for pair in raw:
                    if (
                        not isinstance(pair, list)
                        or len(pair) != 2
                        or not isinstance(pair[0], str)
                        or pair[0] not in model_hints
                    ):
                        raise BadRecord(f"{name}.{key} holds an unknown field")
                    pairs.append((pair[0], adapter(model_hints[pair[0]]).validate_python(pair[1])))
                kwargs[key] = tuple(pairs)
            elif union is not None and isinstance(raw, dict):
                by_name = {c.__name__: c for c in union}
                kind = by_name.get(str(raw.get("type")))
                if kind is None:
                    raise BadRecord(f"{name}.{key} names an unknown kind")
                kwargs[key] = adapter(kind).validate_python(raw.get("value"))
            else:
                kwargs[key] = adapter(hints[key]).validate_python(raw)
        op = cls(**kwargs)
    except BadRecord:
        raise
    except RecursionError as err:
        raise BadRecord("nested too deeply") from err
    except Exception as err:  # pydantic's ValidationError, a TypeError from a missing field
        raise BadRecord(f"{type(err).__name__}: {str(err).splitlines()[0][:120]}") from err
    if not isinstance(op, Op):
        raise BadRecord("not a change")
    return op


def _built(cls: type[Op], values: dict[str, Any]) -> Op | None:
    """`values` as a `cls`, without validation (None if they do not fit after all)."""
    try:
        op = trusted.build(cls, values)
    except Exception:
        return None
    return op if type(op) is cls else None


def record_line(op: Op, now: datetime) -> bytes | None:
    """One journal line for `op`, or None when it cannot be journaled exactly (it is
    then saved by a checkpoint): the line is read back and must give the same op,
    unless it is made of values that read back the same by construction (_line_writer)."""
    if type(op).__name__ in WHOLE:
        return None
    try:
        write = _line_writer(type(op))
        tail = f',"at":{_at_text(now)},"by":{_writer_text()}}}'
        line = None if write is None else write(op, tail)
        if line is None:
            record = encode_op(op)
            record["at"] = now.isoformat(timespec="seconds")
            record["by"] = writer_id()
            line = _LINE_ENCODER.encode(record)
            if "\n" in line or decode_op(_scan_line(line)) != op:
                return None
        return line.encode("utf-8") + b"\n"
    except Exception:  # (text that is not UTF-8, such as a lone surrogate, too)
        return None


def _writer_text() -> str:
    """writer_id() as JSON text (quoted once per process)."""
    global _writer_quoted
    pid = process_id()
    if _writer_quoted[0] != pid:
        _writer_quoted = (pid, _quote(writer_id()))
    return _writer_quoted[1]


_writer_quoted = (0, "")


def _at_text(now: datetime) -> str:
    """now.isoformat(timespec="seconds") as JSON text, made once per second (it cost
    a tick's line a third of its making)."""
    global _at_last
    key = (now.second, now.minute, now.hour, now.day, now.month, now.year, now.tzinfo, now.fold)
    if key != _at_last[0]:
        _at_last = (key, _quote(now.isoformat(timespec="seconds")))
    return _at_last[1]


_at_last: tuple[tuple[object, ...], str] = ((), "")


def _day_text(day: date) -> str:
    """A date's JSON text (kept: a tick's line names a day, mostly one of a few)."""
    text = _day_texts.get(day)
    if text is None:
        if len(_day_texts) >= 512:
            _day_texts.clear()
        text = _day_texts[day] = f'"{day.isoformat()}"'
    return text


_day_texts: dict[date, str] = {}

_quote: Callable[[str], str] = json.encoder.encode_basestring
"""A JSON string as json.dumps(ensure_ascii=False) writes it (C)."""

_EXACT: dict[str, tuple[str, str]] = {
    "str": ("type(v) is not str", "_quote(v)"),
    "bool": ("type(v) is not bool", '("true" if v else "false")'),
    "int": ("type(v) is not int", "int.__repr__(v)"),
    "float": ("type(v) is not float or not isfinite(v)", "float.__repr__(v)"),
    "date": ("type(v) is not date", "_day_text(v)"),
    # A zone's time (its offset may hang on `fold`) reads back as a fixed offset: not exact.
    "datetime": (
        "type(v) is not datetime or (v.tzinfo is not None and type(v.tzinfo) is not timezone)",
        """('"' + v.isoformat() + '"')""",
    ),
    "strs": (
        "type(v) is not tuple or any(type(x) is not str for x in v)",
        """("[" + ",".join(map(_quote, v)) + "]")""",
    ),
}
"""Per simple kind (see _simple): when a value is not exactly of it (a bool where an int
goes, a float that is not finite...), and its JSON text, as the encoder writes it."""


@cache
def _line_writer(cls: type) -> Callable[[Any, str], str | None] | None:
    """The line writer of an operation class of simple fields (None for any other): it
    writes the same text as the encoder when each value is exactly its field's own
    builtin type, and that text reads back as the same operation by construction
    (_simple_in inverts each kind), so the read-back check is spared; it gives None for
    anything else, which is encoded and checked the ordinary way. Made once per class
    as Python source from the fields' kinds, as dataclasses makes its methods: a tick's
    save is little more than this line, and a loop over the fields cost a third of it."""
    simple = _simple(cls)
    if simple is None:
        return None
    body, parts = [], []
    for n, (key, kind) in enumerate(simple.items()):
        optional = kind.endswith("?")
        bad, text = _EXACT[kind.rstrip("?")]
        if optional:
            bad, text = f"v is not None and ({bad})", f'("null" if v is None else {text})'
        body += [f"    v = op.{key}", f"    if {bad}:", "        return None", f"    t{n} = {text}"]
        parts.append(f"{_quote(key)}:{{t{n}}}")
    head = f'{{{{"op":{_quote(cls.__name__)},"f":{{{{'
    fields = ",".join(parts)
    source = "\n".join(["def write(op, tail):", *body, f"    return f'{head}{fields}}}}}' + tail"])
    names = {"_quote": _quote, "_day_text": _day_text, "isfinite": math.isfinite, "date": date}
    names |= {"datetime": datetime, "timezone": timezone}
    exec(compile(source, f"<journal line of {cls.__name__}>", "exec"), names)
    return typing.cast(Callable[[Any, str], "str | None"], names["write"])


_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
"""json.dumps with these options (made once: json.dumps builds an encoder per call)."""

WHOLE = frozenset({"ReplaceProfile"})
"""Operations that carry a whole profile (an import): saved as a checkpoint instead."""


def header_line(checkpoint: bytes) -> bytes:
    return (
        json.dumps({"journal": FORMAT, "checkpoint": checkpoint_key(checkpoint)}).encode() + b"\n"
    )


def folded_line(checkpoint: bytes) -> bytes:
    return json.dumps({"folded": checkpoint_key(checkpoint)}).encode() + b"\n"


# ----- reading --------------------------------------------------------------------------


@dataclass
class Reading:
    """What a journal holds for one checkpoint."""

    ops: list[Op] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)
    """Why each unreadable complete line was left out (line number and reason)."""
    torn: bool = False
    """The last line was cut short (ignored)."""
    other_checkpoint: bool = False
    """The journal was written for another checkpoint (not applied; kept aside)."""
    folded: bool = False
    """Already inside this checkpoint (written just before it; emptied at the next save)."""
    newer: int | None = None
    """A newer version's journal format (not applied; the profile is read-only)."""
    lines: int = 0
    first_at: datetime | None = None
    complete: int = 0
    """The length of the journal's complete lines (a torn last line excluded)."""
    unterminated: bool = False
    """The last line lost only its newline: a whole record, read with the others."""


def parse(
    data: bytes,
    checkpoint: bytes | None,
    any_checkpoint: bool = False,
    *,
    vouched: int = 0,
    since: int = 0,
) -> Reading:
    """The operations in `data` (a journal's bytes) for the checkpoint `checkpoint`;
    with `any_checkpoint`, whatever checkpoint it names (recovering from a backup: the
    operations are replayable on any copy).

    `vouched`: the length of the journal's beginning that this program wrote or
    validated before for `checkpoint` (stamp.py): its lines are read without pydantic. `since`: only
    the lines after this offset (the end of a complete line) are read; the beginning
    was read before, header included."""
    reading = Reading()
    end = data.rfind(b"\n") + 1
    reading.complete = end
    reading.torn = end < len(data)
    if not end:
        return reading

    def key() -> str | None:  # (hashed only when needed: not for lines after `since`)
        if checkpoint is None:
            return None
        if not hashed:
            hashed.append(checkpoint_key(checkpoint))
        return hashed[0]

    hashed: list[str] = []
    if since:
        number, pos = data.count(b"\n", 0, since), since
    else:
        first = data[: data.index(b"\n")]
        try:
            head = json.loads(first)
            version = head.get("journal") if isinstance(head, dict) else None
        except (ValueError, RecursionError):
            version = None
        if not isinstance(version, int) or isinstance(version, bool):
            reading.bad.append("line 1: not a journal")
            reading.other_checkpoint = True
            return reading
        if version > FORMAT:
            reading.newer = version
            return reading
        # A header in the vouched beginning was written or checked by this program for
        # this very checkpoint (the stamp names the bytes of both): it is not hashed again.
        own = vouched > len(first) and checkpoint is not None
        if not own and head.get("checkpoint") != key() and not any_checkpoint:
            complete = data[:end].split(b"\n")[1:-1]
            folded = any(_folded_key(line) == key() for line in complete)
            if folded and key() is not None:
                reading.folded = True
            else:
                reading.other_checkpoint = True
            reading.lines = len(complete)
            return reading
        number, pos = 1, len(first) + 1
    # Lines this program wrote (vouched for) are parsed in one call.
    known = _records(data[pos:vouched]) if vouched > pos else None
    index = 0
    while pos < end:
        stop = data.index(b"\n", pos)
        line, pos, number = data[pos:stop], stop + 1, number + 1
        if known is not None and index < len(known):
            record, index = known[index], index + 1
        elif not line.strip():
            continue
        else:
            try:
                record = _json_line(line)
            except (ValueError, RecursionError):
                reading.bad.append(f"line {number}: not complete JSON")
                continue
        if isinstance(record, dict) and "folded" in record:
            if record.get("folded") == key():  # cannot happen for a matching header
                reading.folded = True
            continue
        try:
            reading.ops.append(decode_op(record, vouched=pos <= vouched))
        except BadRecord as err:
            reading.bad.append(f"line {number}: {err}")
            continue
        reading.lines += 1
        if reading.first_at is None and isinstance(record, dict):
            with contextlib.suppress(ValueError):
                reading.first_at = datetime.fromisoformat(str(record.get("at")))
    if reading.torn:
        # A last line that lost only its newline (the file cut by hand, or a crash just
        # before the newline reached the disk) is a whole record: read, not ignored. (A
        # line cut anywhere else is no JSON value: torn, and ignored.)
        try:
            reading.ops.append(decode_op(_json_line(data[end:])))
        except (ValueError, RecursionError, BadRecord):
            pass
        else:
            reading.lines += 1
            reading.unterminated = True
    return reading


def _records(lines: bytes) -> list[object] | None:
    """The JSON values of complete lines this program wrote, in one call (None if they
    are not one value a line after all: they are then read one by one)."""
    try:
        values = json.loads(b"[" + lines[:-1].replace(b"\n", b",") + b"]")
    except (ValueError, RecursionError):
        return None
    if not isinstance(values, list) or len(values) != lines.count(b"\n"):
        return None
    return values


# The decoder's scanner (C): one JSON value from a str at an index. (Not in the stubs.)
_scan: Callable[[str, int], tuple[object, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_JSON_SPACE = " \t\n\r"


def _json_line(line: bytes) -> object:
    """json.loads of one UTF-8 line, without its per-call detours (a 1,000-line journal
    is read at start-up); raises ValueError for anything that is not one JSON value."""
    return _scan_line(line.decode("utf-8", "surrogatepass").strip(_JSON_SPACE))


def _scan_line(text: str) -> object:
    """json.loads of one line of text this module wrote (ValueError if it is not)."""
    try:
        value, end = _scan(text, 0)
    except StopIteration as err:
        raise ValueError("not JSON") from err
    if end != len(text):
        raise ValueError("more than one JSON value")
    return value


def _folded_key(line: bytes) -> object:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return record.get("folded") if isinstance(record, dict) else None


def read(path: Path) -> bytes:
    """The journal's bytes (empty when there is none); a link, pipe or folder is refused
    (NotRegularFile, as for the profile itself)."""
    from wellness_tui.profile.files import read_regular

    if not check(path):
        return b""
    return read_regular(path) or b""


def check(path: Path) -> bool:
    """False if there is no journal; raises NotRegularFile for a link, pipe or folder."""
    from wellness_tui.profile.files import NotRegularFile, check_regular

    if not os.path.lexists(path):
        return False
    if os.path.islink(path):  # never read or written through a link planted in its place
        raise NotRegularFile(path, "a symbolic link")
    return check_regular(path)


# ----- writing (always under the profile lock) -----------------------------------------


def append(path: Path, lines: Iterable[bytes], *, start: Callable[[], bytes] | None = None) -> int:
    """Append `lines` durably; `start()` (the header) first when the journal is empty.
    Returns the journal's new size (see Appender.append)."""
    appender = Appender(path)
    try:
        return appender.append(lines, start=start)
    finally:
        appender.close()


Fingerprint = tuple[int, int, int]
"""(st_ino, st_size, st_mtime_ns), as files.fingerprint gives it."""


class Appender:
    """Appends to one journal, keeping it open between appends (a store saves each
    change as one line: opening and checking the file each time cost more than the
    line). Used under the profile lock only."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._pid = 0
        self.end: Fingerprint | None = None
        """The journal's fingerprint just after this appender's last append."""

    def append(
        self,
        lines: Iterable[bytes],
        *,
        start: Callable[[], bytes] | None = None,
        now: Fingerprint | None = None,
    ) -> int:
        """Append `lines` durably; `start()` (the header) first when the journal is empty.

        `now`: the journal's fingerprint as the caller just read it under the lock. When
        it is what our last append left, the open file is that journal, unchanged since,
        ending with our complete last line: the lines go straight after it. Otherwise it
        is opened again and checked, and a torn last line left by a killed writer is cut
        off first (we hold the lock, so no one is writing it). On failure the journal is
        put back to its old length, so a retry never applies a batch twice. Returns the
        journal's new size."""
        data = b"".join(lines)
        fd = self._fd if self._pid == process_id() else None
        new = False
        if fd is not None and now is not None and now == self.end:
            size = now[1]
        else:
            self.close()
            fd, size, new = _open_journal(self.path)
            self._fd, self._pid = fd, process_id()
            if size == 0 and start is not None:
                data = start() + data  # (hashing the checkpoint only when it is needed)
        self.end = None
        try:
            _write_at(fd, data, size)
            os.fsync(fd)
        except BaseException:
            self._undo(fd, size)
            raise
        if new:
            fsync_dir(self.path.parent)
        info = os.fstat(fd)  # (after fsync: a network file system may set mtime only then)
        self.end = (info.st_ino, info.st_size, info.st_mtime_ns)
        return size + len(data)

    def append_line(self, line: bytes, now: Fingerprint | None) -> int | None:
        """append() of one line in the case a tick meets, with the fewest steps: the open
        file is the journal our last append left (`now`, its fingerprint as just read
        under the lock, is what that append left). None, with nothing written, in any
        other case (append() then does it); the journal's new size when appended."""
        fd, end = self._fd, self.end
        if fd is None or end is None or now != end or self._pid != process_id() or not _PWRITE:
            return None
        size = end[1]
        self.end = None
        try:
            if os.pwrite(fd, line, size) != len(line):
                raise OSError(errno.EIO, "the line was not written whole")
            os.fsync(fd)
        except BaseException:
            self._undo(fd, size)
            raise
        info = os.fstat(fd)  # (after fsync: a network file system may set mtime only then)
        self.end = (info.st_ino, info.st_size, info.st_mtime_ns)
        return size + len(line)

    def _undo(self, fd: int, size: int) -> None:
        """After a failed append: the journal back to its old length, and closed."""
        try:
            os.ftruncate(fd, size)
            os.fsync(fd)
        except OSError:
            pass
        self.close()

    def close(self) -> None:
        fd, self._fd, self.end = self._fd, None, None
        if fd is not None and self._pid == process_id():
            os.close(fd)

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            self.close()


_PWRITE = hasattr(os, "pwrite")  # (not on Windows)


def _write_at(fd: int, data: bytes, at: int) -> None:
    """Write all of `data` at offset `at` (one pwrite where there is one)."""
    view = memoryview(data)
    if not hasattr(os, "pwrite"):  # Windows
        os.lseek(fd, at, os.SEEK_SET)
        while view:
            view = view[os.write(fd, view) :]
        return
    while view:
        written = os.pwrite(fd, view, at)
        view, at = view[written:], at + written


def _open_journal(path: Path) -> tuple[int, int, bool]:
    """The journal opened to append (made if missing): (fd, the length of its complete
    lines, made now)."""
    ensure_dir(path.parent)
    new = not os.path.lexists(path)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0), FILE_MODE)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            from wellness_tui.profile.files import NotRegularFile

            raise NotRegularFile(path, "not an ordinary file")
        if stat.S_IMODE(info.st_mode) != FILE_MODE:
            _fchmod(fd, FILE_MODE)  # (only when needed: a mode change costs the fsync more)
        size = info.st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            good = _complete_length(fd, size)
            if good != size:
                os.ftruncate(fd, good)
                size = good
    except BaseException:
        os.close(fd)
        raise
    return fd, size, new


def _complete_length(fd: int, size: int) -> int:
    """The length of the journal up to and including its last newline."""
    step = 4096
    end = size
    while end > 0:
        begin = max(0, end - step)
        chunk = os.pread(fd, end - begin, begin)
        found = chunk.rfind(b"\n")
        if found >= 0:
            return begin + found + 1
        end = begin
    return 0


def empty(path: Path) -> None:
    """Empty the journal (after its lines are inside a durable checkpoint)."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return
    try:
        os.ftruncate(fd, 0)
        os.fsync(fd)
    finally:
        os.close(fd)
