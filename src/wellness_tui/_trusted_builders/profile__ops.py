"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.profile.ops's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 0:
            return _other(v)
        return _cls(
        )
    return build


def _1(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        return _cls(
            activity_id=v['activity_id'],
        )
    return build


def _2(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        return _cls(
            contact_ids=(tuple(x) if (x := v['contact_ids']).__class__ is list else _wrong(x)),
        )
    return build


def _3(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        return _cls(
            entry_id=v['entry_id'],
        )
    return build


def _4(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        return _cls(
            habit_id=v['habit_id'],
        )
    return build


def _5(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            field=v['field'],
            item_id=v['item_id'],
        )
    return build


def _6(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            habit_id=v['habit_id'],
            archived=v['archived'],
        )
    return build


def _7(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            key=v['key'],
            choice=v['choice'],
        )
    return build


def _8(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            question_id=v['question_id'],
            step=v['step'],
        )
    return build


def _9(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            selfcheck_id=v['selfcheck_id'],
            in_report=v['in_report'],
        )
    return build


def _10(_cls, _other, _wrong, _allowed0):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            area=(x if (x := v['area']) in _allowed0 else _wrong(x)),
            text=v['text'],
            base=v['base'],
        )
    return build


def _11(_cls, _other, _wrong, _fn0):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        return _cls(
            habit=_fn0(v['habit']),
        )
    return build


def _12(_cls, _other, _wrong, _fn0):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        return _cls(
            profile=_fn0(v['profile']),
        )
    return build


def _13(_cls, _other, _wrong, _fn0):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        return _cls(
            selfcheck=_fn0(v['selfcheck']),
        )
    return build


def _14(_cls, _other, _wrong, _fn0):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            habit=_fn0(v['habit']),
            index=v['index'],
        )
    return build


def _15(_cls, _other, _wrong, _fn0, _fn1, _inner5):
    def build(v):
        if v.__class__ is not dict or len(v) != 6:
            return _other(v)
        return _cls(
            day=_fn0(v['day']),
            checkin=_fn1(v['checkin']),
            merge=(tuple(x) if (x := v['merge']).__class__ is list else _wrong(x)),
            append=(tuple(x) if (x := v['append']).__class__ is list else _wrong(x)),
            note_base=v['note_base'],
            tags_base=(None if (x := v['tags_base']) is None else _inner5(x)),
        )
    return build


def _16(_cls, _other, _wrong, _fn0, _inner1):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            activity=_fn0(v['activity']),
            base=(None if (x := v['base']) is None else _inner1(x)),
        )
    return build


def _17(_cls, _other, _wrong, _fn0, _inner1):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            appointment=_fn0(v['appointment']),
            base=(None if (x := v['base']) is None else _inner1(x)),
        )
    return build


def _18(_cls, _other, _wrong, _fn0, _inner2):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            entry=_fn0(v['entry']),
            force=v['force'],
            base=(None if (x := v['base']) is None else _inner2(x)),
        )
    return build


def _19(_cls, _other, _wrong, _fn1):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            habit_id=v['habit_id'],
            day=_fn1(v['day']),
            done=v['done'],
        )
    return build


def _20(_cls, _other, _wrong, _fn1):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            habit_id=v['habit_id'],
            day=_fn1(v['day']),
            paused=v['paused'],
        )
    return build


def _21(_cls, _other, _wrong, _fn1):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            habit_id=v['habit_id'],
            day=_fn1(v['day']),
            skipped=v['skipped'],
        )
    return build


def _22(_cls, _other, _wrong, _fn1):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            lesson_id=v['lesson_id'],
            day=_fn1(v['day']),
            completed=v['completed'],
        )
    return build


def _23(_cls, _other, _wrong, _fn1):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        return _cls(
            habit_id=v['habit_id'],
            day=_fn1(v['day']),
            text=v['text'],
            base=v['base'],
            append=v['append'],
        )
    return build


def _24(_cls, _other, _wrong, _fn1, _inner2):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            habit_id=v['habit_id'],
            day=_fn1(v['day']),
            amount=(None if (x := v['amount']) is None else _inner2(x)),
        )
    return build


def _25(_cls, _other, _wrong, _fn2):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            key=v['key'],
            text=v['text'],
            at=_fn2(v['at']),
            base=v['base'],
        )
    return build


def _26(_cls, _other, _wrong, _fn2):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            step_id=v['step_id'],
            text=v['text'],
            at=_fn2(v['at']),
            base=v['base'],
        )
    return build


def _27(_cls, _other, _wrong, _fn2):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        return _cls(
            habit_id=v['habit_id'],
            title=v['title'],
            target=_fn2(v['target']),
            why=v['why'],
            title_base=v['title_base'],
        )
    return build


def _28(_cls, _other, _wrong, _fn3):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            lesson_id=v['lesson_id'],
            section=v['section'],
            section_index=v['section_index'],
            at=_fn3(v['at']),
        )
    return build


def _29(_cls, _other, _wrong, _inner1):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            questionnaire=v['questionnaire'],
            draft=(None if (x := v['draft']) is None else _inner1(x)),
        )
    return build


def _30(_cls, _other, _wrong, _inner2):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            done=v['done'],
            skipped=v['skipped'],
            amount=(None if (x := v['amount']) is None else _inner2(x)),
            note=v['note'],
        )
    return build


def _31(_cls, _other, _wrong, _item0):
    def build(v):
        if v.__class__ is not dict or len(v) != 1:
            return _other(v)
        return _cls(
            changes=(tuple(map(_item0, x)) if (x := v['changes']).__class__ is list else _wrong(x)),
        )
    return build


def _32(_cls, _other, _wrong, _item1, _inner2):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            script_id=v['script_id'],
            values=(tuple(map(_item1, x)) if (x := v['values']).__class__ is list else _wrong(x)),
            base=(None if (x := v['base']) is None else _inner2(x)),
        )
    return build


def _33(_cls, _other, _wrong, _item1, _item2):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            habit_id=v['habit_id'],
            fields=(tuple(map(_item1, x)) if (x := v['fields']).__class__ is list else _wrong(x)),
            days=(tuple(map(_item2, x)) if (x := v['days']).__class__ is list else _wrong(x)),
        )
    return build


BUILDERS = {
    'def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 0:\n            return _other(v)\n        return _cls(\n        )\n    return build\n': _0,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        return _cls(\n            activity_id=v['activity_id'],\n        )\n    return build\n": _1,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        return _cls(\n            contact_ids=(tuple(x) if (x := v['contact_ids']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _2,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        return _cls(\n            entry_id=v['entry_id'],\n        )\n    return build\n": _3,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        return _cls(\n            habit_id=v['habit_id'],\n        )\n    return build\n": _4,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            field=v['field'],\n            item_id=v['item_id'],\n        )\n    return build\n": _5,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            habit_id=v['habit_id'],\n            archived=v['archived'],\n        )\n    return build\n": _6,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            key=v['key'],\n            choice=v['choice'],\n        )\n    return build\n": _7,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            question_id=v['question_id'],\n            step=v['step'],\n        )\n    return build\n": _8,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            selfcheck_id=v['selfcheck_id'],\n            in_report=v['in_report'],\n        )\n    return build\n": _9,
    "def __make__(_cls, _other, _wrong, _allowed0):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            area=(x if (x := v['area']) in _allowed0 else _wrong(x)),\n            text=v['text'],\n            base=v['base'],\n        )\n    return build\n": _10,
    "def __make__(_cls, _other, _wrong, _fn0):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        return _cls(\n            habit=_fn0(v['habit']),\n        )\n    return build\n": _11,
    "def __make__(_cls, _other, _wrong, _fn0):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        return _cls(\n            profile=_fn0(v['profile']),\n        )\n    return build\n": _12,
    "def __make__(_cls, _other, _wrong, _fn0):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        return _cls(\n            selfcheck=_fn0(v['selfcheck']),\n        )\n    return build\n": _13,
    "def __make__(_cls, _other, _wrong, _fn0):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            habit=_fn0(v['habit']),\n            index=v['index'],\n        )\n    return build\n": _14,
    "def __make__(_cls, _other, _wrong, _fn0, _fn1, _inner5):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 6:\n            return _other(v)\n        return _cls(\n            day=_fn0(v['day']),\n            checkin=_fn1(v['checkin']),\n            merge=(tuple(x) if (x := v['merge']).__class__ is list else _wrong(x)),\n            append=(tuple(x) if (x := v['append']).__class__ is list else _wrong(x)),\n            note_base=v['note_base'],\n            tags_base=(None if (x := v['tags_base']) is None else _inner5(x)),\n        )\n    return build\n": _15,
    "def __make__(_cls, _other, _wrong, _fn0, _inner1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            activity=_fn0(v['activity']),\n            base=(None if (x := v['base']) is None else _inner1(x)),\n        )\n    return build\n": _16,
    "def __make__(_cls, _other, _wrong, _fn0, _inner1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            appointment=_fn0(v['appointment']),\n            base=(None if (x := v['base']) is None else _inner1(x)),\n        )\n    return build\n": _17,
    "def __make__(_cls, _other, _wrong, _fn0, _inner2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            entry=_fn0(v['entry']),\n            force=v['force'],\n            base=(None if (x := v['base']) is None else _inner2(x)),\n        )\n    return build\n": _18,
    "def __make__(_cls, _other, _wrong, _fn1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            habit_id=v['habit_id'],\n            day=_fn1(v['day']),\n            done=v['done'],\n        )\n    return build\n": _19,
    "def __make__(_cls, _other, _wrong, _fn1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            habit_id=v['habit_id'],\n            day=_fn1(v['day']),\n            paused=v['paused'],\n        )\n    return build\n": _20,
    "def __make__(_cls, _other, _wrong, _fn1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            habit_id=v['habit_id'],\n            day=_fn1(v['day']),\n            skipped=v['skipped'],\n        )\n    return build\n": _21,
    "def __make__(_cls, _other, _wrong, _fn1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            lesson_id=v['lesson_id'],\n            day=_fn1(v['day']),\n            completed=v['completed'],\n        )\n    return build\n": _22,
    "def __make__(_cls, _other, _wrong, _fn1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        return _cls(\n            habit_id=v['habit_id'],\n            day=_fn1(v['day']),\n            text=v['text'],\n            base=v['base'],\n            append=v['append'],\n        )\n    return build\n": _23,
    "def __make__(_cls, _other, _wrong, _fn1, _inner2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            habit_id=v['habit_id'],\n            day=_fn1(v['day']),\n            amount=(None if (x := v['amount']) is None else _inner2(x)),\n        )\n    return build\n": _24,
    "def __make__(_cls, _other, _wrong, _fn2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            key=v['key'],\n            text=v['text'],\n            at=_fn2(v['at']),\n            base=v['base'],\n        )\n    return build\n": _25,
    "def __make__(_cls, _other, _wrong, _fn2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            step_id=v['step_id'],\n            text=v['text'],\n            at=_fn2(v['at']),\n            base=v['base'],\n        )\n    return build\n": _26,
    "def __make__(_cls, _other, _wrong, _fn2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        return _cls(\n            habit_id=v['habit_id'],\n            title=v['title'],\n            target=_fn2(v['target']),\n            why=v['why'],\n            title_base=v['title_base'],\n        )\n    return build\n": _27,
    "def __make__(_cls, _other, _wrong, _fn3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            lesson_id=v['lesson_id'],\n            section=v['section'],\n            section_index=v['section_index'],\n            at=_fn3(v['at']),\n        )\n    return build\n": _28,
    "def __make__(_cls, _other, _wrong, _inner1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            questionnaire=v['questionnaire'],\n            draft=(None if (x := v['draft']) is None else _inner1(x)),\n        )\n    return build\n": _29,
    "def __make__(_cls, _other, _wrong, _inner2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            done=v['done'],\n            skipped=v['skipped'],\n            amount=(None if (x := v['amount']) is None else _inner2(x)),\n            note=v['note'],\n        )\n    return build\n": _30,
    "def __make__(_cls, _other, _wrong, _item0):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 1:\n            return _other(v)\n        return _cls(\n            changes=(tuple(map(_item0, x)) if (x := v['changes']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _31,
    "def __make__(_cls, _other, _wrong, _item1, _inner2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            script_id=v['script_id'],\n            values=(tuple(map(_item1, x)) if (x := v['values']).__class__ is list else _wrong(x)),\n            base=(None if (x := v['base']) is None else _inner2(x)),\n        )\n    return build\n": _32,
    "def __make__(_cls, _other, _wrong, _item1, _item2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            habit_id=v['habit_id'],\n            fields=(tuple(map(_item1, x)) if (x := v['fields']).__class__ is list else _wrong(x)),\n            days=(tuple(map(_item2, x)) if (x := v['days']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _33,
}
