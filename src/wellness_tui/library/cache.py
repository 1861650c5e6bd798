"""A cache of the parsed, validated content library, keyed by every file's size and time.

Parsing and validating the whole program takes tens of milliseconds at every
start (and importing pydantic, ~60 ms more); loading the cached result takes a
few. Any change to any content file, or to the code that reads them, makes a
new key, so a stale cache is never used. The cache is only a copy: if it cannot
be read or written, content is parsed.
"""

from __future__ import annotations

import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

from wellness_tui import rules, targets
from wellness_tui.library import loader, models
from wellness_tui.library.loader import Library, load_library
from wellness_tui.paths import code_stamp

CACHE_VERSION = 2


def content_key(roots: Iterable[Path]) -> str:
    """Every content file's name, size and time, and the code that reads them.

    The code is keyed by its files' sizes and times (not the version number): a
    cache pickled by other model classes must never be loaded, even in a checkout.
    """
    parts = [f"{CACHE_VERSION}|{sys.version}", code_stamp(models, loader, targets, rules)]
    for root in roots:
        parts.append(str(root.resolve()))
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix in (".md", ".toml") and path.is_file():
                st = path.stat()
                parts.append(f"{path.relative_to(root)}|{st.st_size}|{st.st_mtime_ns}")
    return "\n".join(parts)


def load_library_cached(roots: list[Path], cache_dir: Path | None) -> Library:
    if cache_dir is None:
        return load_library(roots)
    cache = cache_dir / "library.pickle"
    try:
        key = content_key(roots)
    except OSError:
        return load_library(roots)
    try:
        with cache.open("rb") as handle:
            if pickle.load(handle) == key:
                library = pickle.load(handle)
                if isinstance(library, Library):
                    return library
    except Exception:  # missing or damaged: it is only a copy, so parse the content
        pass
    library = load_library(roots)
    _store(cache, key, library)
    return library


def _store(cache: Path, key: str, library: Library) -> None:
    from wellness_tui.profile.files import write_private

    try:
        for old in cache.parent.glob("library-*.pickle"):  # named by key before version 2
            old.unlink(missing_ok=True)
        data = pickle.dumps(key, pickle.HIGHEST_PROTOCOL)
        write_private(cache, data + pickle.dumps(library, pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a cache that cannot be written just means parsing next time too
