"""The command line run the way a shell runs it, in a process of its own or in this one.

`python -m wellness_tui ARGS` costs a new interpreter and its imports (0.1 to 0.3 s of
CPU for each command), which was most of the time of the tests of the shell commands.
`in_process` gives what that process gives, for the same arguments, environment and
standard input: its exit status (as `sys.exit(main())` makes it, a traceback and 1 for
an exception), and standard output and error as the bytes it would write (UTF-8; errors
as Python's standard streams handle them) read back as `subprocess.run(text=True)`
reads them. Standard input is a pipe holding `input` (empty by default): never a
terminal. tests/unit/test_cli_run.py runs a set of commands both ways and compares.

What needs a process of its own stays `in_a_process` (or its own subprocess call): the
app, a terminal, signals, what a new process imports, the bytes really written, what
might block (a named pipe, under a timeout), a shell command beside a running app.
The lock of a profile is an flock, taken per open file: a command run here and a store
the test holds open exclude each other as two processes do.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from wellness_tui.cli import main


def in_a_process(
    args: Sequence[str],
    *,
    input: str | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python -m wellness_tui ARGS` in a process of its own (`env` added to ours)."""
    return subprocess.run(
        [sys.executable, "-m", "wellness_tui", *args],
        capture_output=True,
        text=True,
        input=input if input is not None else "",
        env=dict(os.environ, **(env or {})),
        check=False,
        timeout=timeout,
    )


def in_process(
    args: Sequence[str],
    *,
    input: str | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """What `in_a_process` gives, from wellness_tui.cli.main run here."""
    stdin = _stream(io.BytesIO((input or "").encode()), "surrogateescape")
    stdout = _stream(io.BytesIO(), "surrogateescape")
    stderr = _stream(io.BytesIO(), "backslashreplace")
    with _environment(env or {}), _standard_streams(stdin, stdout, stderr):
        try:
            code = _exit_status(main(list(args)))
        except SystemExit as ended:
            code = _exit_status(ended.code)
        except Exception:
            traceback.print_exc()
            code = 1
        for stream in (stdout, stderr):
            if not stream.closed:
                stream.flush()
    return subprocess.CompletedProcess(
        [sys.executable, "-m", "wellness_tui", *args],
        code,
        _as_read(stdout),
        _as_read(stderr),
    )


class _Stream(io.TextIOWrapper):
    """A standard stream over bytes in memory: closing it (as a broken pipe does) keeps
    what was written readable."""

    def close(self) -> None:
        if not self.closed:
            self.flush()
            self.written = self.buffer.getvalue()  # type: ignore[attr-defined]
        super().close()


def _stream(buffer: io.BytesIO, errors: str) -> _Stream:
    # newline="\n": Python's standard streams translate no line endings on POSIX.
    return _Stream(buffer, encoding="utf-8", errors=errors, newline="\n", write_through=True)


def _as_read(stream: _Stream) -> str:
    """As subprocess.run(text=True) reads a pipe: decoded, "\\r\\n" and "\\r" as "\\n"."""
    data = getattr(stream, "written", None)
    if data is None:
        data = stream.buffer.getvalue()  # type: ignore[attr-defined]
    text: str = data.decode()
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _exit_status(code: object) -> int:
    """The status `sys.exit(code)` gives the shell (a message is printed to stderr)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


@contextmanager
def _environment(added: Mapping[str, str]) -> Iterator[None]:
    before = {name: os.environ.get(name) for name in added}
    os.environ.update(added)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _standard_streams(stdin: _Stream, stdout: _Stream, stderr: _Stream) -> Iterator[None]:
    """The streams a command reads and writes, also as sys.__stdout__ and __stderr__
    (what the terminal's width is asked of: a pipe has none)."""
    names = ("stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__")
    before = {name: getattr(sys, name) for name in names}
    for name, stream in zip(names, (stdin, stdout, stderr) * 2, strict=True):
        setattr(sys, name, stream)
    try:
        yield
    finally:
        for name, stream in before.items():
            setattr(sys, name, stream)
