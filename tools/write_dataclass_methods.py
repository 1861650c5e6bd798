"""Write src/wellness_tui/_dataclass_methods_311.py: the source of every method that
`dataclasses` writes for our classes, so that it is compiled once with the package
instead of at every start (see src/wellness_tui/dataclass_methods.py).

Run it after changing a dataclass (tests/unit/test_dataclass_methods.py says when):
    python tools/write_dataclass_methods.py          # writes the file
    python tools/write_dataclass_methods.py --check  # exit 1 when the file is stale
It must run under the Python the file is for (3.11).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
TARGET = SRC / "wellness_tui" / "_dataclass_methods_311.py"

HEADER = '''"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for our classes' methods (Python 3.11), compiled once
with the package; wellness_tui/dataclass_methods.py looks each one up by its exact text.
"""

# fmt: off
'''


def sources() -> list[str]:
    """Every method source of ours, as `dataclasses` writes it, in a stable order."""
    sys.path.insert(0, str(SRC))
    from wellness_tui import dataclass_methods

    seen: list[str] = []
    dataclass_methods.seen = seen
    dataclass_methods.install()
    import wellness_tui

    for module in pkgutil.walk_packages(wellness_tui.__path__, "wellness_tui."):
        if module.name.endswith("__main__") or module.name.startswith(
            "wellness_tui._dataclass_methods"
        ):
            continue
        importlib.import_module(module.name)
    return sorted(set(seen))


def module_text(texts: list[str]) -> str:
    lines = [HEADER]
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
    text = module_text(sources())
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if args.check:
        if text != current:
            print(f"{TARGET.name} is stale: run python tools/write_dataclass_methods.py")
            return 1
        return 0
    if text != current:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
