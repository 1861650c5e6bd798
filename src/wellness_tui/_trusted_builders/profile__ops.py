"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.profile.ops's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong, _allowed0, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'area', (x if (x := v['area']) in _allowed0 else _wrong(x)))
        _set(o, 'text', v['text'])
        _set(o, 'base', v['base'])
        return o
    return build


def _1(_cls, _other, _wrong, _fn0, _fn1, _inner5, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 6:
            return _other(v)
        o = _new(_cls)
        _set(o, 'day', _fn0(v['day']))
        _set(o, 'checkin', _fn1(v['checkin']))
        _set(o, 'merge', (tuple(x) if (x := v['merge']).__class__ is list else _wrong(x)))
        _set(o, 'append', (tuple(x) if (x := v['append']).__class__ is list else _wrong(x)))
        _set(o, 'note_base', v['note_base'])
        _set(o, 'tags_base', (None if (x := v['tags_base']) is None else _inner5(x)))
        return o
    return build


def _2(_cls, _other, _wrong, _fn0, _inner1, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'activity', _fn0(v['activity']))
        _set(o, 'base', (None if (x := v['base']) is None else _inner1(x)))
        return o
    return build


def _3(_cls, _other, _wrong, _fn0, _inner1, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'appointment', _fn0(v['appointment']))
        _set(o, 'base', (None if (x := v['base']) is None else _inner1(x)))
        return o
    return build


def _4(_cls, _other, _wrong, _fn0, _inner2, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'entry', _fn0(v['entry']))
        _set(o, 'force', v['force'])
        _set(o, 'base', (None if (x := v['base']) is None else _inner2(x)))
        return o
    return build


def _5(_cls, _other, _wrong, _fn0, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit', _fn0(v['habit']))
        return o
    return build


def _6(_cls, _other, _wrong, _fn0, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        o = _new(_cls)
        _set(o, 'profile', _fn0(v['profile']))
        return o
    return build


def _7(_cls, _other, _wrong, _fn0, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        o = _new(_cls)
        _set(o, 'selfcheck', _fn0(v['selfcheck']))
        return o
    return build


def _8(_cls, _other, _wrong, _fn0, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit', _fn0(v['habit']))
        _set(o, 'index', v['index'])
        return o
    return build


def _9(_cls, _other, _wrong, _fn1, _inner2, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit_id', v['habit_id'])
        _set(o, 'day', _fn1(v['day']))
        _set(o, 'amount', (None if (x := v['amount']) is None else _inner2(x)))
        return o
    return build


def _10(_cls, _other, _wrong, _fn1, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit_id', v['habit_id'])
        _set(o, 'day', _fn1(v['day']))
        _set(o, 'done', v['done'])
        return o
    return build


def _11(_cls, _other, _wrong, _fn1, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit_id', v['habit_id'])
        _set(o, 'day', _fn1(v['day']))
        _set(o, 'paused', v['paused'])
        return o
    return build


def _12(_cls, _other, _wrong, _fn1, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit_id', v['habit_id'])
        _set(o, 'day', _fn1(v['day']))
        _set(o, 'skipped', v['skipped'])
        return o
    return build


def _13(_cls, _other, _wrong, _fn1, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'lesson_id', v['lesson_id'])
        _set(o, 'day', _fn1(v['day']))
        _set(o, 'completed', v['completed'])
        return o
    return build


def _14(_cls, _other, _wrong, _fn1, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit_id', v['habit_id'])
        _set(o, 'day', _fn1(v['day']))
        _set(o, 'text', v['text'])
        _set(o, 'base', v['base'])
        _set(o, 'append', v['append'])
        return o
    return build


def _15(_cls, _other, _wrong, _fn2, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'key', v['key'])
        _set(o, 'text', v['text'])
        _set(o, 'at', _fn2(v['at']))
        _set(o, 'base', v['base'])
        return o
    return build


def _16(_cls, _other, _wrong, _fn2, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'step_id', v['step_id'])
        _set(o, 'text', v['text'])
        _set(o, 'at', _fn2(v['at']))
        _set(o, 'base', v['base'])
        return o
    return build


def _17(_cls, _other, _wrong, _fn2, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit_id', v['habit_id'])
        _set(o, 'title', v['title'])
        _set(o, 'target', _fn2(v['target']))
        _set(o, 'why', v['why'])
        _set(o, 'title_base', v['title_base'])
        return o
    return build


def _18(_cls, _other, _wrong, _fn3, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'lesson_id', v['lesson_id'])
        _set(o, 'section', v['section'])
        _set(o, 'section_index', v['section_index'])
        _set(o, 'at', _fn3(v['at']))
        return o
    return build


def _19(_cls, _other, _wrong, _inner1, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'questionnaire', v['questionnaire'])
        _set(o, 'draft', (None if (x := v['draft']) is None else _inner1(x)))
        return o
    return build


def _20(_cls, _other, _wrong, _inner2, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        _set(o, 'done', v['done'])
        _set(o, 'skipped', v['skipped'])
        _set(o, 'amount', (None if (x := v['amount']) is None else _inner2(x)))
        _set(o, 'note', v['note'])
        return o
    return build


def _21(_cls, _other, _wrong, _item0, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        o = _new(_cls)
        _set(o, 'changes', (tuple(map(_item0, x)) if (x := v['changes']).__class__ is list else _wrong(x)))
        return o
    return build


def _22(_cls, _other, _wrong, _item1, _inner2, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'script_id', v['script_id'])
        _set(o, 'values', (tuple(map(_item1, x)) if (x := v['values']).__class__ is list else _wrong(x)))
        _set(o, 'base', (None if (x := v['base']) is None else _inner2(x)))
        return o
    return build


def _23(_cls, _other, _wrong, _item1, _item2, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit_id', v['habit_id'])
        _set(o, 'fields', (tuple(map(_item1, x)) if (x := v['fields']).__class__ is list else _wrong(x)))
        _set(o, 'days', (tuple(map(_item2, x)) if (x := v['days']).__class__ is list else _wrong(x)))
        return o
    return build


def _24(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 0:
            return _other(v)
        o = _new(_cls)
        return o
    return build


def _25(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        o = _new(_cls)
        _set(o, 'activity_id', v['activity_id'])
        return o
    return build


def _26(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        o = _new(_cls)
        _set(o, 'contact_ids', (tuple(x) if (x := v['contact_ids']).__class__ is list else _wrong(x)))
        return o
    return build


def _27(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        o = _new(_cls)
        _set(o, 'entry_id', v['entry_id'])
        return o
    return build


def _28(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit_id', v['habit_id'])
        return o
    return build


def _29(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'field', v['field'])
        _set(o, 'item_id', v['item_id'])
        return o
    return build


def _30(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'habit_id', v['habit_id'])
        _set(o, 'archived', v['archived'])
        return o
    return build


def _31(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'key', v['key'])
        _set(o, 'choice', v['choice'])
        return o
    return build


def _32(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'question_id', v['question_id'])
        _set(o, 'step', v['step'])
        return o
    return build


def _33(_cls, _other, _wrong, _new, _set):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        _set(o, 'selfcheck_id', v['selfcheck_id'])
        _set(o, 'in_report', v['in_report'])
        return o
    return build


BUILDERS = {
    "def __make__(_cls, _other, _wrong, _allowed0, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'area', (x if (x := v['area']) in _allowed0 else _wrong(x)))\n        _set(o, 'text', v['text'])\n        _set(o, 'base', v['base'])\n        return o\n    return build\n": _0,
    "def __make__(_cls, _other, _wrong, _fn0, _fn1, _inner5, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 6:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'day', _fn0(v['day']))\n        _set(o, 'checkin', _fn1(v['checkin']))\n        _set(o, 'merge', (tuple(x) if (x := v['merge']).__class__ is list else _wrong(x)))\n        _set(o, 'append', (tuple(x) if (x := v['append']).__class__ is list else _wrong(x)))\n        _set(o, 'note_base', v['note_base'])\n        _set(o, 'tags_base', (None if (x := v['tags_base']) is None else _inner5(x)))\n        return o\n    return build\n": _1,
    "def __make__(_cls, _other, _wrong, _fn0, _inner1, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'activity', _fn0(v['activity']))\n        _set(o, 'base', (None if (x := v['base']) is None else _inner1(x)))\n        return o\n    return build\n": _2,
    "def __make__(_cls, _other, _wrong, _fn0, _inner1, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'appointment', _fn0(v['appointment']))\n        _set(o, 'base', (None if (x := v['base']) is None else _inner1(x)))\n        return o\n    return build\n": _3,
    "def __make__(_cls, _other, _wrong, _fn0, _inner2, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'entry', _fn0(v['entry']))\n        _set(o, 'force', v['force'])\n        _set(o, 'base', (None if (x := v['base']) is None else _inner2(x)))\n        return o\n    return build\n": _4,
    "def __make__(_cls, _other, _wrong, _fn0, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit', _fn0(v['habit']))\n        return o\n    return build\n": _5,
    "def __make__(_cls, _other, _wrong, _fn0, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'profile', _fn0(v['profile']))\n        return o\n    return build\n": _6,
    "def __make__(_cls, _other, _wrong, _fn0, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'selfcheck', _fn0(v['selfcheck']))\n        return o\n    return build\n": _7,
    "def __make__(_cls, _other, _wrong, _fn0, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit', _fn0(v['habit']))\n        _set(o, 'index', v['index'])\n        return o\n    return build\n": _8,
    "def __make__(_cls, _other, _wrong, _fn1, _inner2, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit_id', v['habit_id'])\n        _set(o, 'day', _fn1(v['day']))\n        _set(o, 'amount', (None if (x := v['amount']) is None else _inner2(x)))\n        return o\n    return build\n": _9,
    "def __make__(_cls, _other, _wrong, _fn1, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit_id', v['habit_id'])\n        _set(o, 'day', _fn1(v['day']))\n        _set(o, 'done', v['done'])\n        return o\n    return build\n": _10,
    "def __make__(_cls, _other, _wrong, _fn1, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit_id', v['habit_id'])\n        _set(o, 'day', _fn1(v['day']))\n        _set(o, 'paused', v['paused'])\n        return o\n    return build\n": _11,
    "def __make__(_cls, _other, _wrong, _fn1, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit_id', v['habit_id'])\n        _set(o, 'day', _fn1(v['day']))\n        _set(o, 'skipped', v['skipped'])\n        return o\n    return build\n": _12,
    "def __make__(_cls, _other, _wrong, _fn1, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'lesson_id', v['lesson_id'])\n        _set(o, 'day', _fn1(v['day']))\n        _set(o, 'completed', v['completed'])\n        return o\n    return build\n": _13,
    "def __make__(_cls, _other, _wrong, _fn1, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit_id', v['habit_id'])\n        _set(o, 'day', _fn1(v['day']))\n        _set(o, 'text', v['text'])\n        _set(o, 'base', v['base'])\n        _set(o, 'append', v['append'])\n        return o\n    return build\n": _14,
    "def __make__(_cls, _other, _wrong, _fn2, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'key', v['key'])\n        _set(o, 'text', v['text'])\n        _set(o, 'at', _fn2(v['at']))\n        _set(o, 'base', v['base'])\n        return o\n    return build\n": _15,
    "def __make__(_cls, _other, _wrong, _fn2, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'step_id', v['step_id'])\n        _set(o, 'text', v['text'])\n        _set(o, 'at', _fn2(v['at']))\n        _set(o, 'base', v['base'])\n        return o\n    return build\n": _16,
    "def __make__(_cls, _other, _wrong, _fn2, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit_id', v['habit_id'])\n        _set(o, 'title', v['title'])\n        _set(o, 'target', _fn2(v['target']))\n        _set(o, 'why', v['why'])\n        _set(o, 'title_base', v['title_base'])\n        return o\n    return build\n": _17,
    "def __make__(_cls, _other, _wrong, _fn3, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'lesson_id', v['lesson_id'])\n        _set(o, 'section', v['section'])\n        _set(o, 'section_index', v['section_index'])\n        _set(o, 'at', _fn3(v['at']))\n        return o\n    return build\n": _18,
    "def __make__(_cls, _other, _wrong, _inner1, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'questionnaire', v['questionnaire'])\n        _set(o, 'draft', (None if (x := v['draft']) is None else _inner1(x)))\n        return o\n    return build\n": _19,
    "def __make__(_cls, _other, _wrong, _inner2, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'done', v['done'])\n        _set(o, 'skipped', v['skipped'])\n        _set(o, 'amount', (None if (x := v['amount']) is None else _inner2(x)))\n        _set(o, 'note', v['note'])\n        return o\n    return build\n": _20,
    "def __make__(_cls, _other, _wrong, _item0, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'changes', (tuple(map(_item0, x)) if (x := v['changes']).__class__ is list else _wrong(x)))\n        return o\n    return build\n": _21,
    "def __make__(_cls, _other, _wrong, _item1, _inner2, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'script_id', v['script_id'])\n        _set(o, 'values', (tuple(map(_item1, x)) if (x := v['values']).__class__ is list else _wrong(x)))\n        _set(o, 'base', (None if (x := v['base']) is None else _inner2(x)))\n        return o\n    return build\n": _22,
    "def __make__(_cls, _other, _wrong, _item1, _item2, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit_id', v['habit_id'])\n        _set(o, 'fields', (tuple(map(_item1, x)) if (x := v['fields']).__class__ is list else _wrong(x)))\n        _set(o, 'days', (tuple(map(_item2, x)) if (x := v['days']).__class__ is list else _wrong(x)))\n        return o\n    return build\n": _23,
    'def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 0:\n            return _other(v)\n        o = _new(_cls)\n        return o\n    return build\n': _24,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'activity_id', v['activity_id'])\n        return o\n    return build\n": _25,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'contact_ids', (tuple(x) if (x := v['contact_ids']).__class__ is list else _wrong(x)))\n        return o\n    return build\n": _26,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'entry_id', v['entry_id'])\n        return o\n    return build\n": _27,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit_id', v['habit_id'])\n        return o\n    return build\n": _28,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'field', v['field'])\n        _set(o, 'item_id', v['item_id'])\n        return o\n    return build\n": _29,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'habit_id', v['habit_id'])\n        _set(o, 'archived', v['archived'])\n        return o\n    return build\n": _30,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'key', v['key'])\n        _set(o, 'choice', v['choice'])\n        return o\n    return build\n": _31,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'question_id', v['question_id'])\n        _set(o, 'step', v['step'])\n        return o\n    return build\n": _32,
    "def __make__(_cls, _other, _wrong, _new, _set):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        _set(o, 'selfcheck_id', v['selfcheck_id'])\n        _set(o, 'in_report', v['in_report'])\n        return o\n    return build\n": _33,
}
