"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.profile.models's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            text=v['text'],
            pros=v['pros'],
            cons=v['cons'],
        )
    return build


def _1(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            id=v['id'],
            name=v['name'],
            how_they_help=v['how_they_help'],
            reach=v['reach'],
        )
    return build


def _2(_cls, _other, _wrong):
    def build(v):
        if v.__class__ is not dict or len(v) != 6:
            return _other(v)
        return _cls(
            id=v['id'],
            what=v['what'],
            started=v['started'],
            stopped=v['stopped'],
            how_it_went=v['how_it_went'],
            side_effects=v['side_effects'],
        )
    return build


def _3(_cls, _other, _wrong, _allowed0, _fn1, _fn4):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        return _cls(
            questionnaire=(x if (x := v['questionnaire']) in _allowed0 else _wrong(x)),
            day=_fn1(v['day']),
            answers=v['answers'],
            difficulty=v['difficulty'],
            updated=_fn4(v['updated']),
        )
    return build


def _4(_cls, _other, _wrong, _allowed1, _fn2, _fn6, _fn7):
    def build(v):
        if v.__class__ is not dict or len(v) != 8:
            return _other(v)
        return _cls(
            id=v['id'],
            questionnaire=(x if (x := v['questionnaire']) in _allowed1 else _wrong(x)),
            day=_fn2(v['day']),
            answers=v['answers'],
            difficulty=v['difficulty'],
            in_report=v['in_report'],
            created=_fn6(v['created']),
            updated=_fn7(v['updated']),
        )
    return build


def _5(_cls, _other, _wrong, _allowed3, _item8):
    def build(v):
        if v.__class__ is not dict or len(v) != 11:
            return _other(v)
        return _cls(
            name=v['name'],
            theme=v['theme'],
            day_end_hour=v['day_end_hour'],
            week_start=(x if (x := v['week_start']) in _allowed3 else _wrong(x)),
            show_streaks=v['show_streaks'],
            reduced_motion=v['reduced_motion'],
            focus_modules=v['focus_modules'],
            selfcheck_offer=v['selfcheck_offer'],
            remind_of=(list(map(_item8, x)) if (x := v['remind_of']).__class__ is list else _wrong(x)),
            quiet_hours=v['quiet_hours'],
            safety_plan_readable=v['safety_plan_readable'],
        )
    return build


def _6(_cls, _other, _wrong, _fn0, _inner1):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            start=_fn0(v['start']),
            end=(None if (x := v['end']) is None else _inner1(x)),
        )
    return build


def _7(_cls, _other, _wrong, _fn1):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        return _cls(
            text=v['text'],
            updated=_fn1(v['updated']),
        )
    return build


def _8(_cls, _other, _wrong, _fn1, _allowed2, _allowed4):
    def build(v):
        if v.__class__ is not dict or len(v) != 7:
            return _other(v)
        return _cls(
            id=v['id'],
            day=_fn1(v['day']),
            kind=(x if (x := v['kind']) in _allowed2 else _wrong(x)),
            what=v['what'],
            severity=(x if (x := v['severity']) in _allowed4 else _wrong(x)),
            related_to=v['related_to'],
            notes=v['notes'],
        )
    return build


def _9(_cls, _other, _wrong, _fn1, _fn3, _item4, _item5, _item7, _key9, _item9, _fn10, _item11, _item12, _fn13, _item14, _item15, _key17, _item18, _item19, _item20, _item21, _item22, _item23):
    def build(v):
        if v.__class__ is not dict or len(v) != 24:
            return _other(v)
        return _cls(
            schema_version=v['schema_version'],
            created=_fn1(v['created']),
            welcomed=v['welcomed'],
            settings=_fn3(v['settings']),
            habits=(list(map(_item4, x)) if (x := v['habits']).__class__ is list else _wrong(x)),
            lessons=({a: _item5(b) for a, b in x.items()} if (x := v['lessons']).__class__ is dict else _wrong(x)),
            last_lesson=v['last_lesson'],
            answers=({a: _item7(b) for a, b in x.items()} if (x := v['answers']).__class__ is dict else _wrong(x)),
            checks=v['checks'],
            checkins=({_key9(a): _item9(b) for a, b in x.items()} if (x := v['checkins']).__class__ is dict else _wrong(x)),
            safety_plan=_fn10(v['safety_plan']),
            contacts=(list(map(_item11, x)) if (x := v['contacts']).__class__ is list else _wrong(x)),
            questions=(list(map(_item12, x)) if (x := v['questions']).__class__ is list else _wrong(x)),
            appointment=_fn13(v['appointment']),
            log=(list(map(_item14, x)) if (x := v['log']).__class__ is list else _wrong(x)),
            treatments=(list(map(_item15, x)) if (x := v['treatments']).__class__ is list else _wrong(x)),
            scripts=v['scripts'],
            values=(dict(zip(map(_key17, x), x.values(), strict=True)) if (x := v['values']).__class__ is dict else _wrong(x)),
            activities=(list(map(_item18, x)) if (x := v['activities']).__class__ is list else _wrong(x)),
            plans=(list(map(_item19, x)) if (x := v['plans']).__class__ is list else _wrong(x)),
            thought_records=(list(map(_item20, x)) if (x := v['thought_records']).__class__ is list else _wrong(x)),
            problem_sheets=(list(map(_item21, x)) if (x := v['problem_sheets']).__class__ is list else _wrong(x)),
            selfchecks=(list(map(_item22, x)) if (x := v['selfchecks']).__class__ is list else _wrong(x)),
            selfcheck_drafts=({a: _item23(b) for a, b in x.items()} if (x := v['selfcheck_drafts']).__class__ is dict else _wrong(x)),
        )
    return build


def _10(_cls, _other, _wrong, _fn12, _fn13):
    def build(v):
        if v.__class__ is not dict or len(v) != 14:
            return _other(v)
        return _cls(
            id=v['id'],
            situation=v['situation'],
            feelings=v['feelings'],
            feelings_strength=v['feelings_strength'],
            thought=v['thought'],
            belief=v['belief'],
            traps=v['traps'],
            supports=v['supports'],
            against=v['against'],
            balanced=v['balanced'],
            belief_now=v['belief_now'],
            feelings_now=v['feelings_now'],
            created=_fn12(v['created']),
            updated=_fn13(v['updated']),
        )
    return build


def _11(_cls, _other, _wrong, _fn2, _inner3):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        return _cls(
            id=v['id'],
            text=v['text'],
            added=_fn2(v['added']),
            asked=(None if (x := v['asked']) is None else _inner3(x)),
            answer=v['answer'],
        )
    return build


def _12(_cls, _other, _wrong, _fn2, _inner3, _allowed4, _item11, _fn12, _fn13):
    def build(v):
        if v.__class__ is not dict or len(v) != 14:
            return _other(v)
        return _cls(
            id=v['id'],
            activity=v['activity'],
            day=_fn2(v['day']),
            when=(None if (x := v['when']) is None else _inner3(x)),
            state=(x if (x := v['state']) in _allowed4 else _wrong(x)),
            planned=v['planned'],
            enjoyment=v['enjoyment'],
            achievement=v['achievement'],
            mood_before=v['mood_before'],
            mood_after=v['mood_after'],
            note=v['note'],
            moved_from=(list(map(_item11, x)) if (x := v['moved_from']).__class__ is list else _wrong(x)),
            created=_fn12(v['created']),
            updated=_fn13(v['updated']),
        )
    return build


def _13(_cls, _other, _wrong, _fn3, _fn5, _item7, _item8, _item9, _key10, _item10, _key11):
    def build(v):
        if v.__class__ is not dict or len(v) != 12:
            return _other(v)
        return _cls(
            id=v['id'],
            title=v['title'],
            why=v['why'],
            target=_fn3(v['target']),
            suggestion=v['suggestion'],
            created=_fn5(v['created']),
            archived=v['archived'],
            paused=(list(map(_item7, x)) if (x := v['paused']).__class__ is list else _wrong(x)),
            done=(list(map(_item8, x)) if (x := v['done']).__class__ is list else _wrong(x)),
            skipped=(list(map(_item9, x)) if (x := v['skipped']).__class__ is list else _wrong(x)),
            amounts=({_key10(a): _item10(b) for a, b in x.items()} if (x := v['amounts']).__class__ is dict else _wrong(x)),
            notes=(dict(zip(map(_key11, x), x.values(), strict=True)) if (x := v['notes']).__class__ is dict else _wrong(x)),
        )
    return build


def _14(_cls, _other, _wrong, _inner0):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            day=(None if (x := v['day']) is None else _inner0(x)),
            with_whom=v['with_whom'],
            notes=v['notes'],
        )
    return build


def _15(_cls, _other, _wrong, _inner2):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        return _cls(
            steps=v['steps'],
            people=v['people'],
            updated=(None if (x := v['updated']) is None else _inner2(x)),
        )
    return build


def _16(_cls, _other, _wrong, _inner2, _allowed3, _allowed4, _fn5):
    def build(v):
        if v.__class__ is not dict or len(v) != 7:
            return _other(v)
        return _cls(
            id=v['id'],
            title=v['title'],
            area=(None if (x := v['area']) is None else _inner2(x)),
            brings=(x if (x := v['brings']) in _allowed3 else _wrong(x)),
            effort=(x if (x := v['effort']) in _allowed4 else _wrong(x)),
            created=_fn5(v['created']),
            archived=v['archived'],
        )
    return build


def _17(_cls, _other, _wrong, _inner2, _inner3):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        return _cls(
            section=v['section'],
            section_index=v['section_index'],
            completed=(None if (x := v['completed']) is None else _inner2(x)),
            opened=(None if (x := v['opened']) is None else _inner3(x)),
        )
    return build


def _18(_cls, _other, _wrong, _inner2, _inner6):
    def build(v):
        if v.__class__ is not dict or len(v) != 7:
            return _other(v)
        return _cls(
            mood=v['mood'],
            energy=v['energy'],
            sleep_hours=(None if (x := v['sleep_hours']) is None else _inner2(x)),
            sleep_quality=v['sleep_quality'],
            note=v['note'],
            tags=v['tags'],
            updated=(None if (x := v['updated']) is None else _inner6(x)),
        )
    return build


def _19(_cls, _other, _wrong, _item2, _inner5, _fn9, _fn10):
    def build(v):
        if v.__class__ is not dict or len(v) != 11:
            return _other(v)
        return _cls(
            id=v['id'],
            problem=v['problem'],
            options=(list(map(_item2, x)) if (x := v['options']).__class__ is list else _wrong(x)),
            chosen=v['chosen'],
            step=v['step'],
            step_day=(None if (x := v['step_day']) is None else _inner5(x)),
            how_it_went=v['how_it_went'],
            what_next=v['what_next'],
            habit_id=v['habit_id'],
            created=_fn9(v['created']),
            updated=_fn10(v['updated']),
        )
    return build


BUILDERS = {
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            text=v['text'],\n            pros=v['pros'],\n            cons=v['cons'],\n        )\n    return build\n": _0,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            name=v['name'],\n            how_they_help=v['how_they_help'],\n            reach=v['reach'],\n        )\n    return build\n": _1,
    "def __make__(_cls, _other, _wrong):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 6:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            what=v['what'],\n            started=v['started'],\n            stopped=v['stopped'],\n            how_it_went=v['how_it_went'],\n            side_effects=v['side_effects'],\n        )\n    return build\n": _2,
    "def __make__(_cls, _other, _wrong, _allowed0, _fn1, _fn4):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        return _cls(\n            questionnaire=(x if (x := v['questionnaire']) in _allowed0 else _wrong(x)),\n            day=_fn1(v['day']),\n            answers=v['answers'],\n            difficulty=v['difficulty'],\n            updated=_fn4(v['updated']),\n        )\n    return build\n": _3,
    "def __make__(_cls, _other, _wrong, _allowed1, _fn2, _fn6, _fn7):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 8:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            questionnaire=(x if (x := v['questionnaire']) in _allowed1 else _wrong(x)),\n            day=_fn2(v['day']),\n            answers=v['answers'],\n            difficulty=v['difficulty'],\n            in_report=v['in_report'],\n            created=_fn6(v['created']),\n            updated=_fn7(v['updated']),\n        )\n    return build\n": _4,
    "def __make__(_cls, _other, _wrong, _allowed3, _item8):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 11:\n            return _other(v)\n        return _cls(\n            name=v['name'],\n            theme=v['theme'],\n            day_end_hour=v['day_end_hour'],\n            week_start=(x if (x := v['week_start']) in _allowed3 else _wrong(x)),\n            show_streaks=v['show_streaks'],\n            reduced_motion=v['reduced_motion'],\n            focus_modules=v['focus_modules'],\n            selfcheck_offer=v['selfcheck_offer'],\n            remind_of=(list(map(_item8, x)) if (x := v['remind_of']).__class__ is list else _wrong(x)),\n            quiet_hours=v['quiet_hours'],\n            safety_plan_readable=v['safety_plan_readable'],\n        )\n    return build\n": _5,
    "def __make__(_cls, _other, _wrong, _fn0, _inner1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            start=_fn0(v['start']),\n            end=(None if (x := v['end']) is None else _inner1(x)),\n        )\n    return build\n": _6,
    "def __make__(_cls, _other, _wrong, _fn1):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        return _cls(\n            text=v['text'],\n            updated=_fn1(v['updated']),\n        )\n    return build\n": _7,
    "def __make__(_cls, _other, _wrong, _fn1, _allowed2, _allowed4):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 7:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            day=_fn1(v['day']),\n            kind=(x if (x := v['kind']) in _allowed2 else _wrong(x)),\n            what=v['what'],\n            severity=(x if (x := v['severity']) in _allowed4 else _wrong(x)),\n            related_to=v['related_to'],\n            notes=v['notes'],\n        )\n    return build\n": _8,
    "def __make__(_cls, _other, _wrong, _fn1, _fn3, _item4, _item5, _item7, _key9, _item9, _fn10, _item11, _item12, _fn13, _item14, _item15, _key17, _item18, _item19, _item20, _item21, _item22, _item23):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 24:\n            return _other(v)\n        return _cls(\n            schema_version=v['schema_version'],\n            created=_fn1(v['created']),\n            welcomed=v['welcomed'],\n            settings=_fn3(v['settings']),\n            habits=(list(map(_item4, x)) if (x := v['habits']).__class__ is list else _wrong(x)),\n            lessons=({a: _item5(b) for a, b in x.items()} if (x := v['lessons']).__class__ is dict else _wrong(x)),\n            last_lesson=v['last_lesson'],\n            answers=({a: _item7(b) for a, b in x.items()} if (x := v['answers']).__class__ is dict else _wrong(x)),\n            checks=v['checks'],\n            checkins=({_key9(a): _item9(b) for a, b in x.items()} if (x := v['checkins']).__class__ is dict else _wrong(x)),\n            safety_plan=_fn10(v['safety_plan']),\n            contacts=(list(map(_item11, x)) if (x := v['contacts']).__class__ is list else _wrong(x)),\n            questions=(list(map(_item12, x)) if (x := v['questions']).__class__ is list else _wrong(x)),\n            appointment=_fn13(v['appointment']),\n            log=(list(map(_item14, x)) if (x := v['log']).__class__ is list else _wrong(x)),\n            treatments=(list(map(_item15, x)) if (x := v['treatments']).__class__ is list else _wrong(x)),\n            scripts=v['scripts'],\n            values=(dict(zip(map(_key17, x), x.values(), strict=True)) if (x := v['values']).__class__ is dict else _wrong(x)),\n            activities=(list(map(_item18, x)) if (x := v['activities']).__class__ is list else _wrong(x)),\n            plans=(list(map(_item19, x)) if (x := v['plans']).__class__ is list else _wrong(x)),\n            thought_records=(list(map(_item20, x)) if (x := v['thought_records']).__class__ is list else _wrong(x)),\n            problem_sheets=(list(map(_item21, x)) if (x := v['problem_sheets']).__class__ is list else _wrong(x)),\n            selfchecks=(list(map(_item22, x)) if (x := v['selfchecks']).__class__ is list else _wrong(x)),\n            selfcheck_drafts=({a: _item23(b) for a, b in x.items()} if (x := v['selfcheck_drafts']).__class__ is dict else _wrong(x)),\n        )\n    return build\n": _9,
    "def __make__(_cls, _other, _wrong, _fn12, _fn13):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 14:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            situation=v['situation'],\n            feelings=v['feelings'],\n            feelings_strength=v['feelings_strength'],\n            thought=v['thought'],\n            belief=v['belief'],\n            traps=v['traps'],\n            supports=v['supports'],\n            against=v['against'],\n            balanced=v['balanced'],\n            belief_now=v['belief_now'],\n            feelings_now=v['feelings_now'],\n            created=_fn12(v['created']),\n            updated=_fn13(v['updated']),\n        )\n    return build\n": _10,
    "def __make__(_cls, _other, _wrong, _fn2, _inner3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            text=v['text'],\n            added=_fn2(v['added']),\n            asked=(None if (x := v['asked']) is None else _inner3(x)),\n            answer=v['answer'],\n        )\n    return build\n": _11,
    "def __make__(_cls, _other, _wrong, _fn2, _inner3, _allowed4, _item11, _fn12, _fn13):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 14:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            activity=v['activity'],\n            day=_fn2(v['day']),\n            when=(None if (x := v['when']) is None else _inner3(x)),\n            state=(x if (x := v['state']) in _allowed4 else _wrong(x)),\n            planned=v['planned'],\n            enjoyment=v['enjoyment'],\n            achievement=v['achievement'],\n            mood_before=v['mood_before'],\n            mood_after=v['mood_after'],\n            note=v['note'],\n            moved_from=(list(map(_item11, x)) if (x := v['moved_from']).__class__ is list else _wrong(x)),\n            created=_fn12(v['created']),\n            updated=_fn13(v['updated']),\n        )\n    return build\n": _12,
    "def __make__(_cls, _other, _wrong, _fn3, _fn5, _item7, _item8, _item9, _key10, _item10, _key11):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 12:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            title=v['title'],\n            why=v['why'],\n            target=_fn3(v['target']),\n            suggestion=v['suggestion'],\n            created=_fn5(v['created']),\n            archived=v['archived'],\n            paused=(list(map(_item7, x)) if (x := v['paused']).__class__ is list else _wrong(x)),\n            done=(list(map(_item8, x)) if (x := v['done']).__class__ is list else _wrong(x)),\n            skipped=(list(map(_item9, x)) if (x := v['skipped']).__class__ is list else _wrong(x)),\n            amounts=({_key10(a): _item10(b) for a, b in x.items()} if (x := v['amounts']).__class__ is dict else _wrong(x)),\n            notes=(dict(zip(map(_key11, x), x.values(), strict=True)) if (x := v['notes']).__class__ is dict else _wrong(x)),\n        )\n    return build\n": _13,
    "def __make__(_cls, _other, _wrong, _inner0):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            day=(None if (x := v['day']) is None else _inner0(x)),\n            with_whom=v['with_whom'],\n            notes=v['notes'],\n        )\n    return build\n": _14,
    "def __make__(_cls, _other, _wrong, _inner2):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        return _cls(\n            steps=v['steps'],\n            people=v['people'],\n            updated=(None if (x := v['updated']) is None else _inner2(x)),\n        )\n    return build\n": _15,
    "def __make__(_cls, _other, _wrong, _inner2, _allowed3, _allowed4, _fn5):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 7:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            title=v['title'],\n            area=(None if (x := v['area']) is None else _inner2(x)),\n            brings=(x if (x := v['brings']) in _allowed3 else _wrong(x)),\n            effort=(x if (x := v['effort']) in _allowed4 else _wrong(x)),\n            created=_fn5(v['created']),\n            archived=v['archived'],\n        )\n    return build\n": _16,
    "def __make__(_cls, _other, _wrong, _inner2, _inner3):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        return _cls(\n            section=v['section'],\n            section_index=v['section_index'],\n            completed=(None if (x := v['completed']) is None else _inner2(x)),\n            opened=(None if (x := v['opened']) is None else _inner3(x)),\n        )\n    return build\n": _17,
    "def __make__(_cls, _other, _wrong, _inner2, _inner6):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 7:\n            return _other(v)\n        return _cls(\n            mood=v['mood'],\n            energy=v['energy'],\n            sleep_hours=(None if (x := v['sleep_hours']) is None else _inner2(x)),\n            sleep_quality=v['sleep_quality'],\n            note=v['note'],\n            tags=v['tags'],\n            updated=(None if (x := v['updated']) is None else _inner6(x)),\n        )\n    return build\n": _18,
    "def __make__(_cls, _other, _wrong, _item2, _inner5, _fn9, _fn10):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 11:\n            return _other(v)\n        return _cls(\n            id=v['id'],\n            problem=v['problem'],\n            options=(list(map(_item2, x)) if (x := v['options']).__class__ is list else _wrong(x)),\n            chosen=v['chosen'],\n            step=v['step'],\n            step_day=(None if (x := v['step_day']) is None else _inner5(x)),\n            how_it_went=v['how_it_went'],\n            what_next=v['what_next'],\n            habit_id=v['habit_id'],\n            created=_fn9(v['created']),\n            updated=_fn10(v['updated']),\n        )\n    return build\n": _19,
}
