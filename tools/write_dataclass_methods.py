"""Write src/wellness_tui/_dataclass_methods_311/: the source of every method that
`dataclasses` writes for our classes, one file per module of ours, so that it is
compiled once with the package instead of at every start (see
src/wellness_tui/dataclass_methods.py); and src/wellness_tui/_trusted_builders/: the
source of the function that builds each of our classes from JSON data this program
validated before (see src/wellness_tui/trusted.py), likewise.

Run it after changing a dataclass (tests/unit/test_dataclass_methods.py says when):
    python tools/write_dataclass_methods.py          # writes the file
    python tools/write_dataclass_methods.py --check  # exit 1 when the file is stale
It must run under the Python the files are for (3.11).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import pkgutil
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
TARGET = SRC / "wellness_tui" / "_dataclass_methods_311"
BUILDERS = SRC / "wellness_tui" / "_trusted_builders"

HEADER = '''"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of {module}'s classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off
'''
PACKAGE = '''"""Written by tools/write_dataclass_methods.py: one module for each of ours whose
classes are dataclasses (see wellness_tui/dataclass_methods.py)."""
'''
BUILDERS_HEADER = '''"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building {module}'s classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off
'''
BUILDERS_PACKAGE = '''"""Written by tools/write_dataclass_methods.py: one module for each of ours
whose dataclasses are built from JSON data (see wellness_tui/trusted.py)."""
'''


def sources() -> dict[str, list[str]]:
    """Every method source of ours, as `dataclasses` writes it, by the name of the file
    it goes in, in a stable order."""
    sys.path.insert(0, str(SRC))
    from wellness_tui import dataclass_methods

    seen: list[tuple[str, str]] = []
    dataclass_methods.seen = seen
    dataclass_methods.install()
    import wellness_tui

    for found in pkgutil.walk_packages(wellness_tui.__path__, "wellness_tui."):
        if found.name.endswith("__main__") or found.name.startswith(
            "wellness_tui._dataclass_methods"
        ):
            continue
        importlib.import_module(found.name)
    files: dict[str, set[str]] = {}
    for module, text in seen:
        name = dataclass_methods.written_name(module).rsplit(".", 1)[1]
        files.setdefault(f"{name}.py", set()).add(text)
    return {name: sorted(texts) for name, texts in sorted(files.items())}


def built_classes() -> list[type]:
    """Every dataclass that trusted.build makes from JSON data: the profile, the content
    library (its cache) and the journal's operations, and every dataclass in their
    fields."""
    from typing import get_args

    from wellness_tui import trusted
    from wellness_tui.library.loader import Library
    from wellness_tui.profile.journal import op_classes
    from wellness_tui.profile.models import Profile

    found: list[type] = []
    pending: list[object] = [Profile, Library, *op_classes().values()]
    while pending:
        annotation = pending.pop()
        pending.extend(get_args(annotation))
        if (
            isinstance(annotation, type)
            and dataclasses.is_dataclass(annotation)
            and annotation not in found
        ):
            found.append(annotation)
            pending.extend(trusted.hints(annotation).values())
    return found


def builder_sources() -> dict[str, list[str]]:
    """The source of the builder of every class trusted.build makes, by the name of the
    file it goes in."""
    from wellness_tui import trusted

    files: dict[str, set[str]] = {}
    for cls in built_classes():
        try:
            text, _ = trusted.source(cls)
        except TypeError:  # a field trusted.py cannot build: validated instead
            continue
        name = trusted.written_name(cls.__module__).rsplit(".", 1)[1]
        files.setdefault(f"{name}.py", set()).add(text)
    return {name: sorted(texts) for name, texts in sorted(files.items())}


def wanted() -> dict[Path, dict[str, str]]:
    """Each folder's files: name and text."""
    files = {"__init__.py": PACKAGE}
    for name, texts in sources().items():
        module = "wellness_tui." + name.removesuffix(".py").replace("__", ".")
        files[name] = module_text(module, texts)
    builders = {"__init__.py": BUILDERS_PACKAGE}
    for name, texts in builder_sources().items():
        module = "wellness_tui." + name.removesuffix(".py").replace("__", ".")
        builders[name] = module_text(
            module, texts, header=BUILDERS_HEADER, made="__make__", table="BUILDERS"
        )
    return {TARGET: files, BUILDERS: builders}


def module_text(
    module: str,
    texts: list[str],
    *,
    header: str = HEADER,
    made: str = "__create_fn__",
    table: str = "METHODS",
) -> str:
    lines = [header.format(module=module)]
    for n, text in enumerate(texts):
        lines.append(text.replace(f"def {made}(", f"def _{n}(", 1))
        lines.append("")
    lines.append(f"{table} = {{")
    lines.extend(f"    {text!r}: _{n}," for n, text in enumerate(texts))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is stale")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        print("run this with Python 3.11: the file holds 3.11's sources", file=sys.stderr)
        return 2
    stale = 0
    for target, files in wanted().items():
        current = {p.name: p.read_text(encoding="utf-8") for p in target.glob("*.py")}
        if args.check:
            if files != current:
                print(f"{target.name}/ is stale: run python tools/write_dataclass_methods.py")
                stale = 1
            continue
        target.mkdir(exist_ok=True)
        for name in current.keys() - files.keys():
            (target / name).unlink()
        for name, text in files.items():
            if current.get(name) != text:
                (target / name).write_text(text, encoding="utf-8")
                print(f"wrote {target / name}")
    return stale


if __name__ == "__main__":
    raise SystemExit(main())
