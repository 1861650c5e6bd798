"""Find the line of each key in a TOML document.

`tomllib` returns plain dicts without positions and pydantic reports errors by
key path, so to report `file:line:` we scan the text once and remember where
every table, array-of-tables entry and key starts. It understands the TOML a
person writes by hand: tables, arrays of tables, dotted keys, quoted keys,
multi-line strings and multi-line arrays.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"|\'[^\']*\''
_KEY = rf"(?:{_BARE}|{_QUOTED})"
_DOTTED = rf"{_KEY}(?:\s*\.\s*{_KEY})*"
_TABLE = re.compile(rf"^\s*\[\s*({_DOTTED})\s*\]")
_ARRAY_TABLE = re.compile(rf"^\s*\[\[\s*({_DOTTED})\s*\]\]")
_ASSIGN = re.compile(rf"^\s*({_DOTTED})\s*=\s*(.*)$")


def _split_key(dotted: str) -> list[str]:
    parts = re.findall(_KEY, dotted)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


def key_lines(text: str) -> dict[Path, int]:
    """Map each key path (as pydantic reports it) to its 1-based line."""
    lines: dict[Path, int] = {}
    array_counts: dict[Path, int] = {}  # entries seen per array of tables
    current: Path = ()
    in_string: str | None = None
    array: tuple[Path, int] | None = None  # (path of the array, items seen so far)
    depth = 0

    def resolve(names: list[str]) -> Path:
        """Insert the current index after every array-of-tables prefix."""
        out: Path = ()
        for name in names:
            out += (name,)
            if out in array_counts:
                out += (array_counts[out] - 1,)
        return out

    for number, raw in enumerate(text.splitlines(), start=1):
        if in_string is not None:
            if raw.count(in_string) % 2 == 1:
                in_string = None
            continue
        if depth > 0 and array is not None:
            stripped = raw.strip()
            if stripped and stripped[0] in "{\"'0123456789-tf[":
                path, seen = array
                lines.setdefault((*path, seen), number)
                array = (path, seen + 1)
            depth += _bracket_delta(raw)
            continue
        if match := _ARRAY_TABLE.match(raw):
            names = _split_key(match.group(1))
            key = (*resolve(names[:-1]), names[-1])
            array_counts[key] = array_counts.get(key, 0) + 1
            current = (*key, array_counts[key] - 1)
            lines.setdefault(key, number)
            lines[current] = number
        elif match := _TABLE.match(raw):
            current = resolve(_split_key(match.group(1)))
            lines.setdefault(current, number)
        elif match := _ASSIGN.match(raw):
            path = current + tuple(_split_key(match.group(1)))
            lines.setdefault(path, number)
            value = match.group(2)
            for quote in ('"""', "'''"):
                if value.startswith(quote) and value.count(quote) == 1:
                    in_string = quote
            if in_string is None and value.startswith("["):
                delta = _bracket_delta(value)
                if delta > 0:
                    depth, array = delta, (path, 0)
                    inner = value[1:].strip()
                    if inner and not inner.startswith("#"):
                        lines.setdefault((*path, 0), number)
                        array = (path, 1)
    return lines


def _bracket_delta(text: str) -> int:
    """Net count of `[` minus `]` outside strings and comments."""
    depth, quote = 0, ""
    for ch in text:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
    return depth


def line_of(lines: dict[Path, int], loc: tuple[str | int, ...], default: int = 1) -> int:
    """The line of the longest prefix of `loc` that the document names."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return default
