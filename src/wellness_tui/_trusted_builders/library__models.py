"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.library.models's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            title=v['title'],
            text=v['text'],
        )
    return build


def _1(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            id=v['id'],
            label=v['label'],
            hint=v['hint'],
        )
    return build


def _2(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            id=v['id'],
            text=v['text'],
            hint=v['hint'],
        )
    return build


def _3(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            ref=v['ref'],
            position=v['position'],
            line=v['line'],
        )
    return build


def _4(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            id=v['id'],
            text=v['text'],
            correct=v['correct'],
            explanation=v['explanation'],
        )
    return build


def _5(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            id=v['id'],
            title=v['title'],
            markdown=v['markdown'],
            line=v['line'],
        )
    return build


def _6(_cls, _other, _wrong, _fn0, _item1, _fn2, _item3):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            meta=_fn0(v['meta']),
            lessons=(tuple(map(_item1, x)) if (x := v['lessons']).__class__ is list else _wrong(x)),
            path=_fn2(v['path']),
            habit_refs=(tuple(map(_item3, x)) if (x := v['habit_refs']).__class__ is list else _wrong(x)),
        )
    return build


def _7(_cls, _other, _wrong, _fn3):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            id=v['id'],
            title=v['title'],
            why=v['why'],
            target=_fn3(v['target']),
        )
    return build


def _8(_cls, _other, _wrong, _fn4, _item5, _item6, _item7, _fn8):
    def build(v):
        if v.__class__ is not dict or len(v) != 10:
            return _other(v)
        return _cls(
            id=v['id'],
            title=v['title'],
            minutes=v['minutes'],
            note=v['note'],
            activity=_fn4(v['activity']),
            prompts=(list(map(_item5, x)) if (x := v['prompts']).__class__ is list else _wrong(x)),
            questions=(list(map(_item6, x)) if (x := v['questions']).__class__ is list else _wrong(x)),
            sections=(list(map(_item7, x)) if (x := v['sections']).__class__ is list else _wrong(x)),
            path=_fn8(v['path']),
            module_id=v['module_id'],
        )
    return build


def _9(_cls, _other, _wrong, _fn5):
    def build(v):
        if v.__class__ is not dict or len(v) != 6:
            return _other(v)
        return _cls(
            name=v['name'],
            region=v['region'],
            how=v['how'],
            notes=v['notes'],
            source=v['source'],
            checked=_fn5(v['checked']),
        )
    return build


def _10(_cls, _other, _wrong, _inner3):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            title=v['title'],
            publisher=v['publisher'],
            url=v['url'],
            checked=(None if (x := v['checked']) is None else _inner3(x)),
        )
    return build


def _11(_cls, _other, _wrong, _item2):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            id=v['id'],
            text=v['text'],
            choices=(list(map(_item2, x)) if (x := v['choices']).__class__ is list else _wrong(x)),
        )
    return build


def _12(_cls, _other, _wrong, _item3):
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


def _13(_cls, _other, _wrong, _item5, _item6):
    def build(v):
        if v.__class__ is not dict or len(v) != 7:
            return _other(v)
        return _cls(
            id=v['id'],
            title=v['title'],
            summary=v['summary'],
            order=v['order'],
            note=v['note'],
            habits=(list(map(_item5, x)) if (x := v['habits']).__class__ is list else _wrong(x)),
            sources=(list(map(_item6, x)) if (x := v['sources']).__class__ is list else _wrong(x)),
        )
    return build


BUILDERS = {
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            title=v['title'],\n            text=v['text'],\n        )\n    return build\n": _0,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            label=v['label'],\n            hint=v['hint'],\n        )\n    return build\n": _1,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            text=v['text'],\n            hint=v['hint'],\n        )\n    return build\n": _2,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            ref=v['ref'],\n            position=v['position'],\n            line=v['line'],\n        )\n    return build\n": _3,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            text=v['text'],\n            correct=v['correct'],\n            explanation=v['explanation'],\n        )\n    return build\n": _4,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            title=v['title'],\n            markdown=v['markdown'],\n            line=v['line'],\n        )\n    return build\n": _5,
    "def __make__(_cls, _other, _wrong, _fn0, _item1, _fn2, _item3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            meta=_fn0(v['meta']),\n            lessons=(tuple(map(_item1, x)) if (x := v['lessons']).__class__ is list else _wrong(x)),\n            path=_fn2(v['path']),\n            habit_refs=(tuple(map(_item3, x)) if (x := v['habit_refs']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _6,
    "def __make__(_cls, _other, _wrong, _fn3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            title=v['title'],\n            why=v['why'],\n            target=_fn3(v['target']),\n        )\n    return build\n": _7,
    "def __make__(_cls, _other, _wrong, _fn4, _item5, _item6, _item7, _fn8):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 10:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            title=v['title'],\n            minutes=v['minutes'],\n            note=v['note'],\n            activity=_fn4(v['activity']),\n            prompts=(list(map(_item5, x)) if (x := v['prompts']).__class__ is list else _wrong(x)),\n            questions=(list(map(_item6, x)) if (x := v['questions']).__class__ is list else _wrong(x)),\n            sections=(list(map(_item7, x)) if (x := v['sections']).__class__ is list else _wrong(x)),\n            path=_fn8(v['path']),\n            module_id=v['module_id'],\n        )\n    return build\n": _8,
    "def __make__(_cls, _other, _wrong, _fn5):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 6:\n            return _other(v)\n        return _cls(\n            name=v['name'],\n            region=v['region'],\n            how=v['how'],\n            notes=v['notes'],\n            source=v['source'],\n            checked=_fn5(v['checked']),\n        )\n    return build\n": _9,
    "def __make__(_cls, _other, _wrong, _inner3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            title=v['title'],\n            publisher=v['publisher'],\n            url=v['url'],\n            checked=(None if (x := v['checked']) is None else _inner3(x)),\n        )\n    return build\n": _10,
    "def __make__(_cls, _other, _wrong, _item2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            text=v['text'],\n            choices=(list(map(_item2, x)) if (x := v['choices']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _11,
    "def __make__(_cls, _other, _wrong, _item3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            title=v['title'],\n            text=v['text'],\n            blanks=(list(map(_item3, x)) if (x := v['blanks']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _12,
    "def __make__(_cls, _other, _wrong, _item5, _item6):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 7:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            title=v['title'],\n            summary=v['summary'],\n            order=v['order'],\n            note=v['note'],\n            habits=(list(map(_item5, x)) if (x := v['habits']).__class__ is list else _wrong(x)),\n            sources=(list(map(_item6, x)) if (x := v['sources']).__class__ is list else _wrong(x)),\n        )\n    return build\n": _13,
}
