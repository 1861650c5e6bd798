"""Our dataclasses' methods come compiled with the package (dataclass_methods.py)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wellness_tui.profile.models import CheckIn, Settings

ROOT = Path(__file__).resolve().parents[2]
ON_311 = pytest.mark.skipif(
    sys.version_info[:2] != (3, 11), reason="the written sources are Python 3.11's"
)


@ON_311
def test_the_written_methods_are_in_step_with_the_classes() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "write_dataclass_methods.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@ON_311
def test_our_classes_use_the_methods_compiled_with_the_package() -> None:
    for method in (Settings.__init__, Settings.__eq__, CheckIn.__init__):
        assert "_dataclass_methods_311" in method.__code__.co_filename
    assert Settings(name="Sam") == Settings(name="Sam") != Settings(name="Al")
    assert repr(Settings(name="Sam")).startswith("Settings(name='Sam', ")
    assert Settings().focus_modules is not Settings().focus_modules  # default_factory


def _define(module: str, source: str) -> Any:
    namespace: dict[str, object] = {"__name__": module, "dataclasses": dataclasses}
    exec(compile(source, "<test>", "exec", dont_inherit=True), namespace)
    made = namespace["Made"]
    assert isinstance(made, type)
    return made


def test_a_class_not_written_out_is_compiled_as_before() -> None:
    made = _define(
        "wellness_tui.not_written",
        "@dataclasses.dataclass(frozen=True, kw_only=True)\n"
        "class Made:\n    unusual_field_name_q7: int = 3\n",
    )
    one = made()
    assert one == made(unusual_field_name_q7=3) and repr(one) == "Made(unusual_field_name_q7=3)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.unusual_field_name_q7 = 4
    assert made.__init__.__code__.co_filename == "<string>"


def test_other_packages_dataclasses_never_look_ours_up() -> None:
    made = _define(
        "someone_else",
        "@dataclasses.dataclass(slots=True, kw_only=True)\nclass Made:\n    name: str = ''\n",
    )
    assert made.__init__.__code__.co_filename == "<string>"
    assert made(name="x") == made(name="x")
