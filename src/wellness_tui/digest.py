"""SHA-256 of bytes, without loading OpenSSL unless it pays.

`hashlib` loads OpenSSL, about 3-5 ms that every start would pay for one digest (the
start-up stamp, the content cache's key). CPython's own built-in SHA-256 gives the same
digest; it is a private module (`_sha256` up to 3.11, `_sha2` from 3.12), so hashlib is
the fallback, and tests/unit/test_start_stamp.py checks the digests agree. The built-in
one is slow on big inputs, though (~3.6 ms a MB where OpenSSL takes ~0.7): a profile of
years of daily journaling (8 MB) is hashed by OpenSSL, which then costs 15-20 ms less.
"""

from __future__ import annotations

from typing import Any

_sha256: Any
try:
    from _sha256 import sha256 as _sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256 as _sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:
        from hashlib import sha256 as _sha256  # type: ignore[no-redef,unused-ignore]


BIG = 2_000_000
"""Bytes above which loading OpenSSL (~4 ms) costs less than the built-in's slowness."""


def _openssl() -> Any:
    from hashlib import sha256

    return sha256


_recent: list[tuple[bytes, str]] = []
"""The last two digests made: the same profile bytes are named by the stamp, by the
journal's first line and again when the stamp is written (with the journal's digest in
between), and a ten-year profile takes ~5 ms to hash."""


def sha256_hex(data: bytes) -> str:
    for seen, result in list(_recent):  # (a copy: the writer thread may add one)
        if seen is data:  # the very same bytes object (kept alive by this list)
            return result
    made: str = (_openssl() if len(data) > BIG else _sha256)(data).hexdigest()
    _recent[:] = [(data, made), *_recent[:1]]
    return made
