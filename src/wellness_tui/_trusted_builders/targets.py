"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.targets's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong, _item1, _inner2, _inner3):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        return _cls(
            per_week=v['per_week'],
            days=(tuple(map(_item1, x)) if (x := v['days']).__class__ is list else _wrong(x)),
            at_least=(None if (x := v['at_least']) is None else _inner2(x)),
            at_most=(None if (x := v['at_most']) is None else _inner3(x)),
            unit=v['unit'],
        )
    return build


BUILDERS = {
    "def __make__(_cls, _other, _wrong, _item1, _inner2, _inner3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        return _cls(\n            per_week=v['per_week'],\n            days=(tuple(map(_item1, x)) if (x := v['days']).__class__ is list else _wrong(x)),\n            at_least=(None if (x := v['at_least']) is None else _inner2(x)),\n            at_most=(None if (x := v['at_most']) is None else _inner3(x)),\n            unit=v['unit'],\n        )\n    return build\n": _0,
}
