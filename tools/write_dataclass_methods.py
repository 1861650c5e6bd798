"""Write src/wellness_tui/_dataclass_methods_311/: the source of every method that
`dataclasses` writes for our classes, one file per module of ours, so that it is
compiled once with the package instead of at every start (see
src/wellness_tui/dataclass_methods.py).

Run it after changing a dataclass (tests/unit/test_dataclass_methods.py says when):
    python tools/write_dataclass_methods.py          # writes the file
    python tools/write_dataclass_methods.py --check  # exit 1 when the file is stale
It must run under the Python the files are for (3.11).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
TARGET = SRC / "wellness_tui" / "_dataclass_methods_311"

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


def wanted() -> dict[str, str]:
    """Each file's name and text."""
    files = {"__init__.py": PACKAGE}
    for name, texts in sources().items():
        module = "wellness_tui." + name.removesuffix(".py").replace("__", ".")
        files[name] = module_text(module, texts)
    return files


def module_text(module: str, texts: list[str]) -> str:
    lines = [HEADER.format(module=module)]
    for n, text in enumerate(texts):
        lines.append(text.replace("def __create_fn__(", f"def _{n}(", 1))
        lines.append("")
    lines.append("METHODS = {")
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
    files = wanted()
    current = {p.name: p.read_text(encoding="utf-8") for p in TARGET.glob("*.py")}
    if args.check:
        if files != current:
            print(f"{TARGET.name}/ is stale: run python tools/write_dataclass_methods.py")
            return 1
        return 0
    TARGET.mkdir(exist_ok=True)
    for name in current.keys() - files.keys():
        (TARGET / name).unlink()
    for name, text in files.items():
        if current.get(name) != text:
            (TARGET / name).write_text(text, encoding="utf-8")
            print(f"wrote {TARGET / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
