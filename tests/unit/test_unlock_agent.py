"""Issue 20: `wellness-tui unlock --for 15m` keeps the shell quick on a protected profile.

The identity is held by a user-only agent behind a 0600 socket, never on disk, in an
argument or in the environment; `lock` ends it; it leaves by itself when its time is up;
a socket that is not provably this user's alone is never used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import stat
import struct
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from tests.conftest import copy_of_profile, isolate_home
from tests.unit.test_crypto import (
    CLOCK,
    NOTE,
    PASSPHRASE,
    fd_with,
    files_showing_words,
)
from wellness_tui.cli import main
from wellness_tui.library import Library
from wellness_tui.profile import crypto, protect
from wellness_tui.profile.ops import SetAnswer
from wellness_tui.profile.store import ProfileStore
from wellness_tui.shell import agent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="unix sockets")


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private runtime folder of the test's own (short: a socket path has a limit)."""
    folder = Path(tempfile.mkdtemp(prefix="wtr-"))
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def protected_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, crypto.Keys]:
    """Protected once per module and worker (scrypt takes seconds); tests use copies."""
    folder = tmp_path_factory.mktemp("protected")
    path = folder / "data" / "profile.json"
    with pytest.MonkeyPatch.context() as monkeypatch:
        isolate_home(folder / "home", monkeypatch)
        store = ProfileStore(path, CLOCK)
        store.apply(SetAnswer("lesson/first", "before protection", CLOCK.now()))
        assert store.close()
        return path, protect.protect(path, PASSPHRASE, CLOCK).keys


@pytest.fixture
def protected(
    protected_once: tuple[Path, crypto.Keys], tmp_path: Path, runtime: Path
) -> Iterator[tuple[Path, crypto.Keys]]:
    original, keys = protected_once
    path = copy_of_profile(original, tmp_path)
    yield path, keys
    pid = agent_pid(path)
    with contextlib.suppress(agent.NotPrivate):
        agent.lock(path)
    if pid is not None and running(pid):
        os.kill(pid, 9)  # a test that failed half-way leaves no agent behind


def agent_pid(profile: Path) -> int | None:
    """The agent's process id, from the socket's other end (None when there is none)."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(agent.socket_path(profile)))
        raw = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
        return int.from_bytes(raw[:4], sys.byteorder)
    except OSError:
        return None
    finally:
        conn.close()


def running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def unlock(profile: Path, *more: str) -> int:
    return main(
        [
            "unlock",
            "--profile",
            str(profile),
            *more,
            "--passphrase-fd",
            str(fd_with(PASSPHRASE + "\n")),
        ]
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_unlock_lets_check_did_and_today_run_without_the_passphrase_until_lock(
    protected: tuple[Path, crypto.Keys], runtime: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, keys = protected
    profile = ["--profile", str(path)]
    assert main(["today", *profile]) == 2  # pytest's stdin is no terminal: cannot ask
    assert "wellness-tui unlock" in capsys.readouterr().err

    assert unlock(path, "--for", "15m") == 0
    assert "Unlocked for 15 minutes" in capsys.readouterr().out
    assert main(["habit", "add", "Stretch", *profile]) == 0
    assert main(["check", *profile, "Stretch", "--note", NOTE]) == 0
    assert main(["did", *profile, "a walk", "--enjoyment", "7"]) == 0
    assert main(["today", *profile]) == 0
    assert "[x] Stretch" in capsys.readouterr().out
    assert main(["plan", *profile]) == 0
    assert files_showing_words([path.parent, runtime]) == []

    # Only the socket is written, private; the key is in no file, argument or environment.
    folder = agent.socket_path(path).parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == [agent.socket_path(path).name]
    assert stat.S_IMODE(os.lstat(agent.socket_path(path)).st_mode) == 0o600
    pid = agent_pid(path)
    assert pid is not None and running(pid)
    secret = keys.recovery_key.encode()
    for part in ("cmdline", "environ"):
        assert secret not in Path(f"/proc/{pid}/{part}").read_bytes()
    assert not any(secret in p.read_bytes() for p in path.parent.iterdir())

    assert main(["lock", *profile]) == 0
    assert "Locked" in capsys.readouterr().out
    assert main(["today", *profile]) == 2  # asks again (and cannot, without a terminal)
    assert "--passphrase-fd" in capsys.readouterr().err
    assert not agent.socket_path(path).exists()
    deadline = time.monotonic() + 5
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not running(pid)
    assert main(["lock", *profile]) == 0
    assert "nothing to lock" in capsys.readouterr().out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.slow
def test_the_agent_leaves_by_itself_when_its_time_is_up(
    protected: tuple[Path, crypto.Keys], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _keys = protected
    assert unlock(path, "--for", "2s") == 0
    assert "Unlocked for 2 seconds" in capsys.readouterr().out
    pid = agent_pid(path)
    assert pid is not None
    assert main(["today", "--profile", str(path)]) == 0
    deadline = time.monotonic() + 15
    while (running(pid) or agent.socket_path(path).exists()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not running(pid)
    assert not agent.socket_path(path).exists()
    capsys.readouterr()
    assert main(["today", "--profile", str(path)]) == 2
    assert "--passphrase-fd" in capsys.readouterr().err


def test_a_socket_others_can_use_or_made_by_someone_else_is_never_used(
    protected: tuple[Path, crypto.Keys],
    runtime: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _keys = protected
    profile = ["--profile", str(path)]
    assert unlock(path) == 0
    sock = agent.socket_path(path)
    assert main(["today", *profile]) == 0
    capsys.readouterr()

    sock.chmod(0o666)
    assert main(["today", *profile]) == 2
    err = capsys.readouterr().err
    assert "not asking the unlock agent" in err and "can be used by others" in err
    sock.chmod(0o600)

    sock.parent.chmod(0o755)
    assert main(["today", *profile]) == 2
    assert "can be used by others" in capsys.readouterr().err
    sock.parent.chmod(0o700)
    assert main(["today", *profile]) == 0

    with pytest.raises(agent.NotPrivate, match="belongs to someone else"):
        agent.check_private(sock, stat.S_IFSOCK, uid=os.getuid() + 1)
    with pytest.raises(agent.NotPrivate, match="belongs to someone else"):
        agent.check_private(sock.parent, stat.S_IFDIR, uid=os.getuid() + 1)
    # An agent answered by another user is refused too.
    with monkeypatch.context() as patched:
        patched.setattr(agent, "peer_uid", lambda _conn: os.getuid() + 1)
        capsys.readouterr()
        assert main(["today", *profile]) == 2
        assert "answered by someone else" in capsys.readouterr().err


def test_a_file_or_link_in_place_of_the_socket_is_never_used(
    protected: tuple[Path, crypto.Keys], runtime: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, keys = protected
    sock = agent.socket_path(path)
    sock.parent.mkdir(mode=0o700)
    sock.write_bytes(keys.recovery_key.encode())
    sock.chmod(0o600)
    assert main(["today", "--profile", str(path)]) == 2
    assert "not what it should be" in capsys.readouterr().err
    sock.unlink()
    sock.symlink_to(path)
    assert main(["today", "--profile", str(path)]) == 2
    assert "not what it should be" in capsys.readouterr().err


def test_the_agent_answers_nobody_but_this_user(
    tmp_path: Path, runtime: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = runtime / "a.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(where))
    listener.listen(1)
    monkeypatch.setattr(agent, "peer_uid", lambda _conn: os.getuid() + 1)  # "someone else"
    server = threading.Thread(target=agent.serve, args=(listener, b"SECRET", 3.0))
    server.start()
    try:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.settimeout(5)
        conn.connect(str(where))
        try:
            # The agent may close the connection before the question is even sent.
            conn.sendall(b"keys\n")
            said = conn.recv(100)
        except (BrokenPipeError, ConnectionResetError):
            said = b""
        assert said == b""  # closed, with nothing said
        conn.close()
    finally:
        server.join()
        listener.close()


def test_unlock_says_plainly_what_it_cannot_do_and_asks_nothing(
    protected: tuple[Path, crypto.Keys], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _keys = protected
    for wrong in ("13h", "5x", "0m", ""):
        # No descriptor is given: a wrong --for is said before any passphrase is asked.
        assert main(["unlock", "--profile", str(path), "--for", wrong]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "try" in err
    bad = fd_with("not it\n")
    assert main(["unlock", "--profile", str(path), "--passphrase-fd", str(bad)]) == 1
    assert "does not open" in capsys.readouterr().err
    assert not agent.socket_path(path).exists()
    plain = tmp_path / "plain.json"
    assert main(["habit", "add", "Walk", "--profile", str(plain)]) == 0
    assert main(["unlock", "--profile", str(plain)]) == 1
    assert "not protected" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("15m", 900), ("1h", 3600), ("2h30m", 9000), ("90s", 90), (" 1H ", 3600), ("12h", 43200)],
)
def test_lengths_of_time(text: str, seconds: int) -> None:
    assert agent.duration(text) == seconds


def test_spoken_lengths_of_time() -> None:
    assert agent.spoken(900) == "15 minutes"
    assert agent.spoken(5400) == "1 hour 30 minutes"
    assert agent.spoken(1) == "1 second"


def test_the_app_opens_without_its_unlock_screen_while_unlocked(
    protected: tuple[Path, crypto.Keys],
) -> None:
    from wellness_tui.tui.launch import unlock_first

    path, keys = protected
    assert unlock(path, "--for", "1m") == 0
    opened, code = unlock_first(path, cast(Any, None), True, None, None)
    assert code == 0 and opened is not None
    assert opened.recovery_key == keys.recovery_key


def test_keys_for_an_identity_the_profile_no_longer_has_are_not_used(
    protected: tuple[Path, crypto.Keys], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _keys = protected
    assert unlock(path) == 0
    # The profile is protected anew elsewhere (new keys): the agent's keys are stale.
    crypto.recipient_path(path).write_text(f"{crypto.new_keys().recipient}\n")
    assert agent.keys_from_agent(path) is None


def test_macos_and_freebsd_peers_are_read_from_their_xucred(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """LOCAL_PEERCRED's `struct xucred`: version, uid, number of groups, 16 group ids."""
    xucred = struct.pack("=IIh2x16I", 0, 501, 2, 20, 501, *[0] * 14)
    assert agent.xucred_uid(xucred) == 501
    assert agent.xucred_uid(xucred + struct.pack("=i", 4242)) == 501  # FreeBSD's cr_pid
    assert agent.xucred_uid(struct.pack("=IIh2x16I", 1, 501, 2, *[0] * 16)) is None
    assert agent.xucred_uid(struct.pack("=IIh2x16I", 0, 501, 99, *[0] * 16)) is None
    assert agent.xucred_uid(xucred[:6]) is None

    asked: list[tuple[int, int, int]] = []

    class Peer:
        def getsockopt(self, level: int, option: int, size: int) -> bytes:
            asked.append((level, option, size))
            return xucred

    monkeypatch.delattr(socket, "SO_PEERCRED", raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert agent.peer_uid(cast(socket.socket, Peer())) == 501
    assert asked == [(0, 1, agent.XUCRED_SIZE)]
    monkeypatch.setattr(sys, "platform", "netbsd10")  # another layout there: refused
    assert agent.peer_uid(cast(socket.socket, Peer())) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
async def test_delete_all_my_data_also_ends_the_agent_holding_the_keys(
    protected: tuple[Path, crypto.Keys], library: Library
) -> None:
    from wellness_tui.tui.app import build_app

    path, keys = protected
    assert unlock(path, "--for", "1m") == 0
    pid = agent_pid(path)
    assert pid is not None and agent.keys_from_agent(path) is not None
    app = build_app(ProfileStore(path, CLOCK, keys=keys), library, CLOCK)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.delete_everything()
    assert app.deleted is not None and not path.exists()
    assert agent.keys_from_agent(path) is None
    for _ in range(50):  # the agent leaves as soon as it has answered
        if not running(pid):
            break
        time.sleep(0.05)
    assert not running(pid)
