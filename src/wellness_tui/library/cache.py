"""A cache of the parsed, validated content library, keyed by every file's size and time.

Parsing and validating the whole program takes tens of milliseconds at every
start; loading the cached result takes a few. Any change to any content file
(or a new app version) makes a new key, so a stale cache is never used. The
cache is only a copy: if it cannot be read or written, content is parsed.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

from wellness_tui.library.loader import Library, load_library

CACHE_VERSION = 1


def content_key(roots: Iterable[Path]) -> str:
    digest = hashlib.sha256(f"{CACHE_VERSION}|{sys.version}".encode())
    for root in roots:
        digest.update(str(root.resolve()).encode())
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix in (".md", ".toml") and path.is_file():
                st = path.stat()
                digest.update(f"{path.relative_to(root)}|{st.st_size}|{st.st_mtime_ns}".encode())
    try:
        from wellness_tui import __version__

        digest.update(__version__.encode())
    except Exception:
        pass
    return digest.hexdigest()[:32]


def load_library_cached(roots: list[Path], cache_dir: Path | None) -> Library:
    if cache_dir is None:
        return load_library(roots)
    cache = cache_dir / f"library-{content_key(roots)}.pickle"
    try:
        with cache.open("rb") as handle:
            library = pickle.load(handle)
        if isinstance(library, Library):
            return library
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass
    library = load_library(roots)
    _store(cache, library)
    return library


def _store(cache: Path, library: Library) -> None:
    from wellness_tui.profile.files import write_private

    try:
        for old in cache.parent.glob("library-*.pickle"):
            old.unlink(missing_ok=True)
        write_private(cache, pickle.dumps(library, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a cache that cannot be written just means parsing next time too
