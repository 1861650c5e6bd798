"""Tests never touch the user's real files or today's date."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library, load_library
from wellness_tui.profile.ops import FinishWelcome
from wellness_tui.profile.store import ProfileStore

FIXTURES = Path(__file__).parent / "fixtures"
TEST_CONTENT = FIXTURES / "content"
REPO_CONTENT = Path(__file__).parents[1] / "content"
NOW = datetime(2026, 11, 25, 9, 30)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked slow run first (the order is otherwise kept): a worker that finishes
    early takes tests from the end of the other's queue, which are then the quick ones,
    so no long test is left running alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True, scope="session")
def css_parsed_once_per_worker() -> Iterator[None]:
    """Every app a test starts parses the same CSS, about a fifth of starting it: each
    piece is parsed once per worker instead. Textual already keeps parsed rules for the
    life of one stylesheet (never changed once parsed); this keeps them across apps,
    keyed also by the theme's variables. A CSS error still fails as it would."""
    from textual.css.model import RuleSet
    from textual.css.stylesheet import Stylesheet

    parse = Stylesheet._parse_rules
    parsed: dict[tuple[object, ...], list[RuleSet]] = {}

    def parse_once(
        self: Stylesheet,
        css: str,
        read_from: tuple[str, str],
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        variables = tuple(sorted(self._variables.items()))
        key = (variables, css, read_from, is_default_rules, tie_breaker, scope)
        if key not in parsed:
            parsed[key] = parse(self, css, read_from, is_default_rules, tie_breaker, scope)
        return parsed[key]

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(Stylesheet, "_parse_rules", parse_once)
        yield


_SCRYPT_OPENED: dict[tuple[bytes, str], bytes] = {}
"""(a passphrase-encrypted age file, its passphrase) -> its plaintext, per worker."""
_REAL_SCRYPT = [False]
"""True while a test marked real_scrypt runs: every passphrase file is opened by age."""


@pytest.fixture(autouse=True, scope="session")
def scrypt_once_per_key_file() -> Iterator[None]:
    """A key file costs age a deliberate second of scrypt (128 MiB of memory) each time
    it is made and each time it is opened; the suite opens the same few files dozens of
    times (protect reads its new key file back, every shell command unlocks, modules
    share one protected profile). Each (file, passphrase) is opened by scrypt once per
    worker: pyrage's answer is kept, also for a file pyrage itself just made with that
    passphrase (what its decryption would give back, by age's design). Anything else
    (other bytes, a changed or damaged key file, another passphrase, a wrong one) is
    still opened by scrypt and fails as before; tests marked real_scrypt never use the
    kept answers, nor do the app and commands run in a process of their own."""
    import pyrage

    passphrase = pyrage.passphrase
    encrypt, decrypt = passphrase.encrypt, passphrase.decrypt

    def encrypt_noting(plaintext: bytes, phrase: str, armored: bool = False) -> bytes:
        sealed: bytes = encrypt(plaintext, phrase, armored=armored)
        if not armored:
            _SCRYPT_OPENED[(bytes(sealed), phrase)] = bytes(plaintext)
        return sealed

    def decrypt_once(sealed: bytes, phrase: str) -> bytes:
        key = (bytes(sealed), phrase)
        if not _REAL_SCRYPT[0] and key in _SCRYPT_OPENED:
            return _SCRYPT_OPENED[key]
        opened: bytes = decrypt(sealed, phrase)  # raises for a wrong passphrase, as ever
        _SCRYPT_OPENED[key] = bytes(opened)
        return opened

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(passphrase, "encrypt", encrypt_noting)
        monkeypatch.setattr(passphrase, "decrypt", decrypt_once)
        yield


@pytest.fixture(autouse=True)
def real_scrypt(request: pytest.FixtureRequest) -> Iterator[None]:
    """Tests marked real_scrypt open every passphrase file with scrypt."""
    _REAL_SCRYPT[0] = request.node.get_closest_marker("real_scrypt") is not None
    yield
    _REAL_SCRYPT[0] = False


@pytest.fixture(autouse=True)
def no_animations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pilot waits for animations after every key; tests do not need to watch them."""
    import textual.constants

    monkeypatch.setattr(textual.constants, "TEXTUAL_ANIMATIONS", "none")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return isolate_home(tmp_path / "home", monkeypatch)


def isolate_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own (also for a fixture shared by a module, built before any
    test's own home exists)."""
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("WELLNESS_TUI_PROFILE", raising=False)
    monkeypatch.delenv("WELLNESS_TUI_CONTENT", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture(scope="session")
def library() -> Library:
    """Read once per worker: the lessons are only read, never changed, by the program."""
    return load_library([TEST_CONTENT])


@pytest.fixture
def profile_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "profile.json"


@pytest.fixture
def open_store(clock: FixedClock) -> Iterator[OpenStore]:
    """Open stores on a path; every store opened is closed (flushed) at the end."""
    opened: list[ProfileStore] = []

    def _open(path: Path, *, welcomed: bool = True) -> ProfileStore:
        store = ProfileStore(path, clock)
        if welcomed and not store.profile.welcomed:
            store.apply(FinishWelcome())
        opened.append(store)
        return store

    yield _open
    for store in opened:
        store.close()


def copy_of_profile(original: Path, tmp_path: Path) -> Path:
    """A profile made once for many tests (a fixture of module scope), copied for one
    test: its whole folder, every file as it was (modes, times)."""
    copy = tmp_path / original.parent.name
    shutil.copytree(original.parent, copy)
    return copy / original.name
