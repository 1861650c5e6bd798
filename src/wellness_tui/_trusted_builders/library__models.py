"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.library.models's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong, _fn0, _item1, _fn2, _item3, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'meta', _fn0(v['meta']))
        _set(o, 'lessons', (tuple(map(_item1, x)) if (x := v['lessons']).__class__ is list else _wrong(x)))
        _set(o, 'path', _fn2(v['path']))
        _set(o, 'habit_refs', (tuple(map(_item3, x)) if (x := v['habit_refs']).__class__ is list else _wrong(x)))
        return o
    return build


def _1(_cls, _other, _wrong, _fn3, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'id', v['id'])
        _set(o, 'title', v['title'])
        _set(o, 'why', v['why'])
        _set(o, 'target', _fn3(v['target']))
        return o
    return build


def _2(_cls, _other, _wrong, _fn4, _item5, _item6, _item7, _fn8, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 10:
            return _other(v)
        o = _new(_cls)
        _set(o, 'id', v['id'])
        _set(o, 'title', v['title'])
        _set(o, 'minutes', v['minutes'])
        _set(o, 'note', v['note'])
        _set(o, 'activity', _fn4(v['activity']))
        _set(o, 'prompts', (list(map(_item5, x)) if (x := v['prompts']).__class__ is list else _wrong(x)))
        _set(o, 'questions', (list(map(_item6, x)) if (x := v['questions']).__class__ is list else _wrong(x)))
        _set(o, 'sections', (list(map(_item7, x)) if (x := v['sections']).__class__ is list else _wrong(x)))
        _set(o, 'path', _fn8(v['path']))
        _set(o, 'module_id', v['module_id'])
        return o
    return build


def _3(_cls, _other, _wrong, _fn5, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 6:
            return _other(v)
        o = _new(_cls)
        _set(o, 'name', v['name'])
        _set(o, 'region', v['region'])
        _set(o, 'how', v['how'])
        _set(o, 'notes', v['notes'])
        _set(o, 'source', v['source'])
        _set(o, 'checked', _fn5(v['checked']))
        return o
    return build


def _4(_cls, _other, _wrong, _inner3, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'title', v['title'])
        _set(o, 'publisher', v['publisher'])
        _set(o, 'url', v['url'])
        _set(o, 'checked', (None if (x := v['checked']) is None else _inner3(x)))
        return o
    return build


def _5(_cls, _other, _wrong, _item2):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            id=v['id'],
            text=v['text'],
            choices=(list(map(_item2, x)) if (x := v['choices']).__class__ is list else _wrong(x)),
        )
    return build


def _6(_cls, _other, _wrong, _item3):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            id=v['id'],
            title=v['title'],
            text=v['text'],
            blanks=(list(map(_item3, x)) if (x := v['blanks']).__class__ is list else _wrong(x)),
        )
    return build


def _7(_cls, _other, _wrong, _item5, _item6, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 7:
            return _other(v)
        o = _new(_cls)
        _set(o, 'id', v['id'])
        _set(o, 'title', v['title'])
        _set(o, 'summary', v['summary'])
        _set(o, 'order', v['order'])
        _set(o, 'note', v['note'])
        _set(o, 'habits', (list(map(_item5, x)) if (x := v['habits']).__class__ is list else _wrong(x)))
        _set(o, 'sources', (list(map(_item6, x)) if (x := v['sources']).__class__ is list else _wrong(x)))
        return o
    return build


def _8(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'title', v['title'])
        _set(o, 'text', v['text'])
        return o
    return build


def _9(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'id', v['id'])
        _set(o, 'label', v['label'])
        _set(o, 'hint', v['hint'])
        return o
    return build


def _10(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'id', v['id'])
        _set(o, 'text', v['text'])
        _set(o, 'hint', v['hint'])
        return o
    return build


def _11(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'ref', v['ref'])
        _set(o, 'position', v['position'])
        _set(o, 'line', v['line'])
        return o
    return build


def _12(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'id', v['id'])
        _set(o, 'text', v['text'])
        _set(o, 'correct', v['correct'])
        _set(o, 'explanation', v['explanation'])
        return o
    return build


def _13(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'id', v['id'])
        _set(o, 'title', v['title'])
        _set(o, 'markdown', v['markdown'])
        _set(o, 'line', v['line'])
        return o
    return build


BUILDERS = {
    "def __make__(_cls, _other, _wrong, _fn0, _item1, _fn2, _item3, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'meta', _fn0(v['meta']))\n        _set(o, 'lessons', (tuple(map(_item1, x)) if (x := v['lessons']).__class__ is list else _wrong(x)))\n        _set(o, 'path', _fn2(v['path']))\n        _set(o, 'habit_refs', (tuple(map(_item3, x)) if (x := v['habit_refs']).__class__ is list else _wrong(x)))\n        return o\n    return build\n": _0,
    "def __make__(_cls, _other, _wrong, _fn3, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'id', v['id'])\n        _set(o, 'title', v['title'])\n        _set(o, 'why', v['why'])\n        _set(o, 'target', _fn3(v['target']))\n        return o\n    return build\n": _1,
    "def __make__(_cls, _other, _wrong, _fn4, _item5, _item6, _item7, _fn8, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 10:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'id', v['id'])\n        _set(o, 'title', v['title'])\n        _set(o, 'minutes', v['minutes'])\n        _set(o, 'note', v['note'])\n        _set(o, 'activity', _fn4(v['activity']))\n        _set(o, 'prompts', (list(map(_item5, x)) if (x := v['prompts']).__class__ is list else _wrong(x)))\n        _set(o, 'questions', (list(map(_item6, x)) if (x := v['questions']).__class__ is list else _wrong(x)))\n        _set(o, 'sections', (list(map(_item7, x)) if (x := v['sections']).__class__ is list else _wrong(x)))\n        _set(o, 'path', _fn8(v['path']))\n        _set(o, 'module_id', v['module_id'])\n        return o\n    return build\n": _2,
    "def __make__(_cls, _other, _wrong, _fn5, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 6:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'name', v['name'])\n        _set(o, 'region', v['region'])\n        _set(o, 'how', v['how'])\n        _set(o, 'notes', v['notes'])\n        _set(o, 'source', v['source'])\n        _set(o, 'checked', _fn5(v['checked']))\n        return o\n    return build\n": _3,
    "def __make__(_cls, _other, _wrong, _inner3, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'title', v['title'])\n        _set(o, 'publisher', v['publisher'])\n        _set(o, 'url', v['url'])\n        _set(o, 'checked', (None if (x := v['checked']) is None else _inner3(x)))\n        return o\n    return build\n": _4,
    "def __make__(_cls, _other, _wrong, _item2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            text=v['text'],\n            choices=(list(map(_item2, x)) if (x := v['choices']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _5,
    "def __make__(_cls, _other, _wrong, _item3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            title=v['title'],\n            text=v['text'],\n            blanks=(list(map(_item3, x)) if (x := v['blanks']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _6,
    "def __make__(_cls, _other, _wrong, _item5, _item6, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 7:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'id', v['id'])\n        _set(o, 'title', v['title'])\n        _set(o, 'summary', v['summary'])\n        _set(o, 'order', v['order'])\n        _set(o, 'note', v['note'])\n        _set(o, 'habits', (list(map(_item5, x)) if (x := v['habits']).__class__ is list else _wrong(x)))\n        _set(o, 'sources', (list(map(_item6, x)) if (x := v['sources']).__class__ is list else _wrong(x)))\n        return o\n    return build\n": _7,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'title', v['title'])\n        _set(o, 'text', v['text'])\n        return o\n    return build\n": _8,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'id', v['id'])\n        _set(o, 'label', v['label'])\n        _set(o, 'hint', v['hint'])\n        return o\n    return build\n": _9,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'id', v['id'])\n        _set(o, 'text', v['text'])\n        _set(o, 'hint', v['hint'])\n        return o\n    return build\n": _10,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'ref', v['ref'])\n        _set(o, 'position', v['position'])\n        _set(o, 'line', v['line'])\n        return o\n    return build\n": _11,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'id', v['id'])\n        _set(o, 'text', v['text'])\n        _set(o, 'correct', v['correct'])\n        _set(o, 'explanation', v['explanation'])\n        return o\n    return build\n": _12,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'id', v['id'])\n        _set(o, 'title', v['title'])\n        _set(o, 'markdown', v['markdown'])\n        _set(o, 'line', v['line'])\n        return o\n    return build\n": _13,
}
