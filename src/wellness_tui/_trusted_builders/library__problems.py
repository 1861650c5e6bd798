"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.library.problems's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong, _fn0, _allowed3, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'path', _fn0(v['path']))
        _set(o, 'line', v['line'])
        _set(o, 'message', v['message'])
        _set(o, 'severity', (x if (x := v['severity']) in _allowed3 else _wrong(x)))
        return o
    return build


BUILDERS = {
    "def __make__(_cls, _other, _wrong, _fn0, _allowed3, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'path', _fn0(v['path']))\n        _set(o, 'line', v['line'])\n        _set(o, 'message', v['message'])\n        _set(o, 'severity', (x if (x := v['severity']) in _allowed3 else _wrong(x)))\n        return o\n    return build\n": _0,
}
