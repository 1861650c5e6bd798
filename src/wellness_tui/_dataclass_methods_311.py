"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for our classes' methods (Python 3.11), compiled once
with the package; wellness_tui/dataclass_methods.py looks each one up by its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return ()==()
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.about,self.sections,)==(other.about,other.sections,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.activity,self.base,)==(other.activity,other.base,)
  return NotImplemented
 return __eq__

def _3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.activity,self.day,self.when,self.helped,)==(other.activity,other.day,other.when,other.helped,)
  return NotImplemented
 return __eq__

def _4():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.activity_id,)==(other.activity_id,)
  return NotImplemented
 return __eq__

def _5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.activity_id,self.title,self.times,)==(other.activity_id,other.title,other.times,)
  return NotImplemented
 return __eq__

def _6():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.appointment,self.base,)==(other.appointment,other.base,)
  return NotImplemented
 return __eq__

def _7():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.area,self.text,self.base,)==(other.area,other.text,other.base,)
  return NotImplemented
 return __eq__

def _8():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.areas,)==(other.areas,)
  return NotImplemented
 return __eq__

def _9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.areas,self.problems,)==(other.areas,other.problems,)
  return NotImplemented
 return __eq__

def _10():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.changes,)==(other.changes,)
  return NotImplemented
 return __eq__

def _11():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.contact_ids,)==(other.contact_ids,)
  return NotImplemented
 return __eq__

def _12():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.current,self.best,self.unit,)==(other.current,other.best,other.unit,)
  return NotImplemented
 return __eq__

def _13():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.checkin,self.merge,self.append,self.note_base,self.tags_base,)==(other.day,other.checkin,other.merge,other.append,other.note_base,other.tags_base,)
  return NotImplemented
 return __eq__

def _14():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.greeting,self.habits,self.checkin,self.resume,self.modules,self.program,)==(other.day,other.greeting,other.habits,other.checkin,other.resume,other.modules,other.program,)
  return NotImplemented
 return __eq__

def _15():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.kind,self.label,)==(other.day,other.kind,other.label,)
  return NotImplemented
 return __eq__

def _16():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.title,self.area,self.entry,)==(other.day,other.title,other.area,other.entry,)
  return NotImplemented
 return __eq__

def _17():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.total,self.band,self.change,self.answers,self.difficulty,)==(other.day,other.total,other.band,other.change,other.answers,other.difficulty,)
  return NotImplemented
 return __eq__

def _18():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.with_whom,self.notes,)==(other.day,other.with_whom,other.notes,)
  return NotImplemented
 return __eq__

def _19():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.done,self.opened,self.stop,self.stops,self.answers,self.prompts,self.checked,self.questions,)==(other.done,other.opened,other.stop,other.stops,other.answers,other.prompts,other.checked,other.questions,)
  return NotImplemented
 return __eq__

def _20():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.done,self.skipped,self.amount,self.note,)==(other.done,other.skipped,other.amount,other.note,)
  return NotImplemented
 return __eq__

def _21():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.done,self.total,)==(other.done,other.total,)
  return NotImplemented
 return __eq__

def _22():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,)==(other.enjoyment,other.achievement,other.mood_before,other.mood_after,other.note,)
  return NotImplemented
 return __eq__

def _23():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.entry,self.force,self.base,)==(other.entry,other.force,other.base,)
  return NotImplemented
 return __eq__

def _24():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.entry,self.title,)==(other.entry,other.title,)
  return NotImplemented
 return __eq__

def _25():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.entry_id,)==(other.entry_id,)
  return NotImplemented
 return __eq__

def _26():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.event,)==(other.event,)
  return NotImplemented
 return __eq__

def _27():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.item,self.base,)==(other.field,other.item,other.base,)
  return NotImplemented
 return __eq__

def _28():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.item_id,)==(other.field,other.item_id,)
  return NotImplemented
 return __eq__

def _29():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.label,self.low,self.high,self.unit,self.aim,)==(other.field,other.label,other.low,other.high,other.unit,other.aim,)
  return NotImplemented
 return __eq__

def _30():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.label,self.low,self.high,self.whole,self.unit,self.best,self.aim,)==(other.field,other.label,other.low,other.high,other.whole,other.unit,other.best,other.aim,)
  return NotImplemented
 return __eq__

def _31():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.first,self.last,self.response,self.remission,self.words,)==(other.first,other.last,other.response,other.remission,other.words,)
  return NotImplemented
 return __eq__

def _32():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ge,self.le,self.gt,self.min_length,self.max_length,self.pattern,self.strip,)==(other.ge,other.le,other.gt,other.min_length,other.max_length,other.pattern,other.strip,)
  return NotImplemented
 return __eq__

def _33():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit,)==(other.habit,)
  return NotImplemented
 return __eq__

def _34():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit,self.index,)==(other.habit,other.index,)
  return NotImplemented
 return __eq__

def _35():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,)==(other.habit_id,)
  return NotImplemented
 return __eq__

def _36():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.archived,)==(other.habit_id,other.archived,)
  return NotImplemented
 return __eq__

def _37():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.amount,)==(other.habit_id,other.day,other.amount,)
  return NotImplemented
 return __eq__

def _38():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.done,)==(other.habit_id,other.day,other.done,)
  return NotImplemented
 return __eq__

def _39():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.paused,)==(other.habit_id,other.day,other.paused,)
  return NotImplemented
 return __eq__

def _40():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.skipped,)==(other.habit_id,other.day,other.skipped,)
  return NotImplemented
 return __eq__

def _41():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.text,self.base,self.append,)==(other.habit_id,other.day,other.text,other.base,other.append,)
  return NotImplemented
 return __eq__

def _42():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.fields,self.days,)==(other.habit_id,other.fields,other.days,)
  return NotImplemented
 return __eq__

def _43():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.title,self.target,self.state,self.detail,)==(other.habit_id,other.title,other.target,other.state,other.detail,)
  return NotImplemented
 return __eq__

def _44():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.title,self.target,self.why,self.title_base,)==(other.habit_id,other.title,other.target,other.why,other.title_base,)
  return NotImplemented
 return __eq__

def _45():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.activity,self.day,self.when,self.state,self.planned,self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,self.moved_from,self.created,self.updated,)==(other.id,other.activity,other.day,other.when,other.state,other.planned,other.enjoyment,other.achievement,other.mood_before,other.mood_after,other.note,other.moved_from,other.created,other.updated,)
  return NotImplemented
 return __eq__

def _46():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.day,self.kind,self.what,self.severity,self.related_to,self.notes,)==(other.id,other.day,other.kind,other.what,other.severity,other.related_to,other.notes,)
  return NotImplemented
 return __eq__

def _47():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.label,self.hint,)==(other.id,other.label,other.hint,)
  return NotImplemented
 return __eq__

def _48():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.label,self.kind,self.value,self.required,self.hint,self.choices,self.latest,self.check,)==(other.id,other.label,other.kind,other.value,other.required,other.hint,other.choices,other.latest,other.check,)
  return NotImplemented
 return __eq__

def _49():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.how_they_help,self.reach,)==(other.id,other.name,other.how_they_help,other.reach,)
  return NotImplemented
 return __eq__

def _50():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.problem,self.options,self.chosen,self.step,self.step_day,self.how_it_went,self.what_next,self.habit_id,self.created,self.updated,)==(other.id,other.problem,other.options,other.chosen,other.step,other.step_day,other.how_it_went,other.what_next,other.habit_id,other.created,other.updated,)
  return NotImplemented
 return __eq__

def _51():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.questionnaire,self.day,self.answers,self.difficulty,self.in_report,self.created,self.updated,)==(other.id,other.questionnaire,other.day,other.answers,other.difficulty,other.in_report,other.created,other.updated,)
  return NotImplemented
 return __eq__

def _52():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.situation,self.feelings,self.feelings_strength,self.thought,self.belief,self.traps,self.supports,self.against,self.balanced,self.belief_now,self.feelings_now,self.created,self.updated,)==(other.id,other.situation,other.feelings,other.feelings_strength,other.thought,other.belief,other.traps,other.supports,other.against,other.balanced,other.belief_now,other.feelings_now,other.created,other.updated,)
  return NotImplemented
 return __eq__

def _53():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.text,self.added,self.asked,self.answer,)==(other.id,other.text,other.added,other.asked,other.answer,)
  return NotImplemented
 return __eq__

def _54():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.text,self.choices,)==(other.id,other.text,other.choices,)
  return NotImplemented
 return __eq__

def _55():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.text,self.correct,self.explanation,)==(other.id,other.text,other.correct,other.explanation,)
  return NotImplemented
 return __eq__

def _56():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.text,self.hint,)==(other.id,other.text,other.hint,)
  return NotImplemented
 return __eq__

def _57():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.about,self.max_score,self.checks,self.outlook,self.response,self.remission,self.item_texts,self.safety_items,self.options,)==(other.id,other.title,other.about,other.max_score,other.checks,other.outlook,other.response,other.remission,other.item_texts,other.safety_items,other.options,)
  return NotImplemented
 return __eq__

def _58():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.area,self.brings,self.effort,self.created,self.archived,)==(other.id,other.title,other.area,other.brings,other.effort,other.created,other.archived,)
  return NotImplemented
 return __eq__

def _59():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.hint,self.ideas,)==(other.id,other.title,other.hint,other.ideas,)
  return NotImplemented
 return __eq__

def _60():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.markdown,self.line,)==(other.id,other.title,other.markdown,other.line,)
  return NotImplemented
 return __eq__

def _61():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.minutes,self.note,self.activity,self.prompts,self.questions,self.sections,self.path,self.module_id,)==(other.id,other.title,other.minutes,other.note,other.activity,other.prompts,other.questions,other.sections,other.path,other.module_id,)
  return NotImplemented
 return __eq__

def _62():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.name,self.about,self.instruction,self.attribution,self.source,self.checked,self.options,self.items,self.bands,self.difficulty,)==(other.id,other.title,other.name,other.about,other.instruction,other.attribution,other.source,other.checked,other.options,other.items,other.bands,other.difficulty,)
  return NotImplemented
 return __eq__

def _63():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.prompt,)==(other.id,other.title,other.prompt,)
  return NotImplemented
 return __eq__

def _64():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.summary,self.order,self.note,self.habits,self.sources,)==(other.id,other.title,other.summary,other.order,other.note,other.habits,other.sources,)
  return NotImplemented
 return __eq__

def _65():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.text,self.blanks,)==(other.id,other.title,other.text,other.blanks,)
  return NotImplemented
 return __eq__

def _66():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.why,self.target,)==(other.id,other.title,other.why,other.target,)
  return NotImplemented
 return __eq__

def _67():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.why,self.target,self.suggestion,self.created,self.archived,self.paused,self.done,self.skipped,self.amounts,self.notes,)==(other.id,other.title,other.why,other.target,other.suggestion,other.created,other.archived,other.paused,other.done,other.skipped,other.amounts,other.notes,)
  return NotImplemented
 return __eq__

def _68():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.what,self.started,self.stopped,self.how_it_went,self.side_effects,)==(other.id,other.what,other.started,other.stopped,other.how_it_went,other.side_effects,)
  return NotImplemented
 return __eq__

def _69():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.identity,)==(other.identity,)
  return NotImplemented
 return __eq__

def _70():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.choice,)==(other.key,other.choice,)
  return NotImplemented
 return __eq__

def _71():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.text,self.at,self.base,)==(other.key,other.text,other.at,other.base,)
  return NotImplemented
 return __eq__

def _72():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.title,self.target,self.why,self.archived,self.done,self.skipped,self.amounts,self.notes,self.mapping,)==(other.key,other.title,other.target,other.why,other.archived,other.done,other.skipped,other.amounts,other.notes,other.mapping,)
  return NotImplemented
 return __eq__

def _73():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keys,self.work_factor,)==(other.keys,other.work_factor,)
  return NotImplemented
 return __eq__

def _74():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kinds,self.quiet,self.quiet_text,self.from_settings,)==(other.kinds,other.quiet,other.quiet_text,other.from_settings,)
  return NotImplemented
 return __eq__

def _75():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lesson_id,self.day,self.completed,)==(other.lesson_id,other.day,other.completed,)
  return NotImplemented
 return __eq__

def _76():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lesson_id,self.section,self.section_index,self.at,)==(other.lesson_id,other.section,other.section_index,other.at,)
  return NotImplemented
 return __eq__

def _77():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,)==(other.lines,)
  return NotImplemented
 return __eq__

def _78():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.low,self.high,self.edge,self.band,)==(other.low,other.high,other.edge,other.band,)
  return NotImplemented
 return __eq__

def _79():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.low,self.high,self.label,)==(other.low,other.high,other.label,)
  return NotImplemented
 return __eq__

def _80():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.measure,self.start,self.values,)==(other.measure,other.start,other.values,)
  return NotImplemented
 return __eq__

def _81():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.measure,self.values,self.average,self.minimum,self.maximum,self.count,)==(other.measure,other.values,other.average,other.minimum,other.maximum,other.count,)
  return NotImplemented
 return __eq__

def _82():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.message,)==(other.message,)
  return NotImplemented
 return __eq__

def _83():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.meta,self.lessons,self.path,self.habit_refs,)==(other.meta,other.lessons,other.path,other.habit_refs,)
  return NotImplemented
 return __eq__

def _84():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.module,self.lesson,self.stop_index,self.first,)==(other.module,other.lesson,other.stop_index,other.first,)
  return NotImplemented
 return __eq__

def _85():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.modules,self.problems,self.crisis_lines,self.crisis_from_file,self.scripts,)==(other.modules,other.problems,other.crisis_lines,other.crisis_from_file,other.scripts,)
  return NotImplemented
 return __eq__

def _86():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.mood,self.energy,self.sleep_hours,self.sleep_quality,self.note,self.tags,)==(other.mood,other.energy,other.sleep_hours,other.sleep_quality,other.note,other.tags,)
  return NotImplemented
 return __eq__

def _87():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.mood,self.energy,self.sleep_hours,self.sleep_quality,self.note,self.tags,self.updated,)==(other.mood,other.energy,other.sleep_hours,other.sleep_quality,other.note,other.tags,other.updated,)
  return NotImplemented
 return __eq__

def _88():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.kind,self.n_with,self.n_without,self.mood_with,self.mood_without,self.energy_with,self.energy_without,self.more_with,self.more_without,)==(other.name,other.kind,other.n_with,other.n_without,other.mood_with,other.mood_without,other.energy_with,other.energy_without,other.more_with,other.more_without,)
  return NotImplemented
 return __eq__

def _89():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.kind,self.with_days,self.without_days,self.shifts,)==(other.name,other.kind,other.with_days,other.without_days,other.shifts,)
  return NotImplemented
 return __eq__

def _90():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.region,self.how,self.notes,self.source,self.checked,)==(other.name,other.region,other.how,other.notes,other.source,other.checked,)
  return NotImplemented
 return __eq__

def _91():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.theme,self.day_end_hour,self.week_start,self.show_streaks,self.reduced_motion,self.focus_modules,self.selfcheck_offer,self.remind_of,self.quiet_hours,self.safety_plan_readable,)==(other.name,other.theme,other.day_end_hour,other.week_start,other.show_streaks,other.reduced_motion,other.focus_modules,other.selfcheck_offer,other.remind_of,other.quiet_hours,other.safety_plan_readable,)
  return NotImplemented
 return __eq__

def _92():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.number,self.text,self.safety,)==(other.number,other.text,other.safety,)
  return NotImplemented
 return __eq__

def _93():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ops,)==(other.ops,)
  return NotImplemented
 return __eq__

def _94():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ops,self.bad,self.torn,self.other_checkpoint,self.folded,self.newer,self.lines,self.first_at,self.complete,)==(other.ops,other.bad,other.torn,other.other_checkpoint,other.folded,other.newer,other.lines,other.first_at,other.complete,)
  return NotImplemented
 return __eq__

def _95():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ops,self.label,self.message,)==(other.ops,other.label,other.message,)
  return NotImplemented
 return __eq__

def _96():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ops,self.new_checkins,self.filled_checkins,self.new_habits,self.merged_habits,self.habit_days,self.left_out,)==(other.ops,other.new_checkins,other.filled_checkins,other.new_habits,other.merged_habits,other.habit_days,other.left_out,)
  return NotImplemented
 return __eq__

def _97():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.message,self.severity,)==(other.path,other.line,other.message,other.severity,)
  return NotImplemented
 return __eq__

def _98():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.per_week,self.days,self.at_least,self.at_most,self.unit,)==(other.per_week,other.days,other.at_least,other.at_most,other.unit,)
  return NotImplemented
 return __eq__

def _99():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.profile,)==(other.profile,)
  return NotImplemented
 return __eq__

def _100():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.question_id,self.step,)==(other.question_id,other.step,)
  return NotImplemented
 return __eq__

def _101():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.questionnaire,self.day,self.answers,self.difficulty,self.updated,)==(other.questionnaire,other.day,other.answers,other.difficulty,other.updated,)
  return NotImplemented
 return __eq__

def _102():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.questionnaire,self.draft,)==(other.questionnaire,other.draft,)
  return NotImplemented
 return __eq__

def _103():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.questionnaire,self.start,self.days,self.checks,)==(other.questionnaire,other.start,other.days,other.checks,)
  return NotImplemented
 return __eq__

def _104():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.questionnaires,self.answers,self.attribution,)==(other.questionnaires,other.answers,other.attribution,)
  return NotImplemented
 return __eq__

def _105():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ref,self.position,self.line,)==(other.ref,other.position,other.line,)
  return NotImplemented
 return __eq__

def _106():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.schema_version,self.created,self.welcomed,self.settings,self.habits,self.lessons,self.last_lesson,self.answers,self.checks,self.checkins,self.safety_plan,self.contacts,self.questions,self.appointment,self.log,self.treatments,self.scripts,self.values,self.activities,self.plans,self.thought_records,self.problem_sheets,self.selfchecks,self.selfcheck_drafts,)==(other.schema_version,other.created,other.welcomed,other.settings,other.habits,other.lessons,other.last_lesson,other.answers,other.checks,other.checkins,other.safety_plan,other.contacts,other.questions,other.appointment,other.log,other.treatments,other.scripts,other.values,other.activities,other.plans,other.thought_records,other.problem_sheets,other.selfchecks,other.selfcheck_drafts,)
  return NotImplemented
 return __eq__

def _107():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.script_id,self.values,self.base,)==(other.script_id,other.values,other.base,)
  return NotImplemented
 return __eq__

def _108():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.scripts,)==(other.scripts,)
  return NotImplemented
 return __eq__

def _109():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.section,self.section_index,self.completed,self.opened,)==(other.section,other.section_index,other.completed,other.opened,)
  return NotImplemented
 return __eq__

def _110():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.selfcheck,)==(other.selfcheck,)
  return NotImplemented
 return __eq__

def _111():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.selfcheck_id,self.in_report,)==(other.selfcheck_id,other.in_report,)
  return NotImplemented
 return __eq__

def _112():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.share,self.days,self.done,self.counted,self.excused,)==(other.share,other.days,other.done,other.counted,other.excused,)
  return NotImplemented
 return __eq__

def _113():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.entries,self.days,self.habits,self.rules,self.unmapped,)==(other.source,other.entries,other.days,other.habits,other.rules,other.unmapped,)
  return NotImplemented
 return __eq__

def _114():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,)==(other.start,other.end,)
  return NotImplemented
 return __eq__

def _115():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.helped,self.others,)==(other.start,other.end,other.helped,other.others,)
  return NotImplemented
 return __eq__

def _116():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.made,self.name,self.measures,self.checkins,self.habits,self.log,self.open_questions,self.answered_questions,self.treatments,self.lessons_done,self.modules_done,self.appointment,self.notes,self.activities,self.reflections,self.patterns,self.thoughts,self.problems,self.selfchecks,)==(other.start,other.end,other.made,other.name,other.measures,other.checkins,other.habits,other.log,other.open_questions,other.answered_questions,other.treatments,other.lessons_done,other.modules_done,other.appointment,other.notes,other.activities,other.reflections,other.patterns,other.thoughts,other.problems,other.selfchecks,)
  return NotImplemented
 return __eq__

def _117():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.next_day,self.checkins,self.comparisons,)==(other.start,other.end,other.next_day,other.checkins,other.comparisons,)
  return NotImplemented
 return __eq__

def _118():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.planned,self.done,self.let_go,self.average_enjoyment,self.average_achievement,)==(other.start,other.end,other.planned,other.done,other.let_go,other.average_enjoyment,other.average_achievement,)
  return NotImplemented
 return __eq__

def _119():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.planned,self.done_planned,self.let_go,self.still_open,self.logged,self.average_enjoyment,self.average_achievement,self.top_enjoyment,self.top_achievement,self.mood,self.mood_weeks,self.smaller,self.days,)==(other.start,other.end,other.planned,other.done_planned,other.let_go,other.still_open,other.logged,other.average_enjoyment,other.average_achievement,other.top_enjoyment,other.top_achievement,other.mood,other.mood_weeks,other.smaller,other.days,)
  return NotImplemented
 return __eq__

def _120():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.step_id,self.text,self.at,self.base,)==(other.step_id,other.text,other.at,other.base,)
  return NotImplemented
 return __eq__

def _121():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.steps,self.people,self.updated,)==(other.steps,other.people,other.updated,)
  return NotImplemented
 return __eq__

def _122():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.store,self.library,self.clock,self.undo_stack,self.saved_elsewhere,self.not_saved,)==(other.store,other.library,other.clock,other.undo_stack,other.saved_elsewhere,other.not_saved,)
  return NotImplemented
 return __eq__

def _123():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.options,)==(other.text,other.options,)
  return NotImplemented
 return __eq__

def _124():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.pros,self.cons,)==(other.text,other.pros,other.cons,)
  return NotImplemented
 return __eq__

def _125():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.updated,)==(other.text,other.updated,)
  return NotImplemented
 return __eq__

def _126():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.threshold,self.more_mood,self.more_days,self.fewer_mood,self.fewer_days,)==(other.threshold,other.more_mood,other.more_days,other.fewer_mood,other.fewer_days,)
  return NotImplemented
 return __eq__

def _127():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.average,self.times,)==(other.title,other.average,other.times,)
  return NotImplemented
 return __eq__

def _128():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.average_enjoyment,self.average_achievement,self.times,)==(other.title,other.average_enjoyment,other.average_achievement,other.times,)
  return NotImplemented
 return __eq__

def _129():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.brings,self.effort,)==(other.title,other.brings,other.effort,)
  return NotImplemented
 return __eq__

def _130():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.lines,)==(other.title,other.lines,)
  return NotImplemented
 return __eq__

def _131():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.publisher,self.url,self.checked,)==(other.title,other.publisher,other.url,other.checked,)
  return NotImplemented
 return __eq__

def _132():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.target,)==(other.title,other.target,)
  return NotImplemented
 return __eq__

def _133():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.target,self.done,self.share,)==(other.title,other.target,other.done,other.share,)
  return NotImplemented
 return __eq__

def _134():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.text,)==(other.title,other.text,)
  return NotImplemented
 return __eq__

def _135():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.text,)==(other.value,other.text,)
  return NotImplemented
 return __eq__

def _136():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.weeks,self.cells,self.row_names,)==(other.weeks,other.cells,other.row_names,)
  return NotImplemented
 return __eq__

def _137():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.weeks,self.cells,self.row_names,self.start,self.end,)==(other.weeks,other.cells,other.row_names,other.start,other.end,)
  return NotImplemented
 return __eq__

def _138():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.weeks,self.rated_highest,self.entries,)==(other.weeks,other.rated_highest,other.entries,)
  return NotImplemented
 return __eq__

def _139():
 def __hash__(self):
  return hash(())
 return __hash__

def _140():
 def __hash__(self):
  return hash((self.activity,self.base,))
 return __hash__

def _141():
 def __hash__(self):
  return hash((self.activity,self.day,self.when,self.helped,))
 return __hash__

def _142():
 def __hash__(self):
  return hash((self.activity_id,))
 return __hash__

def _143():
 def __hash__(self):
  return hash((self.activity_id,self.title,self.times,))
 return __hash__

def _144():
 def __hash__(self):
  return hash((self.appointment,self.base,))
 return __hash__

def _145():
 def __hash__(self):
  return hash((self.area,self.text,self.base,))
 return __hash__

def _146():
 def __hash__(self):
  return hash((self.areas,))
 return __hash__

def _147():
 def __hash__(self):
  return hash((self.changes,))
 return __hash__

def _148():
 def __hash__(self):
  return hash((self.contact_ids,))
 return __hash__

def _149():
 def __hash__(self):
  return hash((self.current,self.best,self.unit,))
 return __hash__

def _150():
 def __hash__(self):
  return hash((self.day,self.checkin,self.merge,self.append,self.note_base,self.tags_base,))
 return __hash__

def _151():
 def __hash__(self):
  return hash((self.day,self.greeting,self.habits,self.checkin,self.resume,self.modules,self.program,))
 return __hash__

def _152():
 def __hash__(self):
  return hash((self.day,self.kind,self.label,))
 return __hash__

def _153():
 def __hash__(self):
  return hash((self.day,self.title,self.area,self.entry,))
 return __hash__

def _154():
 def __hash__(self):
  return hash((self.day,self.total,self.band,self.change,self.answers,self.difficulty,))
 return __hash__

def _155():
 def __hash__(self):
  return hash((self.done,self.opened,self.stop,self.stops,self.answers,self.prompts,self.checked,self.questions,))
 return __hash__

def _156():
 def __hash__(self):
  return hash((self.done,self.skipped,self.amount,self.note,))
 return __hash__

def _157():
 def __hash__(self):
  return hash((self.done,self.total,))
 return __hash__

def _158():
 def __hash__(self):
  return hash((self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,))
 return __hash__

def _159():
 def __hash__(self):
  return hash((self.entry,self.force,self.base,))
 return __hash__

def _160():
 def __hash__(self):
  return hash((self.entry,self.title,))
 return __hash__

def _161():
 def __hash__(self):
  return hash((self.entry_id,))
 return __hash__

def _162():
 def __hash__(self):
  return hash((self.field,self.item,self.base,))
 return __hash__

def _163():
 def __hash__(self):
  return hash((self.field,self.item_id,))
 return __hash__

def _164():
 def __hash__(self):
  return hash((self.field,self.label,self.low,self.high,self.unit,self.aim,))
 return __hash__

def _165():
 def __hash__(self):
  return hash((self.field,self.label,self.low,self.high,self.whole,self.unit,self.best,self.aim,))
 return __hash__

def _166():
 def __hash__(self):
  return hash((self.first,self.last,self.response,self.remission,self.words,))
 return __hash__

def _167():
 def __hash__(self):
  return hash((self.ge,self.le,self.gt,self.min_length,self.max_length,self.pattern,self.strip,))
 return __hash__

def _168():
 def __hash__(self):
  return hash((self.habit,))
 return __hash__

def _169():
 def __hash__(self):
  return hash((self.habit,self.index,))
 return __hash__

def _170():
 def __hash__(self):
  return hash((self.habit_id,))
 return __hash__

def _171():
 def __hash__(self):
  return hash((self.habit_id,self.archived,))
 return __hash__

def _172():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.amount,))
 return __hash__

def _173():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.done,))
 return __hash__

def _174():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.paused,))
 return __hash__

def _175():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.skipped,))
 return __hash__

def _176():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.text,self.base,self.append,))
 return __hash__

def _177():
 def __hash__(self):
  return hash((self.habit_id,self.fields,self.days,))
 return __hash__

def _178():
 def __hash__(self):
  return hash((self.habit_id,self.title,self.target,self.state,self.detail,))
 return __hash__

def _179():
 def __hash__(self):
  return hash((self.habit_id,self.title,self.target,self.why,self.title_base,))
 return __hash__

def _180():
 def __hash__(self):
  return hash((self.id,self.label,self.hint,))
 return __hash__

def _181():
 def __hash__(self):
  return hash((self.id,self.label,self.kind,self.value,self.required,self.hint,self.choices,self.latest,self.check,))
 return __hash__

def _182():
 def __hash__(self):
  return hash((self.id,self.text,self.choices,))
 return __hash__

def _183():
 def __hash__(self):
  return hash((self.id,self.text,self.correct,self.explanation,))
 return __hash__

def _184():
 def __hash__(self):
  return hash((self.id,self.text,self.hint,))
 return __hash__

def _185():
 def __hash__(self):
  return hash((self.id,self.title,self.about,self.max_score,self.checks,self.outlook,self.response,self.remission,self.item_texts,self.safety_items,self.options,))
 return __hash__

def _186():
 def __hash__(self):
  return hash((self.id,self.title,self.hint,self.ideas,))
 return __hash__

def _187():
 def __hash__(self):
  return hash((self.id,self.title,self.markdown,self.line,))
 return __hash__

def _188():
 def __hash__(self):
  return hash((self.id,self.title,self.minutes,self.note,self.activity,self.prompts,self.questions,self.sections,self.path,self.module_id,))
 return __hash__

def _189():
 def __hash__(self):
  return hash((self.id,self.title,self.name,self.about,self.instruction,self.attribution,self.source,self.checked,self.options,self.items,self.bands,self.difficulty,))
 return __hash__

def _190():
 def __hash__(self):
  return hash((self.id,self.title,self.prompt,))
 return __hash__

def _191():
 def __hash__(self):
  return hash((self.id,self.title,self.summary,self.order,self.note,self.habits,self.sources,))
 return __hash__

def _192():
 def __hash__(self):
  return hash((self.id,self.title,self.text,self.blanks,))
 return __hash__

def _193():
 def __hash__(self):
  return hash((self.id,self.title,self.why,self.target,))
 return __hash__

def _194():
 def __hash__(self):
  return hash((self.identity,))
 return __hash__

def _195():
 def __hash__(self):
  return hash((self.key,self.choice,))
 return __hash__

def _196():
 def __hash__(self):
  return hash((self.key,self.text,self.at,self.base,))
 return __hash__

def _197():
 def __hash__(self):
  return hash((self.keys,self.work_factor,))
 return __hash__

def _198():
 def __hash__(self):
  return hash((self.kinds,self.quiet,self.quiet_text,self.from_settings,))
 return __hash__

def _199():
 def __hash__(self):
  return hash((self.lesson_id,self.day,self.completed,))
 return __hash__

def _200():
 def __hash__(self):
  return hash((self.lesson_id,self.section,self.section_index,self.at,))
 return __hash__

def _201():
 def __hash__(self):
  return hash((self.lines,))
 return __hash__

def _202():
 def __hash__(self):
  return hash((self.low,self.high,self.edge,self.band,))
 return __hash__

def _203():
 def __hash__(self):
  return hash((self.low,self.high,self.label,))
 return __hash__

def _204():
 def __hash__(self):
  return hash((self.measure,self.start,self.values,))
 return __hash__

def _205():
 def __hash__(self):
  return hash((self.measure,self.values,self.average,self.minimum,self.maximum,self.count,))
 return __hash__

def _206():
 def __hash__(self):
  return hash((self.message,))
 return __hash__

def _207():
 def __hash__(self):
  return hash((self.meta,self.lessons,self.path,self.habit_refs,))
 return __hash__

def _208():
 def __hash__(self):
  return hash((self.module,self.lesson,self.stop_index,self.first,))
 return __hash__

def _209():
 def __hash__(self):
  return hash((self.name,self.kind,self.n_with,self.n_without,self.mood_with,self.mood_without,self.energy_with,self.energy_without,self.more_with,self.more_without,))
 return __hash__

def _210():
 def __hash__(self):
  return hash((self.name,self.kind,self.with_days,self.without_days,self.shifts,))
 return __hash__

def _211():
 def __hash__(self):
  return hash((self.name,self.region,self.how,self.notes,self.source,self.checked,))
 return __hash__

def _212():
 def __hash__(self):
  return hash((self.number,self.text,self.safety,))
 return __hash__

def _213():
 def __hash__(self):
  return hash((self.ops,))
 return __hash__

def _214():
 def __hash__(self):
  return hash((self.ops,self.label,self.message,))
 return __hash__

def _215():
 def __hash__(self):
  return hash((self.path,self.line,self.message,self.severity,))
 return __hash__

def _216():
 def __hash__(self):
  return hash((self.per_week,self.days,self.at_least,self.at_most,self.unit,))
 return __hash__

def _217():
 def __hash__(self):
  return hash((self.profile,))
 return __hash__

def _218():
 def __hash__(self):
  return hash((self.question_id,self.step,))
 return __hash__

def _219():
 def __hash__(self):
  return hash((self.questionnaire,self.draft,))
 return __hash__

def _220():
 def __hash__(self):
  return hash((self.questionnaire,self.start,self.days,self.checks,))
 return __hash__

def _221():
 def __hash__(self):
  return hash((self.questionnaires,self.answers,self.attribution,))
 return __hash__

def _222():
 def __hash__(self):
  return hash((self.ref,self.position,self.line,))
 return __hash__

def _223():
 def __hash__(self):
  return hash((self.script_id,self.values,self.base,))
 return __hash__

def _224():
 def __hash__(self):
  return hash((self.scripts,))
 return __hash__

def _225():
 def __hash__(self):
  return hash((self.selfcheck,))
 return __hash__

def _226():
 def __hash__(self):
  return hash((self.selfcheck_id,self.in_report,))
 return __hash__

def _227():
 def __hash__(self):
  return hash((self.share,self.days,self.done,self.counted,self.excused,))
 return __hash__

def _228():
 def __hash__(self):
  return hash((self.start,self.end,self.helped,self.others,))
 return __hash__

def _229():
 def __hash__(self):
  return hash((self.start,self.end,self.next_day,self.checkins,self.comparisons,))
 return __hash__

def _230():
 def __hash__(self):
  return hash((self.start,self.end,self.planned,self.done,self.let_go,self.average_enjoyment,self.average_achievement,))
 return __hash__

def _231():
 def __hash__(self):
  return hash((self.start,self.end,self.planned,self.done_planned,self.let_go,self.still_open,self.logged,self.average_enjoyment,self.average_achievement,self.top_enjoyment,self.top_achievement,self.mood,self.mood_weeks,self.smaller,self.days,))
 return __hash__

def _232():
 def __hash__(self):
  return hash((self.step_id,self.text,self.at,self.base,))
 return __hash__

def _233():
 def __hash__(self):
  return hash((self.text,self.options,))
 return __hash__

def _234():
 def __hash__(self):
  return hash((self.threshold,self.more_mood,self.more_days,self.fewer_mood,self.fewer_days,))
 return __hash__

def _235():
 def __hash__(self):
  return hash((self.title,self.average,self.times,))
 return __hash__

def _236():
 def __hash__(self):
  return hash((self.title,self.average_enjoyment,self.average_achievement,self.times,))
 return __hash__

def _237():
 def __hash__(self):
  return hash((self.title,self.brings,self.effort,))
 return __hash__

def _238():
 def __hash__(self):
  return hash((self.title,self.publisher,self.url,self.checked,))
 return __hash__

def _239():
 def __hash__(self):
  return hash((self.title,self.target,))
 return __hash__

def _240():
 def __hash__(self):
  return hash((self.title,self.target,self.done,self.share,))
 return __hash__

def _241():
 def __hash__(self):
  return hash((self.title,self.text,))
 return __hash__

def _242():
 def __hash__(self):
  return hash((self.value,self.text,))
 return __hash__

def _243():
 def __hash__(self):
  return hash((self.weeks,self.cells,self.row_names,))
 return __hash__

def _244():
 def __hash__(self):
  return hash((self.weeks,self.cells,self.row_names,self.start,self.end,))
 return __hash__

def _245():
 def __hash__(self):
  return hash((self.weeks,self.rated_highest,self.entries,))
 return __hash__

def _246():
 def __repr__(self):
  return self.__class__.__qualname__ + f"()"
 return __repr__

def _247():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(about={self.about!r}, sections={self.sections!r})"
 return __repr__

def _248():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(activity={self.activity!r}, base={self.base!r})"
 return __repr__

def _249():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(activity={self.activity!r}, day={self.day!r}, when={self.when!r}, helped={self.helped!r})"
 return __repr__

def _250():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(activity_id={self.activity_id!r})"
 return __repr__

def _251():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(activity_id={self.activity_id!r}, title={self.title!r}, times={self.times!r})"
 return __repr__

def _252():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(appointment={self.appointment!r}, base={self.base!r})"
 return __repr__

def _253():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(area={self.area!r}, text={self.text!r}, base={self.base!r})"
 return __repr__

def _254():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(areas={self.areas!r})"
 return __repr__

def _255():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(areas={self.areas!r}, problems={self.problems!r})"
 return __repr__

def _256():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(changes={self.changes!r})"
 return __repr__

def _257():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(contact_ids={self.contact_ids!r})"
 return __repr__

def _258():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(current={self.current!r}, best={self.best!r}, unit={self.unit!r})"
 return __repr__

def _259():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, checkin={self.checkin!r}, merge={self.merge!r}, append={self.append!r}, note_base={self.note_base!r}, tags_base={self.tags_base!r})"
 return __repr__

def _260():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, greeting={self.greeting!r}, habits={self.habits!r}, checkin={self.checkin!r}, resume={self.resume!r}, modules={self.modules!r}, program={self.program!r})"
 return __repr__

def _261():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, kind={self.kind!r}, label={self.label!r})"
 return __repr__

def _262():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, title={self.title!r}, area={self.area!r}, entry={self.entry!r})"
 return __repr__

def _263():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, total={self.total!r}, band={self.band!r}, change={self.change!r}, answers={self.answers!r}, difficulty={self.difficulty!r})"
 return __repr__

def _264():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, with_whom={self.with_whom!r}, notes={self.notes!r})"
 return __repr__

def _265():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(done={self.done!r}, opened={self.opened!r}, stop={self.stop!r}, stops={self.stops!r}, answers={self.answers!r}, prompts={self.prompts!r}, checked={self.checked!r}, questions={self.questions!r})"
 return __repr__

def _266():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(done={self.done!r}, skipped={self.skipped!r}, amount={self.amount!r}, note={self.note!r})"
 return __repr__

def _267():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(done={self.done!r}, total={self.total!r})"
 return __repr__

def _268():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(enjoyment={self.enjoyment!r}, achievement={self.achievement!r}, mood_before={self.mood_before!r}, mood_after={self.mood_after!r}, note={self.note!r})"
 return __repr__

def _269():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(entry={self.entry!r}, force={self.force!r}, base={self.base!r})"
 return __repr__

def _270():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(entry={self.entry!r}, title={self.title!r})"
 return __repr__

def _271():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(entry_id={self.entry_id!r})"
 return __repr__

def _272():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(event={self.event!r})"
 return __repr__

def _273():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, item={self.item!r}, base={self.base!r})"
 return __repr__

def _274():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, item_id={self.item_id!r})"
 return __repr__

def _275():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, label={self.label!r}, low={self.low!r}, high={self.high!r}, unit={self.unit!r}, aim={self.aim!r})"
 return __repr__

def _276():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, label={self.label!r}, low={self.low!r}, high={self.high!r}, whole={self.whole!r}, unit={self.unit!r}, best={self.best!r}, aim={self.aim!r})"
 return __repr__

def _277():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(first={self.first!r}, last={self.last!r}, response={self.response!r}, remission={self.remission!r}, words={self.words!r})"
 return __repr__

def _278():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ge={self.ge!r}, le={self.le!r}, gt={self.gt!r}, min_length={self.min_length!r}, max_length={self.max_length!r}, pattern={self.pattern!r}, strip={self.strip!r})"
 return __repr__

def _279():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit={self.habit!r})"
 return __repr__

def _280():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit={self.habit!r}, index={self.index!r})"
 return __repr__

def _281():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r})"
 return __repr__

def _282():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, archived={self.archived!r})"
 return __repr__

def _283():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, amount={self.amount!r})"
 return __repr__

def _284():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, done={self.done!r})"
 return __repr__

def _285():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, paused={self.paused!r})"
 return __repr__

def _286():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, skipped={self.skipped!r})"
 return __repr__

def _287():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, text={self.text!r}, base={self.base!r}, append={self.append!r})"
 return __repr__

def _288():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, fields={self.fields!r}, days={self.days!r})"
 return __repr__

def _289():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, title={self.title!r}, target={self.target!r}, state={self.state!r}, detail={self.detail!r})"
 return __repr__

def _290():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, title={self.title!r}, target={self.target!r}, why={self.why!r}, title_base={self.title_base!r})"
 return __repr__

def _291():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, activity={self.activity!r}, day={self.day!r}, when={self.when!r}, state={self.state!r}, planned={self.planned!r}, enjoyment={self.enjoyment!r}, achievement={self.achievement!r}, mood_before={self.mood_before!r}, mood_after={self.mood_after!r}, note={self.note!r}, moved_from={self.moved_from!r}, created={self.created!r}, updated={self.updated!r})"
 return __repr__

def _292():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, day={self.day!r}, kind={self.kind!r}, what={self.what!r}, severity={self.severity!r}, related_to={self.related_to!r}, notes={self.notes!r})"
 return __repr__

def _293():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, hint={self.hint!r})"
 return __repr__

def _294():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, kind={self.kind!r}, value={self.value!r}, required={self.required!r}, hint={self.hint!r}, choices={self.choices!r}, latest={self.latest!r}, check={self.check!r})"
 return __repr__

def _295():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, how_they_help={self.how_they_help!r}, reach={self.reach!r})"
 return __repr__

def _296():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, problem={self.problem!r}, options={self.options!r}, chosen={self.chosen!r}, step={self.step!r}, step_day={self.step_day!r}, how_it_went={self.how_it_went!r}, what_next={self.what_next!r}, habit_id={self.habit_id!r}, created={self.created!r}, updated={self.updated!r})"
 return __repr__

def _297():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, questionnaire={self.questionnaire!r}, day={self.day!r}, answers={self.answers!r}, difficulty={self.difficulty!r}, in_report={self.in_report!r}, created={self.created!r}, updated={self.updated!r})"
 return __repr__

def _298():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, situation={self.situation!r}, feelings={self.feelings!r}, feelings_strength={self.feelings_strength!r}, thought={self.thought!r}, belief={self.belief!r}, traps={self.traps!r}, supports={self.supports!r}, against={self.against!r}, balanced={self.balanced!r}, belief_now={self.belief_now!r}, feelings_now={self.feelings_now!r}, created={self.created!r}, updated={self.updated!r})"
 return __repr__

def _299():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, added={self.added!r}, asked={self.asked!r}, answer={self.answer!r})"
 return __repr__

def _300():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, choices={self.choices!r})"
 return __repr__

def _301():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, correct={self.correct!r}, explanation={self.explanation!r})"
 return __repr__

def _302():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, hint={self.hint!r})"
 return __repr__

def _303():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, about={self.about!r}, max_score={self.max_score!r}, checks={self.checks!r}, outlook={self.outlook!r}, response={self.response!r}, remission={self.remission!r}, item_texts={self.item_texts!r}, safety_items={self.safety_items!r}, options={self.options!r})"
 return __repr__

def _304():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, area={self.area!r}, brings={self.brings!r}, effort={self.effort!r}, created={self.created!r}, archived={self.archived!r})"
 return __repr__

def _305():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, hint={self.hint!r}, ideas={self.ideas!r})"
 return __repr__

def _306():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, markdown={self.markdown!r}, line={self.line!r})"
 return __repr__

def _307():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, minutes={self.minutes!r}, note={self.note!r}, activity={self.activity!r}, prompts={self.prompts!r}, questions={self.questions!r}, sections={self.sections!r}, path={self.path!r}, module_id={self.module_id!r})"
 return __repr__

def _308():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, name={self.name!r}, about={self.about!r}, instruction={self.instruction!r}, attribution={self.attribution!r}, source={self.source!r}, checked={self.checked!r}, options={self.options!r}, items={self.items!r}, bands={self.bands!r}, difficulty={self.difficulty!r})"
 return __repr__

def _309():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, prompt={self.prompt!r})"
 return __repr__

def _310():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, summary={self.summary!r}, order={self.order!r}, note={self.note!r}, habits={self.habits!r}, sources={self.sources!r})"
 return __repr__

def _311():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, text={self.text!r}, blanks={self.blanks!r})"
 return __repr__

def _312():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, why={self.why!r}, target={self.target!r})"
 return __repr__

def _313():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, why={self.why!r}, target={self.target!r}, suggestion={self.suggestion!r}, created={self.created!r}, archived={self.archived!r}, paused={self.paused!r}, done={self.done!r}, skipped={self.skipped!r}, amounts={self.amounts!r}, notes={self.notes!r})"
 return __repr__

def _314():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, what={self.what!r}, started={self.started!r}, stopped={self.stopped!r}, how_it_went={self.how_it_went!r}, side_effects={self.side_effects!r})"
 return __repr__

def _315():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(identity={self.identity!r})"
 return __repr__

def _316():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, choice={self.choice!r})"
 return __repr__

def _317():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, text={self.text!r}, at={self.at!r}, base={self.base!r})"
 return __repr__

def _318():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, title={self.title!r}, target={self.target!r}, why={self.why!r}, archived={self.archived!r}, done={self.done!r}, skipped={self.skipped!r}, amounts={self.amounts!r}, notes={self.notes!r}, mapping={self.mapping!r})"
 return __repr__

def _319():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keys={self.keys!r}, work_factor={self.work_factor!r})"
 return __repr__

def _320():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kinds={self.kinds!r}, quiet={self.quiet!r}, quiet_text={self.quiet_text!r}, from_settings={self.from_settings!r})"
 return __repr__

def _321():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lesson_id={self.lesson_id!r}, day={self.day!r}, completed={self.completed!r})"
 return __repr__

def _322():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lesson_id={self.lesson_id!r}, section={self.section!r}, section_index={self.section_index!r}, at={self.at!r})"
 return __repr__

def _323():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r})"
 return __repr__

def _324():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, edge={self.edge!r}, band={self.band!r})"
 return __repr__

def _325():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, label={self.label!r})"
 return __repr__

def _326():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(measure={self.measure!r}, start={self.start!r}, values={self.values!r})"
 return __repr__

def _327():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(measure={self.measure!r}, values={self.values!r}, average={self.average!r}, minimum={self.minimum!r}, maximum={self.maximum!r}, count={self.count!r})"
 return __repr__

def _328():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(message={self.message!r})"
 return __repr__

def _329():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(meta={self.meta!r}, lessons={self.lessons!r}, path={self.path!r}, habit_refs={self.habit_refs!r})"
 return __repr__

def _330():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(module={self.module!r}, lesson={self.lesson!r}, stop_index={self.stop_index!r}, first={self.first!r})"
 return __repr__

def _331():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(modules={self.modules!r}, problems={self.problems!r}, crisis_lines={self.crisis_lines!r}, crisis_from_file={self.crisis_from_file!r}, scripts={self.scripts!r})"
 return __repr__

def _332():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(mood={self.mood!r}, energy={self.energy!r}, sleep_hours={self.sleep_hours!r}, sleep_quality={self.sleep_quality!r}, note={self.note!r}, tags={self.tags!r})"
 return __repr__

def _333():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(mood={self.mood!r}, energy={self.energy!r}, sleep_hours={self.sleep_hours!r}, sleep_quality={self.sleep_quality!r}, note={self.note!r}, tags={self.tags!r}, updated={self.updated!r})"
 return __repr__

def _334():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, n_with={self.n_with!r}, n_without={self.n_without!r}, mood_with={self.mood_with!r}, mood_without={self.mood_without!r}, energy_with={self.energy_with!r}, energy_without={self.energy_without!r}, more_with={self.more_with!r}, more_without={self.more_without!r})"
 return __repr__

def _335():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, with_days={self.with_days!r}, without_days={self.without_days!r}, shifts={self.shifts!r})"
 return __repr__

def _336():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, region={self.region!r}, how={self.how!r}, notes={self.notes!r}, source={self.source!r}, checked={self.checked!r})"
 return __repr__

def _337():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, theme={self.theme!r}, day_end_hour={self.day_end_hour!r}, week_start={self.week_start!r}, show_streaks={self.show_streaks!r}, reduced_motion={self.reduced_motion!r}, focus_modules={self.focus_modules!r}, selfcheck_offer={self.selfcheck_offer!r}, remind_of={self.remind_of!r}, quiet_hours={self.quiet_hours!r}, safety_plan_readable={self.safety_plan_readable!r})"
 return __repr__

def _338():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(number={self.number!r}, text={self.text!r}, safety={self.safety!r})"
 return __repr__

def _339():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ops={self.ops!r})"
 return __repr__

def _340():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ops={self.ops!r}, bad={self.bad!r}, torn={self.torn!r}, other_checkpoint={self.other_checkpoint!r}, folded={self.folded!r}, newer={self.newer!r}, lines={self.lines!r}, first_at={self.first_at!r}, complete={self.complete!r})"
 return __repr__

def _341():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ops={self.ops!r}, label={self.label!r}, message={self.message!r})"
 return __repr__

def _342():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ops={self.ops!r}, new_checkins={self.new_checkins!r}, filled_checkins={self.filled_checkins!r}, new_habits={self.new_habits!r}, merged_habits={self.merged_habits!r}, habit_days={self.habit_days!r}, left_out={self.left_out!r})"
 return __repr__

def _343():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r}, message={self.message!r}, severity={self.severity!r})"
 return __repr__

def _344():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(per_week={self.per_week!r}, days={self.days!r}, at_least={self.at_least!r}, at_most={self.at_most!r}, unit={self.unit!r})"
 return __repr__

def _345():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(profile={self.profile!r})"
 return __repr__

def _346():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(question_id={self.question_id!r}, step={self.step!r})"
 return __repr__

def _347():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, day={self.day!r}, answers={self.answers!r}, difficulty={self.difficulty!r}, updated={self.updated!r})"
 return __repr__

def _348():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, draft={self.draft!r})"
 return __repr__

def _349():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, start={self.start!r}, days={self.days!r}, checks={self.checks!r})"
 return __repr__

def _350():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(questionnaires={self.questionnaires!r}, answers={self.answers!r}, attribution={self.attribution!r})"
 return __repr__

def _351():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ref={self.ref!r}, position={self.position!r}, line={self.line!r})"
 return __repr__

def _352():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(schema_version={self.schema_version!r}, created={self.created!r}, welcomed={self.welcomed!r}, settings={self.settings!r}, habits={self.habits!r}, lessons={self.lessons!r}, last_lesson={self.last_lesson!r}, answers={self.answers!r}, checks={self.checks!r}, checkins={self.checkins!r}, safety_plan={self.safety_plan!r}, contacts={self.contacts!r}, questions={self.questions!r}, appointment={self.appointment!r}, log={self.log!r}, treatments={self.treatments!r}, scripts={self.scripts!r}, values={self.values!r}, activities={self.activities!r}, plans={self.plans!r}, thought_records={self.thought_records!r}, problem_sheets={self.problem_sheets!r}, selfchecks={self.selfchecks!r}, selfcheck_drafts={self.selfcheck_drafts!r})"
 return __repr__

def _353():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(script_id={self.script_id!r}, values={self.values!r}, base={self.base!r})"
 return __repr__

def _354():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(scripts={self.scripts!r})"
 return __repr__

def _355():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(section={self.section!r}, section_index={self.section_index!r}, completed={self.completed!r}, opened={self.opened!r})"
 return __repr__

def _356():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(selfcheck={self.selfcheck!r})"
 return __repr__

def _357():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(selfcheck_id={self.selfcheck_id!r}, in_report={self.in_report!r})"
 return __repr__

def _358():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(share={self.share!r}, days={self.days!r}, done={self.done!r}, counted={self.counted!r}, excused={self.excused!r})"
 return __repr__

def _359():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, entries={self.entries!r}, days={self.days!r}, habits={self.habits!r}, rules={self.rules!r}, unmapped={self.unmapped!r})"
 return __repr__

def _360():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"
 return __repr__

def _361():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, helped={self.helped!r}, others={self.others!r})"
 return __repr__

def _362():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, made={self.made!r}, name={self.name!r}, measures={self.measures!r}, checkins={self.checkins!r}, habits={self.habits!r}, log={self.log!r}, open_questions={self.open_questions!r}, answered_questions={self.answered_questions!r}, treatments={self.treatments!r}, lessons_done={self.lessons_done!r}, modules_done={self.modules_done!r}, appointment={self.appointment!r}, notes={self.notes!r}, activities={self.activities!r}, reflections={self.reflections!r}, patterns={self.patterns!r}, thoughts={self.thoughts!r}, problems={self.problems!r}, selfchecks={self.selfchecks!r})"
 return __repr__

def _363():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, next_day={self.next_day!r}, checkins={self.checkins!r}, comparisons={self.comparisons!r})"
 return __repr__

def _364():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, planned={self.planned!r}, done={self.done!r}, let_go={self.let_go!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r})"
 return __repr__

def _365():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, planned={self.planned!r}, done_planned={self.done_planned!r}, let_go={self.let_go!r}, still_open={self.still_open!r}, logged={self.logged!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r}, top_enjoyment={self.top_enjoyment!r}, top_achievement={self.top_achievement!r}, mood={self.mood!r}, mood_weeks={self.mood_weeks!r}, smaller={self.smaller!r}, days={self.days!r})"
 return __repr__

def _366():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(step_id={self.step_id!r}, text={self.text!r}, at={self.at!r}, base={self.base!r})"
 return __repr__

def _367():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(steps={self.steps!r}, people={self.people!r}, updated={self.updated!r})"
 return __repr__

def _368():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(store={self.store!r}, library={self.library!r}, clock={self.clock!r}, undo_stack={self.undo_stack!r}, saved_elsewhere={self.saved_elsewhere!r}, not_saved={self.not_saved!r})"
 return __repr__

def _369():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, options={self.options!r})"
 return __repr__

def _370():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, pros={self.pros!r}, cons={self.cons!r})"
 return __repr__

def _371():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, updated={self.updated!r})"
 return __repr__

def _372():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(threshold={self.threshold!r}, more_mood={self.more_mood!r}, more_days={self.more_days!r}, fewer_mood={self.fewer_mood!r}, fewer_days={self.fewer_days!r})"
 return __repr__

def _373():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, average={self.average!r}, times={self.times!r})"
 return __repr__

def _374():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r}, times={self.times!r})"
 return __repr__

def _375():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, brings={self.brings!r}, effort={self.effort!r})"
 return __repr__

def _376():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, lines={self.lines!r})"
 return __repr__

def _377():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, publisher={self.publisher!r}, url={self.url!r}, checked={self.checked!r})"
 return __repr__

def _378():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, target={self.target!r})"
 return __repr__

def _379():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, target={self.target!r}, done={self.done!r}, share={self.share!r})"
 return __repr__

def _380():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, text={self.text!r})"
 return __repr__

def _381():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, text={self.text!r})"
 return __repr__

def _382():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, cells={self.cells!r}, row_names={self.row_names!r})"
 return __repr__

def _383():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, cells={self.cells!r}, row_names={self.row_names!r}, start={self.start!r}, end={self.end!r})"
 return __repr__

def _384():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, rated_highest={self.rated_highest!r}, entries={self.entries!r})"
 return __repr__

def _385(MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self)->_return_type:
  pass
 return __init__

def _386(_type_about, _type_sections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,about:_type_about,sections:_type_sections)->_return_type:
  self.about=about
  self.sections=sections
 return __init__

def _387(_type_activity, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,activity:_type_activity,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'activity',activity)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _388(_type_activity, _type_day, _type_when, _type_helped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,activity:_type_activity,day:_type_day,when:_type_when,helped:_type_helped)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'activity',activity)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'when',when)
  __dataclass_builtins_object__.__setattr__(self,'helped',helped)
 return __init__

def _389(_type_activity_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,activity_id:_type_activity_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'activity_id',activity_id)
 return __init__

def _390(_type_activity_id, _type_title, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,activity_id:_type_activity_id,title:_type_title,times:_type_times)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'activity_id',activity_id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'times',times)
 return __init__

def _391(_type_appointment, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,appointment:_type_appointment,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'appointment',appointment)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _392(_type_area, _type_text, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,area:_type_area,text:_type_text,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'area',area)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _393(_type_areas, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,areas:_type_areas)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'areas',areas)
 return __init__

def _394(_type_areas, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_areas, _dflt_problems, _return_type):
 def __init__(self,areas:_type_areas=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY)->_return_type:
  self.areas=_dflt_areas() if areas is _HAS_DEFAULT_FACTORY else areas
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
 return __init__

def _395(_type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,changes:_type_changes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'changes',changes)
 return __init__

def _396(_type_contact_ids, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,contact_ids:_type_contact_ids)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'contact_ids',contact_ids)
 return __init__

def _397(_type_current, _type_best, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,current:_type_current,best:_type_best,unit:_type_unit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'current',current)
  __dataclass_builtins_object__.__setattr__(self,'best',best)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
 return __init__

def _398(_type_day, _type_checkin, _type_merge, _type_append, _type_note_base, _type_tags_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merge, _dflt_append, _dflt_note_base, _dflt_tags_base, _return_type):
 def __init__(self,day:_type_day,checkin:_type_checkin,merge:_type_merge=_dflt_merge,append:_type_append=_dflt_append,note_base:_type_note_base=_dflt_note_base,tags_base:_type_tags_base=_dflt_tags_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'checkin',checkin)
  __dataclass_builtins_object__.__setattr__(self,'merge',merge)
  __dataclass_builtins_object__.__setattr__(self,'append',append)
  __dataclass_builtins_object__.__setattr__(self,'note_base',note_base)
  __dataclass_builtins_object__.__setattr__(self,'tags_base',tags_base)
 return __init__

def _399(_type_day, _type_greeting, _type_habits, _type_checkin, _type_resume, _type_modules, _type_program, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,day:_type_day,greeting:_type_greeting,habits:_type_habits,checkin:_type_checkin,resume:_type_resume,modules:_type_modules,program:_type_program)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'greeting',greeting)
  __dataclass_builtins_object__.__setattr__(self,'habits',habits)
  __dataclass_builtins_object__.__setattr__(self,'checkin',checkin)
  __dataclass_builtins_object__.__setattr__(self,'resume',resume)
  __dataclass_builtins_object__.__setattr__(self,'modules',modules)
  __dataclass_builtins_object__.__setattr__(self,'program',program)
 return __init__

def _400(_type_day, _type_kind, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,day:_type_day,kind:_type_kind,label:_type_label)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__

def _401(_type_day, _type_title, _type_area, _type_entry, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,day:_type_day,title:_type_title,area:_type_area,entry:_type_entry)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'area',area)
  __dataclass_builtins_object__.__setattr__(self,'entry',entry)
 return __init__

def _402(_type_day, _type_total, _type_band, _type_change, _type_answers, _type_difficulty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,day:_type_day,total:_type_total,band:_type_band,change:_type_change,answers:_type_answers,difficulty:_type_difficulty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'total',total)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
  __dataclass_builtins_object__.__setattr__(self,'change',change)
  __dataclass_builtins_object__.__setattr__(self,'answers',answers)
  __dataclass_builtins_object__.__setattr__(self,'difficulty',difficulty)
 return __init__

def _403(_type_day, _type_with_whom, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_day, _dflt_with_whom, _dflt_notes, _return_type):
 def __init__(self,*,day:_type_day=_dflt_day,with_whom:_type_with_whom=_dflt_with_whom,notes:_type_notes=_dflt_notes)->_return_type:
  self.day=day
  self.with_whom=with_whom
  self.notes=notes
 return __init__

def _404(_type_done, _type_opened, _type_stop, _type_stops, _type_answers, _type_prompts, _type_checked, _type_questions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,done:_type_done,opened:_type_opened,stop:_type_stop,stops:_type_stops,answers:_type_answers,prompts:_type_prompts,checked:_type_checked,questions:_type_questions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'opened',opened)
  __dataclass_builtins_object__.__setattr__(self,'stop',stop)
  __dataclass_builtins_object__.__setattr__(self,'stops',stops)
  __dataclass_builtins_object__.__setattr__(self,'answers',answers)
  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)
  __dataclass_builtins_object__.__setattr__(self,'checked',checked)
  __dataclass_builtins_object__.__setattr__(self,'questions',questions)
 return __init__

def _405(_type_done, _type_skipped, _type_amount, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done, _dflt_skipped, _dflt_amount, _dflt_note, _return_type):
 def __init__(self,done:_type_done=_dflt_done,skipped:_type_skipped=_dflt_skipped,amount:_type_amount=_dflt_amount,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)
  __dataclass_builtins_object__.__setattr__(self,'amount',amount)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

def _406(_type_done, _type_total, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,done:_type_done,total:_type_total)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'total',total)
 return __init__

def _407(_type_enjoyment, _type_achievement, _type_mood_before, _type_mood_after, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_enjoyment, _dflt_achievement, _dflt_mood_before, _dflt_mood_after, _dflt_note, _return_type):
 def __init__(self,enjoyment:_type_enjoyment=_dflt_enjoyment,achievement:_type_achievement=_dflt_achievement,mood_before:_type_mood_before=_dflt_mood_before,mood_after:_type_mood_after=_dflt_mood_after,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'enjoyment',enjoyment)
  __dataclass_builtins_object__.__setattr__(self,'achievement',achievement)
  __dataclass_builtins_object__.__setattr__(self,'mood_before',mood_before)
  __dataclass_builtins_object__.__setattr__(self,'mood_after',mood_after)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

def _408(_type_entry, _type_force, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_force, _dflt_base, _return_type):
 def __init__(self,entry:_type_entry,force:_type_force=_dflt_force,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'entry',entry)
  __dataclass_builtins_object__.__setattr__(self,'force',force)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _409(_type_entry, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,entry:_type_entry,title:_type_title)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'entry',entry)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
 return __init__

def _410(_type_entry_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,entry_id:_type_entry_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'entry_id',entry_id)
 return __init__

def _411(_type_event, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,event:_type_event)->_return_type:
  self.event=event
  self.__post_init__()
 return __init__

def _412(_type_field, _type_item, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,field:_type_field,item:_type_item,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _413(_type_field, _type_item_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,field:_type_field,item_id:_type_item_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'item_id',item_id)
 return __init__

def _414(_type_field, _type_label, _type_low, _type_high, _type_unit, _type_aim, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unit, _dflt_aim, _return_type):
 def __init__(self,field:_type_field,label:_type_label,low:_type_low,high:_type_high,unit:_type_unit=_dflt_unit,aim:_type_aim=_dflt_aim)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'aim',aim)
 return __init__

def _415(_type_field, _type_label, _type_low, _type_high, _type_whole, _type_unit, _type_best, _type_aim, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aim, _return_type):
 def __init__(self,field:_type_field,label:_type_label,low:_type_low,high:_type_high,whole:_type_whole,unit:_type_unit,best:_type_best,aim:_type_aim=_dflt_aim)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'whole',whole)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'best',best)
  __dataclass_builtins_object__.__setattr__(self,'aim',aim)
 return __init__

def _416(_type_first, _type_last, _type_response, _type_remission, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,first:_type_first,last:_type_last,response:_type_response,remission:_type_remission,words:_type_words)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'last',last)
  __dataclass_builtins_object__.__setattr__(self,'response',response)
  __dataclass_builtins_object__.__setattr__(self,'remission',remission)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
 return __init__

def _417(_type_ge, _type_le, _type_gt, _type_min_length, _type_max_length, _type_pattern, _type_strip, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ge, _dflt_le, _dflt_gt, _dflt_min_length, _dflt_max_length, _dflt_pattern, _dflt_strip, _return_type):
 def __init__(self,ge:_type_ge=_dflt_ge,le:_type_le=_dflt_le,gt:_type_gt=_dflt_gt,min_length:_type_min_length=_dflt_min_length,max_length:_type_max_length=_dflt_max_length,pattern:_type_pattern=_dflt_pattern,strip:_type_strip=_dflt_strip)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ge',ge)
  __dataclass_builtins_object__.__setattr__(self,'le',le)
  __dataclass_builtins_object__.__setattr__(self,'gt',gt)
  __dataclass_builtins_object__.__setattr__(self,'min_length',min_length)
  __dataclass_builtins_object__.__setattr__(self,'max_length',max_length)
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
  __dataclass_builtins_object__.__setattr__(self,'strip',strip)
 return __init__

def _418(_type_habit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit:_type_habit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit',habit)
 return __init__

def _419(_type_habit, _type_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _return_type):
 def __init__(self,habit:_type_habit,index:_type_index=_dflt_index)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit',habit)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
 return __init__

def _420(_type_habit_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
 return __init__

def _421(_type_habit_id, _type_archived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,archived:_type_archived)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'archived',archived)
 return __init__

def _422(_type_habit_id, _type_day, _type_amount, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,amount:_type_amount)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'amount',amount)
 return __init__

def _423(_type_habit_id, _type_day, _type_done, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,done:_type_done)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'done',done)
 return __init__

def _424(_type_habit_id, _type_day, _type_paused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,paused:_type_paused)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'paused',paused)
 return __init__

def _425(_type_habit_id, _type_day, _type_skipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,skipped:_type_skipped)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)
 return __init__

def _426(_type_habit_id, _type_day, _type_text, _type_base, _type_append, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _dflt_append, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,text:_type_text,base:_type_base=_dflt_base,append:_type_append=_dflt_append)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'append',append)
 return __init__

def _427(_type_habit_id, _type_fields, _type_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fields, _dflt_days, _return_type):
 def __init__(self,habit_id:_type_habit_id,fields:_type_fields=_dflt_fields,days:_type_days=_dflt_days)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'fields',fields)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
 return __init__

def _428(_type_habit_id, _type_title, _type_target, _type_state, _type_detail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,title:_type_title,target:_type_target,state:_type_state,detail:_type_detail)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'detail',detail)
 return __init__

def _429(_type_habit_id, _type_title, _type_target, _type_why, _type_title_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_title_base, _return_type):
 def __init__(self,habit_id:_type_habit_id,title:_type_title,target:_type_target,why:_type_why=_dflt_why,title_base:_type_title_base=_dflt_title_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'why',why)
  __dataclass_builtins_object__.__setattr__(self,'title_base',title_base)
 return __init__

def _430(_type_id, _type_activity, _type_day, _type_when, _type_state, _type_planned, _type_enjoyment, _type_achievement, _type_mood_before, _type_mood_after, _type_note, _type_moved_from, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_when, _dflt_state, _dflt_planned, _dflt_enjoyment, _dflt_achievement, _dflt_mood_before, _dflt_mood_after, _dflt_note, _dflt_moved_from, _return_type):
 def __init__(self,*,id:_type_id,activity:_type_activity,day:_type_day,when:_type_when=_dflt_when,state:_type_state=_dflt_state,planned:_type_planned=_dflt_planned,enjoyment:_type_enjoyment=_dflt_enjoyment,achievement:_type_achievement=_dflt_achievement,mood_before:_type_mood_before=_dflt_mood_before,mood_after:_type_mood_after=_dflt_mood_after,note:_type_note=_dflt_note,moved_from:_type_moved_from=_HAS_DEFAULT_FACTORY,created:_type_created,updated:_type_updated)->_return_type:
  self.id=id
  self.activity=activity
  self.day=day
  self.when=when
  self.state=state
  self.planned=planned
  self.enjoyment=enjoyment
  self.achievement=achievement
  self.mood_before=mood_before
  self.mood_after=mood_after
  self.note=note
  self.moved_from=_dflt_moved_from() if moved_from is _HAS_DEFAULT_FACTORY else moved_from
  self.created=created
  self.updated=updated
 return __init__

def _431(_type_id, _type_day, _type_kind, _type_what, _type_severity, _type_related_to, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_severity, _dflt_related_to, _dflt_notes, _return_type):
 def __init__(self,*,id:_type_id,day:_type_day,kind:_type_kind=_dflt_kind,what:_type_what,severity:_type_severity=_dflt_severity,related_to:_type_related_to=_dflt_related_to,notes:_type_notes=_dflt_notes)->_return_type:
  self.id=id
  self.day=day
  self.kind=kind
  self.what=what
  self.severity=severity
  self.related_to=related_to
  self.notes=notes
 return __init__

def _432(_type_id, _type_label, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):
 def __init__(self,*,id:_type_id,label:_type_label,hint:_type_hint=_dflt_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__

def _433(_type_id, _type_label, _type_kind, _type_value, _type_required, _type_hint, _type_choices, _type_latest, _type_check, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_value, _dflt_required, _dflt_hint, _dflt_choices, _dflt_latest, _dflt_check, _return_type):
 def __init__(self,id:_type_id,label:_type_label,kind:_type_kind=_dflt_kind,value:_type_value=_dflt_value,required:_type_required=_dflt_required,hint:_type_hint=_dflt_hint,choices:_type_choices=_HAS_DEFAULT_FACTORY,latest:_type_latest=_dflt_latest,check:_type_check=_dflt_check)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'choices',_dflt_choices() if choices is _HAS_DEFAULT_FACTORY else choices)
  __dataclass_builtins_object__.__setattr__(self,'latest',latest)
  __dataclass_builtins_object__.__setattr__(self,'check',check)
 return __init__

def _434(_type_id, _type_name, _type_how_they_help, _type_reach, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_how_they_help, _dflt_reach, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,how_they_help:_type_how_they_help=_dflt_how_they_help,reach:_type_reach=_dflt_reach)->_return_type:
  self.id=id
  self.name=name
  self.how_they_help=how_they_help
  self.reach=reach
 return __init__

def _435(_type_id, _type_problem, _type_options, _type_chosen, _type_step, _type_step_day, _type_how_it_went, _type_what_next, _type_habit_id, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_chosen, _dflt_step, _dflt_step_day, _dflt_how_it_went, _dflt_what_next, _dflt_habit_id, _return_type):
 def __init__(self,*,id:_type_id,problem:_type_problem,options:_type_options=_HAS_DEFAULT_FACTORY,chosen:_type_chosen=_dflt_chosen,step:_type_step=_dflt_step,step_day:_type_step_day=_dflt_step_day,how_it_went:_type_how_it_went=_dflt_how_it_went,what_next:_type_what_next=_dflt_what_next,habit_id:_type_habit_id=_dflt_habit_id,created:_type_created,updated:_type_updated)->_return_type:
  self.id=id
  self.problem=problem
  self.options=_dflt_options() if options is _HAS_DEFAULT_FACTORY else options
  self.chosen=chosen
  self.step=step
  self.step_day=step_day
  self.how_it_went=how_it_went
  self.what_next=what_next
  self.habit_id=habit_id
  self.created=created
  self.updated=updated
 return __init__

def _436(_type_id, _type_questionnaire, _type_day, _type_answers, _type_difficulty, _type_in_report, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_difficulty, _dflt_in_report, _return_type):
 def __init__(self,*,id:_type_id,questionnaire:_type_questionnaire,day:_type_day,answers:_type_answers,difficulty:_type_difficulty=_dflt_difficulty,in_report:_type_in_report=_dflt_in_report,created:_type_created,updated:_type_updated)->_return_type:
  self.id=id
  self.questionnaire=questionnaire
  self.day=day
  self.answers=answers
  self.difficulty=difficulty
  self.in_report=in_report
  self.created=created
  self.updated=updated
 return __init__

def _437(_type_id, _type_situation, _type_feelings, _type_feelings_strength, _type_thought, _type_belief, _type_traps, _type_supports, _type_against, _type_balanced, _type_belief_now, _type_feelings_now, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_feelings, _dflt_feelings_strength, _dflt_thought, _dflt_belief, _dflt_traps, _dflt_supports, _dflt_against, _dflt_balanced, _dflt_belief_now, _dflt_feelings_now, _return_type):
 def __init__(self,*,id:_type_id,situation:_type_situation,feelings:_type_feelings=_dflt_feelings,feelings_strength:_type_feelings_strength=_dflt_feelings_strength,thought:_type_thought=_dflt_thought,belief:_type_belief=_dflt_belief,traps:_type_traps=_HAS_DEFAULT_FACTORY,supports:_type_supports=_dflt_supports,against:_type_against=_dflt_against,balanced:_type_balanced=_dflt_balanced,belief_now:_type_belief_now=_dflt_belief_now,feelings_now:_type_feelings_now=_dflt_feelings_now,created:_type_created,updated:_type_updated)->_return_type:
  self.id=id
  self.situation=situation
  self.feelings=feelings
  self.feelings_strength=feelings_strength
  self.thought=thought
  self.belief=belief
  self.traps=_dflt_traps() if traps is _HAS_DEFAULT_FACTORY else traps
  self.supports=supports
  self.against=against
  self.balanced=balanced
  self.belief_now=belief_now
  self.feelings_now=feelings_now
  self.created=created
  self.updated=updated
 return __init__

def _438(_type_id, _type_text, _type_added, _type_asked, _type_answer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_asked, _dflt_answer, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,added:_type_added,asked:_type_asked=_dflt_asked,answer:_type_answer=_dflt_answer)->_return_type:
  self.id=id
  self.text=text
  self.added=added
  self.asked=asked
  self.answer=answer
 return __init__

def _439(_type_id, _type_text, _type_choices, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,choices:_type_choices)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'choices',choices)
  self.__post_init__()
 return __init__

def _440(_type_id, _type_text, _type_correct, _type_explanation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_correct, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,correct:_type_correct=_dflt_correct,explanation:_type_explanation)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'correct',correct)
  __dataclass_builtins_object__.__setattr__(self,'explanation',explanation)
 return __init__

def _441(_type_id, _type_text, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,hint:_type_hint=_dflt_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__

def _442(_type_id, _type_title, _type_about, _type_max_score, _type_checks, _type_outlook, _type_response, _type_remission, _type_item_texts, _type_safety_items, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,title:_type_title,about:_type_about,max_score:_type_max_score,checks:_type_checks,outlook:_type_outlook,response:_type_response,remission:_type_remission,item_texts:_type_item_texts,safety_items:_type_safety_items,options:_type_options)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'about',about)
  __dataclass_builtins_object__.__setattr__(self,'max_score',max_score)
  __dataclass_builtins_object__.__setattr__(self,'checks',checks)
  __dataclass_builtins_object__.__setattr__(self,'outlook',outlook)
  __dataclass_builtins_object__.__setattr__(self,'response',response)
  __dataclass_builtins_object__.__setattr__(self,'remission',remission)
  __dataclass_builtins_object__.__setattr__(self,'item_texts',item_texts)
  __dataclass_builtins_object__.__setattr__(self,'safety_items',safety_items)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
 return __init__

def _443(_type_id, _type_title, _type_area, _type_brings, _type_effort, _type_created, _type_archived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_area, _dflt_brings, _dflt_effort, _dflt_archived, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,area:_type_area=_dflt_area,brings:_type_brings=_dflt_brings,effort:_type_effort=_dflt_effort,created:_type_created,archived:_type_archived=_dflt_archived)->_return_type:
  self.id=id
  self.title=title
  self.area=area
  self.brings=brings
  self.effort=effort
  self.created=created
  self.archived=archived
 return __init__

def _444(_type_id, _type_title, _type_hint, _type_ideas, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ideas, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,hint:_type_hint,ideas:_type_ideas=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'ideas',_dflt_ideas() if ideas is _HAS_DEFAULT_FACTORY else ideas)
 return __init__

def _445(_type_id, _type_title, _type_markdown, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,markdown:_type_markdown,line:_type_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'markdown',markdown)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 return __init__

def _446(_type_id, _type_title, _type_minutes, _type_note, _type_activity, _type_prompts, _type_questions, _type_sections, _type_path, _type_module_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_questions, _dflt_sections, _dflt_path, _dflt_module_id, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,minutes:_type_minutes,note:_type_note=_dflt_note,activity:_type_activity,prompts:_type_prompts,questions:_type_questions=_HAS_DEFAULT_FACTORY,sections:_type_sections=_HAS_DEFAULT_FACTORY,path:_type_path=_dflt_path,module_id:_type_module_id=_dflt_module_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'minutes',minutes)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'activity',activity)
  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)
  __dataclass_builtins_object__.__setattr__(self,'questions',_dflt_questions() if questions is _HAS_DEFAULT_FACTORY else questions)
  __dataclass_builtins_object__.__setattr__(self,'sections',_dflt_sections() if sections is _HAS_DEFAULT_FACTORY else sections)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'module_id',module_id)
 return __init__

def _447(_type_id, _type_title, _type_name, _type_about, _type_instruction, _type_attribution, _type_source, _type_checked, _type_options, _type_items, _type_bands, _type_difficulty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_difficulty, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,name:_type_name,about:_type_about,instruction:_type_instruction,attribution:_type_attribution,source:_type_source,checked:_type_checked,options:_type_options,items:_type_items,bands:_type_bands,difficulty:_type_difficulty=_dflt_difficulty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'about',about)
  __dataclass_builtins_object__.__setattr__(self,'instruction',instruction)
  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'checked',checked)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'difficulty',difficulty)
 return __init__

def _448(_type_id, _type_title, _type_prompt, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,title:_type_title,prompt:_type_prompt)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'prompt',prompt)
 return __init__

def _449(_type_id, _type_title, _type_summary, _type_order, _type_note, _type_habits, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_habits, _dflt_sources, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,summary:_type_summary,order:_type_order,note:_type_note=_dflt_note,habits:_type_habits=_HAS_DEFAULT_FACTORY,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'habits',_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits)
  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)
 return __init__

def _450(_type_id, _type_title, _type_text, _type_blanks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,text:_type_text,blanks:_type_blanks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'blanks',blanks)
  self.__post_init__()
 return __init__

def _451(_type_id, _type_title, _type_why, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_target, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,why:_type_why,target:_type_target=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'why',why)
  __dataclass_builtins_object__.__setattr__(self,'target',_dflt_target() if target is _HAS_DEFAULT_FACTORY else target)
 return __init__

def _452(_type_id, _type_title, _type_why, _type_target, _type_suggestion, _type_created, _type_archived, _type_paused, _type_done, _type_skipped, _type_amounts, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_target, _dflt_suggestion, _dflt_archived, _dflt_paused, _dflt_done, _dflt_skipped, _dflt_amounts, _dflt_notes, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,why:_type_why=_dflt_why,target:_type_target=_HAS_DEFAULT_FACTORY,suggestion:_type_suggestion=_dflt_suggestion,created:_type_created,archived:_type_archived=_dflt_archived,paused:_type_paused=_HAS_DEFAULT_FACTORY,done:_type_done=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_HAS_DEFAULT_FACTORY,amounts:_type_amounts=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY)->_return_type:
  self.id=id
  self.title=title
  self.why=why
  self.target=_dflt_target() if target is _HAS_DEFAULT_FACTORY else target
  self.suggestion=suggestion
  self.created=created
  self.archived=archived
  self.paused=_dflt_paused() if paused is _HAS_DEFAULT_FACTORY else paused
  self.done=_dflt_done() if done is _HAS_DEFAULT_FACTORY else done
  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped
  self.amounts=_dflt_amounts() if amounts is _HAS_DEFAULT_FACTORY else amounts
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
 return __init__

def _453(_type_id, _type_what, _type_started, _type_stopped, _type_how_it_went, _type_side_effects, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_started, _dflt_stopped, _dflt_how_it_went, _dflt_side_effects, _return_type):
 def __init__(self,*,id:_type_id,what:_type_what,started:_type_started=_dflt_started,stopped:_type_stopped=_dflt_stopped,how_it_went:_type_how_it_went=_dflt_how_it_went,side_effects:_type_side_effects=_dflt_side_effects)->_return_type:
  self.id=id
  self.what=what
  self.started=started
  self.stopped=stopped
  self.how_it_went=how_it_went
  self.side_effects=side_effects
 return __init__

def _454(_type_identity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,identity:_type_identity)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'identity',identity)
 return __init__

def _455(_type_key, _type_choice, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,choice:_type_choice)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'choice',choice)
 return __init__

def _456(_type_key, _type_text, _type_at, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,key:_type_key,text:_type_text,at:_type_at,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'at',at)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _457(_type_key, _type_title, _type_target, _type_why, _type_archived, _type_done, _type_skipped, _type_amounts, _type_notes, _type_mapping, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_archived, _dflt_done, _dflt_skipped, _dflt_amounts, _dflt_notes, _dflt_mapping, _return_type):
 def __init__(self,key:_type_key,title:_type_title,target:_type_target,why:_type_why=_dflt_why,archived:_type_archived=_dflt_archived,done:_type_done=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_HAS_DEFAULT_FACTORY,amounts:_type_amounts=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,mapping:_type_mapping=_dflt_mapping)->_return_type:
  self.key=key
  self.title=title
  self.target=target
  self.why=why
  self.archived=archived
  self.done=_dflt_done() if done is _HAS_DEFAULT_FACTORY else done
  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped
  self.amounts=_dflt_amounts() if amounts is _HAS_DEFAULT_FACTORY else amounts
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
  self.mapping=mapping
 return __init__

def _458(_type_keys, _type_work_factor, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,keys:_type_keys,work_factor:_type_work_factor)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keys',keys)
  __dataclass_builtins_object__.__setattr__(self,'work_factor',work_factor)
 return __init__

def _459(_type_kinds, _type_quiet, _type_quiet_text, _type_from_settings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kinds:_type_kinds,quiet:_type_quiet,quiet_text:_type_quiet_text,from_settings:_type_from_settings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kinds',kinds)
  __dataclass_builtins_object__.__setattr__(self,'quiet',quiet)
  __dataclass_builtins_object__.__setattr__(self,'quiet_text',quiet_text)
  __dataclass_builtins_object__.__setattr__(self,'from_settings',from_settings)
 return __init__

def _460(_type_lesson_id, _type_day, _type_completed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_completed, _return_type):
 def __init__(self,lesson_id:_type_lesson_id,day:_type_day,completed:_type_completed=_dflt_completed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lesson_id',lesson_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'completed',completed)
 return __init__

def _461(_type_lesson_id, _type_section, _type_section_index, _type_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,lesson_id:_type_lesson_id,section:_type_section,section_index:_type_section_index,at:_type_at)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lesson_id',lesson_id)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'section_index',section_index)
  __dataclass_builtins_object__.__setattr__(self,'at',at)
 return __init__

def _462(_type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,lines:_type_lines)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
 return __init__

def _463(_type_low, _type_high, _type_edge, _type_band, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,low:_type_low,high:_type_high,edge:_type_edge,band:_type_band)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'edge',edge)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
 return __init__

def _464(_type_low, _type_high, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,label:_type_label)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__

def _465(_type_measure, _type_start, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,measure:_type_measure,start:_type_start,values:_type_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'measure',measure)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__

def _466(_type_measure, _type_values, _type_average, _type_minimum, _type_maximum, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,measure:_type_measure,values:_type_values,average:_type_average,minimum:_type_minimum,maximum:_type_maximum,count:_type_count)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'measure',measure)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'average',average)
  __dataclass_builtins_object__.__setattr__(self,'minimum',minimum)
  __dataclass_builtins_object__.__setattr__(self,'maximum',maximum)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
 return __init__

def _467(_type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_message, _return_type):
 def __init__(self,message:_type_message=_dflt_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__

def _468(_type_meta, _type_lessons, _type_path, _type_habit_refs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_habit_refs, _return_type):
 def __init__(self,*,meta:_type_meta,lessons:_type_lessons,path:_type_path,habit_refs:_type_habit_refs=_dflt_habit_refs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'meta',meta)
  __dataclass_builtins_object__.__setattr__(self,'lessons',lessons)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'habit_refs',habit_refs)
 return __init__

def _469(_type_module, _type_lesson, _type_stop_index, _type_first, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_first, _return_type):
 def __init__(self,module:_type_module,lesson:_type_lesson,stop_index:_type_stop_index,first:_type_first=_dflt_first)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'module',module)
  __dataclass_builtins_object__.__setattr__(self,'lesson',lesson)
  __dataclass_builtins_object__.__setattr__(self,'stop_index',stop_index)
  __dataclass_builtins_object__.__setattr__(self,'first',first)
 return __init__

def _470(_type_modules, _type_problems, _type_crisis_lines, _type_crisis_from_file, _type_scripts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_modules, _dflt_problems, _dflt_crisis_lines, _dflt_crisis_from_file, _dflt_scripts, _return_type):
 def __init__(self,modules:_type_modules=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,crisis_lines:_type_crisis_lines=_HAS_DEFAULT_FACTORY,crisis_from_file:_type_crisis_from_file=_dflt_crisis_from_file,scripts:_type_scripts=_HAS_DEFAULT_FACTORY)->_return_type:
  self.modules=_dflt_modules() if modules is _HAS_DEFAULT_FACTORY else modules
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.crisis_lines=_dflt_crisis_lines() if crisis_lines is _HAS_DEFAULT_FACTORY else crisis_lines
  self.crisis_from_file=crisis_from_file
  self.scripts=_dflt_scripts() if scripts is _HAS_DEFAULT_FACTORY else scripts
  self.__post_init__()
 return __init__

def _471(_type_mood, _type_energy, _type_sleep_hours, _type_sleep_quality, _type_note, _type_tags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mood, _dflt_energy, _dflt_sleep_hours, _dflt_sleep_quality, _dflt_note, _dflt_tags, _return_type):
 def __init__(self,mood:_type_mood=_dflt_mood,energy:_type_energy=_dflt_energy,sleep_hours:_type_sleep_hours=_dflt_sleep_hours,sleep_quality:_type_sleep_quality=_dflt_sleep_quality,note:_type_note=_dflt_note,tags:_type_tags=_HAS_DEFAULT_FACTORY)->_return_type:
  self.mood=mood
  self.energy=energy
  self.sleep_hours=sleep_hours
  self.sleep_quality=sleep_quality
  self.note=note
  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags
 return __init__

def _472(_type_mood, _type_energy, _type_sleep_hours, _type_sleep_quality, _type_note, _type_tags, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mood, _dflt_energy, _dflt_sleep_hours, _dflt_sleep_quality, _dflt_note, _dflt_tags, _dflt_updated, _return_type):
 def __init__(self,*,mood:_type_mood=_dflt_mood,energy:_type_energy=_dflt_energy,sleep_hours:_type_sleep_hours=_dflt_sleep_hours,sleep_quality:_type_sleep_quality=_dflt_sleep_quality,note:_type_note=_dflt_note,tags:_type_tags=_HAS_DEFAULT_FACTORY,updated:_type_updated=_dflt_updated)->_return_type:
  self.mood=mood
  self.energy=energy
  self.sleep_hours=sleep_hours
  self.sleep_quality=sleep_quality
  self.note=note
  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags
  self.updated=updated
 return __init__

def _473(_type_name, _type_kind, _type_n_with, _type_n_without, _type_mood_with, _type_mood_without, _type_energy_with, _type_energy_without, _type_more_with, _type_more_without, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,kind:_type_kind,n_with:_type_n_with,n_without:_type_n_without,mood_with:_type_mood_with,mood_without:_type_mood_without,energy_with:_type_energy_with,energy_without:_type_energy_without,more_with:_type_more_with,more_without:_type_more_without)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'n_with',n_with)
  __dataclass_builtins_object__.__setattr__(self,'n_without',n_without)
  __dataclass_builtins_object__.__setattr__(self,'mood_with',mood_with)
  __dataclass_builtins_object__.__setattr__(self,'mood_without',mood_without)
  __dataclass_builtins_object__.__setattr__(self,'energy_with',energy_with)
  __dataclass_builtins_object__.__setattr__(self,'energy_without',energy_without)
  __dataclass_builtins_object__.__setattr__(self,'more_with',more_with)
  __dataclass_builtins_object__.__setattr__(self,'more_without',more_without)
 return __init__

def _474(_type_name, _type_kind, _type_with_days, _type_without_days, _type_shifts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shifts, _return_type):
 def __init__(self,name:_type_name,kind:_type_kind,with_days:_type_with_days,without_days:_type_without_days,shifts:_type_shifts=_dflt_shifts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'with_days',with_days)
  __dataclass_builtins_object__.__setattr__(self,'without_days',without_days)
  __dataclass_builtins_object__.__setattr__(self,'shifts',shifts)
 return __init__

def _475(_type_name, _type_region, _type_how, _type_notes, _type_source, _type_checked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):
 def __init__(self,*,name:_type_name,region:_type_region,how:_type_how,notes:_type_notes=_dflt_notes,source:_type_source,checked:_type_checked)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'region',region)
  __dataclass_builtins_object__.__setattr__(self,'how',how)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'checked',checked)
 return __init__

def _476(_type_name, _type_theme, _type_day_end_hour, _type_week_start, _type_show_streaks, _type_reduced_motion, _type_focus_modules, _type_selfcheck_offer, _type_remind_of, _type_quiet_hours, _type_safety_plan_readable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_theme, _dflt_day_end_hour, _dflt_week_start, _dflt_show_streaks, _dflt_reduced_motion, _dflt_focus_modules, _dflt_selfcheck_offer, _dflt_remind_of, _dflt_quiet_hours, _dflt_safety_plan_readable, _return_type):
 def __init__(self,*,name:_type_name=_dflt_name,theme:_type_theme=_dflt_theme,day_end_hour:_type_day_end_hour=_dflt_day_end_hour,week_start:_type_week_start=_dflt_week_start,show_streaks:_type_show_streaks=_dflt_show_streaks,reduced_motion:_type_reduced_motion=_dflt_reduced_motion,focus_modules:_type_focus_modules=_HAS_DEFAULT_FACTORY,selfcheck_offer:_type_selfcheck_offer=_dflt_selfcheck_offer,remind_of:_type_remind_of=_HAS_DEFAULT_FACTORY,quiet_hours:_type_quiet_hours=_dflt_quiet_hours,safety_plan_readable:_type_safety_plan_readable=_dflt_safety_plan_readable)->_return_type:
  self.name=name
  self.theme=theme
  self.day_end_hour=day_end_hour
  self.week_start=week_start
  self.show_streaks=show_streaks
  self.reduced_motion=reduced_motion
  self.focus_modules=_dflt_focus_modules() if focus_modules is _HAS_DEFAULT_FACTORY else focus_modules
  self.selfcheck_offer=selfcheck_offer
  self.remind_of=_dflt_remind_of() if remind_of is _HAS_DEFAULT_FACTORY else remind_of
  self.quiet_hours=quiet_hours
  self.safety_plan_readable=safety_plan_readable
 return __init__

def _477(_type_number, _type_text, _type_safety, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_safety, _return_type):
 def __init__(self,*,number:_type_number,text:_type_text,safety:_type_safety=_dflt_safety)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'safety',safety)
 return __init__

def _478(_type_ops, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ops:_type_ops)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ops',ops)
 return __init__

def _479(_type_ops, _type_bad, _type_torn, _type_other_checkpoint, _type_folded, _type_newer, _type_lines, _type_first_at, _type_complete, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ops, _dflt_bad, _dflt_torn, _dflt_other_checkpoint, _dflt_folded, _dflt_newer, _dflt_lines, _dflt_first_at, _dflt_complete, _return_type):
 def __init__(self,ops:_type_ops=_HAS_DEFAULT_FACTORY,bad:_type_bad=_HAS_DEFAULT_FACTORY,torn:_type_torn=_dflt_torn,other_checkpoint:_type_other_checkpoint=_dflt_other_checkpoint,folded:_type_folded=_dflt_folded,newer:_type_newer=_dflt_newer,lines:_type_lines=_dflt_lines,first_at:_type_first_at=_dflt_first_at,complete:_type_complete=_dflt_complete)->_return_type:
  self.ops=_dflt_ops() if ops is _HAS_DEFAULT_FACTORY else ops
  self.bad=_dflt_bad() if bad is _HAS_DEFAULT_FACTORY else bad
  self.torn=torn
  self.other_checkpoint=other_checkpoint
  self.folded=folded
  self.newer=newer
  self.lines=lines
  self.first_at=first_at
  self.complete=complete
 return __init__

def _480(_type_ops, _type_label, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ops:_type_ops,label:_type_label,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ops',ops)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__

def _481(_type_ops, _type_new_checkins, _type_filled_checkins, _type_new_habits, _type_merged_habits, _type_habit_days, _type_left_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ops, _dflt_new_checkins, _dflt_filled_checkins, _dflt_new_habits, _dflt_merged_habits, _dflt_habit_days, _dflt_left_out, _return_type):
 def __init__(self,ops:_type_ops=_HAS_DEFAULT_FACTORY,new_checkins:_type_new_checkins=_dflt_new_checkins,filled_checkins:_type_filled_checkins=_dflt_filled_checkins,new_habits:_type_new_habits=_HAS_DEFAULT_FACTORY,merged_habits:_type_merged_habits=_HAS_DEFAULT_FACTORY,habit_days:_type_habit_days=_dflt_habit_days,left_out:_type_left_out=_HAS_DEFAULT_FACTORY)->_return_type:
  self.ops=_dflt_ops() if ops is _HAS_DEFAULT_FACTORY else ops
  self.new_checkins=new_checkins
  self.filled_checkins=filled_checkins
  self.new_habits=_dflt_new_habits() if new_habits is _HAS_DEFAULT_FACTORY else new_habits
  self.merged_habits=_dflt_merged_habits() if merged_habits is _HAS_DEFAULT_FACTORY else merged_habits
  self.habit_days=habit_days
  self.left_out=_dflt_left_out() if left_out is _HAS_DEFAULT_FACTORY else left_out
 return __init__

def _482(_type_path, _type_line, _type_message, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severity, _return_type):
 def __init__(self,path:_type_path,line:_type_line,message:_type_message,severity:_type_severity=_dflt_severity)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
 return __init__

def _483(_type_per_week, _type_days, _type_at_least, _type_at_most, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_per_week, _dflt_days, _dflt_at_least, _dflt_at_most, _dflt_unit, _return_type):
 def __init__(self,*,per_week:_type_per_week=_dflt_per_week,days:_type_days=_dflt_days,at_least:_type_at_least=_dflt_at_least,at_most:_type_at_most=_dflt_at_most,unit:_type_unit=_dflt_unit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'per_week',per_week)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
  __dataclass_builtins_object__.__setattr__(self,'at_least',at_least)
  __dataclass_builtins_object__.__setattr__(self,'at_most',at_most)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  self.__post_init__()
 return __init__

def _484(_type_profile, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,profile:_type_profile)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'profile',profile)
 return __init__

def _485(_type_question_id, _type_step, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,question_id:_type_question_id,step:_type_step)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'question_id',question_id)
  __dataclass_builtins_object__.__setattr__(self,'step',step)
 return __init__

def _486(_type_questionnaire, _type_day, _type_answers, _type_difficulty, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_answers, _dflt_difficulty, _return_type):
 def __init__(self,*,questionnaire:_type_questionnaire,day:_type_day,answers:_type_answers=_HAS_DEFAULT_FACTORY,difficulty:_type_difficulty=_dflt_difficulty,updated:_type_updated)->_return_type:
  self.questionnaire=questionnaire
  self.day=day
  self.answers=_dflt_answers() if answers is _HAS_DEFAULT_FACTORY else answers
  self.difficulty=difficulty
  self.updated=updated
 return __init__

def _487(_type_questionnaire, _type_draft, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,questionnaire:_type_questionnaire,draft:_type_draft)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'questionnaire',questionnaire)
  __dataclass_builtins_object__.__setattr__(self,'draft',draft)
 return __init__

def _488(_type_questionnaire, _type_start, _type_days, _type_checks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,questionnaire:_type_questionnaire,start:_type_start,days:_type_days,checks:_type_checks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'questionnaire',questionnaire)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
  __dataclass_builtins_object__.__setattr__(self,'checks',checks)
 return __init__

def _489(_type_questionnaires, _type_answers, _type_attribution, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,questionnaires:_type_questionnaires,answers:_type_answers,attribution:_type_attribution)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'questionnaires',questionnaires)
  __dataclass_builtins_object__.__setattr__(self,'answers',answers)
  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)
 return __init__

def _490(_type_ref, _type_position, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ref:_type_ref,position:_type_position,line:_type_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ref',ref)
  __dataclass_builtins_object__.__setattr__(self,'position',position)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 return __init__

def _491(_type_schema_version, _type_created, _type_welcomed, _type_settings, _type_habits, _type_lessons, _type_last_lesson, _type_answers, _type_checks, _type_checkins, _type_safety_plan, _type_contacts, _type_questions, _type_appointment, _type_log, _type_treatments, _type_scripts, _type_values, _type_activities, _type_plans, _type_thought_records, _type_problem_sheets, _type_selfchecks, _type_selfcheck_drafts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_welcomed, _dflt_settings, _dflt_habits, _dflt_lessons, _dflt_last_lesson, _dflt_answers, _dflt_checks, _dflt_checkins, _dflt_safety_plan, _dflt_contacts, _dflt_questions, _dflt_appointment, _dflt_log, _dflt_treatments, _dflt_scripts, _dflt_values, _dflt_activities, _dflt_plans, _dflt_thought_records, _dflt_problem_sheets, _dflt_selfchecks, _dflt_selfcheck_drafts, _return_type):
 def __init__(self,*,schema_version:_type_schema_version,created:_type_created,welcomed:_type_welcomed=_dflt_welcomed,settings:_type_settings=_HAS_DEFAULT_FACTORY,habits:_type_habits=_HAS_DEFAULT_FACTORY,lessons:_type_lessons=_HAS_DEFAULT_FACTORY,last_lesson:_type_last_lesson=_dflt_last_lesson,answers:_type_answers=_HAS_DEFAULT_FACTORY,checks:_type_checks=_HAS_DEFAULT_FACTORY,checkins:_type_checkins=_HAS_DEFAULT_FACTORY,safety_plan:_type_safety_plan=_HAS_DEFAULT_FACTORY,contacts:_type_contacts=_HAS_DEFAULT_FACTORY,questions:_type_questions=_HAS_DEFAULT_FACTORY,appointment:_type_appointment=_HAS_DEFAULT_FACTORY,log:_type_log=_HAS_DEFAULT_FACTORY,treatments:_type_treatments=_HAS_DEFAULT_FACTORY,scripts:_type_scripts=_HAS_DEFAULT_FACTORY,values:_type_values=_HAS_DEFAULT_FACTORY,activities:_type_activities=_HAS_DEFAULT_FACTORY,plans:_type_plans=_HAS_DEFAULT_FACTORY,thought_records:_type_thought_records=_HAS_DEFAULT_FACTORY,problem_sheets:_type_problem_sheets=_HAS_DEFAULT_FACTORY,selfchecks:_type_selfchecks=_HAS_DEFAULT_FACTORY,selfcheck_drafts:_type_selfcheck_drafts=_HAS_DEFAULT_FACTORY)->_return_type:
  self.schema_version=schema_version
  self.created=created
  self.welcomed=welcomed
  self.settings=_dflt_settings() if settings is _HAS_DEFAULT_FACTORY else settings
  self.habits=_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits
  self.lessons=_dflt_lessons() if lessons is _HAS_DEFAULT_FACTORY else lessons
  self.last_lesson=last_lesson
  self.answers=_dflt_answers() if answers is _HAS_DEFAULT_FACTORY else answers
  self.checks=_dflt_checks() if checks is _HAS_DEFAULT_FACTORY else checks
  self.checkins=_dflt_checkins() if checkins is _HAS_DEFAULT_FACTORY else checkins
  self.safety_plan=_dflt_safety_plan() if safety_plan is _HAS_DEFAULT_FACTORY else safety_plan
  self.contacts=_dflt_contacts() if contacts is _HAS_DEFAULT_FACTORY else contacts
  self.questions=_dflt_questions() if questions is _HAS_DEFAULT_FACTORY else questions
  self.appointment=_dflt_appointment() if appointment is _HAS_DEFAULT_FACTORY else appointment
  self.log=_dflt_log() if log is _HAS_DEFAULT_FACTORY else log
  self.treatments=_dflt_treatments() if treatments is _HAS_DEFAULT_FACTORY else treatments
  self.scripts=_dflt_scripts() if scripts is _HAS_DEFAULT_FACTORY else scripts
  self.values=_dflt_values() if values is _HAS_DEFAULT_FACTORY else values
  self.activities=_dflt_activities() if activities is _HAS_DEFAULT_FACTORY else activities
  self.plans=_dflt_plans() if plans is _HAS_DEFAULT_FACTORY else plans
  self.thought_records=_dflt_thought_records() if thought_records is _HAS_DEFAULT_FACTORY else thought_records
  self.problem_sheets=_dflt_problem_sheets() if problem_sheets is _HAS_DEFAULT_FACTORY else problem_sheets
  self.selfchecks=_dflt_selfchecks() if selfchecks is _HAS_DEFAULT_FACTORY else selfchecks
  self.selfcheck_drafts=_dflt_selfcheck_drafts() if selfcheck_drafts is _HAS_DEFAULT_FACTORY else selfcheck_drafts
 return __init__

def _492(_type_script_id, _type_values, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,script_id:_type_script_id,values:_type_values,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'script_id',script_id)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _493(_type_scripts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,scripts:_type_scripts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'scripts',scripts)
 return __init__

def _494(_type_section, _type_section_index, _type_completed, _type_opened, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_section, _dflt_section_index, _dflt_completed, _dflt_opened, _return_type):
 def __init__(self,*,section:_type_section=_dflt_section,section_index:_type_section_index=_dflt_section_index,completed:_type_completed=_dflt_completed,opened:_type_opened=_dflt_opened)->_return_type:
  self.section=section
  self.section_index=section_index
  self.completed=completed
  self.opened=opened
 return __init__

def _495(_type_selfcheck, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,selfcheck:_type_selfcheck)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'selfcheck',selfcheck)
 return __init__

def _496(_type_selfcheck_id, _type_in_report, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,selfcheck_id:_type_selfcheck_id,in_report:_type_in_report)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'selfcheck_id',selfcheck_id)
  __dataclass_builtins_object__.__setattr__(self,'in_report',in_report)
 return __init__

def _497(_type_share, _type_days, _type_done, _type_counted, _type_excused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done, _dflt_counted, _dflt_excused, _return_type):
 def __init__(self,share:_type_share,days:_type_days,done:_type_done=_dflt_done,counted:_type_counted=_dflt_counted,excused:_type_excused=_dflt_excused)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'share',share)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'counted',counted)
  __dataclass_builtins_object__.__setattr__(self,'excused',excused)
 return __init__

def _498(_type_source, _type_entries, _type_days, _type_habits, _type_rules, _type_unmapped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entries, _dflt_days, _dflt_habits, _dflt_rules, _dflt_unmapped, _return_type):
 def __init__(self,source:_type_source,entries:_type_entries=_dflt_entries,days:_type_days=_HAS_DEFAULT_FACTORY,habits:_type_habits=_HAS_DEFAULT_FACTORY,rules:_type_rules=_HAS_DEFAULT_FACTORY,unmapped:_type_unmapped=_HAS_DEFAULT_FACTORY)->_return_type:
  self.source=source
  self.entries=entries
  self.days=_dflt_days() if days is _HAS_DEFAULT_FACTORY else days
  self.habits=_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits
  self.rules=_dflt_rules() if rules is _HAS_DEFAULT_FACTORY else rules
  self.unmapped=_dflt_unmapped() if unmapped is _HAS_DEFAULT_FACTORY else unmapped
 return __init__

def _499(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end, _return_type):
 def __init__(self,*,start:_type_start,end:_type_end=_dflt_end)->_return_type:
  self.start=start
  self.end=end
 return __init__

def _500(_type_start, _type_end, _type_helped, _type_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,helped:_type_helped,others:_type_others)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'helped',helped)
  __dataclass_builtins_object__.__setattr__(self,'others',others)
 return __init__

def _501(_type_start, _type_end, _type_made, _type_name, _type_measures, _type_checkins, _type_habits, _type_log, _type_open_questions, _type_answered_questions, _type_treatments, _type_lessons_done, _type_modules_done, _type_appointment, _type_notes, _type_activities, _type_reflections, _type_patterns, _type_thoughts, _type_problems, _type_selfchecks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_activities, _dflt_reflections, _dflt_patterns, _dflt_thoughts, _dflt_problems, _dflt_selfchecks, _return_type):
 def __init__(self,start:_type_start,end:_type_end,made:_type_made,name:_type_name,measures:_type_measures,checkins:_type_checkins,habits:_type_habits,log:_type_log,open_questions:_type_open_questions,answered_questions:_type_answered_questions,treatments:_type_treatments,lessons_done:_type_lessons_done,modules_done:_type_modules_done,appointment:_type_appointment,notes:_type_notes=_dflt_notes,activities:_type_activities=_dflt_activities,reflections:_type_reflections=_dflt_reflections,patterns:_type_patterns=_dflt_patterns,thoughts:_type_thoughts=_dflt_thoughts,problems:_type_problems=_dflt_problems,selfchecks:_type_selfchecks=_dflt_selfchecks)->_return_type:
  self.start=start
  self.end=end
  self.made=made
  self.name=name
  self.measures=measures
  self.checkins=checkins
  self.habits=habits
  self.log=log
  self.open_questions=open_questions
  self.answered_questions=answered_questions
  self.treatments=treatments
  self.lessons_done=lessons_done
  self.modules_done=modules_done
  self.appointment=appointment
  self.notes=notes
  self.activities=activities
  self.reflections=reflections
  self.patterns=patterns
  self.thoughts=thoughts
  self.problems=problems
  self.selfchecks=selfchecks
 return __init__

def _502(_type_start, _type_end, _type_next_day, _type_checkins, _type_comparisons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_comparisons, _return_type):
 def __init__(self,start:_type_start,end:_type_end,next_day:_type_next_day,checkins:_type_checkins,comparisons:_type_comparisons=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'next_day',next_day)
  __dataclass_builtins_object__.__setattr__(self,'checkins',checkins)
  __dataclass_builtins_object__.__setattr__(self,'comparisons',_dflt_comparisons() if comparisons is _HAS_DEFAULT_FACTORY else comparisons)
 return __init__

def _503(_type_start, _type_end, _type_planned, _type_done, _type_let_go, _type_average_enjoyment, _type_average_achievement, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,planned:_type_planned,done:_type_done,let_go:_type_let_go,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'planned',planned)
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'let_go',let_go)
  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)
  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)
 return __init__

def _504(_type_start, _type_end, _type_planned, _type_done_planned, _type_let_go, _type_still_open, _type_logged, _type_average_enjoyment, _type_average_achievement, _type_top_enjoyment, _type_top_achievement, _type_mood, _type_mood_weeks, _type_smaller, _type_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,planned:_type_planned,done_planned:_type_done_planned,let_go:_type_let_go,still_open:_type_still_open,logged:_type_logged,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement,top_enjoyment:_type_top_enjoyment,top_achievement:_type_top_achievement,mood:_type_mood,mood_weeks:_type_mood_weeks,smaller:_type_smaller,days:_type_days)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'planned',planned)
  __dataclass_builtins_object__.__setattr__(self,'done_planned',done_planned)
  __dataclass_builtins_object__.__setattr__(self,'let_go',let_go)
  __dataclass_builtins_object__.__setattr__(self,'still_open',still_open)
  __dataclass_builtins_object__.__setattr__(self,'logged',logged)
  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)
  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)
  __dataclass_builtins_object__.__setattr__(self,'top_enjoyment',top_enjoyment)
  __dataclass_builtins_object__.__setattr__(self,'top_achievement',top_achievement)
  __dataclass_builtins_object__.__setattr__(self,'mood',mood)
  __dataclass_builtins_object__.__setattr__(self,'mood_weeks',mood_weeks)
  __dataclass_builtins_object__.__setattr__(self,'smaller',smaller)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
 return __init__

def _505(_type_step_id, _type_text, _type_at, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,step_id:_type_step_id,text:_type_text,at:_type_at,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'step_id',step_id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'at',at)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _506(_type_steps, _type_people, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_steps, _dflt_people, _dflt_updated, _return_type):
 def __init__(self,*,steps:_type_steps=_HAS_DEFAULT_FACTORY,people:_type_people=_HAS_DEFAULT_FACTORY,updated:_type_updated=_dflt_updated)->_return_type:
  self.steps=_dflt_steps() if steps is _HAS_DEFAULT_FACTORY else steps
  self.people=_dflt_people() if people is _HAS_DEFAULT_FACTORY else people
  self.updated=updated
 return __init__

def _507(_type_store, _type_library, _type_clock, _type_undo_stack, _type_saved_elsewhere, _type_not_saved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_undo_stack, _dflt_saved_elsewhere, _dflt_not_saved, _return_type):
 def __init__(self,store:_type_store,library:_type_library,clock:_type_clock,undo_stack:_type_undo_stack=_HAS_DEFAULT_FACTORY,saved_elsewhere:_type_saved_elsewhere=_HAS_DEFAULT_FACTORY,not_saved:_type_not_saved=_dflt_not_saved)->_return_type:
  self.store=store
  self.library=library
  self.clock=clock
  self.undo_stack=_dflt_undo_stack() if undo_stack is _HAS_DEFAULT_FACTORY else undo_stack
  self.saved_elsewhere=_dflt_saved_elsewhere() if saved_elsewhere is _HAS_DEFAULT_FACTORY else saved_elsewhere
  self.not_saved=not_saved
 return __init__

def _508(_type_text, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,text:_type_text,options:_type_options)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
 return __init__

def _509(_type_text, _type_pros, _type_cons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pros, _dflt_cons, _return_type):
 def __init__(self,*,text:_type_text,pros:_type_pros=_dflt_pros,cons:_type_cons=_dflt_cons)->_return_type:
  self.text=text
  self.pros=pros
  self.cons=cons
 return __init__

def _510(_type_text, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,text:_type_text,updated:_type_updated)->_return_type:
  self.text=text
  self.updated=updated
 return __init__

def _511(_type_threshold, _type_more_mood, _type_more_days, _type_fewer_mood, _type_fewer_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,threshold:_type_threshold,more_mood:_type_more_mood,more_days:_type_more_days,fewer_mood:_type_fewer_mood,fewer_days:_type_fewer_days)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)
  __dataclass_builtins_object__.__setattr__(self,'more_mood',more_mood)
  __dataclass_builtins_object__.__setattr__(self,'more_days',more_days)
  __dataclass_builtins_object__.__setattr__(self,'fewer_mood',fewer_mood)
  __dataclass_builtins_object__.__setattr__(self,'fewer_days',fewer_days)
 return __init__

def _512(_type_title, _type_average, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,average:_type_average,times:_type_times)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'average',average)
  __dataclass_builtins_object__.__setattr__(self,'times',times)
 return __init__

def _513(_type_title, _type_average_enjoyment, _type_average_achievement, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement,times:_type_times)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)
  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)
  __dataclass_builtins_object__.__setattr__(self,'times',times)
 return __init__

def _514(_type_title, _type_brings, _type_effort, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,title:_type_title,brings:_type_brings,effort:_type_effort)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'brings',brings)
  __dataclass_builtins_object__.__setattr__(self,'effort',effort)
 return __init__

def _515(_type_title, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _return_type):
 def __init__(self,title:_type_title,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:
  self.title=title
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
 return __init__

def _516(_type_title, _type_publisher, _type_url, _type_checked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_checked, _return_type):
 def __init__(self,*,title:_type_title,publisher:_type_publisher,url:_type_url,checked:_type_checked=_dflt_checked)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'checked',checked)
 return __init__

def _517(_type_title, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,target:_type_target)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
 return __init__

def _518(_type_title, _type_target, _type_done, _type_share, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,target:_type_target,done:_type_done,share:_type_share)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'share',share)
 return __init__

def _519(_type_title, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _return_type):
 def __init__(self,*,title:_type_title=_dflt_title,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__

def _520(_type_value, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,value:_type_value,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__

def _521(_type_weeks, _type_cells, _type_row_names, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,weeks:_type_weeks,cells:_type_cells,row_names:_type_row_names)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'row_names',row_names)
 return __init__

def _522(_type_weeks, _type_cells, _type_row_names, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,weeks:_type_weeks,cells:_type_cells,row_names:_type_row_names,start:_type_start,end:_type_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'row_names',row_names)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__

def _523(_type_weeks, _type_rated_highest, _type_entries, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,weeks:_type_weeks,rated_highest:_type_rated_highest,entries:_type_entries)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)
  __dataclass_builtins_object__.__setattr__(self,'rated_highest',rated_highest)
  __dataclass_builtins_object__.__setattr__(self,'entries',entries)
 return __init__

def _524(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('activity','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _525(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('activity','day','when','helped',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _526(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('activity_id','title','times',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _527(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('activity_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _528(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('appointment','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _529(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('area','text','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _530(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('areas',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _531(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('changes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _532(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('contact_ids',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _533(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('current','best','unit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _534(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','checkin','merge','append','note_base','tags_base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _535(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','greeting','habits','checkin','resume','modules','program',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _536(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','kind','label',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _537(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','title','area','entry',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _538(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','total','band','change','answers','difficulty',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _539(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('done','opened','stop','stops','answers','prompts','checked','questions',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _540(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('done','skipped','amount','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _541(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('done','total',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _542(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('enjoyment','achievement','mood_before','mood_after','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _543(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('entry','force','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _544(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('entry','title',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _545(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('entry_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _546(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','item','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _547(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','item_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _548(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','label','low','high','unit','aim',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _549(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','label','low','high','whole','unit','best','aim',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _550(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('first','last','response','remission','words',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _551(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ge','le','gt','min_length','max_length','pattern','strip',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _552(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit','index',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _553(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _554(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','archived',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _555(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','amount',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _556(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','done',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _557(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','paused',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _558(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','skipped',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _559(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','text','base','append',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _560(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','fields','days',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _561(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','title','target','state','detail',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _562(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','title','target','why','title_base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _563(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _564(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','label','hint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _565(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','label','kind','value','required','hint','choices','latest','check',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _566(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','text','choices',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _567(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','text','correct','explanation',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _568(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','text','hint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _569(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','about','max_score','checks','outlook','response','remission','item_texts','safety_items','options',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _570(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','hint','ideas',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _571(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','markdown','line',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _572(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','minutes','note','activity','prompts','questions','sections','path','module_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _573(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','name','about','instruction','attribution','source','checked','options','items','bands','difficulty',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _574(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','prompt',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _575(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','summary','order','note','habits','sources',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _576(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','text','blanks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _577(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','why','target',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _578(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('identity',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _579(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','choice',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _580(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','text','at','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _581(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keys','work_factor',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _582(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kinds','quiet','quiet_text','from_settings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _583(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lesson_id','day','completed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _584(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lesson_id','section','section_index','at',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _585(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lines',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _586(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('low','high','edge','band',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _587(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('low','high','label',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _588(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('measure','start','values',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _589(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('measure','values','average','minimum','maximum','count',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _590(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _591(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('meta','lessons','path','habit_refs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _592(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('module','lesson','stop_index','first',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _593(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','kind','n_with','n_without','mood_with','mood_without','energy_with','energy_without','more_with','more_without',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _594(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','kind','with_days','without_days','shifts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _595(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','region','how','notes','source','checked',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _596(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('number','text','safety',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _597(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ops','label','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _598(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ops',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _599(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','line','message','severity',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _600(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('per_week','days','at_least','at_most','unit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _601(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('profile',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _602(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('question_id','step',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _603(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('questionnaire','draft',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _604(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('questionnaire','start','days','checks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _605(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('questionnaires','answers','attribution',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _606(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ref','position','line',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _607(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('script_id','values','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _608(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('scripts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _609(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('selfcheck',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _610(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('selfcheck_id','in_report',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _611(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('share','days','done','counted','excused',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _612(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','helped','others',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _613(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','next_day','checkins','comparisons',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _614(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','planned','done','let_go','average_enjoyment','average_achievement',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _615(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','planned','done_planned','let_go','still_open','logged','average_enjoyment','average_achievement','top_enjoyment','top_achievement','mood','mood_weeks','smaller','days',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _616(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('step_id','text','at','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _617(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','options',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _618(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('threshold','more_mood','more_days','fewer_mood','fewer_days',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _619(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','average','times',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _620(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','average_enjoyment','average_achievement','times',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _621(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','brings','effort',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _622(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','publisher','url','checked',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _623(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','target','done','share',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _624(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','target',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _625(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _626(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _627(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('weeks','cells','row_names','start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _628(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('weeks','cells','row_names',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _629(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('weeks','rated_highest','entries',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _630(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ():
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _631(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('activity','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _632(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('activity','day','when','helped',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _633(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('activity_id','title','times',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _634(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('activity_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _635(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('appointment','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _636(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('area','text','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _637(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('areas',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _638(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('changes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _639(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('contact_ids',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _640(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('current','best','unit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _641(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','checkin','merge','append','note_base','tags_base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _642(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','greeting','habits','checkin','resume','modules','program',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _643(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','kind','label',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _644(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','title','area','entry',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _645(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','total','band','change','answers','difficulty',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _646(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('done','opened','stop','stops','answers','prompts','checked','questions',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _647(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('done','skipped','amount','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _648(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('done','total',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _649(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('enjoyment','achievement','mood_before','mood_after','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _650(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('entry','force','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _651(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('entry','title',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _652(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('entry_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _653(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','item','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _654(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','item_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _655(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','label','low','high','unit','aim',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _656(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','label','low','high','whole','unit','best','aim',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _657(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('first','last','response','remission','words',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _658(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ge','le','gt','min_length','max_length','pattern','strip',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _659(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit','index',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _660(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _661(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','archived',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _662(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','amount',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _663(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','done',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _664(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','paused',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _665(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','skipped',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _666(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','text','base','append',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _667(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','fields','days',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _668(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','title','target','state','detail',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _669(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','title','target','why','title_base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _670(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _671(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','label','hint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _672(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','label','kind','value','required','hint','choices','latest','check',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _673(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','text','choices',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _674(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','text','correct','explanation',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _675(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','text','hint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _676(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','about','max_score','checks','outlook','response','remission','item_texts','safety_items','options',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _677(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','hint','ideas',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _678(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','markdown','line',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _679(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','minutes','note','activity','prompts','questions','sections','path','module_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _680(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','name','about','instruction','attribution','source','checked','options','items','bands','difficulty',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _681(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','prompt',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _682(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','summary','order','note','habits','sources',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _683(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','text','blanks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _684(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','why','target',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _685(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('identity',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _686(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','choice',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _687(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','text','at','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _688(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keys','work_factor',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _689(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kinds','quiet','quiet_text','from_settings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _690(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lesson_id','day','completed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _691(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lesson_id','section','section_index','at',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _692(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lines',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _693(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('low','high','edge','band',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _694(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('low','high','label',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _695(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('measure','start','values',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _696(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('measure','values','average','minimum','maximum','count',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _697(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _698(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('meta','lessons','path','habit_refs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _699(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('module','lesson','stop_index','first',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _700(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','kind','n_with','n_without','mood_with','mood_without','energy_with','energy_without','more_with','more_without',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _701(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','kind','with_days','without_days','shifts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _702(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','region','how','notes','source','checked',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _703(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('number','text','safety',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _704(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ops','label','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _705(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ops',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _706(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','line','message','severity',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _707(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('per_week','days','at_least','at_most','unit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _708(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('profile',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _709(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('question_id','step',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _710(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('questionnaire','draft',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _711(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('questionnaire','start','days','checks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _712(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('questionnaires','answers','attribution',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _713(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ref','position','line',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _714(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('script_id','values','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _715(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('scripts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _716(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('selfcheck',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _717(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('selfcheck_id','in_report',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _718(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('share','days','done','counted','excused',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _719(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','helped','others',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _720(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','next_day','checkins','comparisons',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _721(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','planned','done','let_go','average_enjoyment','average_achievement',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _722(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','planned','done_planned','let_go','still_open','logged','average_enjoyment','average_achievement','top_enjoyment','top_achievement','mood','mood_weeks','smaller','days',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _723(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('step_id','text','at','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _724(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','options',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _725(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('threshold','more_mood','more_days','fewer_mood','fewer_days',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _726(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','average','times',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _727(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','average_enjoyment','average_achievement','times',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _728(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','brings','effort',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _729(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','publisher','url','checked',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _730(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','target','done','share',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _731(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','target',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _732(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _733(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _734(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('weeks','cells','row_names','start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _735(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('weeks','cells','row_names',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _736(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('weeks','rated_highest','entries',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _737(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ():
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return ()==()\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.about,self.sections,)==(other.about,other.sections,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.activity,self.base,)==(other.activity,other.base,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.activity,self.day,self.when,self.helped,)==(other.activity,other.day,other.when,other.helped,)\n  return NotImplemented\n return __eq__': _3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.activity_id,)==(other.activity_id,)\n  return NotImplemented\n return __eq__': _4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.activity_id,self.title,self.times,)==(other.activity_id,other.title,other.times,)\n  return NotImplemented\n return __eq__': _5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.appointment,self.base,)==(other.appointment,other.base,)\n  return NotImplemented\n return __eq__': _6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.area,self.text,self.base,)==(other.area,other.text,other.base,)\n  return NotImplemented\n return __eq__': _7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.areas,)==(other.areas,)\n  return NotImplemented\n return __eq__': _8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.areas,self.problems,)==(other.areas,other.problems,)\n  return NotImplemented\n return __eq__': _9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.changes,)==(other.changes,)\n  return NotImplemented\n return __eq__': _10,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.contact_ids,)==(other.contact_ids,)\n  return NotImplemented\n return __eq__': _11,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.current,self.best,self.unit,)==(other.current,other.best,other.unit,)\n  return NotImplemented\n return __eq__': _12,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.checkin,self.merge,self.append,self.note_base,self.tags_base,)==(other.day,other.checkin,other.merge,other.append,other.note_base,other.tags_base,)\n  return NotImplemented\n return __eq__': _13,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.greeting,self.habits,self.checkin,self.resume,self.modules,self.program,)==(other.day,other.greeting,other.habits,other.checkin,other.resume,other.modules,other.program,)\n  return NotImplemented\n return __eq__': _14,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.kind,self.label,)==(other.day,other.kind,other.label,)\n  return NotImplemented\n return __eq__': _15,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.title,self.area,self.entry,)==(other.day,other.title,other.area,other.entry,)\n  return NotImplemented\n return __eq__': _16,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.total,self.band,self.change,self.answers,self.difficulty,)==(other.day,other.total,other.band,other.change,other.answers,other.difficulty,)\n  return NotImplemented\n return __eq__': _17,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.with_whom,self.notes,)==(other.day,other.with_whom,other.notes,)\n  return NotImplemented\n return __eq__': _18,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.done,self.opened,self.stop,self.stops,self.answers,self.prompts,self.checked,self.questions,)==(other.done,other.opened,other.stop,other.stops,other.answers,other.prompts,other.checked,other.questions,)\n  return NotImplemented\n return __eq__': _19,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.done,self.skipped,self.amount,self.note,)==(other.done,other.skipped,other.amount,other.note,)\n  return NotImplemented\n return __eq__': _20,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.done,self.total,)==(other.done,other.total,)\n  return NotImplemented\n return __eq__': _21,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,)==(other.enjoyment,other.achievement,other.mood_before,other.mood_after,other.note,)\n  return NotImplemented\n return __eq__': _22,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.entry,self.force,self.base,)==(other.entry,other.force,other.base,)\n  return NotImplemented\n return __eq__': _23,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.entry,self.title,)==(other.entry,other.title,)\n  return NotImplemented\n return __eq__': _24,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.entry_id,)==(other.entry_id,)\n  return NotImplemented\n return __eq__': _25,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.event,)==(other.event,)\n  return NotImplemented\n return __eq__': _26,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.item,self.base,)==(other.field,other.item,other.base,)\n  return NotImplemented\n return __eq__': _27,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.item_id,)==(other.field,other.item_id,)\n  return NotImplemented\n return __eq__': _28,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.label,self.low,self.high,self.unit,self.aim,)==(other.field,other.label,other.low,other.high,other.unit,other.aim,)\n  return NotImplemented\n return __eq__': _29,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.label,self.low,self.high,self.whole,self.unit,self.best,self.aim,)==(other.field,other.label,other.low,other.high,other.whole,other.unit,other.best,other.aim,)\n  return NotImplemented\n return __eq__': _30,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.first,self.last,self.response,self.remission,self.words,)==(other.first,other.last,other.response,other.remission,other.words,)\n  return NotImplemented\n return __eq__': _31,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ge,self.le,self.gt,self.min_length,self.max_length,self.pattern,self.strip,)==(other.ge,other.le,other.gt,other.min_length,other.max_length,other.pattern,other.strip,)\n  return NotImplemented\n return __eq__': _32,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit,)==(other.habit,)\n  return NotImplemented\n return __eq__': _33,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit,self.index,)==(other.habit,other.index,)\n  return NotImplemented\n return __eq__': _34,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,)==(other.habit_id,)\n  return NotImplemented\n return __eq__': _35,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.archived,)==(other.habit_id,other.archived,)\n  return NotImplemented\n return __eq__': _36,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.amount,)==(other.habit_id,other.day,other.amount,)\n  return NotImplemented\n return __eq__': _37,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.done,)==(other.habit_id,other.day,other.done,)\n  return NotImplemented\n return __eq__': _38,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.paused,)==(other.habit_id,other.day,other.paused,)\n  return NotImplemented\n return __eq__': _39,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.skipped,)==(other.habit_id,other.day,other.skipped,)\n  return NotImplemented\n return __eq__': _40,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.text,self.base,self.append,)==(other.habit_id,other.day,other.text,other.base,other.append,)\n  return NotImplemented\n return __eq__': _41,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.fields,self.days,)==(other.habit_id,other.fields,other.days,)\n  return NotImplemented\n return __eq__': _42,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.title,self.target,self.state,self.detail,)==(other.habit_id,other.title,other.target,other.state,other.detail,)\n  return NotImplemented\n return __eq__': _43,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.title,self.target,self.why,self.title_base,)==(other.habit_id,other.title,other.target,other.why,other.title_base,)\n  return NotImplemented\n return __eq__': _44,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.activity,self.day,self.when,self.state,self.planned,self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,self.moved_from,self.created,self.updated,)==(other.id,other.activity,other.day,other.when,other.state,other.planned,other.enjoyment,other.achievement,other.mood_before,other.mood_after,other.note,other.moved_from,other.created,other.updated,)\n  return NotImplemented\n return __eq__': _45,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.day,self.kind,self.what,self.severity,self.related_to,self.notes,)==(other.id,other.day,other.kind,other.what,other.severity,other.related_to,other.notes,)\n  return NotImplemented\n return __eq__': _46,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.label,self.hint,)==(other.id,other.label,other.hint,)\n  return NotImplemented\n return __eq__': _47,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.label,self.kind,self.value,self.required,self.hint,self.choices,self.latest,self.check,)==(other.id,other.label,other.kind,other.value,other.required,other.hint,other.choices,other.latest,other.check,)\n  return NotImplemented\n return __eq__': _48,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.name,self.how_they_help,self.reach,)==(other.id,other.name,other.how_they_help,other.reach,)\n  return NotImplemented\n return __eq__': _49,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.problem,self.options,self.chosen,self.step,self.step_day,self.how_it_went,self.what_next,self.habit_id,self.created,self.updated,)==(other.id,other.problem,other.options,other.chosen,other.step,other.step_day,other.how_it_went,other.what_next,other.habit_id,other.created,other.updated,)\n  return NotImplemented\n return __eq__': _50,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.questionnaire,self.day,self.answers,self.difficulty,self.in_report,self.created,self.updated,)==(other.id,other.questionnaire,other.day,other.answers,other.difficulty,other.in_report,other.created,other.updated,)\n  return NotImplemented\n return __eq__': _51,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.situation,self.feelings,self.feelings_strength,self.thought,self.belief,self.traps,self.supports,self.against,self.balanced,self.belief_now,self.feelings_now,self.created,self.updated,)==(other.id,other.situation,other.feelings,other.feelings_strength,other.thought,other.belief,other.traps,other.supports,other.against,other.balanced,other.belief_now,other.feelings_now,other.created,other.updated,)\n  return NotImplemented\n return __eq__': _52,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.text,self.added,self.asked,self.answer,)==(other.id,other.text,other.added,other.asked,other.answer,)\n  return NotImplemented\n return __eq__': _53,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.text,self.choices,)==(other.id,other.text,other.choices,)\n  return NotImplemented\n return __eq__': _54,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.text,self.correct,self.explanation,)==(other.id,other.text,other.correct,other.explanation,)\n  return NotImplemented\n return __eq__': _55,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.text,self.hint,)==(other.id,other.text,other.hint,)\n  return NotImplemented\n return __eq__': _56,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.about,self.max_score,self.checks,self.outlook,self.response,self.remission,self.item_texts,self.safety_items,self.options,)==(other.id,other.title,other.about,other.max_score,other.checks,other.outlook,other.response,other.remission,other.item_texts,other.safety_items,other.options,)\n  return NotImplemented\n return __eq__': _57,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.area,self.brings,self.effort,self.created,self.archived,)==(other.id,other.title,other.area,other.brings,other.effort,other.created,other.archived,)\n  return NotImplemented\n return __eq__': _58,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.hint,self.ideas,)==(other.id,other.title,other.hint,other.ideas,)\n  return NotImplemented\n return __eq__': _59,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.markdown,self.line,)==(other.id,other.title,other.markdown,other.line,)\n  return NotImplemented\n return __eq__': _60,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.minutes,self.note,self.activity,self.prompts,self.questions,self.sections,self.path,self.module_id,)==(other.id,other.title,other.minutes,other.note,other.activity,other.prompts,other.questions,other.sections,other.path,other.module_id,)\n  return NotImplemented\n return __eq__': _61,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.name,self.about,self.instruction,self.attribution,self.source,self.checked,self.options,self.items,self.bands,self.difficulty,)==(other.id,other.title,other.name,other.about,other.instruction,other.attribution,other.source,other.checked,other.options,other.items,other.bands,other.difficulty,)\n  return NotImplemented\n return __eq__': _62,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.prompt,)==(other.id,other.title,other.prompt,)\n  return NotImplemented\n return __eq__': _63,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.summary,self.order,self.note,self.habits,self.sources,)==(other.id,other.title,other.summary,other.order,other.note,other.habits,other.sources,)\n  return NotImplemented\n return __eq__': _64,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.text,self.blanks,)==(other.id,other.title,other.text,other.blanks,)\n  return NotImplemented\n return __eq__': _65,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.why,self.target,)==(other.id,other.title,other.why,other.target,)\n  return NotImplemented\n return __eq__': _66,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.why,self.target,self.suggestion,self.created,self.archived,self.paused,self.done,self.skipped,self.amounts,self.notes,)==(other.id,other.title,other.why,other.target,other.suggestion,other.created,other.archived,other.paused,other.done,other.skipped,other.amounts,other.notes,)\n  return NotImplemented\n return __eq__': _67,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.what,self.started,self.stopped,self.how_it_went,self.side_effects,)==(other.id,other.what,other.started,other.stopped,other.how_it_went,other.side_effects,)\n  return NotImplemented\n return __eq__': _68,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.identity,)==(other.identity,)\n  return NotImplemented\n return __eq__': _69,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.choice,)==(other.key,other.choice,)\n  return NotImplemented\n return __eq__': _70,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.text,self.at,self.base,)==(other.key,other.text,other.at,other.base,)\n  return NotImplemented\n return __eq__': _71,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.title,self.target,self.why,self.archived,self.done,self.skipped,self.amounts,self.notes,self.mapping,)==(other.key,other.title,other.target,other.why,other.archived,other.done,other.skipped,other.amounts,other.notes,other.mapping,)\n  return NotImplemented\n return __eq__': _72,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keys,self.work_factor,)==(other.keys,other.work_factor,)\n  return NotImplemented\n return __eq__': _73,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kinds,self.quiet,self.quiet_text,self.from_settings,)==(other.kinds,other.quiet,other.quiet_text,other.from_settings,)\n  return NotImplemented\n return __eq__': _74,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lesson_id,self.day,self.completed,)==(other.lesson_id,other.day,other.completed,)\n  return NotImplemented\n return __eq__': _75,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lesson_id,self.section,self.section_index,self.at,)==(other.lesson_id,other.section,other.section_index,other.at,)\n  return NotImplemented\n return __eq__': _76,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,)==(other.lines,)\n  return NotImplemented\n return __eq__': _77,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.low,self.high,self.edge,self.band,)==(other.low,other.high,other.edge,other.band,)\n  return NotImplemented\n return __eq__': _78,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.low,self.high,self.label,)==(other.low,other.high,other.label,)\n  return NotImplemented\n return __eq__': _79,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.measure,self.start,self.values,)==(other.measure,other.start,other.values,)\n  return NotImplemented\n return __eq__': _80,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.measure,self.values,self.average,self.minimum,self.maximum,self.count,)==(other.measure,other.values,other.average,other.minimum,other.maximum,other.count,)\n  return NotImplemented\n return __eq__': _81,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.message,)==(other.message,)\n  return NotImplemented\n return __eq__': _82,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.meta,self.lessons,self.path,self.habit_refs,)==(other.meta,other.lessons,other.path,other.habit_refs,)\n  return NotImplemented\n return __eq__': _83,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.module,self.lesson,self.stop_index,self.first,)==(other.module,other.lesson,other.stop_index,other.first,)\n  return NotImplemented\n return __eq__': _84,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.modules,self.problems,self.crisis_lines,self.crisis_from_file,self.scripts,)==(other.modules,other.problems,other.crisis_lines,other.crisis_from_file,other.scripts,)\n  return NotImplemented\n return __eq__': _85,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.mood,self.energy,self.sleep_hours,self.sleep_quality,self.note,self.tags,)==(other.mood,other.energy,other.sleep_hours,other.sleep_quality,other.note,other.tags,)\n  return NotImplemented\n return __eq__': _86,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.mood,self.energy,self.sleep_hours,self.sleep_quality,self.note,self.tags,self.updated,)==(other.mood,other.energy,other.sleep_hours,other.sleep_quality,other.note,other.tags,other.updated,)\n  return NotImplemented\n return __eq__': _87,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.kind,self.n_with,self.n_without,self.mood_with,self.mood_without,self.energy_with,self.energy_without,self.more_with,self.more_without,)==(other.name,other.kind,other.n_with,other.n_without,other.mood_with,other.mood_without,other.energy_with,other.energy_without,other.more_with,other.more_without,)\n  return NotImplemented\n return __eq__': _88,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.kind,self.with_days,self.without_days,self.shifts,)==(other.name,other.kind,other.with_days,other.without_days,other.shifts,)\n  return NotImplemented\n return __eq__': _89,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.region,self.how,self.notes,self.source,self.checked,)==(other.name,other.region,other.how,other.notes,other.source,other.checked,)\n  return NotImplemented\n return __eq__': _90,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.theme,self.day_end_hour,self.week_start,self.show_streaks,self.reduced_motion,self.focus_modules,self.selfcheck_offer,self.remind_of,self.quiet_hours,self.safety_plan_readable,)==(other.name,other.theme,other.day_end_hour,other.week_start,other.show_streaks,other.reduced_motion,other.focus_modules,other.selfcheck_offer,other.remind_of,other.quiet_hours,other.safety_plan_readable,)\n  return NotImplemented\n return __eq__': _91,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.number,self.text,self.safety,)==(other.number,other.text,other.safety,)\n  return NotImplemented\n return __eq__': _92,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ops,)==(other.ops,)\n  return NotImplemented\n return __eq__': _93,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ops,self.bad,self.torn,self.other_checkpoint,self.folded,self.newer,self.lines,self.first_at,self.complete,)==(other.ops,other.bad,other.torn,other.other_checkpoint,other.folded,other.newer,other.lines,other.first_at,other.complete,)\n  return NotImplemented\n return __eq__': _94,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ops,self.label,self.message,)==(other.ops,other.label,other.message,)\n  return NotImplemented\n return __eq__': _95,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ops,self.new_checkins,self.filled_checkins,self.new_habits,self.merged_habits,self.habit_days,self.left_out,)==(other.ops,other.new_checkins,other.filled_checkins,other.new_habits,other.merged_habits,other.habit_days,other.left_out,)\n  return NotImplemented\n return __eq__': _96,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.line,self.message,self.severity,)==(other.path,other.line,other.message,other.severity,)\n  return NotImplemented\n return __eq__': _97,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.per_week,self.days,self.at_least,self.at_most,self.unit,)==(other.per_week,other.days,other.at_least,other.at_most,other.unit,)\n  return NotImplemented\n return __eq__': _98,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.profile,)==(other.profile,)\n  return NotImplemented\n return __eq__': _99,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.question_id,self.step,)==(other.question_id,other.step,)\n  return NotImplemented\n return __eq__': _100,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.questionnaire,self.day,self.answers,self.difficulty,self.updated,)==(other.questionnaire,other.day,other.answers,other.difficulty,other.updated,)\n  return NotImplemented\n return __eq__': _101,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.questionnaire,self.draft,)==(other.questionnaire,other.draft,)\n  return NotImplemented\n return __eq__': _102,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.questionnaire,self.start,self.days,self.checks,)==(other.questionnaire,other.start,other.days,other.checks,)\n  return NotImplemented\n return __eq__': _103,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.questionnaires,self.answers,self.attribution,)==(other.questionnaires,other.answers,other.attribution,)\n  return NotImplemented\n return __eq__': _104,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ref,self.position,self.line,)==(other.ref,other.position,other.line,)\n  return NotImplemented\n return __eq__': _105,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.schema_version,self.created,self.welcomed,self.settings,self.habits,self.lessons,self.last_lesson,self.answers,self.checks,self.checkins,self.safety_plan,self.contacts,self.questions,self.appointment,self.log,self.treatments,self.scripts,self.values,self.activities,self.plans,self.thought_records,self.problem_sheets,self.selfchecks,self.selfcheck_drafts,)==(other.schema_version,other.created,other.welcomed,other.settings,other.habits,other.lessons,other.last_lesson,other.answers,other.checks,other.checkins,other.safety_plan,other.contacts,other.questions,other.appointment,other.log,other.treatments,other.scripts,other.values,other.activities,other.plans,other.thought_records,other.problem_sheets,other.selfchecks,other.selfcheck_drafts,)\n  return NotImplemented\n return __eq__': _106,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.script_id,self.values,self.base,)==(other.script_id,other.values,other.base,)\n  return NotImplemented\n return __eq__': _107,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.scripts,)==(other.scripts,)\n  return NotImplemented\n return __eq__': _108,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.section,self.section_index,self.completed,self.opened,)==(other.section,other.section_index,other.completed,other.opened,)\n  return NotImplemented\n return __eq__': _109,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.selfcheck,)==(other.selfcheck,)\n  return NotImplemented\n return __eq__': _110,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.selfcheck_id,self.in_report,)==(other.selfcheck_id,other.in_report,)\n  return NotImplemented\n return __eq__': _111,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.share,self.days,self.done,self.counted,self.excused,)==(other.share,other.days,other.done,other.counted,other.excused,)\n  return NotImplemented\n return __eq__': _112,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.entries,self.days,self.habits,self.rules,self.unmapped,)==(other.source,other.entries,other.days,other.habits,other.rules,other.unmapped,)\n  return NotImplemented\n return __eq__': _113,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,)==(other.start,other.end,)\n  return NotImplemented\n return __eq__': _114,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.helped,self.others,)==(other.start,other.end,other.helped,other.others,)\n  return NotImplemented\n return __eq__': _115,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.made,self.name,self.measures,self.checkins,self.habits,self.log,self.open_questions,self.answered_questions,self.treatments,self.lessons_done,self.modules_done,self.appointment,self.notes,self.activities,self.reflections,self.patterns,self.thoughts,self.problems,self.selfchecks,)==(other.start,other.end,other.made,other.name,other.measures,other.checkins,other.habits,other.log,other.open_questions,other.answered_questions,other.treatments,other.lessons_done,other.modules_done,other.appointment,other.notes,other.activities,other.reflections,other.patterns,other.thoughts,other.problems,other.selfchecks,)\n  return NotImplemented\n return __eq__': _116,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.next_day,self.checkins,self.comparisons,)==(other.start,other.end,other.next_day,other.checkins,other.comparisons,)\n  return NotImplemented\n return __eq__': _117,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.planned,self.done,self.let_go,self.average_enjoyment,self.average_achievement,)==(other.start,other.end,other.planned,other.done,other.let_go,other.average_enjoyment,other.average_achievement,)\n  return NotImplemented\n return __eq__': _118,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.planned,self.done_planned,self.let_go,self.still_open,self.logged,self.average_enjoyment,self.average_achievement,self.top_enjoyment,self.top_achievement,self.mood,self.mood_weeks,self.smaller,self.days,)==(other.start,other.end,other.planned,other.done_planned,other.let_go,other.still_open,other.logged,other.average_enjoyment,other.average_achievement,other.top_enjoyment,other.top_achievement,other.mood,other.mood_weeks,other.smaller,other.days,)\n  return NotImplemented\n return __eq__': _119,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.step_id,self.text,self.at,self.base,)==(other.step_id,other.text,other.at,other.base,)\n  return NotImplemented\n return __eq__': _120,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.steps,self.people,self.updated,)==(other.steps,other.people,other.updated,)\n  return NotImplemented\n return __eq__': _121,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.store,self.library,self.clock,self.undo_stack,self.saved_elsewhere,self.not_saved,)==(other.store,other.library,other.clock,other.undo_stack,other.saved_elsewhere,other.not_saved,)\n  return NotImplemented\n return __eq__': _122,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.options,)==(other.text,other.options,)\n  return NotImplemented\n return __eq__': _123,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.pros,self.cons,)==(other.text,other.pros,other.cons,)\n  return NotImplemented\n return __eq__': _124,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.updated,)==(other.text,other.updated,)\n  return NotImplemented\n return __eq__': _125,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.threshold,self.more_mood,self.more_days,self.fewer_mood,self.fewer_days,)==(other.threshold,other.more_mood,other.more_days,other.fewer_mood,other.fewer_days,)\n  return NotImplemented\n return __eq__': _126,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.average,self.times,)==(other.title,other.average,other.times,)\n  return NotImplemented\n return __eq__': _127,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.average_enjoyment,self.average_achievement,self.times,)==(other.title,other.average_enjoyment,other.average_achievement,other.times,)\n  return NotImplemented\n return __eq__': _128,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.brings,self.effort,)==(other.title,other.brings,other.effort,)\n  return NotImplemented\n return __eq__': _129,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.lines,)==(other.title,other.lines,)\n  return NotImplemented\n return __eq__': _130,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.publisher,self.url,self.checked,)==(other.title,other.publisher,other.url,other.checked,)\n  return NotImplemented\n return __eq__': _131,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.target,)==(other.title,other.target,)\n  return NotImplemented\n return __eq__': _132,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.target,self.done,self.share,)==(other.title,other.target,other.done,other.share,)\n  return NotImplemented\n return __eq__': _133,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.text,)==(other.title,other.text,)\n  return NotImplemented\n return __eq__': _134,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.text,)==(other.value,other.text,)\n  return NotImplemented\n return __eq__': _135,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.weeks,self.cells,self.row_names,)==(other.weeks,other.cells,other.row_names,)\n  return NotImplemented\n return __eq__': _136,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.weeks,self.cells,self.row_names,self.start,self.end,)==(other.weeks,other.cells,other.row_names,other.start,other.end,)\n  return NotImplemented\n return __eq__': _137,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.weeks,self.rated_highest,self.entries,)==(other.weeks,other.rated_highest,other.entries,)\n  return NotImplemented\n return __eq__': _138,
    'def __create_fn__():\n def __hash__(self):\n  return hash(())\n return __hash__': _139,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.activity,self.base,))\n return __hash__': _140,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.activity,self.day,self.when,self.helped,))\n return __hash__': _141,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.activity_id,))\n return __hash__': _142,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.activity_id,self.title,self.times,))\n return __hash__': _143,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.appointment,self.base,))\n return __hash__': _144,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.area,self.text,self.base,))\n return __hash__': _145,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.areas,))\n return __hash__': _146,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.changes,))\n return __hash__': _147,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.contact_ids,))\n return __hash__': _148,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.current,self.best,self.unit,))\n return __hash__': _149,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.checkin,self.merge,self.append,self.note_base,self.tags_base,))\n return __hash__': _150,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.greeting,self.habits,self.checkin,self.resume,self.modules,self.program,))\n return __hash__': _151,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.kind,self.label,))\n return __hash__': _152,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.title,self.area,self.entry,))\n return __hash__': _153,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.total,self.band,self.change,self.answers,self.difficulty,))\n return __hash__': _154,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.done,self.opened,self.stop,self.stops,self.answers,self.prompts,self.checked,self.questions,))\n return __hash__': _155,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.done,self.skipped,self.amount,self.note,))\n return __hash__': _156,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.done,self.total,))\n return __hash__': _157,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,))\n return __hash__': _158,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.entry,self.force,self.base,))\n return __hash__': _159,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.entry,self.title,))\n return __hash__': _160,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.entry_id,))\n return __hash__': _161,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.field,self.item,self.base,))\n return __hash__': _162,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.field,self.item_id,))\n return __hash__': _163,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.field,self.label,self.low,self.high,self.unit,self.aim,))\n return __hash__': _164,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.field,self.label,self.low,self.high,self.whole,self.unit,self.best,self.aim,))\n return __hash__': _165,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.first,self.last,self.response,self.remission,self.words,))\n return __hash__': _166,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ge,self.le,self.gt,self.min_length,self.max_length,self.pattern,self.strip,))\n return __hash__': _167,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit,))\n return __hash__': _168,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit,self.index,))\n return __hash__': _169,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,))\n return __hash__': _170,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.archived,))\n return __hash__': _171,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.amount,))\n return __hash__': _172,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.done,))\n return __hash__': _173,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.paused,))\n return __hash__': _174,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.skipped,))\n return __hash__': _175,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.text,self.base,self.append,))\n return __hash__': _176,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.fields,self.days,))\n return __hash__': _177,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.title,self.target,self.state,self.detail,))\n return __hash__': _178,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.title,self.target,self.why,self.title_base,))\n return __hash__': _179,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.label,self.hint,))\n return __hash__': _180,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.label,self.kind,self.value,self.required,self.hint,self.choices,self.latest,self.check,))\n return __hash__': _181,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.text,self.choices,))\n return __hash__': _182,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.text,self.correct,self.explanation,))\n return __hash__': _183,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.text,self.hint,))\n return __hash__': _184,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.about,self.max_score,self.checks,self.outlook,self.response,self.remission,self.item_texts,self.safety_items,self.options,))\n return __hash__': _185,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.hint,self.ideas,))\n return __hash__': _186,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.markdown,self.line,))\n return __hash__': _187,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.minutes,self.note,self.activity,self.prompts,self.questions,self.sections,self.path,self.module_id,))\n return __hash__': _188,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.name,self.about,self.instruction,self.attribution,self.source,self.checked,self.options,self.items,self.bands,self.difficulty,))\n return __hash__': _189,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.prompt,))\n return __hash__': _190,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.summary,self.order,self.note,self.habits,self.sources,))\n return __hash__': _191,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.text,self.blanks,))\n return __hash__': _192,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.why,self.target,))\n return __hash__': _193,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.identity,))\n return __hash__': _194,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.choice,))\n return __hash__': _195,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.text,self.at,self.base,))\n return __hash__': _196,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.keys,self.work_factor,))\n return __hash__': _197,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kinds,self.quiet,self.quiet_text,self.from_settings,))\n return __hash__': _198,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lesson_id,self.day,self.completed,))\n return __hash__': _199,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lesson_id,self.section,self.section_index,self.at,))\n return __hash__': _200,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lines,))\n return __hash__': _201,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.low,self.high,self.edge,self.band,))\n return __hash__': _202,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.low,self.high,self.label,))\n return __hash__': _203,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.measure,self.start,self.values,))\n return __hash__': _204,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.measure,self.values,self.average,self.minimum,self.maximum,self.count,))\n return __hash__': _205,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.message,))\n return __hash__': _206,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.meta,self.lessons,self.path,self.habit_refs,))\n return __hash__': _207,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.module,self.lesson,self.stop_index,self.first,))\n return __hash__': _208,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.kind,self.n_with,self.n_without,self.mood_with,self.mood_without,self.energy_with,self.energy_without,self.more_with,self.more_without,))\n return __hash__': _209,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.kind,self.with_days,self.without_days,self.shifts,))\n return __hash__': _210,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.region,self.how,self.notes,self.source,self.checked,))\n return __hash__': _211,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.number,self.text,self.safety,))\n return __hash__': _212,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ops,))\n return __hash__': _213,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ops,self.label,self.message,))\n return __hash__': _214,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.line,self.message,self.severity,))\n return __hash__': _215,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.per_week,self.days,self.at_least,self.at_most,self.unit,))\n return __hash__': _216,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.profile,))\n return __hash__': _217,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.question_id,self.step,))\n return __hash__': _218,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.questionnaire,self.draft,))\n return __hash__': _219,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.questionnaire,self.start,self.days,self.checks,))\n return __hash__': _220,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.questionnaires,self.answers,self.attribution,))\n return __hash__': _221,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ref,self.position,self.line,))\n return __hash__': _222,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.script_id,self.values,self.base,))\n return __hash__': _223,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.scripts,))\n return __hash__': _224,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.selfcheck,))\n return __hash__': _225,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.selfcheck_id,self.in_report,))\n return __hash__': _226,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.share,self.days,self.done,self.counted,self.excused,))\n return __hash__': _227,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.helped,self.others,))\n return __hash__': _228,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.next_day,self.checkins,self.comparisons,))\n return __hash__': _229,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.planned,self.done,self.let_go,self.average_enjoyment,self.average_achievement,))\n return __hash__': _230,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.planned,self.done_planned,self.let_go,self.still_open,self.logged,self.average_enjoyment,self.average_achievement,self.top_enjoyment,self.top_achievement,self.mood,self.mood_weeks,self.smaller,self.days,))\n return __hash__': _231,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.step_id,self.text,self.at,self.base,))\n return __hash__': _232,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.options,))\n return __hash__': _233,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.threshold,self.more_mood,self.more_days,self.fewer_mood,self.fewer_days,))\n return __hash__': _234,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.average,self.times,))\n return __hash__': _235,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.average_enjoyment,self.average_achievement,self.times,))\n return __hash__': _236,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.brings,self.effort,))\n return __hash__': _237,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.publisher,self.url,self.checked,))\n return __hash__': _238,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.target,))\n return __hash__': _239,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.target,self.done,self.share,))\n return __hash__': _240,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.text,))\n return __hash__': _241,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.value,self.text,))\n return __hash__': _242,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.weeks,self.cells,self.row_names,))\n return __hash__': _243,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.weeks,self.cells,self.row_names,self.start,self.end,))\n return __hash__': _244,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.weeks,self.rated_highest,self.entries,))\n return __hash__': _245,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"()"\n return __repr__': _246,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(about={self.about!r}, sections={self.sections!r})"\n return __repr__': _247,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(activity={self.activity!r}, base={self.base!r})"\n return __repr__': _248,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(activity={self.activity!r}, day={self.day!r}, when={self.when!r}, helped={self.helped!r})"\n return __repr__': _249,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(activity_id={self.activity_id!r})"\n return __repr__': _250,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(activity_id={self.activity_id!r}, title={self.title!r}, times={self.times!r})"\n return __repr__': _251,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(appointment={self.appointment!r}, base={self.base!r})"\n return __repr__': _252,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(area={self.area!r}, text={self.text!r}, base={self.base!r})"\n return __repr__': _253,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(areas={self.areas!r})"\n return __repr__': _254,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(areas={self.areas!r}, problems={self.problems!r})"\n return __repr__': _255,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(changes={self.changes!r})"\n return __repr__': _256,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(contact_ids={self.contact_ids!r})"\n return __repr__': _257,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(current={self.current!r}, best={self.best!r}, unit={self.unit!r})"\n return __repr__': _258,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, checkin={self.checkin!r}, merge={self.merge!r}, append={self.append!r}, note_base={self.note_base!r}, tags_base={self.tags_base!r})"\n return __repr__': _259,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, greeting={self.greeting!r}, habits={self.habits!r}, checkin={self.checkin!r}, resume={self.resume!r}, modules={self.modules!r}, program={self.program!r})"\n return __repr__': _260,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, kind={self.kind!r}, label={self.label!r})"\n return __repr__': _261,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, title={self.title!r}, area={self.area!r}, entry={self.entry!r})"\n return __repr__': _262,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, total={self.total!r}, band={self.band!r}, change={self.change!r}, answers={self.answers!r}, difficulty={self.difficulty!r})"\n return __repr__': _263,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, with_whom={self.with_whom!r}, notes={self.notes!r})"\n return __repr__': _264,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(done={self.done!r}, opened={self.opened!r}, stop={self.stop!r}, stops={self.stops!r}, answers={self.answers!r}, prompts={self.prompts!r}, checked={self.checked!r}, questions={self.questions!r})"\n return __repr__': _265,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(done={self.done!r}, skipped={self.skipped!r}, amount={self.amount!r}, note={self.note!r})"\n return __repr__': _266,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(done={self.done!r}, total={self.total!r})"\n return __repr__': _267,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(enjoyment={self.enjoyment!r}, achievement={self.achievement!r}, mood_before={self.mood_before!r}, mood_after={self.mood_after!r}, note={self.note!r})"\n return __repr__': _268,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(entry={self.entry!r}, force={self.force!r}, base={self.base!r})"\n return __repr__': _269,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(entry={self.entry!r}, title={self.title!r})"\n return __repr__': _270,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(entry_id={self.entry_id!r})"\n return __repr__': _271,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(event={self.event!r})"\n return __repr__': _272,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, item={self.item!r}, base={self.base!r})"\n return __repr__': _273,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, item_id={self.item_id!r})"\n return __repr__': _274,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, label={self.label!r}, low={self.low!r}, high={self.high!r}, unit={self.unit!r}, aim={self.aim!r})"\n return __repr__': _275,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, label={self.label!r}, low={self.low!r}, high={self.high!r}, whole={self.whole!r}, unit={self.unit!r}, best={self.best!r}, aim={self.aim!r})"\n return __repr__': _276,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(first={self.first!r}, last={self.last!r}, response={self.response!r}, remission={self.remission!r}, words={self.words!r})"\n return __repr__': _277,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ge={self.ge!r}, le={self.le!r}, gt={self.gt!r}, min_length={self.min_length!r}, max_length={self.max_length!r}, pattern={self.pattern!r}, strip={self.strip!r})"\n return __repr__': _278,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit={self.habit!r})"\n return __repr__': _279,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit={self.habit!r}, index={self.index!r})"\n return __repr__': _280,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r})"\n return __repr__': _281,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, archived={self.archived!r})"\n return __repr__': _282,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, amount={self.amount!r})"\n return __repr__': _283,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, done={self.done!r})"\n return __repr__': _284,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, paused={self.paused!r})"\n return __repr__': _285,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, skipped={self.skipped!r})"\n return __repr__': _286,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, text={self.text!r}, base={self.base!r}, append={self.append!r})"\n return __repr__': _287,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, fields={self.fields!r}, days={self.days!r})"\n return __repr__': _288,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, title={self.title!r}, target={self.target!r}, state={self.state!r}, detail={self.detail!r})"\n return __repr__': _289,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, title={self.title!r}, target={self.target!r}, why={self.why!r}, title_base={self.title_base!r})"\n return __repr__': _290,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, activity={self.activity!r}, day={self.day!r}, when={self.when!r}, state={self.state!r}, planned={self.planned!r}, enjoyment={self.enjoyment!r}, achievement={self.achievement!r}, mood_before={self.mood_before!r}, mood_after={self.mood_after!r}, note={self.note!r}, moved_from={self.moved_from!r}, created={self.created!r}, updated={self.updated!r})"\n return __repr__': _291,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, day={self.day!r}, kind={self.kind!r}, what={self.what!r}, severity={self.severity!r}, related_to={self.related_to!r}, notes={self.notes!r})"\n return __repr__': _292,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, hint={self.hint!r})"\n return __repr__': _293,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, kind={self.kind!r}, value={self.value!r}, required={self.required!r}, hint={self.hint!r}, choices={self.choices!r}, latest={self.latest!r}, check={self.check!r})"\n return __repr__': _294,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, how_they_help={self.how_they_help!r}, reach={self.reach!r})"\n return __repr__': _295,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, problem={self.problem!r}, options={self.options!r}, chosen={self.chosen!r}, step={self.step!r}, step_day={self.step_day!r}, how_it_went={self.how_it_went!r}, what_next={self.what_next!r}, habit_id={self.habit_id!r}, created={self.created!r}, updated={self.updated!r})"\n return __repr__': _296,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, questionnaire={self.questionnaire!r}, day={self.day!r}, answers={self.answers!r}, difficulty={self.difficulty!r}, in_report={self.in_report!r}, created={self.created!r}, updated={self.updated!r})"\n return __repr__': _297,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, situation={self.situation!r}, feelings={self.feelings!r}, feelings_strength={self.feelings_strength!r}, thought={self.thought!r}, belief={self.belief!r}, traps={self.traps!r}, supports={self.supports!r}, against={self.against!r}, balanced={self.balanced!r}, belief_now={self.belief_now!r}, feelings_now={self.feelings_now!r}, created={self.created!r}, updated={self.updated!r})"\n return __repr__': _298,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, added={self.added!r}, asked={self.asked!r}, answer={self.answer!r})"\n return __repr__': _299,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, choices={self.choices!r})"\n return __repr__': _300,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, correct={self.correct!r}, explanation={self.explanation!r})"\n return __repr__': _301,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, hint={self.hint!r})"\n return __repr__': _302,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, about={self.about!r}, max_score={self.max_score!r}, checks={self.checks!r}, outlook={self.outlook!r}, response={self.response!r}, remission={self.remission!r}, item_texts={self.item_texts!r}, safety_items={self.safety_items!r}, options={self.options!r})"\n return __repr__': _303,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, area={self.area!r}, brings={self.brings!r}, effort={self.effort!r}, created={self.created!r}, archived={self.archived!r})"\n return __repr__': _304,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, hint={self.hint!r}, ideas={self.ideas!r})"\n return __repr__': _305,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, markdown={self.markdown!r}, line={self.line!r})"\n return __repr__': _306,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, minutes={self.minutes!r}, note={self.note!r}, activity={self.activity!r}, prompts={self.prompts!r}, questions={self.questions!r}, sections={self.sections!r}, path={self.path!r}, module_id={self.module_id!r})"\n return __repr__': _307,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, name={self.name!r}, about={self.about!r}, instruction={self.instruction!r}, attribution={self.attribution!r}, source={self.source!r}, checked={self.checked!r}, options={self.options!r}, items={self.items!r}, bands={self.bands!r}, difficulty={self.difficulty!r})"\n return __repr__': _308,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, prompt={self.prompt!r})"\n return __repr__': _309,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, summary={self.summary!r}, order={self.order!r}, note={self.note!r}, habits={self.habits!r}, sources={self.sources!r})"\n return __repr__': _310,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, text={self.text!r}, blanks={self.blanks!r})"\n return __repr__': _311,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, why={self.why!r}, target={self.target!r})"\n return __repr__': _312,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, why={self.why!r}, target={self.target!r}, suggestion={self.suggestion!r}, created={self.created!r}, archived={self.archived!r}, paused={self.paused!r}, done={self.done!r}, skipped={self.skipped!r}, amounts={self.amounts!r}, notes={self.notes!r})"\n return __repr__': _313,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, what={self.what!r}, started={self.started!r}, stopped={self.stopped!r}, how_it_went={self.how_it_went!r}, side_effects={self.side_effects!r})"\n return __repr__': _314,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(identity={self.identity!r})"\n return __repr__': _315,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, choice={self.choice!r})"\n return __repr__': _316,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, text={self.text!r}, at={self.at!r}, base={self.base!r})"\n return __repr__': _317,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, title={self.title!r}, target={self.target!r}, why={self.why!r}, archived={self.archived!r}, done={self.done!r}, skipped={self.skipped!r}, amounts={self.amounts!r}, notes={self.notes!r}, mapping={self.mapping!r})"\n return __repr__': _318,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keys={self.keys!r}, work_factor={self.work_factor!r})"\n return __repr__': _319,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kinds={self.kinds!r}, quiet={self.quiet!r}, quiet_text={self.quiet_text!r}, from_settings={self.from_settings!r})"\n return __repr__': _320,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lesson_id={self.lesson_id!r}, day={self.day!r}, completed={self.completed!r})"\n return __repr__': _321,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lesson_id={self.lesson_id!r}, section={self.section!r}, section_index={self.section_index!r}, at={self.at!r})"\n return __repr__': _322,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r})"\n return __repr__': _323,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, edge={self.edge!r}, band={self.band!r})"\n return __repr__': _324,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, label={self.label!r})"\n return __repr__': _325,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(measure={self.measure!r}, start={self.start!r}, values={self.values!r})"\n return __repr__': _326,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(measure={self.measure!r}, values={self.values!r}, average={self.average!r}, minimum={self.minimum!r}, maximum={self.maximum!r}, count={self.count!r})"\n return __repr__': _327,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(message={self.message!r})"\n return __repr__': _328,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(meta={self.meta!r}, lessons={self.lessons!r}, path={self.path!r}, habit_refs={self.habit_refs!r})"\n return __repr__': _329,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(module={self.module!r}, lesson={self.lesson!r}, stop_index={self.stop_index!r}, first={self.first!r})"\n return __repr__': _330,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(modules={self.modules!r}, problems={self.problems!r}, crisis_lines={self.crisis_lines!r}, crisis_from_file={self.crisis_from_file!r}, scripts={self.scripts!r})"\n return __repr__': _331,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(mood={self.mood!r}, energy={self.energy!r}, sleep_hours={self.sleep_hours!r}, sleep_quality={self.sleep_quality!r}, note={self.note!r}, tags={self.tags!r})"\n return __repr__': _332,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(mood={self.mood!r}, energy={self.energy!r}, sleep_hours={self.sleep_hours!r}, sleep_quality={self.sleep_quality!r}, note={self.note!r}, tags={self.tags!r}, updated={self.updated!r})"\n return __repr__': _333,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, n_with={self.n_with!r}, n_without={self.n_without!r}, mood_with={self.mood_with!r}, mood_without={self.mood_without!r}, energy_with={self.energy_with!r}, energy_without={self.energy_without!r}, more_with={self.more_with!r}, more_without={self.more_without!r})"\n return __repr__': _334,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, with_days={self.with_days!r}, without_days={self.without_days!r}, shifts={self.shifts!r})"\n return __repr__': _335,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, region={self.region!r}, how={self.how!r}, notes={self.notes!r}, source={self.source!r}, checked={self.checked!r})"\n return __repr__': _336,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, theme={self.theme!r}, day_end_hour={self.day_end_hour!r}, week_start={self.week_start!r}, show_streaks={self.show_streaks!r}, reduced_motion={self.reduced_motion!r}, focus_modules={self.focus_modules!r}, selfcheck_offer={self.selfcheck_offer!r}, remind_of={self.remind_of!r}, quiet_hours={self.quiet_hours!r}, safety_plan_readable={self.safety_plan_readable!r})"\n return __repr__': _337,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(number={self.number!r}, text={self.text!r}, safety={self.safety!r})"\n return __repr__': _338,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ops={self.ops!r})"\n return __repr__': _339,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ops={self.ops!r}, bad={self.bad!r}, torn={self.torn!r}, other_checkpoint={self.other_checkpoint!r}, folded={self.folded!r}, newer={self.newer!r}, lines={self.lines!r}, first_at={self.first_at!r}, complete={self.complete!r})"\n return __repr__': _340,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ops={self.ops!r}, label={self.label!r}, message={self.message!r})"\n return __repr__': _341,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ops={self.ops!r}, new_checkins={self.new_checkins!r}, filled_checkins={self.filled_checkins!r}, new_habits={self.new_habits!r}, merged_habits={self.merged_habits!r}, habit_days={self.habit_days!r}, left_out={self.left_out!r})"\n return __repr__': _342,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r}, message={self.message!r}, severity={self.severity!r})"\n return __repr__': _343,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(per_week={self.per_week!r}, days={self.days!r}, at_least={self.at_least!r}, at_most={self.at_most!r}, unit={self.unit!r})"\n return __repr__': _344,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(profile={self.profile!r})"\n return __repr__': _345,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(question_id={self.question_id!r}, step={self.step!r})"\n return __repr__': _346,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, day={self.day!r}, answers={self.answers!r}, difficulty={self.difficulty!r}, updated={self.updated!r})"\n return __repr__': _347,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, draft={self.draft!r})"\n return __repr__': _348,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, start={self.start!r}, days={self.days!r}, checks={self.checks!r})"\n return __repr__': _349,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(questionnaires={self.questionnaires!r}, answers={self.answers!r}, attribution={self.attribution!r})"\n return __repr__': _350,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ref={self.ref!r}, position={self.position!r}, line={self.line!r})"\n return __repr__': _351,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(schema_version={self.schema_version!r}, created={self.created!r}, welcomed={self.welcomed!r}, settings={self.settings!r}, habits={self.habits!r}, lessons={self.lessons!r}, last_lesson={self.last_lesson!r}, answers={self.answers!r}, checks={self.checks!r}, checkins={self.checkins!r}, safety_plan={self.safety_plan!r}, contacts={self.contacts!r}, questions={self.questions!r}, appointment={self.appointment!r}, log={self.log!r}, treatments={self.treatments!r}, scripts={self.scripts!r}, values={self.values!r}, activities={self.activities!r}, plans={self.plans!r}, thought_records={self.thought_records!r}, problem_sheets={self.problem_sheets!r}, selfchecks={self.selfchecks!r}, selfcheck_drafts={self.selfcheck_drafts!r})"\n return __repr__': _352,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(script_id={self.script_id!r}, values={self.values!r}, base={self.base!r})"\n return __repr__': _353,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(scripts={self.scripts!r})"\n return __repr__': _354,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(section={self.section!r}, section_index={self.section_index!r}, completed={self.completed!r}, opened={self.opened!r})"\n return __repr__': _355,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(selfcheck={self.selfcheck!r})"\n return __repr__': _356,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(selfcheck_id={self.selfcheck_id!r}, in_report={self.in_report!r})"\n return __repr__': _357,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(share={self.share!r}, days={self.days!r}, done={self.done!r}, counted={self.counted!r}, excused={self.excused!r})"\n return __repr__': _358,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, entries={self.entries!r}, days={self.days!r}, habits={self.habits!r}, rules={self.rules!r}, unmapped={self.unmapped!r})"\n return __repr__': _359,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"\n return __repr__': _360,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, helped={self.helped!r}, others={self.others!r})"\n return __repr__': _361,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, made={self.made!r}, name={self.name!r}, measures={self.measures!r}, checkins={self.checkins!r}, habits={self.habits!r}, log={self.log!r}, open_questions={self.open_questions!r}, answered_questions={self.answered_questions!r}, treatments={self.treatments!r}, lessons_done={self.lessons_done!r}, modules_done={self.modules_done!r}, appointment={self.appointment!r}, notes={self.notes!r}, activities={self.activities!r}, reflections={self.reflections!r}, patterns={self.patterns!r}, thoughts={self.thoughts!r}, problems={self.problems!r}, selfchecks={self.selfchecks!r})"\n return __repr__': _362,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, next_day={self.next_day!r}, checkins={self.checkins!r}, comparisons={self.comparisons!r})"\n return __repr__': _363,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, planned={self.planned!r}, done={self.done!r}, let_go={self.let_go!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r})"\n return __repr__': _364,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, planned={self.planned!r}, done_planned={self.done_planned!r}, let_go={self.let_go!r}, still_open={self.still_open!r}, logged={self.logged!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r}, top_enjoyment={self.top_enjoyment!r}, top_achievement={self.top_achievement!r}, mood={self.mood!r}, mood_weeks={self.mood_weeks!r}, smaller={self.smaller!r}, days={self.days!r})"\n return __repr__': _365,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(step_id={self.step_id!r}, text={self.text!r}, at={self.at!r}, base={self.base!r})"\n return __repr__': _366,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(steps={self.steps!r}, people={self.people!r}, updated={self.updated!r})"\n return __repr__': _367,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(store={self.store!r}, library={self.library!r}, clock={self.clock!r}, undo_stack={self.undo_stack!r}, saved_elsewhere={self.saved_elsewhere!r}, not_saved={self.not_saved!r})"\n return __repr__': _368,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, options={self.options!r})"\n return __repr__': _369,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, pros={self.pros!r}, cons={self.cons!r})"\n return __repr__': _370,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, updated={self.updated!r})"\n return __repr__': _371,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(threshold={self.threshold!r}, more_mood={self.more_mood!r}, more_days={self.more_days!r}, fewer_mood={self.fewer_mood!r}, fewer_days={self.fewer_days!r})"\n return __repr__': _372,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, average={self.average!r}, times={self.times!r})"\n return __repr__': _373,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r}, times={self.times!r})"\n return __repr__': _374,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, brings={self.brings!r}, effort={self.effort!r})"\n return __repr__': _375,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, lines={self.lines!r})"\n return __repr__': _376,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, publisher={self.publisher!r}, url={self.url!r}, checked={self.checked!r})"\n return __repr__': _377,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, target={self.target!r})"\n return __repr__': _378,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, target={self.target!r}, done={self.done!r}, share={self.share!r})"\n return __repr__': _379,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, text={self.text!r})"\n return __repr__': _380,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, text={self.text!r})"\n return __repr__': _381,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, cells={self.cells!r}, row_names={self.row_names!r})"\n return __repr__': _382,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, cells={self.cells!r}, row_names={self.row_names!r}, start={self.start!r}, end={self.end!r})"\n return __repr__': _383,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, rated_highest={self.rated_highest!r}, entries={self.entries!r})"\n return __repr__': _384,
    'def __create_fn__(MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self)->_return_type:\n  pass\n return __init__': _385,
    'def __create_fn__(_type_about, _type_sections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,about:_type_about,sections:_type_sections)->_return_type:\n  self.about=about\n  self.sections=sections\n return __init__': _386,
    "def __create_fn__(_type_activity, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,activity:_type_activity,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'activity',activity)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _387,
    "def __create_fn__(_type_activity, _type_day, _type_when, _type_helped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,activity:_type_activity,day:_type_day,when:_type_when,helped:_type_helped)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'activity',activity)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'when',when)\n  __dataclass_builtins_object__.__setattr__(self,'helped',helped)\n return __init__": _388,
    "def __create_fn__(_type_activity_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,activity_id:_type_activity_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'activity_id',activity_id)\n return __init__": _389,
    "def __create_fn__(_type_activity_id, _type_title, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,activity_id:_type_activity_id,title:_type_title,times:_type_times)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'activity_id',activity_id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'times',times)\n return __init__": _390,
    "def __create_fn__(_type_appointment, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,appointment:_type_appointment,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'appointment',appointment)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _391,
    "def __create_fn__(_type_area, _type_text, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,area:_type_area,text:_type_text,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'area',area)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _392,
    "def __create_fn__(_type_areas, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,areas:_type_areas)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'areas',areas)\n return __init__": _393,
    'def __create_fn__(_type_areas, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_areas, _dflt_problems, _return_type):\n def __init__(self,areas:_type_areas=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.areas=_dflt_areas() if areas is _HAS_DEFAULT_FACTORY else areas\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n return __init__': _394,
    "def __create_fn__(_type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,changes:_type_changes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'changes',changes)\n return __init__": _395,
    "def __create_fn__(_type_contact_ids, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,contact_ids:_type_contact_ids)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'contact_ids',contact_ids)\n return __init__": _396,
    "def __create_fn__(_type_current, _type_best, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,current:_type_current,best:_type_best,unit:_type_unit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'current',current)\n  __dataclass_builtins_object__.__setattr__(self,'best',best)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n return __init__": _397,
    "def __create_fn__(_type_day, _type_checkin, _type_merge, _type_append, _type_note_base, _type_tags_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merge, _dflt_append, _dflt_note_base, _dflt_tags_base, _return_type):\n def __init__(self,day:_type_day,checkin:_type_checkin,merge:_type_merge=_dflt_merge,append:_type_append=_dflt_append,note_base:_type_note_base=_dflt_note_base,tags_base:_type_tags_base=_dflt_tags_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'checkin',checkin)\n  __dataclass_builtins_object__.__setattr__(self,'merge',merge)\n  __dataclass_builtins_object__.__setattr__(self,'append',append)\n  __dataclass_builtins_object__.__setattr__(self,'note_base',note_base)\n  __dataclass_builtins_object__.__setattr__(self,'tags_base',tags_base)\n return __init__": _398,
    "def __create_fn__(_type_day, _type_greeting, _type_habits, _type_checkin, _type_resume, _type_modules, _type_program, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,day:_type_day,greeting:_type_greeting,habits:_type_habits,checkin:_type_checkin,resume:_type_resume,modules:_type_modules,program:_type_program)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'greeting',greeting)\n  __dataclass_builtins_object__.__setattr__(self,'habits',habits)\n  __dataclass_builtins_object__.__setattr__(self,'checkin',checkin)\n  __dataclass_builtins_object__.__setattr__(self,'resume',resume)\n  __dataclass_builtins_object__.__setattr__(self,'modules',modules)\n  __dataclass_builtins_object__.__setattr__(self,'program',program)\n return __init__": _399,
    "def __create_fn__(_type_day, _type_kind, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,day:_type_day,kind:_type_kind,label:_type_label)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__": _400,
    "def __create_fn__(_type_day, _type_title, _type_area, _type_entry, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,day:_type_day,title:_type_title,area:_type_area,entry:_type_entry)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'area',area)\n  __dataclass_builtins_object__.__setattr__(self,'entry',entry)\n return __init__": _401,
    "def __create_fn__(_type_day, _type_total, _type_band, _type_change, _type_answers, _type_difficulty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,day:_type_day,total:_type_total,band:_type_band,change:_type_change,answers:_type_answers,difficulty:_type_difficulty)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'total',total)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n  __dataclass_builtins_object__.__setattr__(self,'change',change)\n  __dataclass_builtins_object__.__setattr__(self,'answers',answers)\n  __dataclass_builtins_object__.__setattr__(self,'difficulty',difficulty)\n return __init__": _402,
    'def __create_fn__(_type_day, _type_with_whom, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_day, _dflt_with_whom, _dflt_notes, _return_type):\n def __init__(self,*,day:_type_day=_dflt_day,with_whom:_type_with_whom=_dflt_with_whom,notes:_type_notes=_dflt_notes)->_return_type:\n  self.day=day\n  self.with_whom=with_whom\n  self.notes=notes\n return __init__': _403,
    "def __create_fn__(_type_done, _type_opened, _type_stop, _type_stops, _type_answers, _type_prompts, _type_checked, _type_questions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,done:_type_done,opened:_type_opened,stop:_type_stop,stops:_type_stops,answers:_type_answers,prompts:_type_prompts,checked:_type_checked,questions:_type_questions)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'opened',opened)\n  __dataclass_builtins_object__.__setattr__(self,'stop',stop)\n  __dataclass_builtins_object__.__setattr__(self,'stops',stops)\n  __dataclass_builtins_object__.__setattr__(self,'answers',answers)\n  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)\n  __dataclass_builtins_object__.__setattr__(self,'checked',checked)\n  __dataclass_builtins_object__.__setattr__(self,'questions',questions)\n return __init__": _404,
    "def __create_fn__(_type_done, _type_skipped, _type_amount, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done, _dflt_skipped, _dflt_amount, _dflt_note, _return_type):\n def __init__(self,done:_type_done=_dflt_done,skipped:_type_skipped=_dflt_skipped,amount:_type_amount=_dflt_amount,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)\n  __dataclass_builtins_object__.__setattr__(self,'amount',amount)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _405,
    "def __create_fn__(_type_done, _type_total, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,done:_type_done,total:_type_total)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'total',total)\n return __init__": _406,
    "def __create_fn__(_type_enjoyment, _type_achievement, _type_mood_before, _type_mood_after, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_enjoyment, _dflt_achievement, _dflt_mood_before, _dflt_mood_after, _dflt_note, _return_type):\n def __init__(self,enjoyment:_type_enjoyment=_dflt_enjoyment,achievement:_type_achievement=_dflt_achievement,mood_before:_type_mood_before=_dflt_mood_before,mood_after:_type_mood_after=_dflt_mood_after,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'enjoyment',enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'achievement',achievement)\n  __dataclass_builtins_object__.__setattr__(self,'mood_before',mood_before)\n  __dataclass_builtins_object__.__setattr__(self,'mood_after',mood_after)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _407,
    "def __create_fn__(_type_entry, _type_force, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_force, _dflt_base, _return_type):\n def __init__(self,entry:_type_entry,force:_type_force=_dflt_force,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'entry',entry)\n  __dataclass_builtins_object__.__setattr__(self,'force',force)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _408,
    "def __create_fn__(_type_entry, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,entry:_type_entry,title:_type_title)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'entry',entry)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n return __init__": _409,
    "def __create_fn__(_type_entry_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,entry_id:_type_entry_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'entry_id',entry_id)\n return __init__": _410,
    'def __create_fn__(_type_event, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,event:_type_event)->_return_type:\n  self.event=event\n  self.__post_init__()\n return __init__': _411,
    "def __create_fn__(_type_field, _type_item, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,field:_type_field,item:_type_item,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _412,
    "def __create_fn__(_type_field, _type_item_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,field:_type_field,item_id:_type_item_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'item_id',item_id)\n return __init__": _413,
    "def __create_fn__(_type_field, _type_label, _type_low, _type_high, _type_unit, _type_aim, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unit, _dflt_aim, _return_type):\n def __init__(self,field:_type_field,label:_type_label,low:_type_low,high:_type_high,unit:_type_unit=_dflt_unit,aim:_type_aim=_dflt_aim)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  __dataclass_builtins_object__.__setattr__(self,'aim',aim)\n return __init__": _414,
    "def __create_fn__(_type_field, _type_label, _type_low, _type_high, _type_whole, _type_unit, _type_best, _type_aim, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aim, _return_type):\n def __init__(self,field:_type_field,label:_type_label,low:_type_low,high:_type_high,whole:_type_whole,unit:_type_unit,best:_type_best,aim:_type_aim=_dflt_aim)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'whole',whole)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  __dataclass_builtins_object__.__setattr__(self,'best',best)\n  __dataclass_builtins_object__.__setattr__(self,'aim',aim)\n return __init__": _415,
    "def __create_fn__(_type_first, _type_last, _type_response, _type_remission, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,first:_type_first,last:_type_last,response:_type_response,remission:_type_remission,words:_type_words)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'first',first)\n  __dataclass_builtins_object__.__setattr__(self,'last',last)\n  __dataclass_builtins_object__.__setattr__(self,'response',response)\n  __dataclass_builtins_object__.__setattr__(self,'remission',remission)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n return __init__": _416,
    "def __create_fn__(_type_ge, _type_le, _type_gt, _type_min_length, _type_max_length, _type_pattern, _type_strip, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ge, _dflt_le, _dflt_gt, _dflt_min_length, _dflt_max_length, _dflt_pattern, _dflt_strip, _return_type):\n def __init__(self,ge:_type_ge=_dflt_ge,le:_type_le=_dflt_le,gt:_type_gt=_dflt_gt,min_length:_type_min_length=_dflt_min_length,max_length:_type_max_length=_dflt_max_length,pattern:_type_pattern=_dflt_pattern,strip:_type_strip=_dflt_strip)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ge',ge)\n  __dataclass_builtins_object__.__setattr__(self,'le',le)\n  __dataclass_builtins_object__.__setattr__(self,'gt',gt)\n  __dataclass_builtins_object__.__setattr__(self,'min_length',min_length)\n  __dataclass_builtins_object__.__setattr__(self,'max_length',max_length)\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n  __dataclass_builtins_object__.__setattr__(self,'strip',strip)\n return __init__": _417,
    "def __create_fn__(_type_habit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit:_type_habit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit',habit)\n return __init__": _418,
    "def __create_fn__(_type_habit, _type_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _return_type):\n def __init__(self,habit:_type_habit,index:_type_index=_dflt_index)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit',habit)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n return __init__": _419,
    "def __create_fn__(_type_habit_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n return __init__": _420,
    "def __create_fn__(_type_habit_id, _type_archived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,archived:_type_archived)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'archived',archived)\n return __init__": _421,
    "def __create_fn__(_type_habit_id, _type_day, _type_amount, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,amount:_type_amount)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'amount',amount)\n return __init__": _422,
    "def __create_fn__(_type_habit_id, _type_day, _type_done, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,done:_type_done)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n return __init__": _423,
    "def __create_fn__(_type_habit_id, _type_day, _type_paused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,paused:_type_paused)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'paused',paused)\n return __init__": _424,
    "def __create_fn__(_type_habit_id, _type_day, _type_skipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,skipped:_type_skipped)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)\n return __init__": _425,
    "def __create_fn__(_type_habit_id, _type_day, _type_text, _type_base, _type_append, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _dflt_append, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,text:_type_text,base:_type_base=_dflt_base,append:_type_append=_dflt_append)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'append',append)\n return __init__": _426,
    "def __create_fn__(_type_habit_id, _type_fields, _type_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fields, _dflt_days, _return_type):\n def __init__(self,habit_id:_type_habit_id,fields:_type_fields=_dflt_fields,days:_type_days=_dflt_days)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'fields',fields)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n return __init__": _427,
    "def __create_fn__(_type_habit_id, _type_title, _type_target, _type_state, _type_detail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,title:_type_title,target:_type_target,state:_type_state,detail:_type_detail)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'detail',detail)\n return __init__": _428,
    "def __create_fn__(_type_habit_id, _type_title, _type_target, _type_why, _type_title_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_title_base, _return_type):\n def __init__(self,habit_id:_type_habit_id,title:_type_title,target:_type_target,why:_type_why=_dflt_why,title_base:_type_title_base=_dflt_title_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'why',why)\n  __dataclass_builtins_object__.__setattr__(self,'title_base',title_base)\n return __init__": _429,
    'def __create_fn__(_type_id, _type_activity, _type_day, _type_when, _type_state, _type_planned, _type_enjoyment, _type_achievement, _type_mood_before, _type_mood_after, _type_note, _type_moved_from, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_when, _dflt_state, _dflt_planned, _dflt_enjoyment, _dflt_achievement, _dflt_mood_before, _dflt_mood_after, _dflt_note, _dflt_moved_from, _return_type):\n def __init__(self,*,id:_type_id,activity:_type_activity,day:_type_day,when:_type_when=_dflt_when,state:_type_state=_dflt_state,planned:_type_planned=_dflt_planned,enjoyment:_type_enjoyment=_dflt_enjoyment,achievement:_type_achievement=_dflt_achievement,mood_before:_type_mood_before=_dflt_mood_before,mood_after:_type_mood_after=_dflt_mood_after,note:_type_note=_dflt_note,moved_from:_type_moved_from=_HAS_DEFAULT_FACTORY,created:_type_created,updated:_type_updated)->_return_type:\n  self.id=id\n  self.activity=activity\n  self.day=day\n  self.when=when\n  self.state=state\n  self.planned=planned\n  self.enjoyment=enjoyment\n  self.achievement=achievement\n  self.mood_before=mood_before\n  self.mood_after=mood_after\n  self.note=note\n  self.moved_from=_dflt_moved_from() if moved_from is _HAS_DEFAULT_FACTORY else moved_from\n  self.created=created\n  self.updated=updated\n return __init__': _430,
    'def __create_fn__(_type_id, _type_day, _type_kind, _type_what, _type_severity, _type_related_to, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_severity, _dflt_related_to, _dflt_notes, _return_type):\n def __init__(self,*,id:_type_id,day:_type_day,kind:_type_kind=_dflt_kind,what:_type_what,severity:_type_severity=_dflt_severity,related_to:_type_related_to=_dflt_related_to,notes:_type_notes=_dflt_notes)->_return_type:\n  self.id=id\n  self.day=day\n  self.kind=kind\n  self.what=what\n  self.severity=severity\n  self.related_to=related_to\n  self.notes=notes\n return __init__': _431,
    "def __create_fn__(_type_id, _type_label, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):\n def __init__(self,*,id:_type_id,label:_type_label,hint:_type_hint=_dflt_hint)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__": _432,
    "def __create_fn__(_type_id, _type_label, _type_kind, _type_value, _type_required, _type_hint, _type_choices, _type_latest, _type_check, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_value, _dflt_required, _dflt_hint, _dflt_choices, _dflt_latest, _dflt_check, _return_type):\n def __init__(self,id:_type_id,label:_type_label,kind:_type_kind=_dflt_kind,value:_type_value=_dflt_value,required:_type_required=_dflt_required,hint:_type_hint=_dflt_hint,choices:_type_choices=_HAS_DEFAULT_FACTORY,latest:_type_latest=_dflt_latest,check:_type_check=_dflt_check)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n  __dataclass_builtins_object__.__setattr__(self,'choices',_dflt_choices() if choices is _HAS_DEFAULT_FACTORY else choices)\n  __dataclass_builtins_object__.__setattr__(self,'latest',latest)\n  __dataclass_builtins_object__.__setattr__(self,'check',check)\n return __init__": _433,
    'def __create_fn__(_type_id, _type_name, _type_how_they_help, _type_reach, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_how_they_help, _dflt_reach, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,how_they_help:_type_how_they_help=_dflt_how_they_help,reach:_type_reach=_dflt_reach)->_return_type:\n  self.id=id\n  self.name=name\n  self.how_they_help=how_they_help\n  self.reach=reach\n return __init__': _434,
    'def __create_fn__(_type_id, _type_problem, _type_options, _type_chosen, _type_step, _type_step_day, _type_how_it_went, _type_what_next, _type_habit_id, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_chosen, _dflt_step, _dflt_step_day, _dflt_how_it_went, _dflt_what_next, _dflt_habit_id, _return_type):\n def __init__(self,*,id:_type_id,problem:_type_problem,options:_type_options=_HAS_DEFAULT_FACTORY,chosen:_type_chosen=_dflt_chosen,step:_type_step=_dflt_step,step_day:_type_step_day=_dflt_step_day,how_it_went:_type_how_it_went=_dflt_how_it_went,what_next:_type_what_next=_dflt_what_next,habit_id:_type_habit_id=_dflt_habit_id,created:_type_created,updated:_type_updated)->_return_type:\n  self.id=id\n  self.problem=problem\n  self.options=_dflt_options() if options is _HAS_DEFAULT_FACTORY else options\n  self.chosen=chosen\n  self.step=step\n  self.step_day=step_day\n  self.how_it_went=how_it_went\n  self.what_next=what_next\n  self.habit_id=habit_id\n  self.created=created\n  self.updated=updated\n return __init__': _435,
    'def __create_fn__(_type_id, _type_questionnaire, _type_day, _type_answers, _type_difficulty, _type_in_report, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_difficulty, _dflt_in_report, _return_type):\n def __init__(self,*,id:_type_id,questionnaire:_type_questionnaire,day:_type_day,answers:_type_answers,difficulty:_type_difficulty=_dflt_difficulty,in_report:_type_in_report=_dflt_in_report,created:_type_created,updated:_type_updated)->_return_type:\n  self.id=id\n  self.questionnaire=questionnaire\n  self.day=day\n  self.answers=answers\n  self.difficulty=difficulty\n  self.in_report=in_report\n  self.created=created\n  self.updated=updated\n return __init__': _436,
    'def __create_fn__(_type_id, _type_situation, _type_feelings, _type_feelings_strength, _type_thought, _type_belief, _type_traps, _type_supports, _type_against, _type_balanced, _type_belief_now, _type_feelings_now, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_feelings, _dflt_feelings_strength, _dflt_thought, _dflt_belief, _dflt_traps, _dflt_supports, _dflt_against, _dflt_balanced, _dflt_belief_now, _dflt_feelings_now, _return_type):\n def __init__(self,*,id:_type_id,situation:_type_situation,feelings:_type_feelings=_dflt_feelings,feelings_strength:_type_feelings_strength=_dflt_feelings_strength,thought:_type_thought=_dflt_thought,belief:_type_belief=_dflt_belief,traps:_type_traps=_HAS_DEFAULT_FACTORY,supports:_type_supports=_dflt_supports,against:_type_against=_dflt_against,balanced:_type_balanced=_dflt_balanced,belief_now:_type_belief_now=_dflt_belief_now,feelings_now:_type_feelings_now=_dflt_feelings_now,created:_type_created,updated:_type_updated)->_return_type:\n  self.id=id\n  self.situation=situation\n  self.feelings=feelings\n  self.feelings_strength=feelings_strength\n  self.thought=thought\n  self.belief=belief\n  self.traps=_dflt_traps() if traps is _HAS_DEFAULT_FACTORY else traps\n  self.supports=supports\n  self.against=against\n  self.balanced=balanced\n  self.belief_now=belief_now\n  self.feelings_now=feelings_now\n  self.created=created\n  self.updated=updated\n return __init__': _437,
    'def __create_fn__(_type_id, _type_text, _type_added, _type_asked, _type_answer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_asked, _dflt_answer, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,added:_type_added,asked:_type_asked=_dflt_asked,answer:_type_answer=_dflt_answer)->_return_type:\n  self.id=id\n  self.text=text\n  self.added=added\n  self.asked=asked\n  self.answer=answer\n return __init__': _438,
    "def __create_fn__(_type_id, _type_text, _type_choices, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,choices:_type_choices)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'choices',choices)\n  self.__post_init__()\n return __init__": _439,
    "def __create_fn__(_type_id, _type_text, _type_correct, _type_explanation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_correct, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,correct:_type_correct=_dflt_correct,explanation:_type_explanation)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'correct',correct)\n  __dataclass_builtins_object__.__setattr__(self,'explanation',explanation)\n return __init__": _440,
    "def __create_fn__(_type_id, _type_text, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,hint:_type_hint=_dflt_hint)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__": _441,
    "def __create_fn__(_type_id, _type_title, _type_about, _type_max_score, _type_checks, _type_outlook, _type_response, _type_remission, _type_item_texts, _type_safety_items, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,title:_type_title,about:_type_about,max_score:_type_max_score,checks:_type_checks,outlook:_type_outlook,response:_type_response,remission:_type_remission,item_texts:_type_item_texts,safety_items:_type_safety_items,options:_type_options)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'about',about)\n  __dataclass_builtins_object__.__setattr__(self,'max_score',max_score)\n  __dataclass_builtins_object__.__setattr__(self,'checks',checks)\n  __dataclass_builtins_object__.__setattr__(self,'outlook',outlook)\n  __dataclass_builtins_object__.__setattr__(self,'response',response)\n  __dataclass_builtins_object__.__setattr__(self,'remission',remission)\n  __dataclass_builtins_object__.__setattr__(self,'item_texts',item_texts)\n  __dataclass_builtins_object__.__setattr__(self,'safety_items',safety_items)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n return __init__": _442,
    'def __create_fn__(_type_id, _type_title, _type_area, _type_brings, _type_effort, _type_created, _type_archived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_area, _dflt_brings, _dflt_effort, _dflt_archived, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,area:_type_area=_dflt_area,brings:_type_brings=_dflt_brings,effort:_type_effort=_dflt_effort,created:_type_created,archived:_type_archived=_dflt_archived)->_return_type:\n  self.id=id\n  self.title=title\n  self.area=area\n  self.brings=brings\n  self.effort=effort\n  self.created=created\n  self.archived=archived\n return __init__': _443,
    "def __create_fn__(_type_id, _type_title, _type_hint, _type_ideas, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ideas, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,hint:_type_hint,ideas:_type_ideas=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n  __dataclass_builtins_object__.__setattr__(self,'ideas',_dflt_ideas() if ideas is _HAS_DEFAULT_FACTORY else ideas)\n return __init__": _444,
    "def __create_fn__(_type_id, _type_title, _type_markdown, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,markdown:_type_markdown,line:_type_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'markdown',markdown)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__": _445,
    "def __create_fn__(_type_id, _type_title, _type_minutes, _type_note, _type_activity, _type_prompts, _type_questions, _type_sections, _type_path, _type_module_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_questions, _dflt_sections, _dflt_path, _dflt_module_id, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,minutes:_type_minutes,note:_type_note=_dflt_note,activity:_type_activity,prompts:_type_prompts,questions:_type_questions=_HAS_DEFAULT_FACTORY,sections:_type_sections=_HAS_DEFAULT_FACTORY,path:_type_path=_dflt_path,module_id:_type_module_id=_dflt_module_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'minutes',minutes)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'activity',activity)\n  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)\n  __dataclass_builtins_object__.__setattr__(self,'questions',_dflt_questions() if questions is _HAS_DEFAULT_FACTORY else questions)\n  __dataclass_builtins_object__.__setattr__(self,'sections',_dflt_sections() if sections is _HAS_DEFAULT_FACTORY else sections)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'module_id',module_id)\n return __init__": _446,
    "def __create_fn__(_type_id, _type_title, _type_name, _type_about, _type_instruction, _type_attribution, _type_source, _type_checked, _type_options, _type_items, _type_bands, _type_difficulty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_difficulty, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,name:_type_name,about:_type_about,instruction:_type_instruction,attribution:_type_attribution,source:_type_source,checked:_type_checked,options:_type_options,items:_type_items,bands:_type_bands,difficulty:_type_difficulty=_dflt_difficulty)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'about',about)\n  __dataclass_builtins_object__.__setattr__(self,'instruction',instruction)\n  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'checked',checked)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'difficulty',difficulty)\n return __init__": _447,
    "def __create_fn__(_type_id, _type_title, _type_prompt, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,title:_type_title,prompt:_type_prompt)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'prompt',prompt)\n return __init__": _448,
    "def __create_fn__(_type_id, _type_title, _type_summary, _type_order, _type_note, _type_habits, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_habits, _dflt_sources, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,summary:_type_summary,order:_type_order,note:_type_note=_dflt_note,habits:_type_habits=_HAS_DEFAULT_FACTORY,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'habits',_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits)\n  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)\n return __init__": _449,
    "def __create_fn__(_type_id, _type_title, _type_text, _type_blanks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,text:_type_text,blanks:_type_blanks)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'blanks',blanks)\n  self.__post_init__()\n return __init__": _450,
    "def __create_fn__(_type_id, _type_title, _type_why, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_target, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,why:_type_why,target:_type_target=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'why',why)\n  __dataclass_builtins_object__.__setattr__(self,'target',_dflt_target() if target is _HAS_DEFAULT_FACTORY else target)\n return __init__": _451,
    'def __create_fn__(_type_id, _type_title, _type_why, _type_target, _type_suggestion, _type_created, _type_archived, _type_paused, _type_done, _type_skipped, _type_amounts, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_target, _dflt_suggestion, _dflt_archived, _dflt_paused, _dflt_done, _dflt_skipped, _dflt_amounts, _dflt_notes, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,why:_type_why=_dflt_why,target:_type_target=_HAS_DEFAULT_FACTORY,suggestion:_type_suggestion=_dflt_suggestion,created:_type_created,archived:_type_archived=_dflt_archived,paused:_type_paused=_HAS_DEFAULT_FACTORY,done:_type_done=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_HAS_DEFAULT_FACTORY,amounts:_type_amounts=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.id=id\n  self.title=title\n  self.why=why\n  self.target=_dflt_target() if target is _HAS_DEFAULT_FACTORY else target\n  self.suggestion=suggestion\n  self.created=created\n  self.archived=archived\n  self.paused=_dflt_paused() if paused is _HAS_DEFAULT_FACTORY else paused\n  self.done=_dflt_done() if done is _HAS_DEFAULT_FACTORY else done\n  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped\n  self.amounts=_dflt_amounts() if amounts is _HAS_DEFAULT_FACTORY else amounts\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n return __init__': _452,
    'def __create_fn__(_type_id, _type_what, _type_started, _type_stopped, _type_how_it_went, _type_side_effects, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_started, _dflt_stopped, _dflt_how_it_went, _dflt_side_effects, _return_type):\n def __init__(self,*,id:_type_id,what:_type_what,started:_type_started=_dflt_started,stopped:_type_stopped=_dflt_stopped,how_it_went:_type_how_it_went=_dflt_how_it_went,side_effects:_type_side_effects=_dflt_side_effects)->_return_type:\n  self.id=id\n  self.what=what\n  self.started=started\n  self.stopped=stopped\n  self.how_it_went=how_it_went\n  self.side_effects=side_effects\n return __init__': _453,
    "def __create_fn__(_type_identity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,identity:_type_identity)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'identity',identity)\n return __init__": _454,
    "def __create_fn__(_type_key, _type_choice, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,choice:_type_choice)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'choice',choice)\n return __init__": _455,
    "def __create_fn__(_type_key, _type_text, _type_at, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,key:_type_key,text:_type_text,at:_type_at,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _456,
    'def __create_fn__(_type_key, _type_title, _type_target, _type_why, _type_archived, _type_done, _type_skipped, _type_amounts, _type_notes, _type_mapping, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_archived, _dflt_done, _dflt_skipped, _dflt_amounts, _dflt_notes, _dflt_mapping, _return_type):\n def __init__(self,key:_type_key,title:_type_title,target:_type_target,why:_type_why=_dflt_why,archived:_type_archived=_dflt_archived,done:_type_done=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_HAS_DEFAULT_FACTORY,amounts:_type_amounts=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,mapping:_type_mapping=_dflt_mapping)->_return_type:\n  self.key=key\n  self.title=title\n  self.target=target\n  self.why=why\n  self.archived=archived\n  self.done=_dflt_done() if done is _HAS_DEFAULT_FACTORY else done\n  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped\n  self.amounts=_dflt_amounts() if amounts is _HAS_DEFAULT_FACTORY else amounts\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.mapping=mapping\n return __init__': _457,
    "def __create_fn__(_type_keys, _type_work_factor, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,keys:_type_keys,work_factor:_type_work_factor)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'keys',keys)\n  __dataclass_builtins_object__.__setattr__(self,'work_factor',work_factor)\n return __init__": _458,
    "def __create_fn__(_type_kinds, _type_quiet, _type_quiet_text, _type_from_settings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,kinds:_type_kinds,quiet:_type_quiet,quiet_text:_type_quiet_text,from_settings:_type_from_settings)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kinds',kinds)\n  __dataclass_builtins_object__.__setattr__(self,'quiet',quiet)\n  __dataclass_builtins_object__.__setattr__(self,'quiet_text',quiet_text)\n  __dataclass_builtins_object__.__setattr__(self,'from_settings',from_settings)\n return __init__": _459,
    "def __create_fn__(_type_lesson_id, _type_day, _type_completed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_completed, _return_type):\n def __init__(self,lesson_id:_type_lesson_id,day:_type_day,completed:_type_completed=_dflt_completed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lesson_id',lesson_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'completed',completed)\n return __init__": _460,
    "def __create_fn__(_type_lesson_id, _type_section, _type_section_index, _type_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,lesson_id:_type_lesson_id,section:_type_section,section_index:_type_section_index,at:_type_at)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lesson_id',lesson_id)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'section_index',section_index)\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n return __init__": _461,
    "def __create_fn__(_type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,lines:_type_lines)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n return __init__": _462,
    "def __create_fn__(_type_low, _type_high, _type_edge, _type_band, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,low:_type_low,high:_type_high,edge:_type_edge,band:_type_band)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'edge',edge)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n return __init__": _463,
    "def __create_fn__(_type_low, _type_high, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,label:_type_label)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__": _464,
    "def __create_fn__(_type_measure, _type_start, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,measure:_type_measure,start:_type_start,values:_type_values)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'measure',measure)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n return __init__": _465,
    "def __create_fn__(_type_measure, _type_values, _type_average, _type_minimum, _type_maximum, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,measure:_type_measure,values:_type_values,average:_type_average,minimum:_type_minimum,maximum:_type_maximum,count:_type_count)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'measure',measure)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'average',average)\n  __dataclass_builtins_object__.__setattr__(self,'minimum',minimum)\n  __dataclass_builtins_object__.__setattr__(self,'maximum',maximum)\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n return __init__": _466,
    "def __create_fn__(_type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_message, _return_type):\n def __init__(self,message:_type_message=_dflt_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__": _467,
    "def __create_fn__(_type_meta, _type_lessons, _type_path, _type_habit_refs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_habit_refs, _return_type):\n def __init__(self,*,meta:_type_meta,lessons:_type_lessons,path:_type_path,habit_refs:_type_habit_refs=_dflt_habit_refs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'meta',meta)\n  __dataclass_builtins_object__.__setattr__(self,'lessons',lessons)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'habit_refs',habit_refs)\n return __init__": _468,
    "def __create_fn__(_type_module, _type_lesson, _type_stop_index, _type_first, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_first, _return_type):\n def __init__(self,module:_type_module,lesson:_type_lesson,stop_index:_type_stop_index,first:_type_first=_dflt_first)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'module',module)\n  __dataclass_builtins_object__.__setattr__(self,'lesson',lesson)\n  __dataclass_builtins_object__.__setattr__(self,'stop_index',stop_index)\n  __dataclass_builtins_object__.__setattr__(self,'first',first)\n return __init__": _469,
    'def __create_fn__(_type_modules, _type_problems, _type_crisis_lines, _type_crisis_from_file, _type_scripts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_modules, _dflt_problems, _dflt_crisis_lines, _dflt_crisis_from_file, _dflt_scripts, _return_type):\n def __init__(self,modules:_type_modules=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,crisis_lines:_type_crisis_lines=_HAS_DEFAULT_FACTORY,crisis_from_file:_type_crisis_from_file=_dflt_crisis_from_file,scripts:_type_scripts=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.modules=_dflt_modules() if modules is _HAS_DEFAULT_FACTORY else modules\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.crisis_lines=_dflt_crisis_lines() if crisis_lines is _HAS_DEFAULT_FACTORY else crisis_lines\n  self.crisis_from_file=crisis_from_file\n  self.scripts=_dflt_scripts() if scripts is _HAS_DEFAULT_FACTORY else scripts\n  self.__post_init__()\n return __init__': _470,
    'def __create_fn__(_type_mood, _type_energy, _type_sleep_hours, _type_sleep_quality, _type_note, _type_tags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mood, _dflt_energy, _dflt_sleep_hours, _dflt_sleep_quality, _dflt_note, _dflt_tags, _return_type):\n def __init__(self,mood:_type_mood=_dflt_mood,energy:_type_energy=_dflt_energy,sleep_hours:_type_sleep_hours=_dflt_sleep_hours,sleep_quality:_type_sleep_quality=_dflt_sleep_quality,note:_type_note=_dflt_note,tags:_type_tags=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.mood=mood\n  self.energy=energy\n  self.sleep_hours=sleep_hours\n  self.sleep_quality=sleep_quality\n  self.note=note\n  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags\n return __init__': _471,
    'def __create_fn__(_type_mood, _type_energy, _type_sleep_hours, _type_sleep_quality, _type_note, _type_tags, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mood, _dflt_energy, _dflt_sleep_hours, _dflt_sleep_quality, _dflt_note, _dflt_tags, _dflt_updated, _return_type):\n def __init__(self,*,mood:_type_mood=_dflt_mood,energy:_type_energy=_dflt_energy,sleep_hours:_type_sleep_hours=_dflt_sleep_hours,sleep_quality:_type_sleep_quality=_dflt_sleep_quality,note:_type_note=_dflt_note,tags:_type_tags=_HAS_DEFAULT_FACTORY,updated:_type_updated=_dflt_updated)->_return_type:\n  self.mood=mood\n  self.energy=energy\n  self.sleep_hours=sleep_hours\n  self.sleep_quality=sleep_quality\n  self.note=note\n  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags\n  self.updated=updated\n return __init__': _472,
    "def __create_fn__(_type_name, _type_kind, _type_n_with, _type_n_without, _type_mood_with, _type_mood_without, _type_energy_with, _type_energy_without, _type_more_with, _type_more_without, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,kind:_type_kind,n_with:_type_n_with,n_without:_type_n_without,mood_with:_type_mood_with,mood_without:_type_mood_without,energy_with:_type_energy_with,energy_without:_type_energy_without,more_with:_type_more_with,more_without:_type_more_without)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'n_with',n_with)\n  __dataclass_builtins_object__.__setattr__(self,'n_without',n_without)\n  __dataclass_builtins_object__.__setattr__(self,'mood_with',mood_with)\n  __dataclass_builtins_object__.__setattr__(self,'mood_without',mood_without)\n  __dataclass_builtins_object__.__setattr__(self,'energy_with',energy_with)\n  __dataclass_builtins_object__.__setattr__(self,'energy_without',energy_without)\n  __dataclass_builtins_object__.__setattr__(self,'more_with',more_with)\n  __dataclass_builtins_object__.__setattr__(self,'more_without',more_without)\n return __init__": _473,
    "def __create_fn__(_type_name, _type_kind, _type_with_days, _type_without_days, _type_shifts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shifts, _return_type):\n def __init__(self,name:_type_name,kind:_type_kind,with_days:_type_with_days,without_days:_type_without_days,shifts:_type_shifts=_dflt_shifts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'with_days',with_days)\n  __dataclass_builtins_object__.__setattr__(self,'without_days',without_days)\n  __dataclass_builtins_object__.__setattr__(self,'shifts',shifts)\n return __init__": _474,
    "def __create_fn__(_type_name, _type_region, _type_how, _type_notes, _type_source, _type_checked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):\n def __init__(self,*,name:_type_name,region:_type_region,how:_type_how,notes:_type_notes=_dflt_notes,source:_type_source,checked:_type_checked)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'region',region)\n  __dataclass_builtins_object__.__setattr__(self,'how',how)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'checked',checked)\n return __init__": _475,
    'def __create_fn__(_type_name, _type_theme, _type_day_end_hour, _type_week_start, _type_show_streaks, _type_reduced_motion, _type_focus_modules, _type_selfcheck_offer, _type_remind_of, _type_quiet_hours, _type_safety_plan_readable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_theme, _dflt_day_end_hour, _dflt_week_start, _dflt_show_streaks, _dflt_reduced_motion, _dflt_focus_modules, _dflt_selfcheck_offer, _dflt_remind_of, _dflt_quiet_hours, _dflt_safety_plan_readable, _return_type):\n def __init__(self,*,name:_type_name=_dflt_name,theme:_type_theme=_dflt_theme,day_end_hour:_type_day_end_hour=_dflt_day_end_hour,week_start:_type_week_start=_dflt_week_start,show_streaks:_type_show_streaks=_dflt_show_streaks,reduced_motion:_type_reduced_motion=_dflt_reduced_motion,focus_modules:_type_focus_modules=_HAS_DEFAULT_FACTORY,selfcheck_offer:_type_selfcheck_offer=_dflt_selfcheck_offer,remind_of:_type_remind_of=_HAS_DEFAULT_FACTORY,quiet_hours:_type_quiet_hours=_dflt_quiet_hours,safety_plan_readable:_type_safety_plan_readable=_dflt_safety_plan_readable)->_return_type:\n  self.name=name\n  self.theme=theme\n  self.day_end_hour=day_end_hour\n  self.week_start=week_start\n  self.show_streaks=show_streaks\n  self.reduced_motion=reduced_motion\n  self.focus_modules=_dflt_focus_modules() if focus_modules is _HAS_DEFAULT_FACTORY else focus_modules\n  self.selfcheck_offer=selfcheck_offer\n  self.remind_of=_dflt_remind_of() if remind_of is _HAS_DEFAULT_FACTORY else remind_of\n  self.quiet_hours=quiet_hours\n  self.safety_plan_readable=safety_plan_readable\n return __init__': _476,
    "def __create_fn__(_type_number, _type_text, _type_safety, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_safety, _return_type):\n def __init__(self,*,number:_type_number,text:_type_text,safety:_type_safety=_dflt_safety)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'safety',safety)\n return __init__": _477,
    "def __create_fn__(_type_ops, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ops:_type_ops)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ops',ops)\n return __init__": _478,
    'def __create_fn__(_type_ops, _type_bad, _type_torn, _type_other_checkpoint, _type_folded, _type_newer, _type_lines, _type_first_at, _type_complete, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ops, _dflt_bad, _dflt_torn, _dflt_other_checkpoint, _dflt_folded, _dflt_newer, _dflt_lines, _dflt_first_at, _dflt_complete, _return_type):\n def __init__(self,ops:_type_ops=_HAS_DEFAULT_FACTORY,bad:_type_bad=_HAS_DEFAULT_FACTORY,torn:_type_torn=_dflt_torn,other_checkpoint:_type_other_checkpoint=_dflt_other_checkpoint,folded:_type_folded=_dflt_folded,newer:_type_newer=_dflt_newer,lines:_type_lines=_dflt_lines,first_at:_type_first_at=_dflt_first_at,complete:_type_complete=_dflt_complete)->_return_type:\n  self.ops=_dflt_ops() if ops is _HAS_DEFAULT_FACTORY else ops\n  self.bad=_dflt_bad() if bad is _HAS_DEFAULT_FACTORY else bad\n  self.torn=torn\n  self.other_checkpoint=other_checkpoint\n  self.folded=folded\n  self.newer=newer\n  self.lines=lines\n  self.first_at=first_at\n  self.complete=complete\n return __init__': _479,
    "def __create_fn__(_type_ops, _type_label, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ops:_type_ops,label:_type_label,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ops',ops)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__": _480,
    'def __create_fn__(_type_ops, _type_new_checkins, _type_filled_checkins, _type_new_habits, _type_merged_habits, _type_habit_days, _type_left_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ops, _dflt_new_checkins, _dflt_filled_checkins, _dflt_new_habits, _dflt_merged_habits, _dflt_habit_days, _dflt_left_out, _return_type):\n def __init__(self,ops:_type_ops=_HAS_DEFAULT_FACTORY,new_checkins:_type_new_checkins=_dflt_new_checkins,filled_checkins:_type_filled_checkins=_dflt_filled_checkins,new_habits:_type_new_habits=_HAS_DEFAULT_FACTORY,merged_habits:_type_merged_habits=_HAS_DEFAULT_FACTORY,habit_days:_type_habit_days=_dflt_habit_days,left_out:_type_left_out=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.ops=_dflt_ops() if ops is _HAS_DEFAULT_FACTORY else ops\n  self.new_checkins=new_checkins\n  self.filled_checkins=filled_checkins\n  self.new_habits=_dflt_new_habits() if new_habits is _HAS_DEFAULT_FACTORY else new_habits\n  self.merged_habits=_dflt_merged_habits() if merged_habits is _HAS_DEFAULT_FACTORY else merged_habits\n  self.habit_days=habit_days\n  self.left_out=_dflt_left_out() if left_out is _HAS_DEFAULT_FACTORY else left_out\n return __init__': _481,
    "def __create_fn__(_type_path, _type_line, _type_message, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severity, _return_type):\n def __init__(self,path:_type_path,line:_type_line,message:_type_message,severity:_type_severity=_dflt_severity)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n return __init__": _482,
    "def __create_fn__(_type_per_week, _type_days, _type_at_least, _type_at_most, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_per_week, _dflt_days, _dflt_at_least, _dflt_at_most, _dflt_unit, _return_type):\n def __init__(self,*,per_week:_type_per_week=_dflt_per_week,days:_type_days=_dflt_days,at_least:_type_at_least=_dflt_at_least,at_most:_type_at_most=_dflt_at_most,unit:_type_unit=_dflt_unit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'per_week',per_week)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n  __dataclass_builtins_object__.__setattr__(self,'at_least',at_least)\n  __dataclass_builtins_object__.__setattr__(self,'at_most',at_most)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  self.__post_init__()\n return __init__": _483,
    "def __create_fn__(_type_profile, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,profile:_type_profile)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'profile',profile)\n return __init__": _484,
    "def __create_fn__(_type_question_id, _type_step, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,question_id:_type_question_id,step:_type_step)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'question_id',question_id)\n  __dataclass_builtins_object__.__setattr__(self,'step',step)\n return __init__": _485,
    'def __create_fn__(_type_questionnaire, _type_day, _type_answers, _type_difficulty, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_answers, _dflt_difficulty, _return_type):\n def __init__(self,*,questionnaire:_type_questionnaire,day:_type_day,answers:_type_answers=_HAS_DEFAULT_FACTORY,difficulty:_type_difficulty=_dflt_difficulty,updated:_type_updated)->_return_type:\n  self.questionnaire=questionnaire\n  self.day=day\n  self.answers=_dflt_answers() if answers is _HAS_DEFAULT_FACTORY else answers\n  self.difficulty=difficulty\n  self.updated=updated\n return __init__': _486,
    "def __create_fn__(_type_questionnaire, _type_draft, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,questionnaire:_type_questionnaire,draft:_type_draft)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'questionnaire',questionnaire)\n  __dataclass_builtins_object__.__setattr__(self,'draft',draft)\n return __init__": _487,
    "def __create_fn__(_type_questionnaire, _type_start, _type_days, _type_checks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,questionnaire:_type_questionnaire,start:_type_start,days:_type_days,checks:_type_checks)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'questionnaire',questionnaire)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n  __dataclass_builtins_object__.__setattr__(self,'checks',checks)\n return __init__": _488,
    "def __create_fn__(_type_questionnaires, _type_answers, _type_attribution, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,questionnaires:_type_questionnaires,answers:_type_answers,attribution:_type_attribution)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'questionnaires',questionnaires)\n  __dataclass_builtins_object__.__setattr__(self,'answers',answers)\n  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)\n return __init__": _489,
    "def __create_fn__(_type_ref, _type_position, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ref:_type_ref,position:_type_position,line:_type_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ref',ref)\n  __dataclass_builtins_object__.__setattr__(self,'position',position)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__": _490,
    'def __create_fn__(_type_schema_version, _type_created, _type_welcomed, _type_settings, _type_habits, _type_lessons, _type_last_lesson, _type_answers, _type_checks, _type_checkins, _type_safety_plan, _type_contacts, _type_questions, _type_appointment, _type_log, _type_treatments, _type_scripts, _type_values, _type_activities, _type_plans, _type_thought_records, _type_problem_sheets, _type_selfchecks, _type_selfcheck_drafts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_welcomed, _dflt_settings, _dflt_habits, _dflt_lessons, _dflt_last_lesson, _dflt_answers, _dflt_checks, _dflt_checkins, _dflt_safety_plan, _dflt_contacts, _dflt_questions, _dflt_appointment, _dflt_log, _dflt_treatments, _dflt_scripts, _dflt_values, _dflt_activities, _dflt_plans, _dflt_thought_records, _dflt_problem_sheets, _dflt_selfchecks, _dflt_selfcheck_drafts, _return_type):\n def __init__(self,*,schema_version:_type_schema_version,created:_type_created,welcomed:_type_welcomed=_dflt_welcomed,settings:_type_settings=_HAS_DEFAULT_FACTORY,habits:_type_habits=_HAS_DEFAULT_FACTORY,lessons:_type_lessons=_HAS_DEFAULT_FACTORY,last_lesson:_type_last_lesson=_dflt_last_lesson,answers:_type_answers=_HAS_DEFAULT_FACTORY,checks:_type_checks=_HAS_DEFAULT_FACTORY,checkins:_type_checkins=_HAS_DEFAULT_FACTORY,safety_plan:_type_safety_plan=_HAS_DEFAULT_FACTORY,contacts:_type_contacts=_HAS_DEFAULT_FACTORY,questions:_type_questions=_HAS_DEFAULT_FACTORY,appointment:_type_appointment=_HAS_DEFAULT_FACTORY,log:_type_log=_HAS_DEFAULT_FACTORY,treatments:_type_treatments=_HAS_DEFAULT_FACTORY,scripts:_type_scripts=_HAS_DEFAULT_FACTORY,values:_type_values=_HAS_DEFAULT_FACTORY,activities:_type_activities=_HAS_DEFAULT_FACTORY,plans:_type_plans=_HAS_DEFAULT_FACTORY,thought_records:_type_thought_records=_HAS_DEFAULT_FACTORY,problem_sheets:_type_problem_sheets=_HAS_DEFAULT_FACTORY,selfchecks:_type_selfchecks=_HAS_DEFAULT_FACTORY,selfcheck_drafts:_type_selfcheck_drafts=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.schema_version=schema_version\n  self.created=created\n  self.welcomed=welcomed\n  self.settings=_dflt_settings() if settings is _HAS_DEFAULT_FACTORY else settings\n  self.habits=_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits\n  self.lessons=_dflt_lessons() if lessons is _HAS_DEFAULT_FACTORY else lessons\n  self.last_lesson=last_lesson\n  self.answers=_dflt_answers() if answers is _HAS_DEFAULT_FACTORY else answers\n  self.checks=_dflt_checks() if checks is _HAS_DEFAULT_FACTORY else checks\n  self.checkins=_dflt_checkins() if checkins is _HAS_DEFAULT_FACTORY else checkins\n  self.safety_plan=_dflt_safety_plan() if safety_plan is _HAS_DEFAULT_FACTORY else safety_plan\n  self.contacts=_dflt_contacts() if contacts is _HAS_DEFAULT_FACTORY else contacts\n  self.questions=_dflt_questions() if questions is _HAS_DEFAULT_FACTORY else questions\n  self.appointment=_dflt_appointment() if appointment is _HAS_DEFAULT_FACTORY else appointment\n  self.log=_dflt_log() if log is _HAS_DEFAULT_FACTORY else log\n  self.treatments=_dflt_treatments() if treatments is _HAS_DEFAULT_FACTORY else treatments\n  self.scripts=_dflt_scripts() if scripts is _HAS_DEFAULT_FACTORY else scripts\n  self.values=_dflt_values() if values is _HAS_DEFAULT_FACTORY else values\n  self.activities=_dflt_activities() if activities is _HAS_DEFAULT_FACTORY else activities\n  self.plans=_dflt_plans() if plans is _HAS_DEFAULT_FACTORY else plans\n  self.thought_records=_dflt_thought_records() if thought_records is _HAS_DEFAULT_FACTORY else thought_records\n  self.problem_sheets=_dflt_problem_sheets() if problem_sheets is _HAS_DEFAULT_FACTORY else problem_sheets\n  self.selfchecks=_dflt_selfchecks() if selfchecks is _HAS_DEFAULT_FACTORY else selfchecks\n  self.selfcheck_drafts=_dflt_selfcheck_drafts() if selfcheck_drafts is _HAS_DEFAULT_FACTORY else selfcheck_drafts\n return __init__': _491,
    "def __create_fn__(_type_script_id, _type_values, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,script_id:_type_script_id,values:_type_values,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'script_id',script_id)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _492,
    "def __create_fn__(_type_scripts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,scripts:_type_scripts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'scripts',scripts)\n return __init__": _493,
    'def __create_fn__(_type_section, _type_section_index, _type_completed, _type_opened, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_section, _dflt_section_index, _dflt_completed, _dflt_opened, _return_type):\n def __init__(self,*,section:_type_section=_dflt_section,section_index:_type_section_index=_dflt_section_index,completed:_type_completed=_dflt_completed,opened:_type_opened=_dflt_opened)->_return_type:\n  self.section=section\n  self.section_index=section_index\n  self.completed=completed\n  self.opened=opened\n return __init__': _494,
    "def __create_fn__(_type_selfcheck, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,selfcheck:_type_selfcheck)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'selfcheck',selfcheck)\n return __init__": _495,
    "def __create_fn__(_type_selfcheck_id, _type_in_report, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,selfcheck_id:_type_selfcheck_id,in_report:_type_in_report)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'selfcheck_id',selfcheck_id)\n  __dataclass_builtins_object__.__setattr__(self,'in_report',in_report)\n return __init__": _496,
    "def __create_fn__(_type_share, _type_days, _type_done, _type_counted, _type_excused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done, _dflt_counted, _dflt_excused, _return_type):\n def __init__(self,share:_type_share,days:_type_days,done:_type_done=_dflt_done,counted:_type_counted=_dflt_counted,excused:_type_excused=_dflt_excused)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'share',share)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'counted',counted)\n  __dataclass_builtins_object__.__setattr__(self,'excused',excused)\n return __init__": _497,
    'def __create_fn__(_type_source, _type_entries, _type_days, _type_habits, _type_rules, _type_unmapped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entries, _dflt_days, _dflt_habits, _dflt_rules, _dflt_unmapped, _return_type):\n def __init__(self,source:_type_source,entries:_type_entries=_dflt_entries,days:_type_days=_HAS_DEFAULT_FACTORY,habits:_type_habits=_HAS_DEFAULT_FACTORY,rules:_type_rules=_HAS_DEFAULT_FACTORY,unmapped:_type_unmapped=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.source=source\n  self.entries=entries\n  self.days=_dflt_days() if days is _HAS_DEFAULT_FACTORY else days\n  self.habits=_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits\n  self.rules=_dflt_rules() if rules is _HAS_DEFAULT_FACTORY else rules\n  self.unmapped=_dflt_unmapped() if unmapped is _HAS_DEFAULT_FACTORY else unmapped\n return __init__': _498,
    'def __create_fn__(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end, _return_type):\n def __init__(self,*,start:_type_start,end:_type_end=_dflt_end)->_return_type:\n  self.start=start\n  self.end=end\n return __init__': _499,
    "def __create_fn__(_type_start, _type_end, _type_helped, _type_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,helped:_type_helped,others:_type_others)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'helped',helped)\n  __dataclass_builtins_object__.__setattr__(self,'others',others)\n return __init__": _500,
    'def __create_fn__(_type_start, _type_end, _type_made, _type_name, _type_measures, _type_checkins, _type_habits, _type_log, _type_open_questions, _type_answered_questions, _type_treatments, _type_lessons_done, _type_modules_done, _type_appointment, _type_notes, _type_activities, _type_reflections, _type_patterns, _type_thoughts, _type_problems, _type_selfchecks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_activities, _dflt_reflections, _dflt_patterns, _dflt_thoughts, _dflt_problems, _dflt_selfchecks, _return_type):\n def __init__(self,start:_type_start,end:_type_end,made:_type_made,name:_type_name,measures:_type_measures,checkins:_type_checkins,habits:_type_habits,log:_type_log,open_questions:_type_open_questions,answered_questions:_type_answered_questions,treatments:_type_treatments,lessons_done:_type_lessons_done,modules_done:_type_modules_done,appointment:_type_appointment,notes:_type_notes=_dflt_notes,activities:_type_activities=_dflt_activities,reflections:_type_reflections=_dflt_reflections,patterns:_type_patterns=_dflt_patterns,thoughts:_type_thoughts=_dflt_thoughts,problems:_type_problems=_dflt_problems,selfchecks:_type_selfchecks=_dflt_selfchecks)->_return_type:\n  self.start=start\n  self.end=end\n  self.made=made\n  self.name=name\n  self.measures=measures\n  self.checkins=checkins\n  self.habits=habits\n  self.log=log\n  self.open_questions=open_questions\n  self.answered_questions=answered_questions\n  self.treatments=treatments\n  self.lessons_done=lessons_done\n  self.modules_done=modules_done\n  self.appointment=appointment\n  self.notes=notes\n  self.activities=activities\n  self.reflections=reflections\n  self.patterns=patterns\n  self.thoughts=thoughts\n  self.problems=problems\n  self.selfchecks=selfchecks\n return __init__': _501,
    "def __create_fn__(_type_start, _type_end, _type_next_day, _type_checkins, _type_comparisons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_comparisons, _return_type):\n def __init__(self,start:_type_start,end:_type_end,next_day:_type_next_day,checkins:_type_checkins,comparisons:_type_comparisons=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'next_day',next_day)\n  __dataclass_builtins_object__.__setattr__(self,'checkins',checkins)\n  __dataclass_builtins_object__.__setattr__(self,'comparisons',_dflt_comparisons() if comparisons is _HAS_DEFAULT_FACTORY else comparisons)\n return __init__": _502,
    "def __create_fn__(_type_start, _type_end, _type_planned, _type_done, _type_let_go, _type_average_enjoyment, _type_average_achievement, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,planned:_type_planned,done:_type_done,let_go:_type_let_go,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'planned',planned)\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'let_go',let_go)\n  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)\n return __init__": _503,
    "def __create_fn__(_type_start, _type_end, _type_planned, _type_done_planned, _type_let_go, _type_still_open, _type_logged, _type_average_enjoyment, _type_average_achievement, _type_top_enjoyment, _type_top_achievement, _type_mood, _type_mood_weeks, _type_smaller, _type_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,planned:_type_planned,done_planned:_type_done_planned,let_go:_type_let_go,still_open:_type_still_open,logged:_type_logged,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement,top_enjoyment:_type_top_enjoyment,top_achievement:_type_top_achievement,mood:_type_mood,mood_weeks:_type_mood_weeks,smaller:_type_smaller,days:_type_days)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'planned',planned)\n  __dataclass_builtins_object__.__setattr__(self,'done_planned',done_planned)\n  __dataclass_builtins_object__.__setattr__(self,'let_go',let_go)\n  __dataclass_builtins_object__.__setattr__(self,'still_open',still_open)\n  __dataclass_builtins_object__.__setattr__(self,'logged',logged)\n  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)\n  __dataclass_builtins_object__.__setattr__(self,'top_enjoyment',top_enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'top_achievement',top_achievement)\n  __dataclass_builtins_object__.__setattr__(self,'mood',mood)\n  __dataclass_builtins_object__.__setattr__(self,'mood_weeks',mood_weeks)\n  __dataclass_builtins_object__.__setattr__(self,'smaller',smaller)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n return __init__": _504,
    "def __create_fn__(_type_step_id, _type_text, _type_at, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,step_id:_type_step_id,text:_type_text,at:_type_at,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'step_id',step_id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _505,
    'def __create_fn__(_type_steps, _type_people, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_steps, _dflt_people, _dflt_updated, _return_type):\n def __init__(self,*,steps:_type_steps=_HAS_DEFAULT_FACTORY,people:_type_people=_HAS_DEFAULT_FACTORY,updated:_type_updated=_dflt_updated)->_return_type:\n  self.steps=_dflt_steps() if steps is _HAS_DEFAULT_FACTORY else steps\n  self.people=_dflt_people() if people is _HAS_DEFAULT_FACTORY else people\n  self.updated=updated\n return __init__': _506,
    'def __create_fn__(_type_store, _type_library, _type_clock, _type_undo_stack, _type_saved_elsewhere, _type_not_saved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_undo_stack, _dflt_saved_elsewhere, _dflt_not_saved, _return_type):\n def __init__(self,store:_type_store,library:_type_library,clock:_type_clock,undo_stack:_type_undo_stack=_HAS_DEFAULT_FACTORY,saved_elsewhere:_type_saved_elsewhere=_HAS_DEFAULT_FACTORY,not_saved:_type_not_saved=_dflt_not_saved)->_return_type:\n  self.store=store\n  self.library=library\n  self.clock=clock\n  self.undo_stack=_dflt_undo_stack() if undo_stack is _HAS_DEFAULT_FACTORY else undo_stack\n  self.saved_elsewhere=_dflt_saved_elsewhere() if saved_elsewhere is _HAS_DEFAULT_FACTORY else saved_elsewhere\n  self.not_saved=not_saved\n return __init__': _507,
    "def __create_fn__(_type_text, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,text:_type_text,options:_type_options)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n return __init__": _508,
    'def __create_fn__(_type_text, _type_pros, _type_cons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pros, _dflt_cons, _return_type):\n def __init__(self,*,text:_type_text,pros:_type_pros=_dflt_pros,cons:_type_cons=_dflt_cons)->_return_type:\n  self.text=text\n  self.pros=pros\n  self.cons=cons\n return __init__': _509,
    'def __create_fn__(_type_text, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,text:_type_text,updated:_type_updated)->_return_type:\n  self.text=text\n  self.updated=updated\n return __init__': _510,
    "def __create_fn__(_type_threshold, _type_more_mood, _type_more_days, _type_fewer_mood, _type_fewer_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,threshold:_type_threshold,more_mood:_type_more_mood,more_days:_type_more_days,fewer_mood:_type_fewer_mood,fewer_days:_type_fewer_days)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)\n  __dataclass_builtins_object__.__setattr__(self,'more_mood',more_mood)\n  __dataclass_builtins_object__.__setattr__(self,'more_days',more_days)\n  __dataclass_builtins_object__.__setattr__(self,'fewer_mood',fewer_mood)\n  __dataclass_builtins_object__.__setattr__(self,'fewer_days',fewer_days)\n return __init__": _511,
    "def __create_fn__(_type_title, _type_average, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,title:_type_title,average:_type_average,times:_type_times)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'average',average)\n  __dataclass_builtins_object__.__setattr__(self,'times',times)\n return __init__": _512,
    "def __create_fn__(_type_title, _type_average_enjoyment, _type_average_achievement, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,title:_type_title,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement,times:_type_times)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)\n  __dataclass_builtins_object__.__setattr__(self,'times',times)\n return __init__": _513,
    "def __create_fn__(_type_title, _type_brings, _type_effort, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,title:_type_title,brings:_type_brings,effort:_type_effort)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'brings',brings)\n  __dataclass_builtins_object__.__setattr__(self,'effort',effort)\n return __init__": _514,
    'def __create_fn__(_type_title, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _return_type):\n def __init__(self,title:_type_title,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.title=title\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n return __init__': _515,
    "def __create_fn__(_type_title, _type_publisher, _type_url, _type_checked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_checked, _return_type):\n def __init__(self,*,title:_type_title,publisher:_type_publisher,url:_type_url,checked:_type_checked=_dflt_checked)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'checked',checked)\n return __init__": _516,
    "def __create_fn__(_type_title, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,title:_type_title,target:_type_target)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n return __init__": _517,
    "def __create_fn__(_type_title, _type_target, _type_done, _type_share, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,title:_type_title,target:_type_target,done:_type_done,share:_type_share)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'share',share)\n return __init__": _518,
    "def __create_fn__(_type_title, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _return_type):\n def __init__(self,*,title:_type_title=_dflt_title,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__": _519,
    "def __create_fn__(_type_value, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,value:_type_value,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__": _520,
    "def __create_fn__(_type_weeks, _type_cells, _type_row_names, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,weeks:_type_weeks,cells:_type_cells,row_names:_type_row_names)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'row_names',row_names)\n return __init__": _521,
    "def __create_fn__(_type_weeks, _type_cells, _type_row_names, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,weeks:_type_weeks,cells:_type_cells,row_names:_type_row_names,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'row_names',row_names)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__": _522,
    "def __create_fn__(_type_weeks, _type_rated_highest, _type_entries, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,weeks:_type_weeks,rated_highest:_type_rated_highest,entries:_type_entries)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)\n  __dataclass_builtins_object__.__setattr__(self,'rated_highest',rated_highest)\n  __dataclass_builtins_object__.__setattr__(self,'entries',entries)\n return __init__": _523,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'activity\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _524,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'activity\',\'day\',\'when\',\'helped\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _525,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'activity_id\',\'title\',\'times\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _526,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'activity_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _527,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'appointment\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _528,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'area\',\'text\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _529,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'areas\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _530,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'changes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _531,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'contact_ids\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _532,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'current\',\'best\',\'unit\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _533,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'checkin\',\'merge\',\'append\',\'note_base\',\'tags_base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _534,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'greeting\',\'habits\',\'checkin\',\'resume\',\'modules\',\'program\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _535,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'kind\',\'label\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _536,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'title\',\'area\',\'entry\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _537,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'total\',\'band\',\'change\',\'answers\',\'difficulty\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _538,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'done\',\'opened\',\'stop\',\'stops\',\'answers\',\'prompts\',\'checked\',\'questions\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _539,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'done\',\'skipped\',\'amount\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _540,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'done\',\'total\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _541,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'enjoyment\',\'achievement\',\'mood_before\',\'mood_after\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _542,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'entry\',\'force\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _543,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'entry\',\'title\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _544,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'entry_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _545,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'field\',\'item\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _546,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'field\',\'item_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _547,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'field\',\'label\',\'low\',\'high\',\'unit\',\'aim\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _548,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'field\',\'label\',\'low\',\'high\',\'whole\',\'unit\',\'best\',\'aim\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _549,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'first\',\'last\',\'response\',\'remission\',\'words\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _550,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ge\',\'le\',\'gt\',\'min_length\',\'max_length\',\'pattern\',\'strip\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _551,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit\',\'index\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _552,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _553,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'archived\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _554,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'amount\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _555,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'done\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _556,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'paused\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _557,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'skipped\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _558,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'text\',\'base\',\'append\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _559,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'fields\',\'days\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _560,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'title\',\'target\',\'state\',\'detail\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _561,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'title\',\'target\',\'why\',\'title_base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _562,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _563,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'label\',\'hint\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _564,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'label\',\'kind\',\'value\',\'required\',\'hint\',\'choices\',\'latest\',\'check\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _565,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'text\',\'choices\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _566,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'text\',\'correct\',\'explanation\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _567,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'text\',\'hint\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _568,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'about\',\'max_score\',\'checks\',\'outlook\',\'response\',\'remission\',\'item_texts\',\'safety_items\',\'options\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _569,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'hint\',\'ideas\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _570,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'markdown\',\'line\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _571,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'minutes\',\'note\',\'activity\',\'prompts\',\'questions\',\'sections\',\'path\',\'module_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _572,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'name\',\'about\',\'instruction\',\'attribution\',\'source\',\'checked\',\'options\',\'items\',\'bands\',\'difficulty\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _573,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'prompt\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _574,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'summary\',\'order\',\'note\',\'habits\',\'sources\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _575,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'text\',\'blanks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _576,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'why\',\'target\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _577,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'identity\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _578,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'choice\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _579,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'text\',\'at\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _580,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'keys\',\'work_factor\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _581,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kinds\',\'quiet\',\'quiet_text\',\'from_settings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _582,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lesson_id\',\'day\',\'completed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _583,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lesson_id\',\'section\',\'section_index\',\'at\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _584,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lines\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _585,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'low\',\'high\',\'edge\',\'band\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _586,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'low\',\'high\',\'label\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _587,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'measure\',\'start\',\'values\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _588,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'measure\',\'values\',\'average\',\'minimum\',\'maximum\',\'count\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _589,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _590,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'meta\',\'lessons\',\'path\',\'habit_refs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _591,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'module\',\'lesson\',\'stop_index\',\'first\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _592,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'kind\',\'n_with\',\'n_without\',\'mood_with\',\'mood_without\',\'energy_with\',\'energy_without\',\'more_with\',\'more_without\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _593,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'kind\',\'with_days\',\'without_days\',\'shifts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _594,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'region\',\'how\',\'notes\',\'source\',\'checked\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _595,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'number\',\'text\',\'safety\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _596,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ops\',\'label\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _597,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ops\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _598,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'line\',\'message\',\'severity\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _599,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'per_week\',\'days\',\'at_least\',\'at_most\',\'unit\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _600,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'profile\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _601,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'question_id\',\'step\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _602,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'questionnaire\',\'draft\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _603,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'questionnaire\',\'start\',\'days\',\'checks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _604,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'questionnaires\',\'answers\',\'attribution\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _605,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ref\',\'position\',\'line\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _606,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'script_id\',\'values\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _607,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'scripts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _608,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'selfcheck\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _609,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'selfcheck_id\',\'in_report\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _610,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'share\',\'days\',\'done\',\'counted\',\'excused\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _611,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'helped\',\'others\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _612,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'next_day\',\'checkins\',\'comparisons\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _613,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'planned\',\'done\',\'let_go\',\'average_enjoyment\',\'average_achievement\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _614,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'planned\',\'done_planned\',\'let_go\',\'still_open\',\'logged\',\'average_enjoyment\',\'average_achievement\',\'top_enjoyment\',\'top_achievement\',\'mood\',\'mood_weeks\',\'smaller\',\'days\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _615,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'step_id\',\'text\',\'at\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _616,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'options\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _617,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'threshold\',\'more_mood\',\'more_days\',\'fewer_mood\',\'fewer_days\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _618,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'average\',\'times\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _619,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'average_enjoyment\',\'average_achievement\',\'times\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _620,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'brings\',\'effort\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _621,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'publisher\',\'url\',\'checked\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _622,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'target\',\'done\',\'share\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _623,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'target\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _624,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _625,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _626,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'weeks\',\'cells\',\'row_names\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _627,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'weeks\',\'cells\',\'row_names\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _628,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'weeks\',\'rated_highest\',\'entries\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _629,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ():\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _630,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'activity\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _631,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'activity\',\'day\',\'when\',\'helped\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _632,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'activity_id\',\'title\',\'times\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _633,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'activity_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _634,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'appointment\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _635,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'area\',\'text\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _636,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'areas\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _637,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'changes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _638,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'contact_ids\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _639,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'current\',\'best\',\'unit\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _640,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'checkin\',\'merge\',\'append\',\'note_base\',\'tags_base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _641,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'greeting\',\'habits\',\'checkin\',\'resume\',\'modules\',\'program\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _642,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'kind\',\'label\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _643,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'title\',\'area\',\'entry\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _644,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'total\',\'band\',\'change\',\'answers\',\'difficulty\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _645,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'done\',\'opened\',\'stop\',\'stops\',\'answers\',\'prompts\',\'checked\',\'questions\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _646,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'done\',\'skipped\',\'amount\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _647,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'done\',\'total\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _648,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'enjoyment\',\'achievement\',\'mood_before\',\'mood_after\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _649,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'entry\',\'force\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _650,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'entry\',\'title\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _651,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'entry_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _652,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'field\',\'item\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _653,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'field\',\'item_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _654,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'field\',\'label\',\'low\',\'high\',\'unit\',\'aim\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _655,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'field\',\'label\',\'low\',\'high\',\'whole\',\'unit\',\'best\',\'aim\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _656,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'first\',\'last\',\'response\',\'remission\',\'words\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _657,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ge\',\'le\',\'gt\',\'min_length\',\'max_length\',\'pattern\',\'strip\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _658,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit\',\'index\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _659,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _660,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'archived\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _661,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'amount\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _662,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'done\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _663,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'paused\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _664,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'skipped\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _665,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'text\',\'base\',\'append\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _666,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'fields\',\'days\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _667,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'title\',\'target\',\'state\',\'detail\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _668,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'title\',\'target\',\'why\',\'title_base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _669,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _670,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'label\',\'hint\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _671,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'label\',\'kind\',\'value\',\'required\',\'hint\',\'choices\',\'latest\',\'check\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _672,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'text\',\'choices\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _673,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'text\',\'correct\',\'explanation\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _674,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'text\',\'hint\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _675,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'about\',\'max_score\',\'checks\',\'outlook\',\'response\',\'remission\',\'item_texts\',\'safety_items\',\'options\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _676,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'hint\',\'ideas\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _677,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'markdown\',\'line\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _678,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'minutes\',\'note\',\'activity\',\'prompts\',\'questions\',\'sections\',\'path\',\'module_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _679,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'name\',\'about\',\'instruction\',\'attribution\',\'source\',\'checked\',\'options\',\'items\',\'bands\',\'difficulty\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _680,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'prompt\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _681,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'summary\',\'order\',\'note\',\'habits\',\'sources\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _682,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'text\',\'blanks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _683,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'why\',\'target\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _684,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'identity\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _685,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'choice\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _686,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'text\',\'at\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _687,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'keys\',\'work_factor\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _688,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kinds\',\'quiet\',\'quiet_text\',\'from_settings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _689,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lesson_id\',\'day\',\'completed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _690,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lesson_id\',\'section\',\'section_index\',\'at\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _691,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lines\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _692,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'low\',\'high\',\'edge\',\'band\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _693,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'low\',\'high\',\'label\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _694,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'measure\',\'start\',\'values\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _695,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'measure\',\'values\',\'average\',\'minimum\',\'maximum\',\'count\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _696,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _697,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'meta\',\'lessons\',\'path\',\'habit_refs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _698,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'module\',\'lesson\',\'stop_index\',\'first\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _699,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'kind\',\'n_with\',\'n_without\',\'mood_with\',\'mood_without\',\'energy_with\',\'energy_without\',\'more_with\',\'more_without\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _700,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'kind\',\'with_days\',\'without_days\',\'shifts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _701,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'region\',\'how\',\'notes\',\'source\',\'checked\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _702,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'number\',\'text\',\'safety\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _703,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ops\',\'label\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _704,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ops\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _705,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'line\',\'message\',\'severity\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _706,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'per_week\',\'days\',\'at_least\',\'at_most\',\'unit\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _707,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'profile\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _708,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'question_id\',\'step\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _709,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'questionnaire\',\'draft\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _710,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'questionnaire\',\'start\',\'days\',\'checks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _711,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'questionnaires\',\'answers\',\'attribution\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _712,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ref\',\'position\',\'line\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _713,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'script_id\',\'values\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _714,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'scripts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _715,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'selfcheck\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _716,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'selfcheck_id\',\'in_report\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _717,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'share\',\'days\',\'done\',\'counted\',\'excused\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _718,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'helped\',\'others\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _719,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'next_day\',\'checkins\',\'comparisons\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _720,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'planned\',\'done\',\'let_go\',\'average_enjoyment\',\'average_achievement\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _721,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'planned\',\'done_planned\',\'let_go\',\'still_open\',\'logged\',\'average_enjoyment\',\'average_achievement\',\'top_enjoyment\',\'top_achievement\',\'mood\',\'mood_weeks\',\'smaller\',\'days\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _722,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'step_id\',\'text\',\'at\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _723,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'options\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _724,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'threshold\',\'more_mood\',\'more_days\',\'fewer_mood\',\'fewer_days\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _725,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'average\',\'times\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _726,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'average_enjoyment\',\'average_achievement\',\'times\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _727,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'brings\',\'effort\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _728,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'publisher\',\'url\',\'checked\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _729,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'target\',\'done\',\'share\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _730,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'target\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _731,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _732,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _733,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'weeks\',\'cells\',\'row_names\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _734,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'weeks\',\'cells\',\'row_names\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _735,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'weeks\',\'rated_highest\',\'entries\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _736,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ():\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _737,
}
