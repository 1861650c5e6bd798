"""A cache of the parsed, validated content library, as plain JSON in the cache folder.

Parsing and validating the whole program takes tens of milliseconds at every start
(and importing pydantic, ~60 ms more); rebuilding it from the cached JSON takes a few
(trusted.py: nothing in the file can run). The first line names every content file's
name, size and time and the code that reads them, so a stale cache is never used.
The cache is only a copy: if it cannot be read or written, or is not a private file
of ours, content is parsed. (A binary cache left by earlier versions is never read.)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from wellness_tui import rules, targets, trusted
from wellness_tui.digest import sha256_hex
from wellness_tui.library import loader, models
from wellness_tui.library.loader import Library, load_library
from wellness_tui.paths import code_stamp

CACHE_VERSION = 3
CACHE_NAME = "library.json"
LIMIT = 64 * 1024 * 1024


def content_key(roots: Iterable[Path]) -> str:
    """Every content file's name, size and time, and the code that reads them."""
    parts = [
        f"{CACHE_VERSION}|{sys.version}",
        code_stamp(models, loader, targets, rules, trusted),
    ]
    for root in roots:
        parts.append(str(root.resolve()))
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix in (".md", ".toml") and path.is_file():
                st = path.stat()
                parts.append(f"{path.relative_to(root)}|{st.st_size}|{st.st_mtime_ns}")
    return sha256_hex("\n".join(parts).encode())


def load_library_cached(roots: list[Path], cache_dir: Path | None) -> Library:
    if cache_dir is None:
        return load_library(roots)
    from wellness_tui.profile.files import read_own_file

    cache = cache_dir / CACHE_NAME
    try:
        key = content_key(roots)
    except OSError:
        return load_library(roots)
    kept = read_own_file(cache, LIMIT)
    if kept is not None:
        head, _, body = kept.partition(b"\n")
        if head == key.encode():
            try:
                library = trusted.build(Library, json.loads(body))
                if isinstance(library, Library):
                    return library
            except Exception:  # damaged or not ours after all: parse the content
                pass
    library = load_library(roots)
    _store(cache, key, library)
    return library


def _store(cache: Path, key: str, library: Library) -> None:
    from wellness_tui.profile.files import write_private
    from wellness_tui.validation import adapter

    try:
        body = adapter(Library).dump_json(library)
        write_private(cache, key.encode() + b"\n" + body)
    except (OSError, ValueError):
        pass  # a cache that cannot be written just means parsing next time too
