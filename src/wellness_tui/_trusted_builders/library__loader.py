"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.library.loader's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong, _item0, _item1, _item2, _item4):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        return _cls(
            modules=(list(map(_item0, x)) if (x := v['modules']).__class__ is list else _wrong(x)),
            problems=(list(map(_item1, x)) if (x := v['problems']).__class__ is list else _wrong(x)),
            crisis_lines=(list(map(_item2, x)) if (x := v['crisis_lines']).__class__ is list else _wrong(x)),
            crisis_from_file=v['crisis_from_file'],
            scripts=(list(map(_item4, x)) if (x := v['scripts']).__class__ is list else _wrong(x)),
        )
    return build


BUILDERS = {
    "def __make__(_cls, _other, _wrong, _item0, _item1, _item2, _item4):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        return _cls(\n            modules=(list(map(_item0, x)) if (x := v['modules']).__class__ is list else _wrong(x)),\n            problems=(list(map(_item1, x)) if (x := v['problems']).__class__ is list else _wrong(x)),\n            crisis_lines=(list(map(_item2, x)) if (x := v['crisis_lines']).__class__ is list else _wrong(x)),\n            crisis_from_file=v['crisis_from_file'],\n            scripts=(list(map(_item4, x)) if (x := v['scripts']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _0,
}
