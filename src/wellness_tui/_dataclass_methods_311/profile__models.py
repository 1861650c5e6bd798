"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.profile.models's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.with_whom,self.notes,)==(other.day,other.with_whom,other.notes,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.activity,self.day,self.when,self.state,self.planned,self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,self.moved_from,self.created,self.updated,)==(other.id,other.activity,other.day,other.when,other.state,other.planned,other.enjoyment,other.achievement,other.mood_before,other.mood_after,other.note,other.moved_from,other.created,other.updated,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.day,self.kind,self.what,self.severity,self.related_to,self.notes,)==(other.id,other.day,other.kind,other.what,other.severity,other.related_to,other.notes,)
  return NotImplemented
 return __eq__

def _3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.how_they_help,self.reach,)==(other.id,other.name,other.how_they_help,other.reach,)
  return NotImplemented
 return __eq__

def _4():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.problem,self.options,self.chosen,self.step,self.step_day,self.how_it_went,self.what_next,self.habit_id,self.created,self.updated,)==(other.id,other.problem,other.options,other.chosen,other.step,other.step_day,other.how_it_went,other.what_next,other.habit_id,other.created,other.updated,)
  return NotImplemented
 return __eq__

def _5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.questionnaire,self.day,self.answers,self.difficulty,self.in_report,self.created,self.updated,)==(other.id,other.questionnaire,other.day,other.answers,other.difficulty,other.in_report,other.created,other.updated,)
  return NotImplemented
 return __eq__

def _6():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.situation,self.feelings,self.feelings_strength,self.thought,self.belief,self.traps,self.supports,self.against,self.balanced,self.belief_now,self.feelings_now,self.created,self.updated,)==(other.id,other.situation,other.feelings,other.feelings_strength,other.thought,other.belief,other.traps,other.supports,other.against,other.balanced,other.belief_now,other.feelings_now,other.created,other.updated,)
  return NotImplemented
 return __eq__

def _7():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.text,self.added,self.asked,self.answer,)==(other.id,other.text,other.added,other.asked,other.answer,)
  return NotImplemented
 return __eq__

def _8():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.area,self.brings,self.effort,self.created,self.archived,)==(other.id,other.title,other.area,other.brings,other.effort,other.created,other.archived,)
  return NotImplemented
 return __eq__

def _9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.why,self.target,self.suggestion,self.created,self.archived,self.paused,self.done,self.skipped,self.amounts,self.notes,)==(other.id,other.title,other.why,other.target,other.suggestion,other.created,other.archived,other.paused,other.done,other.skipped,other.amounts,other.notes,)
  return NotImplemented
 return __eq__

def _10():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.what,self.started,self.stopped,self.how_it_went,self.side_effects,)==(other.id,other.what,other.started,other.stopped,other.how_it_went,other.side_effects,)
  return NotImplemented
 return __eq__

def _11():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.mood,self.energy,self.sleep_hours,self.sleep_quality,self.note,self.tags,self.updated,)==(other.mood,other.energy,other.sleep_hours,other.sleep_quality,other.note,other.tags,other.updated,)
  return NotImplemented
 return __eq__

def _12():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.theme,self.day_end_hour,self.week_start,self.show_streaks,self.reduced_motion,self.focus_modules,self.selfcheck_offer,self.remind_of,self.quiet_hours,self.safety_plan_readable,)==(other.name,other.theme,other.day_end_hour,other.week_start,other.show_streaks,other.reduced_motion,other.focus_modules,other.selfcheck_offer,other.remind_of,other.quiet_hours,other.safety_plan_readable,)
  return NotImplemented
 return __eq__

def _13():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.questionnaire,self.day,self.answers,self.difficulty,self.updated,)==(other.questionnaire,other.day,other.answers,other.difficulty,other.updated,)
  return NotImplemented
 return __eq__

def _14():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.schema_version,self.created,self.welcomed,self.settings,self.habits,self.lessons,self.last_lesson,self.answers,self.checks,self.checkins,self.safety_plan,self.contacts,self.questions,self.appointment,self.log,self.treatments,self.scripts,self.values,self.activities,self.plans,self.thought_records,self.problem_sheets,self.selfchecks,self.selfcheck_drafts,)==(other.schema_version,other.created,other.welcomed,other.settings,other.habits,other.lessons,other.last_lesson,other.answers,other.checks,other.checkins,other.safety_plan,other.contacts,other.questions,other.appointment,other.log,other.treatments,other.scripts,other.values,other.activities,other.plans,other.thought_records,other.problem_sheets,other.selfchecks,other.selfcheck_drafts,)
  return NotImplemented
 return __eq__

def _15():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.section,self.section_index,self.completed,self.opened,)==(other.section,other.section_index,other.completed,other.opened,)
  return NotImplemented
 return __eq__

def _16():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,)==(other.start,other.end,)
  return NotImplemented
 return __eq__

def _17():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.steps,self.people,self.updated,)==(other.steps,other.people,other.updated,)
  return NotImplemented
 return __eq__

def _18():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.pros,self.cons,)==(other.text,other.pros,other.cons,)
  return NotImplemented
 return __eq__

def _19():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.updated,)==(other.text,other.updated,)
  return NotImplemented
 return __eq__

def _20():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, with_whom={self.with_whom!r}, notes={self.notes!r})"
 return __repr__

def _21():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, activity={self.activity!r}, day={self.day!r}, when={self.when!r}, state={self.state!r}, planned={self.planned!r}, enjoyment={self.enjoyment!r}, achievement={self.achievement!r}, mood_before={self.mood_before!r}, mood_after={self.mood_after!r}, note={self.note!r}, moved_from={self.moved_from!r}, created={self.created!r}, updated={self.updated!r})"
 return __repr__

def _22():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, day={self.day!r}, kind={self.kind!r}, what={self.what!r}, severity={self.severity!r}, related_to={self.related_to!r}, notes={self.notes!r})"
 return __repr__

def _23():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, how_they_help={self.how_they_help!r}, reach={self.reach!r})"
 return __repr__

def _24():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, problem={self.problem!r}, options={self.options!r}, chosen={self.chosen!r}, step={self.step!r}, step_day={self.step_day!r}, how_it_went={self.how_it_went!r}, what_next={self.what_next!r}, habit_id={self.habit_id!r}, created={self.created!r}, updated={self.updated!r})"
 return __repr__

def _25():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, questionnaire={self.questionnaire!r}, day={self.day!r}, answers={self.answers!r}, difficulty={self.difficulty!r}, in_report={self.in_report!r}, created={self.created!r}, updated={self.updated!r})"
 return __repr__

def _26():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, situation={self.situation!r}, feelings={self.feelings!r}, feelings_strength={self.feelings_strength!r}, thought={self.thought!r}, belief={self.belief!r}, traps={self.traps!r}, supports={self.supports!r}, against={self.against!r}, balanced={self.balanced!r}, belief_now={self.belief_now!r}, feelings_now={self.feelings_now!r}, created={self.created!r}, updated={self.updated!r})"
 return __repr__

def _27():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, added={self.added!r}, asked={self.asked!r}, answer={self.answer!r})"
 return __repr__

def _28():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, area={self.area!r}, brings={self.brings!r}, effort={self.effort!r}, created={self.created!r}, archived={self.archived!r})"
 return __repr__

def _29():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, why={self.why!r}, target={self.target!r}, suggestion={self.suggestion!r}, created={self.created!r}, archived={self.archived!r}, paused={self.paused!r}, done={self.done!r}, skipped={self.skipped!r}, amounts={self.amounts!r}, notes={self.notes!r})"
 return __repr__

def _30():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, what={self.what!r}, started={self.started!r}, stopped={self.stopped!r}, how_it_went={self.how_it_went!r}, side_effects={self.side_effects!r})"
 return __repr__

def _31():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(mood={self.mood!r}, energy={self.energy!r}, sleep_hours={self.sleep_hours!r}, sleep_quality={self.sleep_quality!r}, note={self.note!r}, tags={self.tags!r}, updated={self.updated!r})"
 return __repr__

def _32():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, theme={self.theme!r}, day_end_hour={self.day_end_hour!r}, week_start={self.week_start!r}, show_streaks={self.show_streaks!r}, reduced_motion={self.reduced_motion!r}, focus_modules={self.focus_modules!r}, selfcheck_offer={self.selfcheck_offer!r}, remind_of={self.remind_of!r}, quiet_hours={self.quiet_hours!r}, safety_plan_readable={self.safety_plan_readable!r})"
 return __repr__

def _33():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, day={self.day!r}, answers={self.answers!r}, difficulty={self.difficulty!r}, updated={self.updated!r})"
 return __repr__

def _34():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(schema_version={self.schema_version!r}, created={self.created!r}, welcomed={self.welcomed!r}, settings={self.settings!r}, habits={self.habits!r}, lessons={self.lessons!r}, last_lesson={self.last_lesson!r}, answers={self.answers!r}, checks={self.checks!r}, checkins={self.checkins!r}, safety_plan={self.safety_plan!r}, contacts={self.contacts!r}, questions={self.questions!r}, appointment={self.appointment!r}, log={self.log!r}, treatments={self.treatments!r}, scripts={self.scripts!r}, values={self.values!r}, activities={self.activities!r}, plans={self.plans!r}, thought_records={self.thought_records!r}, problem_sheets={self.problem_sheets!r}, selfchecks={self.selfchecks!r}, selfcheck_drafts={self.selfcheck_drafts!r})"
 return __repr__

def _35():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(section={self.section!r}, section_index={self.section_index!r}, completed={self.completed!r}, opened={self.opened!r})"
 return __repr__

def _36():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"
 return __repr__

def _37():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(steps={self.steps!r}, people={self.people!r}, updated={self.updated!r})"
 return __repr__

def _38():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, pros={self.pros!r}, cons={self.cons!r})"
 return __repr__

def _39():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, updated={self.updated!r})"
 return __repr__

def _40(_type_day, _type_with_whom, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_day, _dflt_with_whom, _dflt_notes, _return_type):
 def __init__(self,*,day:_type_day=_dflt_day,with_whom:_type_with_whom=_dflt_with_whom,notes:_type_notes=_dflt_notes)->_return_type:
  self.day=day
  self.with_whom=with_whom
  self.notes=notes
 return __init__

def _41(_type_id, _type_activity, _type_day, _type_when, _type_state, _type_planned, _type_enjoyment, _type_achievement, _type_mood_before, _type_mood_after, _type_note, _type_moved_from, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_when, _dflt_state, _dflt_planned, _dflt_enjoyment, _dflt_achievement, _dflt_mood_before, _dflt_mood_after, _dflt_note, _dflt_moved_from, _return_type):
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

def _42(_type_id, _type_day, _type_kind, _type_what, _type_severity, _type_related_to, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_severity, _dflt_related_to, _dflt_notes, _return_type):
 def __init__(self,*,id:_type_id,day:_type_day,kind:_type_kind=_dflt_kind,what:_type_what,severity:_type_severity=_dflt_severity,related_to:_type_related_to=_dflt_related_to,notes:_type_notes=_dflt_notes)->_return_type:
  self.id=id
  self.day=day
  self.kind=kind
  self.what=what
  self.severity=severity
  self.related_to=related_to
  self.notes=notes
 return __init__

def _43(_type_id, _type_name, _type_how_they_help, _type_reach, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_how_they_help, _dflt_reach, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,how_they_help:_type_how_they_help=_dflt_how_they_help,reach:_type_reach=_dflt_reach)->_return_type:
  self.id=id
  self.name=name
  self.how_they_help=how_they_help
  self.reach=reach
 return __init__

def _44(_type_id, _type_problem, _type_options, _type_chosen, _type_step, _type_step_day, _type_how_it_went, _type_what_next, _type_habit_id, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_chosen, _dflt_step, _dflt_step_day, _dflt_how_it_went, _dflt_what_next, _dflt_habit_id, _return_type):
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

def _45(_type_id, _type_questionnaire, _type_day, _type_answers, _type_difficulty, _type_in_report, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_difficulty, _dflt_in_report, _return_type):
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

def _46(_type_id, _type_situation, _type_feelings, _type_feelings_strength, _type_thought, _type_belief, _type_traps, _type_supports, _type_against, _type_balanced, _type_belief_now, _type_feelings_now, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_feelings, _dflt_feelings_strength, _dflt_thought, _dflt_belief, _dflt_traps, _dflt_supports, _dflt_against, _dflt_balanced, _dflt_belief_now, _dflt_feelings_now, _return_type):
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

def _47(_type_id, _type_text, _type_added, _type_asked, _type_answer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_asked, _dflt_answer, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,added:_type_added,asked:_type_asked=_dflt_asked,answer:_type_answer=_dflt_answer)->_return_type:
  self.id=id
  self.text=text
  self.added=added
  self.asked=asked
  self.answer=answer
 return __init__

def _48(_type_id, _type_title, _type_area, _type_brings, _type_effort, _type_created, _type_archived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_area, _dflt_brings, _dflt_effort, _dflt_archived, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,area:_type_area=_dflt_area,brings:_type_brings=_dflt_brings,effort:_type_effort=_dflt_effort,created:_type_created,archived:_type_archived=_dflt_archived)->_return_type:
  self.id=id
  self.title=title
  self.area=area
  self.brings=brings
  self.effort=effort
  self.created=created
  self.archived=archived
 return __init__

def _49(_type_id, _type_title, _type_why, _type_target, _type_suggestion, _type_created, _type_archived, _type_paused, _type_done, _type_skipped, _type_amounts, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_target, _dflt_suggestion, _dflt_archived, _dflt_paused, _dflt_done, _dflt_skipped, _dflt_amounts, _dflt_notes, _return_type):
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

def _50(_type_id, _type_what, _type_started, _type_stopped, _type_how_it_went, _type_side_effects, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_started, _dflt_stopped, _dflt_how_it_went, _dflt_side_effects, _return_type):
 def __init__(self,*,id:_type_id,what:_type_what,started:_type_started=_dflt_started,stopped:_type_stopped=_dflt_stopped,how_it_went:_type_how_it_went=_dflt_how_it_went,side_effects:_type_side_effects=_dflt_side_effects)->_return_type:
  self.id=id
  self.what=what
  self.started=started
  self.stopped=stopped
  self.how_it_went=how_it_went
  self.side_effects=side_effects
 return __init__

def _51(_type_mood, _type_energy, _type_sleep_hours, _type_sleep_quality, _type_note, _type_tags, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mood, _dflt_energy, _dflt_sleep_hours, _dflt_sleep_quality, _dflt_note, _dflt_tags, _dflt_updated, _return_type):
 def __init__(self,*,mood:_type_mood=_dflt_mood,energy:_type_energy=_dflt_energy,sleep_hours:_type_sleep_hours=_dflt_sleep_hours,sleep_quality:_type_sleep_quality=_dflt_sleep_quality,note:_type_note=_dflt_note,tags:_type_tags=_HAS_DEFAULT_FACTORY,updated:_type_updated=_dflt_updated)->_return_type:
  self.mood=mood
  self.energy=energy
  self.sleep_hours=sleep_hours
  self.sleep_quality=sleep_quality
  self.note=note
  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags
  self.updated=updated
 return __init__

def _52(_type_name, _type_theme, _type_day_end_hour, _type_week_start, _type_show_streaks, _type_reduced_motion, _type_focus_modules, _type_selfcheck_offer, _type_remind_of, _type_quiet_hours, _type_safety_plan_readable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_theme, _dflt_day_end_hour, _dflt_week_start, _dflt_show_streaks, _dflt_reduced_motion, _dflt_focus_modules, _dflt_selfcheck_offer, _dflt_remind_of, _dflt_quiet_hours, _dflt_safety_plan_readable, _return_type):
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

def _53(_type_questionnaire, _type_day, _type_answers, _type_difficulty, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_answers, _dflt_difficulty, _return_type):
 def __init__(self,*,questionnaire:_type_questionnaire,day:_type_day,answers:_type_answers=_HAS_DEFAULT_FACTORY,difficulty:_type_difficulty=_dflt_difficulty,updated:_type_updated)->_return_type:
  self.questionnaire=questionnaire
  self.day=day
  self.answers=_dflt_answers() if answers is _HAS_DEFAULT_FACTORY else answers
  self.difficulty=difficulty
  self.updated=updated
 return __init__

def _54(_type_schema_version, _type_created, _type_welcomed, _type_settings, _type_habits, _type_lessons, _type_last_lesson, _type_answers, _type_checks, _type_checkins, _type_safety_plan, _type_contacts, _type_questions, _type_appointment, _type_log, _type_treatments, _type_scripts, _type_values, _type_activities, _type_plans, _type_thought_records, _type_problem_sheets, _type_selfchecks, _type_selfcheck_drafts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_welcomed, _dflt_settings, _dflt_habits, _dflt_lessons, _dflt_last_lesson, _dflt_answers, _dflt_checks, _dflt_checkins, _dflt_safety_plan, _dflt_contacts, _dflt_questions, _dflt_appointment, _dflt_log, _dflt_treatments, _dflt_scripts, _dflt_values, _dflt_activities, _dflt_plans, _dflt_thought_records, _dflt_problem_sheets, _dflt_selfchecks, _dflt_selfcheck_drafts, _return_type):
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

def _55(_type_section, _type_section_index, _type_completed, _type_opened, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_section, _dflt_section_index, _dflt_completed, _dflt_opened, _return_type):
 def __init__(self,*,section:_type_section=_dflt_section,section_index:_type_section_index=_dflt_section_index,completed:_type_completed=_dflt_completed,opened:_type_opened=_dflt_opened)->_return_type:
  self.section=section
  self.section_index=section_index
  self.completed=completed
  self.opened=opened
 return __init__

def _56(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end, _return_type):
 def __init__(self,*,start:_type_start,end:_type_end=_dflt_end)->_return_type:
  self.start=start
  self.end=end
 return __init__

def _57(_type_steps, _type_people, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_steps, _dflt_people, _dflt_updated, _return_type):
 def __init__(self,*,steps:_type_steps=_HAS_DEFAULT_FACTORY,people:_type_people=_HAS_DEFAULT_FACTORY,updated:_type_updated=_dflt_updated)->_return_type:
  self.steps=_dflt_steps() if steps is _HAS_DEFAULT_FACTORY else steps
  self.people=_dflt_people() if people is _HAS_DEFAULT_FACTORY else people
  self.updated=updated
 return __init__

def _58(_type_text, _type_pros, _type_cons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pros, _dflt_cons, _return_type):
 def __init__(self,*,text:_type_text,pros:_type_pros=_dflt_pros,cons:_type_cons=_dflt_cons)->_return_type:
  self.text=text
  self.pros=pros
  self.cons=cons
 return __init__

def _59(_type_text, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,text:_type_text,updated:_type_updated)->_return_type:
  self.text=text
  self.updated=updated
 return __init__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.with_whom,self.notes,)==(other.day,other.with_whom,other.notes,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.activity,self.day,self.when,self.state,self.planned,self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,self.moved_from,self.created,self.updated,)==(other.id,other.activity,other.day,other.when,other.state,other.planned,other.enjoyment,other.achievement,other.mood_before,other.mood_after,other.note,other.moved_from,other.created,other.updated,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.day,self.kind,self.what,self.severity,self.related_to,self.notes,)==(other.id,other.day,other.kind,other.what,other.severity,other.related_to,other.notes,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.name,self.how_they_help,self.reach,)==(other.id,other.name,other.how_they_help,other.reach,)\n  return NotImplemented\n return __eq__': _3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.problem,self.options,self.chosen,self.step,self.step_day,self.how_it_went,self.what_next,self.habit_id,self.created,self.updated,)==(other.id,other.problem,other.options,other.chosen,other.step,other.step_day,other.how_it_went,other.what_next,other.habit_id,other.created,other.updated,)\n  return NotImplemented\n return __eq__': _4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.questionnaire,self.day,self.answers,self.difficulty,self.in_report,self.created,self.updated,)==(other.id,other.questionnaire,other.day,other.answers,other.difficulty,other.in_report,other.created,other.updated,)\n  return NotImplemented\n return __eq__': _5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.situation,self.feelings,self.feelings_strength,self.thought,self.belief,self.traps,self.supports,self.against,self.balanced,self.belief_now,self.feelings_now,self.created,self.updated,)==(other.id,other.situation,other.feelings,other.feelings_strength,other.thought,other.belief,other.traps,other.supports,other.against,other.balanced,other.belief_now,other.feelings_now,other.created,other.updated,)\n  return NotImplemented\n return __eq__': _6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.text,self.added,self.asked,self.answer,)==(other.id,other.text,other.added,other.asked,other.answer,)\n  return NotImplemented\n return __eq__': _7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.area,self.brings,self.effort,self.created,self.archived,)==(other.id,other.title,other.area,other.brings,other.effort,other.created,other.archived,)\n  return NotImplemented\n return __eq__': _8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.why,self.target,self.suggestion,self.created,self.archived,self.paused,self.done,self.skipped,self.amounts,self.notes,)==(other.id,other.title,other.why,other.target,other.suggestion,other.created,other.archived,other.paused,other.done,other.skipped,other.amounts,other.notes,)\n  return NotImplemented\n return __eq__': _9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.what,self.started,self.stopped,self.how_it_went,self.side_effects,)==(other.id,other.what,other.started,other.stopped,other.how_it_went,other.side_effects,)\n  return NotImplemented\n return __eq__': _10,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.mood,self.energy,self.sleep_hours,self.sleep_quality,self.note,self.tags,self.updated,)==(other.mood,other.energy,other.sleep_hours,other.sleep_quality,other.note,other.tags,other.updated,)\n  return NotImplemented\n return __eq__': _11,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.theme,self.day_end_hour,self.week_start,self.show_streaks,self.reduced_motion,self.focus_modules,self.selfcheck_offer,self.remind_of,self.quiet_hours,self.safety_plan_readable,)==(other.name,other.theme,other.day_end_hour,other.week_start,other.show_streaks,other.reduced_motion,other.focus_modules,other.selfcheck_offer,other.remind_of,other.quiet_hours,other.safety_plan_readable,)\n  return NotImplemented\n return __eq__': _12,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.questionnaire,self.day,self.answers,self.difficulty,self.updated,)==(other.questionnaire,other.day,other.answers,other.difficulty,other.updated,)\n  return NotImplemented\n return __eq__': _13,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.schema_version,self.created,self.welcomed,self.settings,self.habits,self.lessons,self.last_lesson,self.answers,self.checks,self.checkins,self.safety_plan,self.contacts,self.questions,self.appointment,self.log,self.treatments,self.scripts,self.values,self.activities,self.plans,self.thought_records,self.problem_sheets,self.selfchecks,self.selfcheck_drafts,)==(other.schema_version,other.created,other.welcomed,other.settings,other.habits,other.lessons,other.last_lesson,other.answers,other.checks,other.checkins,other.safety_plan,other.contacts,other.questions,other.appointment,other.log,other.treatments,other.scripts,other.values,other.activities,other.plans,other.thought_records,other.problem_sheets,other.selfchecks,other.selfcheck_drafts,)\n  return NotImplemented\n return __eq__': _14,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.section,self.section_index,self.completed,self.opened,)==(other.section,other.section_index,other.completed,other.opened,)\n  return NotImplemented\n return __eq__': _15,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,)==(other.start,other.end,)\n  return NotImplemented\n return __eq__': _16,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.steps,self.people,self.updated,)==(other.steps,other.people,other.updated,)\n  return NotImplemented\n return __eq__': _17,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.pros,self.cons,)==(other.text,other.pros,other.cons,)\n  return NotImplemented\n return __eq__': _18,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.updated,)==(other.text,other.updated,)\n  return NotImplemented\n return __eq__': _19,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, with_whom={self.with_whom!r}, notes={self.notes!r})"\n return __repr__': _20,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, activity={self.activity!r}, day={self.day!r}, when={self.when!r}, state={self.state!r}, planned={self.planned!r}, enjoyment={self.enjoyment!r}, achievement={self.achievement!r}, mood_before={self.mood_before!r}, mood_after={self.mood_after!r}, note={self.note!r}, moved_from={self.moved_from!r}, created={self.created!r}, updated={self.updated!r})"\n return __repr__': _21,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, day={self.day!r}, kind={self.kind!r}, what={self.what!r}, severity={self.severity!r}, related_to={self.related_to!r}, notes={self.notes!r})"\n return __repr__': _22,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, how_they_help={self.how_they_help!r}, reach={self.reach!r})"\n return __repr__': _23,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, problem={self.problem!r}, options={self.options!r}, chosen={self.chosen!r}, step={self.step!r}, step_day={self.step_day!r}, how_it_went={self.how_it_went!r}, what_next={self.what_next!r}, habit_id={self.habit_id!r}, created={self.created!r}, updated={self.updated!r})"\n return __repr__': _24,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, questionnaire={self.questionnaire!r}, day={self.day!r}, answers={self.answers!r}, difficulty={self.difficulty!r}, in_report={self.in_report!r}, created={self.created!r}, updated={self.updated!r})"\n return __repr__': _25,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, situation={self.situation!r}, feelings={self.feelings!r}, feelings_strength={self.feelings_strength!r}, thought={self.thought!r}, belief={self.belief!r}, traps={self.traps!r}, supports={self.supports!r}, against={self.against!r}, balanced={self.balanced!r}, belief_now={self.belief_now!r}, feelings_now={self.feelings_now!r}, created={self.created!r}, updated={self.updated!r})"\n return __repr__': _26,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, added={self.added!r}, asked={self.asked!r}, answer={self.answer!r})"\n return __repr__': _27,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, area={self.area!r}, brings={self.brings!r}, effort={self.effort!r}, created={self.created!r}, archived={self.archived!r})"\n return __repr__': _28,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, why={self.why!r}, target={self.target!r}, suggestion={self.suggestion!r}, created={self.created!r}, archived={self.archived!r}, paused={self.paused!r}, done={self.done!r}, skipped={self.skipped!r}, amounts={self.amounts!r}, notes={self.notes!r})"\n return __repr__': _29,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, what={self.what!r}, started={self.started!r}, stopped={self.stopped!r}, how_it_went={self.how_it_went!r}, side_effects={self.side_effects!r})"\n return __repr__': _30,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(mood={self.mood!r}, energy={self.energy!r}, sleep_hours={self.sleep_hours!r}, sleep_quality={self.sleep_quality!r}, note={self.note!r}, tags={self.tags!r}, updated={self.updated!r})"\n return __repr__': _31,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, theme={self.theme!r}, day_end_hour={self.day_end_hour!r}, week_start={self.week_start!r}, show_streaks={self.show_streaks!r}, reduced_motion={self.reduced_motion!r}, focus_modules={self.focus_modules!r}, selfcheck_offer={self.selfcheck_offer!r}, remind_of={self.remind_of!r}, quiet_hours={self.quiet_hours!r}, safety_plan_readable={self.safety_plan_readable!r})"\n return __repr__': _32,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, day={self.day!r}, answers={self.answers!r}, difficulty={self.difficulty!r}, updated={self.updated!r})"\n return __repr__': _33,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(schema_version={self.schema_version!r}, created={self.created!r}, welcomed={self.welcomed!r}, settings={self.settings!r}, habits={self.habits!r}, lessons={self.lessons!r}, last_lesson={self.last_lesson!r}, answers={self.answers!r}, checks={self.checks!r}, checkins={self.checkins!r}, safety_plan={self.safety_plan!r}, contacts={self.contacts!r}, questions={self.questions!r}, appointment={self.appointment!r}, log={self.log!r}, treatments={self.treatments!r}, scripts={self.scripts!r}, values={self.values!r}, activities={self.activities!r}, plans={self.plans!r}, thought_records={self.thought_records!r}, problem_sheets={self.problem_sheets!r}, selfchecks={self.selfchecks!r}, selfcheck_drafts={self.selfcheck_drafts!r})"\n return __repr__': _34,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(section={self.section!r}, section_index={self.section_index!r}, completed={self.completed!r}, opened={self.opened!r})"\n return __repr__': _35,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"\n return __repr__': _36,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(steps={self.steps!r}, people={self.people!r}, updated={self.updated!r})"\n return __repr__': _37,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, pros={self.pros!r}, cons={self.cons!r})"\n return __repr__': _38,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, updated={self.updated!r})"\n return __repr__': _39,
    'def __create_fn__(_type_day, _type_with_whom, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_day, _dflt_with_whom, _dflt_notes, _return_type):\n def __init__(self,*,day:_type_day=_dflt_day,with_whom:_type_with_whom=_dflt_with_whom,notes:_type_notes=_dflt_notes)->_return_type:\n  self.day=day\n  self.with_whom=with_whom\n  self.notes=notes\n return __init__': _40,
    'def __create_fn__(_type_id, _type_activity, _type_day, _type_when, _type_state, _type_planned, _type_enjoyment, _type_achievement, _type_mood_before, _type_mood_after, _type_note, _type_moved_from, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_when, _dflt_state, _dflt_planned, _dflt_enjoyment, _dflt_achievement, _dflt_mood_before, _dflt_mood_after, _dflt_note, _dflt_moved_from, _return_type):\n def __init__(self,*,id:_type_id,activity:_type_activity,day:_type_day,when:_type_when=_dflt_when,state:_type_state=_dflt_state,planned:_type_planned=_dflt_planned,enjoyment:_type_enjoyment=_dflt_enjoyment,achievement:_type_achievement=_dflt_achievement,mood_before:_type_mood_before=_dflt_mood_before,mood_after:_type_mood_after=_dflt_mood_after,note:_type_note=_dflt_note,moved_from:_type_moved_from=_HAS_DEFAULT_FACTORY,created:_type_created,updated:_type_updated)->_return_type:\n  self.id=id\n  self.activity=activity\n  self.day=day\n  self.when=when\n  self.state=state\n  self.planned=planned\n  self.enjoyment=enjoyment\n  self.achievement=achievement\n  self.mood_before=mood_before\n  self.mood_after=mood_after\n  self.note=note\n  self.moved_from=_dflt_moved_from() if moved_from is _HAS_DEFAULT_FACTORY else moved_from\n  self.created=created\n  self.updated=updated\n return __init__': _41,
    'def __create_fn__(_type_id, _type_day, _type_kind, _type_what, _type_severity, _type_related_to, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_severity, _dflt_related_to, _dflt_notes, _return_type):\n def __init__(self,*,id:_type_id,day:_type_day,kind:_type_kind=_dflt_kind,what:_type_what,severity:_type_severity=_dflt_severity,related_to:_type_related_to=_dflt_related_to,notes:_type_notes=_dflt_notes)->_return_type:\n  self.id=id\n  self.day=day\n  self.kind=kind\n  self.what=what\n  self.severity=severity\n  self.related_to=related_to\n  self.notes=notes\n return __init__': _42,
    'def __create_fn__(_type_id, _type_name, _type_how_they_help, _type_reach, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_how_they_help, _dflt_reach, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,how_they_help:_type_how_they_help=_dflt_how_they_help,reach:_type_reach=_dflt_reach)->_return_type:\n  self.id=id\n  self.name=name\n  self.how_they_help=how_they_help\n  self.reach=reach\n return __init__': _43,
    'def __create_fn__(_type_id, _type_problem, _type_options, _type_chosen, _type_step, _type_step_day, _type_how_it_went, _type_what_next, _type_habit_id, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_chosen, _dflt_step, _dflt_step_day, _dflt_how_it_went, _dflt_what_next, _dflt_habit_id, _return_type):\n def __init__(self,*,id:_type_id,problem:_type_problem,options:_type_options=_HAS_DEFAULT_FACTORY,chosen:_type_chosen=_dflt_chosen,step:_type_step=_dflt_step,step_day:_type_step_day=_dflt_step_day,how_it_went:_type_how_it_went=_dflt_how_it_went,what_next:_type_what_next=_dflt_what_next,habit_id:_type_habit_id=_dflt_habit_id,created:_type_created,updated:_type_updated)->_return_type:\n  self.id=id\n  self.problem=problem\n  self.options=_dflt_options() if options is _HAS_DEFAULT_FACTORY else options\n  self.chosen=chosen\n  self.step=step\n  self.step_day=step_day\n  self.how_it_went=how_it_went\n  self.what_next=what_next\n  self.habit_id=habit_id\n  self.created=created\n  self.updated=updated\n return __init__': _44,
    'def __create_fn__(_type_id, _type_questionnaire, _type_day, _type_answers, _type_difficulty, _type_in_report, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_difficulty, _dflt_in_report, _return_type):\n def __init__(self,*,id:_type_id,questionnaire:_type_questionnaire,day:_type_day,answers:_type_answers,difficulty:_type_difficulty=_dflt_difficulty,in_report:_type_in_report=_dflt_in_report,created:_type_created,updated:_type_updated)->_return_type:\n  self.id=id\n  self.questionnaire=questionnaire\n  self.day=day\n  self.answers=answers\n  self.difficulty=difficulty\n  self.in_report=in_report\n  self.created=created\n  self.updated=updated\n return __init__': _45,
    'def __create_fn__(_type_id, _type_situation, _type_feelings, _type_feelings_strength, _type_thought, _type_belief, _type_traps, _type_supports, _type_against, _type_balanced, _type_belief_now, _type_feelings_now, _type_created, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_feelings, _dflt_feelings_strength, _dflt_thought, _dflt_belief, _dflt_traps, _dflt_supports, _dflt_against, _dflt_balanced, _dflt_belief_now, _dflt_feelings_now, _return_type):\n def __init__(self,*,id:_type_id,situation:_type_situation,feelings:_type_feelings=_dflt_feelings,feelings_strength:_type_feelings_strength=_dflt_feelings_strength,thought:_type_thought=_dflt_thought,belief:_type_belief=_dflt_belief,traps:_type_traps=_HAS_DEFAULT_FACTORY,supports:_type_supports=_dflt_supports,against:_type_against=_dflt_against,balanced:_type_balanced=_dflt_balanced,belief_now:_type_belief_now=_dflt_belief_now,feelings_now:_type_feelings_now=_dflt_feelings_now,created:_type_created,updated:_type_updated)->_return_type:\n  self.id=id\n  self.situation=situation\n  self.feelings=feelings\n  self.feelings_strength=feelings_strength\n  self.thought=thought\n  self.belief=belief\n  self.traps=_dflt_traps() if traps is _HAS_DEFAULT_FACTORY else traps\n  self.supports=supports\n  self.against=against\n  self.balanced=balanced\n  self.belief_now=belief_now\n  self.feelings_now=feelings_now\n  self.created=created\n  self.updated=updated\n return __init__': _46,
    'def __create_fn__(_type_id, _type_text, _type_added, _type_asked, _type_answer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_asked, _dflt_answer, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,added:_type_added,asked:_type_asked=_dflt_asked,answer:_type_answer=_dflt_answer)->_return_type:\n  self.id=id\n  self.text=text\n  self.added=added\n  self.asked=asked\n  self.answer=answer\n return __init__': _47,
    'def __create_fn__(_type_id, _type_title, _type_area, _type_brings, _type_effort, _type_created, _type_archived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_area, _dflt_brings, _dflt_effort, _dflt_archived, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,area:_type_area=_dflt_area,brings:_type_brings=_dflt_brings,effort:_type_effort=_dflt_effort,created:_type_created,archived:_type_archived=_dflt_archived)->_return_type:\n  self.id=id\n  self.title=title\n  self.area=area\n  self.brings=brings\n  self.effort=effort\n  self.created=created\n  self.archived=archived\n return __init__': _48,
    'def __create_fn__(_type_id, _type_title, _type_why, _type_target, _type_suggestion, _type_created, _type_archived, _type_paused, _type_done, _type_skipped, _type_amounts, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_target, _dflt_suggestion, _dflt_archived, _dflt_paused, _dflt_done, _dflt_skipped, _dflt_amounts, _dflt_notes, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,why:_type_why=_dflt_why,target:_type_target=_HAS_DEFAULT_FACTORY,suggestion:_type_suggestion=_dflt_suggestion,created:_type_created,archived:_type_archived=_dflt_archived,paused:_type_paused=_HAS_DEFAULT_FACTORY,done:_type_done=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_HAS_DEFAULT_FACTORY,amounts:_type_amounts=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.id=id\n  self.title=title\n  self.why=why\n  self.target=_dflt_target() if target is _HAS_DEFAULT_FACTORY else target\n  self.suggestion=suggestion\n  self.created=created\n  self.archived=archived\n  self.paused=_dflt_paused() if paused is _HAS_DEFAULT_FACTORY else paused\n  self.done=_dflt_done() if done is _HAS_DEFAULT_FACTORY else done\n  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped\n  self.amounts=_dflt_amounts() if amounts is _HAS_DEFAULT_FACTORY else amounts\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n return __init__': _49,
    'def __create_fn__(_type_id, _type_what, _type_started, _type_stopped, _type_how_it_went, _type_side_effects, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_started, _dflt_stopped, _dflt_how_it_went, _dflt_side_effects, _return_type):\n def __init__(self,*,id:_type_id,what:_type_what,started:_type_started=_dflt_started,stopped:_type_stopped=_dflt_stopped,how_it_went:_type_how_it_went=_dflt_how_it_went,side_effects:_type_side_effects=_dflt_side_effects)->_return_type:\n  self.id=id\n  self.what=what\n  self.started=started\n  self.stopped=stopped\n  self.how_it_went=how_it_went\n  self.side_effects=side_effects\n return __init__': _50,
    'def __create_fn__(_type_mood, _type_energy, _type_sleep_hours, _type_sleep_quality, _type_note, _type_tags, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mood, _dflt_energy, _dflt_sleep_hours, _dflt_sleep_quality, _dflt_note, _dflt_tags, _dflt_updated, _return_type):\n def __init__(self,*,mood:_type_mood=_dflt_mood,energy:_type_energy=_dflt_energy,sleep_hours:_type_sleep_hours=_dflt_sleep_hours,sleep_quality:_type_sleep_quality=_dflt_sleep_quality,note:_type_note=_dflt_note,tags:_type_tags=_HAS_DEFAULT_FACTORY,updated:_type_updated=_dflt_updated)->_return_type:\n  self.mood=mood\n  self.energy=energy\n  self.sleep_hours=sleep_hours\n  self.sleep_quality=sleep_quality\n  self.note=note\n  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags\n  self.updated=updated\n return __init__': _51,
    'def __create_fn__(_type_name, _type_theme, _type_day_end_hour, _type_week_start, _type_show_streaks, _type_reduced_motion, _type_focus_modules, _type_selfcheck_offer, _type_remind_of, _type_quiet_hours, _type_safety_plan_readable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_theme, _dflt_day_end_hour, _dflt_week_start, _dflt_show_streaks, _dflt_reduced_motion, _dflt_focus_modules, _dflt_selfcheck_offer, _dflt_remind_of, _dflt_quiet_hours, _dflt_safety_plan_readable, _return_type):\n def __init__(self,*,name:_type_name=_dflt_name,theme:_type_theme=_dflt_theme,day_end_hour:_type_day_end_hour=_dflt_day_end_hour,week_start:_type_week_start=_dflt_week_start,show_streaks:_type_show_streaks=_dflt_show_streaks,reduced_motion:_type_reduced_motion=_dflt_reduced_motion,focus_modules:_type_focus_modules=_HAS_DEFAULT_FACTORY,selfcheck_offer:_type_selfcheck_offer=_dflt_selfcheck_offer,remind_of:_type_remind_of=_HAS_DEFAULT_FACTORY,quiet_hours:_type_quiet_hours=_dflt_quiet_hours,safety_plan_readable:_type_safety_plan_readable=_dflt_safety_plan_readable)->_return_type:\n  self.name=name\n  self.theme=theme\n  self.day_end_hour=day_end_hour\n  self.week_start=week_start\n  self.show_streaks=show_streaks\n  self.reduced_motion=reduced_motion\n  self.focus_modules=_dflt_focus_modules() if focus_modules is _HAS_DEFAULT_FACTORY else focus_modules\n  self.selfcheck_offer=selfcheck_offer\n  self.remind_of=_dflt_remind_of() if remind_of is _HAS_DEFAULT_FACTORY else remind_of\n  self.quiet_hours=quiet_hours\n  self.safety_plan_readable=safety_plan_readable\n return __init__': _52,
    'def __create_fn__(_type_questionnaire, _type_day, _type_answers, _type_difficulty, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_answers, _dflt_difficulty, _return_type):\n def __init__(self,*,questionnaire:_type_questionnaire,day:_type_day,answers:_type_answers=_HAS_DEFAULT_FACTORY,difficulty:_type_difficulty=_dflt_difficulty,updated:_type_updated)->_return_type:\n  self.questionnaire=questionnaire\n  self.day=day\n  self.answers=_dflt_answers() if answers is _HAS_DEFAULT_FACTORY else answers\n  self.difficulty=difficulty\n  self.updated=updated\n return __init__': _53,
    'def __create_fn__(_type_schema_version, _type_created, _type_welcomed, _type_settings, _type_habits, _type_lessons, _type_last_lesson, _type_answers, _type_checks, _type_checkins, _type_safety_plan, _type_contacts, _type_questions, _type_appointment, _type_log, _type_treatments, _type_scripts, _type_values, _type_activities, _type_plans, _type_thought_records, _type_problem_sheets, _type_selfchecks, _type_selfcheck_drafts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_welcomed, _dflt_settings, _dflt_habits, _dflt_lessons, _dflt_last_lesson, _dflt_answers, _dflt_checks, _dflt_checkins, _dflt_safety_plan, _dflt_contacts, _dflt_questions, _dflt_appointment, _dflt_log, _dflt_treatments, _dflt_scripts, _dflt_values, _dflt_activities, _dflt_plans, _dflt_thought_records, _dflt_problem_sheets, _dflt_selfchecks, _dflt_selfcheck_drafts, _return_type):\n def __init__(self,*,schema_version:_type_schema_version,created:_type_created,welcomed:_type_welcomed=_dflt_welcomed,settings:_type_settings=_HAS_DEFAULT_FACTORY,habits:_type_habits=_HAS_DEFAULT_FACTORY,lessons:_type_lessons=_HAS_DEFAULT_FACTORY,last_lesson:_type_last_lesson=_dflt_last_lesson,answers:_type_answers=_HAS_DEFAULT_FACTORY,checks:_type_checks=_HAS_DEFAULT_FACTORY,checkins:_type_checkins=_HAS_DEFAULT_FACTORY,safety_plan:_type_safety_plan=_HAS_DEFAULT_FACTORY,contacts:_type_contacts=_HAS_DEFAULT_FACTORY,questions:_type_questions=_HAS_DEFAULT_FACTORY,appointment:_type_appointment=_HAS_DEFAULT_FACTORY,log:_type_log=_HAS_DEFAULT_FACTORY,treatments:_type_treatments=_HAS_DEFAULT_FACTORY,scripts:_type_scripts=_HAS_DEFAULT_FACTORY,values:_type_values=_HAS_DEFAULT_FACTORY,activities:_type_activities=_HAS_DEFAULT_FACTORY,plans:_type_plans=_HAS_DEFAULT_FACTORY,thought_records:_type_thought_records=_HAS_DEFAULT_FACTORY,problem_sheets:_type_problem_sheets=_HAS_DEFAULT_FACTORY,selfchecks:_type_selfchecks=_HAS_DEFAULT_FACTORY,selfcheck_drafts:_type_selfcheck_drafts=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.schema_version=schema_version\n  self.created=created\n  self.welcomed=welcomed\n  self.settings=_dflt_settings() if settings is _HAS_DEFAULT_FACTORY else settings\n  self.habits=_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits\n  self.lessons=_dflt_lessons() if lessons is _HAS_DEFAULT_FACTORY else lessons\n  self.last_lesson=last_lesson\n  self.answers=_dflt_answers() if answers is _HAS_DEFAULT_FACTORY else answers\n  self.checks=_dflt_checks() if checks is _HAS_DEFAULT_FACTORY else checks\n  self.checkins=_dflt_checkins() if checkins is _HAS_DEFAULT_FACTORY else checkins\n  self.safety_plan=_dflt_safety_plan() if safety_plan is _HAS_DEFAULT_FACTORY else safety_plan\n  self.contacts=_dflt_contacts() if contacts is _HAS_DEFAULT_FACTORY else contacts\n  self.questions=_dflt_questions() if questions is _HAS_DEFAULT_FACTORY else questions\n  self.appointment=_dflt_appointment() if appointment is _HAS_DEFAULT_FACTORY else appointment\n  self.log=_dflt_log() if log is _HAS_DEFAULT_FACTORY else log\n  self.treatments=_dflt_treatments() if treatments is _HAS_DEFAULT_FACTORY else treatments\n  self.scripts=_dflt_scripts() if scripts is _HAS_DEFAULT_FACTORY else scripts\n  self.values=_dflt_values() if values is _HAS_DEFAULT_FACTORY else values\n  self.activities=_dflt_activities() if activities is _HAS_DEFAULT_FACTORY else activities\n  self.plans=_dflt_plans() if plans is _HAS_DEFAULT_FACTORY else plans\n  self.thought_records=_dflt_thought_records() if thought_records is _HAS_DEFAULT_FACTORY else thought_records\n  self.problem_sheets=_dflt_problem_sheets() if problem_sheets is _HAS_DEFAULT_FACTORY else problem_sheets\n  self.selfchecks=_dflt_selfchecks() if selfchecks is _HAS_DEFAULT_FACTORY else selfchecks\n  self.selfcheck_drafts=_dflt_selfcheck_drafts() if selfcheck_drafts is _HAS_DEFAULT_FACTORY else selfcheck_drafts\n return __init__': _54,
    'def __create_fn__(_type_section, _type_section_index, _type_completed, _type_opened, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_section, _dflt_section_index, _dflt_completed, _dflt_opened, _return_type):\n def __init__(self,*,section:_type_section=_dflt_section,section_index:_type_section_index=_dflt_section_index,completed:_type_completed=_dflt_completed,opened:_type_opened=_dflt_opened)->_return_type:\n  self.section=section\n  self.section_index=section_index\n  self.completed=completed\n  self.opened=opened\n return __init__': _55,
    'def __create_fn__(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end, _return_type):\n def __init__(self,*,start:_type_start,end:_type_end=_dflt_end)->_return_type:\n  self.start=start\n  self.end=end\n return __init__': _56,
    'def __create_fn__(_type_steps, _type_people, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_steps, _dflt_people, _dflt_updated, _return_type):\n def __init__(self,*,steps:_type_steps=_HAS_DEFAULT_FACTORY,people:_type_people=_HAS_DEFAULT_FACTORY,updated:_type_updated=_dflt_updated)->_return_type:\n  self.steps=_dflt_steps() if steps is _HAS_DEFAULT_FACTORY else steps\n  self.people=_dflt_people() if people is _HAS_DEFAULT_FACTORY else people\n  self.updated=updated\n return __init__': _57,
    'def __create_fn__(_type_text, _type_pros, _type_cons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pros, _dflt_cons, _return_type):\n def __init__(self,*,text:_type_text,pros:_type_pros=_dflt_pros,cons:_type_cons=_dflt_cons)->_return_type:\n  self.text=text\n  self.pros=pros\n  self.cons=cons\n return __init__': _58,
    'def __create_fn__(_type_text, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,text:_type_text,updated:_type_updated)->_return_type:\n  self.text=text\n  self.updated=updated\n return __init__': _59,
}
