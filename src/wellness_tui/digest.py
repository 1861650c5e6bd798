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


_last: tuple[bytes, str] | None = None
"""The last digest made: the same profile bytes are named by the stamp and by the
journal's first line, and an 8 MB profile takes ~15 ms to hash."""


def sha256_hex(data: bytes) -> str:
    last = _last
    if last is not None and last[0] is data:  # the very same bytes object (held in `last`)
        return last[1]
    result: str = _sha256(data).hexdigest()
    _remember(data, result)
    return result


def _remember(data: bytes, result: str) -> None:
    global _last
    _last = (data, result)
