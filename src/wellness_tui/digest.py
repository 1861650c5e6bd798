"""SHA-256 and BLAKE2b of bytes, without loading OpenSSL unless it pays.

`hashlib` loads OpenSSL, about 3-5 ms that every start would pay for one digest (the
start-up stamp, the content cache's key). CPython's own built-in SHA-256 gives the same
digest; it is a private module (`_sha256` up to 3.11, `_sha2` from 3.12), so hashlib is
the fallback, and tests/unit/test_start_stamp.py checks the digests agree. The built-in
one is slow on big inputs, though (~3.6 ms a MB where OpenSSL takes ~0.7): a profile of
years of daily journaling (8 MB) is hashed by OpenSSL, which then costs 15-20 ms less.

The start-up stamp (profile/stamp.py) names the profile by its BLAKE2b (256 bits): CPython
builds it in (`_blake2`, no OpenSSL to load), it takes about a third of the built-in
SHA-256's time (~1.3 ms a MB), and it lets other threads run while it hashes a big input,
so `blake2b_hex_soon` can hash a big profile while the JSON is parsed.
"""

from __future__ import annotations

import _thread
import sys
from collections.abc import Callable
from typing import Any

_sha256: Any
try:
    from _sha256 import sha256 as _sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256 as _sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:
        from hashlib import sha256 as _sha256  # type: ignore[no-redef,unused-ignore]


_blake2b: Any
try:
    from _blake2 import blake2b as _blake2b  # type: ignore[import-not-found,no-redef,unused-ignore]
except ImportError:  # pragma: no cover - depends on the Python build
    from hashlib import blake2b as _blake2b  # type: ignore[no-redef,unused-ignore]


BIG = 2_000_000
"""Bytes above which loading OpenSSL (~4 ms) costs less than the built-in's slowness."""
LOADED_BIG = 64 * 1024
"""Bytes above which OpenSSL hashes, once something else loaded it (pydantic does, when
a profile is validated: its journal's header then names the checkpoint's SHA-256)."""


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
    loaded = len(data) > LOADED_BIG and "_hashlib" in sys.modules  # (by pydantic, say)
    made: str = (_openssl() if loaded or len(data) > BIG else _sha256)(data).hexdigest()
    _recent[:] = [(data, made), *_recent[:1]]
    return made


_recent_blake2b: list[tuple[bytes, str]] = []
"""The last two BLAKE2b digests made, as _recent (the stamp names the same bytes when the
profile is read, when its journal is read and when the stamp is written again)."""

ALONGSIDE = 1_000_000
"""Bytes from which blake2b_hex_soon hashes in another thread (starting one costs ~0.1 ms:
less than hashing this much)."""


def blake2b_hex(data: bytes) -> str:
    """The BLAKE2b digest of `data`, 32 bytes (as hex: as long as a SHA-256's)."""
    for seen, result in list(_recent_blake2b):  # (a copy: the writer thread may add one)
        if seen is data:
            return result
    made: str = _blake2b(data, digest_size=32).hexdigest()
    _recent_blake2b[:] = [(data, made), *_recent_blake2b[:1]]
    return made


def blake2b_hex_soon(data: bytes) -> Callable[[], str]:
    """blake2b_hex(data), begun now: a big input is hashed in another thread while this
    one goes on (`_blake2` lets go of the interpreter while it hashes); call the result
    to wait for the digest."""
    if len(data) < ALONGSIDE or any(seen is data for seen, _ in list(_recent_blake2b)):
        return lambda: blake2b_hex(data)
    done = _thread.allocate_lock()
    done.acquire()
    made: list[Any] = []

    def run() -> None:
        try:
            made.append(_blake2b(data, digest_size=32).hexdigest())
        except BaseException as err:  # (not expected: raised again where it is waited for)
            made.append(err)
        finally:
            done.release()

    try:
        _thread.start_new_thread(run, ())
    except RuntimeError:  # no thread to be had: hashed when asked for
        return lambda: blake2b_hex(data)

    def wait() -> str:
        with done:
            result = made[0]
        if isinstance(result, BaseException):
            raise result
        _recent_blake2b[:] = [(data, result), *_recent_blake2b[:1]]
        return str(result)

    return wait
