"""Our dataclasses' methods compiled once, with the package, instead of at every start.

When a dataclass is defined, `dataclasses` writes the source of its `__init__`,
`__repr__`, `__eq__` (and more) and compiles it: with ~60 classes on the way to Today
that was about a fifth of what our start-up adds to Textual's (benchmarks/README.md).
The package `_dataclass_methods_311` holds the very same sources, one module for each
of ours (`profile.models` -> `profile__models.py`), written out by
`python tools/write_dataclass_methods.py` and compiled like any other module. While one
of our modules defines a dataclass, `dataclasses._create_fn` finds its source in that
module's file (read when the module defines its first dataclass, so a command loads only
what it uses) and uses the function already compiled; a source that is not there (a
class changed since, or another Python) is compiled as before, so a stale file is only
slower, never wrong. tests/unit/test_dataclass_methods.py keeps the files in step.

Other packages' dataclasses go straight to the standard `_create_fn`.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from typing import Any

PYTHON = (3, 11)
"""The Python whose `dataclasses` wrote the sources; other versions write them a little
differently (3.12) or otherwise (3.13) and are left alone."""

OURS = "wellness_tui"

seen: list[tuple[str, str]] | None = None
"""When a list (tools/write_dataclass_methods.py), every source of ours is added to it,
with the name of the module it is for."""


def install() -> None:
    """Look our dataclasses' methods up before compiling them (once per process)."""
    create = getattr(dataclasses, "_create_fn", None)
    if sys.version_info[:2] != PYTHON or create is None:
        return
    if getattr(create, "__module__", "") == __name__:
        return  # installed already
    dataclasses._create_fn = _looking_up(create)  # type: ignore[attr-defined]


WRITTEN = "wellness_tui._dataclass_methods_311"


def written_name(module: str) -> str:
    """The written module of our module `module`: wellness_tui.a.b -> WRITTEN.a__b."""
    return f"{WRITTEN}.{module.removeprefix(OURS + '.').replace('.', '__')}"


def _written_methods(module: str, loaded: dict[str, dict[str, Callable[..., Any]]]) -> Any:
    if module not in loaded:
        import importlib

        try:
            loaded[module] = importlib.import_module(written_name(module)).METHODS
        except ImportError:  # a module with no dataclass when the files were written
            loaded[module] = {}
    return loaded[module]


def _looking_up(create: Callable[..., Any]) -> Callable[..., Any]:
    loaded: dict[str, dict[str, Callable[..., Any]]] = {}

    def _create_fn(  # the standard one's signature and text, word for word (3.11)
        name: str,
        args: list[str],
        body: list[str],
        *,
        globals: dict[str, Any] | None = None,
        locals: dict[str, Any] | None = None,
        return_type: Any = dataclasses.MISSING,
    ) -> Any:
        module = str(globals.get("__name__", "")) if globals is not None else ""
        if globals is None or not module.startswith(OURS + "."):
            return create(name, args, body, globals=globals, locals=locals, return_type=return_type)
        if locals is None:
            locals = {}
        return_annotation = ""
        if return_type is not dataclasses.MISSING:
            locals["_return_type"] = return_type
            return_annotation = "->_return_type"
        joined_args = ",".join(args)
        joined_body = "\n".join(f"  {b}" for b in body)
        txt = f" def {name}({joined_args}){return_annotation}:\n{joined_body}"
        local_vars = ", ".join(locals.keys())
        txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
        if seen is not None:
            seen.append((module, txt))
        made = _written_methods(module, loaded).get(txt)
        if made is None:  # not written out (yet): compiled here, as the standard one does
            ns: dict[str, Any] = {}
            exec(txt, globals, ns)  # the text dataclasses itself wrote, never from a file
            made = ns["__create_fn__"]
        return made(**locals)

    return _create_fn
