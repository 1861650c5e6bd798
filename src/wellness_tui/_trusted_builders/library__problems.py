"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.library.problems's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong, _fn0, _allowed3):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            path=_fn0(v['path']),
            line=v['line'],
            message=v['message'],
            severity=(x if (x := v['severity']) in _allowed3 else _wrong(x)),
        )
    return build


BUILDERS = {
    "def __make__(_cls, _other, _wrong, _fn0, _allowed3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            path=_fn0(v['path']),\n            line=v['line'],\n            message=v['message'],\n            severity=(x if (x := v['severity']) in _allowed3 else _wrong(x)),\n        )\n    return build\n": _0,
}
