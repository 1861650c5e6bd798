"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources wellness_tui/trusted.py writes for building wellness_tui.profile.models's classes
from JSON data, compiled once with the package; trusted.py looks each one up by its
exact text.
"""

# fmt: off

def _0(_cls, _other, _wrong, _allowed0, _fn1, _fn4, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        o = _new(_cls)
        o.questionnaire = (x if (x := v['questionnaire']) in _allowed0 else _wrong(x))
        o.day = _fn1(v['day'])
        o.answers = v['answers']
        o.difficulty = v['difficulty']
        o.updated = _fn4(v['updated'])
        return o
    return build


def _1(_cls, _other, _wrong, _allowed1, _fn2, _fn6, _fn7, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 8:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.questionnaire = (x if (x := v['questionnaire']) in _allowed1 else _wrong(x))
        o.day = _fn2(v['day'])
        o.answers = v['answers']
        o.difficulty = v['difficulty']
        o.in_report = v['in_report']
        o.created = _fn6(v['created'])
        o.updated = _fn7(v['updated'])
        return o
    return build


def _2(_cls, _other, _wrong, _allowed3, _item8, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 11:
            return _other(v)
        o = _new(_cls)
        o.name = v['name']
        o.theme = v['theme']
        o.day_end_hour = v['day_end_hour']
        o.week_start = (x if (x := v['week_start']) in _allowed3 else _wrong(x))
        o.show_streaks = v['show_streaks']
        o.reduced_motion = v['reduced_motion']
        o.focus_modules = v['focus_modules']
        o.selfcheck_offer = v['selfcheck_offer']
        o.remind_of = (list(map(_item8, x)) if (x := v['remind_of']).__class__ is list else _wrong(x))
        o.quiet_hours = v['quiet_hours']
        o.safety_plan_readable = v['safety_plan_readable']
        return o
    return build


def _3(_cls, _other, _wrong, _fn0, _inner1, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        o.start = _fn0(v['start'])
        o.end = (None if (x := v['end']) is None else _inner1(x))
        return o
    return build


def _4(_cls, _other, _wrong, _fn1, _allowed2, _allowed4, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 7:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.day = _fn1(v['day'])
        o.kind = (x if (x := v['kind']) in _allowed2 else _wrong(x))
        o.what = v['what']
        o.severity = (x if (x := v['severity']) in _allowed4 else _wrong(x))
        o.related_to = v['related_to']
        o.notes = v['notes']
        return o
    return build


def _5(_cls, _other, _wrong, _fn1, _fn3, _item4, _item5, _item7, _key9, _item9, _fn10, _item11, _item12, _fn13, _item14, _item15, _key17, _item18, _item19, _item20, _item21, _item22, _item23, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 24:
            return _other(v)
        o = _new(_cls)
        o.schema_version = v['schema_version']
        o.created = _fn1(v['created'])
        o.welcomed = v['welcomed']
        o.settings = _fn3(v['settings'])
        o.habits = (list(map(_item4, x)) if (x := v['habits']).__class__ is list else _wrong(x))
        o.lessons = ({a: _item5(b) for a, b in x.items()} if (x := v['lessons']).__class__ is dict else _wrong(x))
        o.last_lesson = v['last_lesson']
        o.answers = ({a: _item7(b) for a, b in x.items()} if (x := v['answers']).__class__ is dict else _wrong(x))
        o.checks = v['checks']
        o.checkins = ({_key9(a): _item9(b) for a, b in x.items()} if (x := v['checkins']).__class__ is dict else _wrong(x))
        o.safety_plan = _fn10(v['safety_plan'])
        o.contacts = (list(map(_item11, x)) if (x := v['contacts']).__class__ is list else _wrong(x))
        o.questions = (list(map(_item12, x)) if (x := v['questions']).__class__ is list else _wrong(x))
        o.appointment = _fn13(v['appointment'])
        o.log = (list(map(_item14, x)) if (x := v['log']).__class__ is list else _wrong(x))
        o.treatments = (list(map(_item15, x)) if (x := v['treatments']).__class__ is list else _wrong(x))
        o.scripts = v['scripts']
        o.values = (dict(zip(map(_key17, x), x.values(), strict=True)) if (x := v['values']).__class__ is dict else _wrong(x))
        o.activities = (list(map(_item18, x)) if (x := v['activities']).__class__ is list else _wrong(x))
        o.plans = (list(map(_item19, x)) if (x := v['plans']).__class__ is list else _wrong(x))
        o.thought_records = (list(map(_item20, x)) if (x := v['thought_records']).__class__ is list else _wrong(x))
        o.problem_sheets = (list(map(_item21, x)) if (x := v['problem_sheets']).__class__ is list else _wrong(x))
        o.selfchecks = (list(map(_item22, x)) if (x := v['selfchecks']).__class__ is list else _wrong(x))
        o.selfcheck_drafts = ({a: _item23(b) for a, b in x.items()} if (x := v['selfcheck_drafts']).__class__ is dict else _wrong(x))
        return o
    return build


def _6(_cls, _other, _wrong, _fn1, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 2:
            return _other(v)
        o = _new(_cls)
        o.text = v['text']
        o.updated = _fn1(v['updated'])
        return o
    return build


def _7(_cls, _other, _wrong, _fn12, _fn13, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 14:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.situation = v['situation']
        o.feelings = v['feelings']
        o.feelings_strength = v['feelings_strength']
        o.thought = v['thought']
        o.belief = v['belief']
        o.traps = v['traps']
        o.supports = v['supports']
        o.against = v['against']
        o.balanced = v['balanced']
        o.belief_now = v['belief_now']
        o.feelings_now = v['feelings_now']
        o.created = _fn12(v['created'])
        o.updated = _fn13(v['updated'])
        return o
    return build


def _8(_cls, _other, _wrong, _fn2, _inner3, _allowed4, _item11, _fn12, _fn13, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 14:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.activity = v['activity']
        o.day = _fn2(v['day'])
        o.when = (None if (x := v['when']) is None else _inner3(x))
        o.state = (x if (x := v['state']) in _allowed4 else _wrong(x))
        o.planned = v['planned']
        o.enjoyment = v['enjoyment']
        o.achievement = v['achievement']
        o.mood_before = v['mood_before']
        o.mood_after = v['mood_after']
        o.note = v['note']
        o.moved_from = (list(map(_item11, x)) if (x := v['moved_from']).__class__ is list else _wrong(x))
        o.created = _fn12(v['created'])
        o.updated = _fn13(v['updated'])
        return o
    return build


def _9(_cls, _other, _wrong, _fn2, _inner3, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 5:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.text = v['text']
        o.added = _fn2(v['added'])
        o.asked = (None if (x := v['asked']) is None else _inner3(x))
        o.answer = v['answer']
        return o
    return build


def _10(_cls, _other, _wrong, _fn3, _fn5, _item7, _item8, _item9, _key10, _item10, _key11, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 12:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.title = v['title']
        o.why = v['why']
        o.target = _fn3(v['target'])
        o.suggestion = v['suggestion']
        o.created = _fn5(v['created'])
        o.archived = v['archived']
        o.paused = (list(map(_item7, x)) if (x := v['paused']).__class__ is list else _wrong(x))
        o.done = (list(map(_item8, x)) if (x := v['done']).__class__ is list else _wrong(x))
        o.skipped = (list(map(_item9, x)) if (x := v['skipped']).__class__ is list else _wrong(x))
        o.amounts = ({_key10(a): _item10(b) for a, b in x.items()} if (x := v['amounts']).__class__ is dict else _wrong(x))
        o.notes = (dict(zip(map(_key11, x), x.values(), strict=True)) if (x := v['notes']).__class__ is dict else _wrong(x))
        return o
    return build


def _11(_cls, _other, _wrong, _inner0, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        o.day = (None if (x := v['day']) is None else _inner0(x))
        o.with_whom = v['with_whom']
        o.notes = v['notes']
        return o
    return build


def _12(_cls, _other, _wrong, _inner2, _allowed3, _allowed4, _fn5, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 7:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.title = v['title']
        o.area = (None if (x := v['area']) is None else _inner2(x))
        o.brings = (x if (x := v['brings']) in _allowed3 else _wrong(x))
        o.effort = (x if (x := v['effort']) in _allowed4 else _wrong(x))
        o.created = _fn5(v['created'])
        o.archived = v['archived']
        return o
    return build


def _13(_cls, _other, _wrong, _inner2, _inner3, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        o.section = v['section']
        o.section_index = v['section_index']
        o.completed = (None if (x := v['completed']) is None else _inner2(x))
        o.opened = (None if (x := v['opened']) is None else _inner3(x))
        return o
    return build


def _14(_cls, _other, _wrong, _inner2, _inner6, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 7:
            return _other(v)
        o = _new(_cls)
        o.mood = v['mood']
        o.energy = v['energy']
        o.sleep_hours = (None if (x := v['sleep_hours']) is None else _inner2(x))
        o.sleep_quality = v['sleep_quality']
        o.note = v['note']
        o.tags = v['tags']
        o.updated = (None if (x := v['updated']) is None else _inner6(x))
        return o
    return build


def _15(_cls, _other, _wrong, _inner2, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        o.steps = v['steps']
        o.people = v['people']
        o.updated = (None if (x := v['updated']) is None else _inner2(x))
        return o
    return build


def _16(_cls, _other, _wrong, _item2, _inner5, _fn9, _fn10, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 11:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.problem = v['problem']
        o.options = (list(map(_item2, x)) if (x := v['options']).__class__ is list else _wrong(x))
        o.chosen = v['chosen']
        o.step = v['step']
        o.step_day = (None if (x := v['step_day']) is None else _inner5(x))
        o.how_it_went = v['how_it_went']
        o.what_next = v['what_next']
        o.habit_id = v['habit_id']
        o.created = _fn9(v['created'])
        o.updated = _fn10(v['updated'])
        return o
    return build


def _17(_cls, _other, _wrong, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 3:
            return _other(v)
        o = _new(_cls)
        o.text = v['text']
        o.pros = v['pros']
        o.cons = v['cons']
        return o
    return build


def _18(_cls, _other, _wrong, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 4:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.name = v['name']
        o.how_they_help = v['how_they_help']
        o.reach = v['reach']
        return o
    return build


def _19(_cls, _other, _wrong, _new):
    def build(v):
        if v.__class__ is not dict or len(v) != 6:
            return _other(v)
        o = _new(_cls)
        o.id = v['id']
        o.what = v['what']
        o.started = v['started']
        o.stopped = v['stopped']
        o.how_it_went = v['how_it_went']
        o.side_effects = v['side_effects']
        return o
    return build


BUILDERS = {
    "def __make__(_cls, _other, _wrong, _allowed0, _fn1, _fn4, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        o = _new(_cls)\n        o.questionnaire = (x if (x := v['questionnaire']) in _allowed0 else _wrong(x))\n        o.day = _fn1(v['day'])\n        o.answers = v['answers']\n        o.difficulty = v['difficulty']\n        o.updated = _fn4(v['updated'])\n        return o\n    return build\n": _0,
    "def __make__(_cls, _other, _wrong, _allowed1, _fn2, _fn6, _fn7, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 8:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.questionnaire = (x if (x := v['questionnaire']) in _allowed1 else _wrong(x))\n        o.day = _fn2(v['day'])\n        o.answers = v['answers']\n        o.difficulty = v['difficulty']\n        o.in_report = v['in_report']\n        o.created = _fn6(v['created'])\n        o.updated = _fn7(v['updated'])\n        return o\n    return build\n": _1,
    "def __make__(_cls, _other, _wrong, _allowed3, _item8, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 11:\n            return _other(v)\n        o = _new(_cls)\n        o.name = v['name']\n        o.theme = v['theme']\n        o.day_end_hour = v['day_end_hour']\n        o.week_start = (x if (x := v['week_start']) in _allowed3 else _wrong(x))\n        o.show_streaks = v['show_streaks']\n        o.reduced_motion = v['reduced_motion']\n        o.focus_modules = v['focus_modules']\n        o.selfcheck_offer = v['selfcheck_offer']\n        o.remind_of = (list(map(_item8, x)) if (x := v['remind_of']).__class__ is list else _wrong(x))\n        o.quiet_hours = v['quiet_hours']\n        o.safety_plan_readable = v['safety_plan_readable']\n        return o\n    return build\n": _2,
    "def __make__(_cls, _other, _wrong, _fn0, _inner1, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        o.start = _fn0(v['start'])\n        o.end = (None if (x := v['end']) is None else _inner1(x))\n        return o\n    return build\n": _3,
    "def __make__(_cls, _other, _wrong, _fn1, _allowed2, _allowed4, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 7:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.day = _fn1(v['day'])\n        o.kind = (x if (x := v['kind']) in _allowed2 else _wrong(x))\n        o.what = v['what']\n        o.severity = (x if (x := v['severity']) in _allowed4 else _wrong(x))\n        o.related_to = v['related_to']\n        o.notes = v['notes']\n        return o\n    return build\n": _4,
    "def __make__(_cls, _other, _wrong, _fn1, _fn3, _item4, _item5, _item7, _key9, _item9, _fn10, _item11, _item12, _fn13, _item14, _item15, _key17, _item18, _item19, _item20, _item21, _item22, _item23, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 24:\n            return _other(v)\n        o = _new(_cls)\n        o.schema_version = v['schema_version']\n        o.created = _fn1(v['created'])\n        o.welcomed = v['welcomed']\n        o.settings = _fn3(v['settings'])\n        o.habits = (list(map(_item4, x)) if (x := v['habits']).__class__ is list else _wrong(x))\n        o.lessons = ({a: _item5(b) for a, b in x.items()} if (x := v['lessons']).__class__ is dict else _wrong(x))\n        o.last_lesson = v['last_lesson']\n        o.answers = ({a: _item7(b) for a, b in x.items()} if (x := v['answers']).__class__ is dict else _wrong(x))\n        o.checks = v['checks']\n        o.checkins = ({_key9(a): _item9(b) for a, b in x.items()} if (x := v['checkins']).__class__ is dict else _wrong(x))\n        o.safety_plan = _fn10(v['safety_plan'])\n        o.contacts = (list(map(_item11, x)) if (x := v['contacts']).__class__ is list else _wrong(x))\n        o.questions = (list(map(_item12, x)) if (x := v['questions']).__class__ is list else _wrong(x))\n        o.appointment = _fn13(v['appointment'])\n        o.log = (list(map(_item14, x)) if (x := v['log']).__class__ is list else _wrong(x))\n        o.treatments = (list(map(_item15, x)) if (x := v['treatments']).__class__ is list else _wrong(x))\n        o.scripts = v['scripts']\n        o.values = (dict(zip(map(_key17, x), x.values(), strict=True)) if (x := v['values']).__class__ is dict else _wrong(x))\n        o.activities = (list(map(_item18, x)) if (x := v['activities']).__class__ is list else _wrong(x))\n        o.plans = (list(map(_item19, x)) if (x := v['plans']).__class__ is list else _wrong(x))\n        o.thought_records = (list(map(_item20, x)) if (x := v['thought_records']).__class__ is list else _wrong(x))\n        o.problem_sheets = (list(map(_item21, x)) if (x := v['problem_sheets']).__class__ is list else _wrong(x))\n        o.selfchecks = (list(map(_item22, x)) if (x := v['selfchecks']).__class__ is list else _wrong(x))\n        o.selfcheck_drafts = ({a: _item23(b) for a, b in x.items()} if (x := v['selfcheck_drafts']).__class__ is dict else _wrong(x))\n        return o\n    return build\n": _5,
    "def __make__(_cls, _other, _wrong, _fn1, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 2:\n            return _other(v)\n        o = _new(_cls)\n        o.text = v['text']\n        o.updated = _fn1(v['updated'])\n        return o\n    return build\n": _6,
    "def __make__(_cls, _other, _wrong, _fn12, _fn13, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 14:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.situation = v['situation']\n        o.feelings = v['feelings']\n        o.feelings_strength = v['feelings_strength']\n        o.thought = v['thought']\n        o.belief = v['belief']\n        o.traps = v['traps']\n        o.supports = v['supports']\n        o.against = v['against']\n        o.balanced = v['balanced']\n        o.belief_now = v['belief_now']\n        o.feelings_now = v['feelings_now']\n        o.created = _fn12(v['created'])\n        o.updated = _fn13(v['updated'])\n        return o\n    return build\n": _7,
    "def __make__(_cls, _other, _wrong, _fn2, _inner3, _allowed4, _item11, _fn12, _fn13, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 14:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.activity = v['activity']\n        o.day = _fn2(v['day'])\n        o.when = (None if (x := v['when']) is None else _inner3(x))\n        o.state = (x if (x := v['state']) in _allowed4 else _wrong(x))\n        o.planned = v['planned']\n        o.enjoyment = v['enjoyment']\n        o.achievement = v['achievement']\n        o.mood_before = v['mood_before']\n        o.mood_after = v['mood_after']\n        o.note = v['note']\n        o.moved_from = (list(map(_item11, x)) if (x := v['moved_from']).__class__ is list else _wrong(x))\n        o.created = _fn12(v['created'])\n        o.updated = _fn13(v['updated'])\n        return o\n    return build\n": _8,
    "def __make__(_cls, _other, _wrong, _fn2, _inner3, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 5:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.text = v['text']\n        o.added = _fn2(v['added'])\n        o.asked = (None if (x := v['asked']) is None else _inner3(x))\n        o.answer = v['answer']\n        return o\n    return build\n": _9,
    "def __make__(_cls, _other, _wrong, _fn3, _fn5, _item7, _item8, _item9, _key10, _item10, _key11, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 12:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.title = v['title']\n        o.why = v['why']\n        o.target = _fn3(v['target'])\n        o.suggestion = v['suggestion']\n        o.created = _fn5(v['created'])\n        o.archived = v['archived']\n        o.paused = (list(map(_item7, x)) if (x := v['paused']).__class__ is list else _wrong(x))\n        o.done = (list(map(_item8, x)) if (x := v['done']).__class__ is list else _wrong(x))\n        o.skipped = (list(map(_item9, x)) if (x := v['skipped']).__class__ is list else _wrong(x))\n        o.amounts = ({_key10(a): _item10(b) for a, b in x.items()} if (x := v['amounts']).__class__ is dict else _wrong(x))\n        o.notes = (dict(zip(map(_key11, x), x.values(), strict=True)) if (x := v['notes']).__class__ is dict else _wrong(x))\n        return o\n    return build\n": _10,
    "def __make__(_cls, _other, _wrong, _inner0, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        o.day = (None if (x := v['day']) is None else _inner0(x))\n        o.with_whom = v['with_whom']\n        o.notes = v['notes']\n        return o\n    return build\n": _11,
    "def __make__(_cls, _other, _wrong, _inner2, _allowed3, _allowed4, _fn5, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 7:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.title = v['title']\n        o.area = (None if (x := v['area']) is None else _inner2(x))\n        o.brings = (x if (x := v['brings']) in _allowed3 else _wrong(x))\n        o.effort = (x if (x := v['effort']) in _allowed4 else _wrong(x))\n        o.created = _fn5(v['created'])\n        o.archived = v['archived']\n        return o\n    return build\n": _12,
    "def __make__(_cls, _other, _wrong, _inner2, _inner3, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        o.section = v['section']\n        o.section_index = v['section_index']\n        o.completed = (None if (x := v['completed']) is None else _inner2(x))\n        o.opened = (None if (x := v['opened']) is None else _inner3(x))\n        return o\n    return build\n": _13,
    "def __make__(_cls, _other, _wrong, _inner2, _inner6, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 7:\n            return _other(v)\n        o = _new(_cls)\n        o.mood = v['mood']\n        o.energy = v['energy']\n        o.sleep_hours = (None if (x := v['sleep_hours']) is None else _inner2(x))\n        o.sleep_quality = v['sleep_quality']\n        o.note = v['note']\n        o.tags = v['tags']\n        o.updated = (None if (x := v['updated']) is None else _inner6(x))\n        return o\n    return build\n": _14,
    "def __make__(_cls, _other, _wrong, _inner2, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        o.steps = v['steps']\n        o.people = v['people']\n        o.updated = (None if (x := v['updated']) is None else _inner2(x))\n        return o\n    return build\n": _15,
    "def __make__(_cls, _other, _wrong, _item2, _inner5, _fn9, _fn10, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 11:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.problem = v['problem']\n        o.options = (list(map(_item2, x)) if (x := v['options']).__class__ is list else _wrong(x))\n        o.chosen = v['chosen']\n        o.step = v['step']\n        o.step_day = (None if (x := v['step_day']) is None else _inner5(x))\n        o.how_it_went = v['how_it_went']\n        o.what_next = v['what_next']\n        o.habit_id = v['habit_id']\n        o.created = _fn9(v['created'])\n        o.updated = _fn10(v['updated'])\n        return o\n    return build\n": _16,
    "def __make__(_cls, _other, _wrong, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 3:\n            return _other(v)\n        o = _new(_cls)\n        o.text = v['text']\n        o.pros = v['pros']\n        o.cons = v['cons']\n        return o\n    return build\n": _17,
    "def __make__(_cls, _other, _wrong, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 4:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.name = v['name']\n        o.how_they_help = v['how_they_help']\n        o.reach = v['reach']\n        return o\n    return build\n": _18,
    "def __make__(_cls, _other, _wrong, _new):\n    def build(v):\n        if v.__class__ is not dict or len(v) != 6:\n            return _other(v)\n        o = _new(_cls)\n        o.id = v['id']\n        o.what = v['what']\n        o.started = v['started']\n        o.stopped = v['stopped']\n        o.how_it_went = v['how_it_went']\n        o.side_effects = v['side_effects']\n        return o\n    return build\n": _19,
}
