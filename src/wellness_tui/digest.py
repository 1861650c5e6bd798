"""SHA-256 of bytes, without loading OpenSSL.

`hashlib` loads OpenSSL, about 5 ms that every start would pay for one digest (the
start-up stamp, the content cache's key). CPython's own built-in SHA-256 gives the same
digest; it is a private module (`_sha256` up to 3.11, `_sha2` from 3.12), so hashlib is
the fallback, and tests/unit/test_start_stamp.py checks the digests agree.
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


_recent: list[tuple[bytes, str]] = []
"""The last two digests made: the same profile bytes are named by the stamp, by the
journal's first line and again when the stamp is written (with the journal's digest in
between), and an 8 MB profile takes ~20 ms to hash."""


def sha256_hex(data: bytes) -> str:
    for seen, result in list(_recent):  # (a copy: the writer thread may add one)
        if seen is data:  # the very same bytes object (kept alive by this list)
            return result
    made: str = _sha256(data).hexdigest()
    _recent[:] = [(data, made), *_recent[:1]]
    return made
