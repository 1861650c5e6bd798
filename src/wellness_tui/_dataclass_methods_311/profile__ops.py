"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.profile.ops's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
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
   return (self.activity,self.base,)==(other.activity,other.base,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.activity_id,)==(other.activity_id,)
  return NotImplemented
 return __eq__

def _3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.appointment,self.base,)==(other.appointment,other.base,)
  return NotImplemented
 return __eq__

def _4():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.area,self.text,self.base,)==(other.area,other.text,other.base,)
  return NotImplemented
 return __eq__

def _5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.changes,)==(other.changes,)
  return NotImplemented
 return __eq__

def _6():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.contact_ids,)==(other.contact_ids,)
  return NotImplemented
 return __eq__

def _7():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.checkin,self.merge,self.append,self.note_base,self.tags_base,)==(other.day,other.checkin,other.merge,other.append,other.note_base,other.tags_base,)
  return NotImplemented
 return __eq__

def _8():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.done,self.skipped,self.amount,self.note,)==(other.done,other.skipped,other.amount,other.note,)
  return NotImplemented
 return __eq__

def _9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.entry,self.force,self.base,)==(other.entry,other.force,other.base,)
  return NotImplemented
 return __eq__

def _10():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.entry_id,)==(other.entry_id,)
  return NotImplemented
 return __eq__

def _11():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.item,self.base,)==(other.field,other.item,other.base,)
  return NotImplemented
 return __eq__

def _12():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.item_id,)==(other.field,other.item_id,)
  return NotImplemented
 return __eq__

def _13():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit,)==(other.habit,)
  return NotImplemented
 return __eq__

def _14():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit,self.index,)==(other.habit,other.index,)
  return NotImplemented
 return __eq__

def _15():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,)==(other.habit_id,)
  return NotImplemented
 return __eq__

def _16():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.archived,)==(other.habit_id,other.archived,)
  return NotImplemented
 return __eq__

def _17():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.amount,)==(other.habit_id,other.day,other.amount,)
  return NotImplemented
 return __eq__

def _18():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.done,)==(other.habit_id,other.day,other.done,)
  return NotImplemented
 return __eq__

def _19():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.paused,)==(other.habit_id,other.day,other.paused,)
  return NotImplemented
 return __eq__

def _20():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.skipped,)==(other.habit_id,other.day,other.skipped,)
  return NotImplemented
 return __eq__

def _21():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.day,self.text,self.base,self.append,)==(other.habit_id,other.day,other.text,other.base,other.append,)
  return NotImplemented
 return __eq__

def _22():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.fields,self.days,)==(other.habit_id,other.fields,other.days,)
  return NotImplemented
 return __eq__

def _23():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.title,self.target,self.why,self.title_base,)==(other.habit_id,other.title,other.target,other.why,other.title_base,)
  return NotImplemented
 return __eq__

def _24():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.choice,)==(other.key,other.choice,)
  return NotImplemented
 return __eq__

def _25():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.text,self.at,self.base,)==(other.key,other.text,other.at,other.base,)
  return NotImplemented
 return __eq__

def _26():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lesson_id,self.day,self.completed,)==(other.lesson_id,other.day,other.completed,)
  return NotImplemented
 return __eq__

def _27():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lesson_id,self.section,self.section_index,self.at,)==(other.lesson_id,other.section,other.section_index,other.at,)
  return NotImplemented
 return __eq__

def _28():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ops,)==(other.ops,)
  return NotImplemented
 return __eq__

def _29():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.profile,)==(other.profile,)
  return NotImplemented
 return __eq__

def _30():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.question_id,self.step,)==(other.question_id,other.step,)
  return NotImplemented
 return __eq__

def _31():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.questionnaire,self.draft,)==(other.questionnaire,other.draft,)
  return NotImplemented
 return __eq__

def _32():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.script_id,self.values,self.base,)==(other.script_id,other.values,other.base,)
  return NotImplemented
 return __eq__

def _33():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.selfcheck,)==(other.selfcheck,)
  return NotImplemented
 return __eq__

def _34():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.selfcheck_id,self.in_report,)==(other.selfcheck_id,other.in_report,)
  return NotImplemented
 return __eq__

def _35():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.step_id,self.text,self.at,self.base,)==(other.step_id,other.text,other.at,other.base,)
  return NotImplemented
 return __eq__

def _36():
 def __hash__(self):
  return hash(())
 return __hash__

def _37():
 def __hash__(self):
  return hash((self.activity,self.base,))
 return __hash__

def _38():
 def __hash__(self):
  return hash((self.activity_id,))
 return __hash__

def _39():
 def __hash__(self):
  return hash((self.appointment,self.base,))
 return __hash__

def _40():
 def __hash__(self):
  return hash((self.area,self.text,self.base,))
 return __hash__

def _41():
 def __hash__(self):
  return hash((self.changes,))
 return __hash__

def _42():
 def __hash__(self):
  return hash((self.contact_ids,))
 return __hash__

def _43():
 def __hash__(self):
  return hash((self.day,self.checkin,self.merge,self.append,self.note_base,self.tags_base,))
 return __hash__

def _44():
 def __hash__(self):
  return hash((self.done,self.skipped,self.amount,self.note,))
 return __hash__

def _45():
 def __hash__(self):
  return hash((self.entry,self.force,self.base,))
 return __hash__

def _46():
 def __hash__(self):
  return hash((self.entry_id,))
 return __hash__

def _47():
 def __hash__(self):
  return hash((self.field,self.item,self.base,))
 return __hash__

def _48():
 def __hash__(self):
  return hash((self.field,self.item_id,))
 return __hash__

def _49():
 def __hash__(self):
  return hash((self.habit,))
 return __hash__

def _50():
 def __hash__(self):
  return hash((self.habit,self.index,))
 return __hash__

def _51():
 def __hash__(self):
  return hash((self.habit_id,))
 return __hash__

def _52():
 def __hash__(self):
  return hash((self.habit_id,self.archived,))
 return __hash__

def _53():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.amount,))
 return __hash__

def _54():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.done,))
 return __hash__

def _55():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.paused,))
 return __hash__

def _56():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.skipped,))
 return __hash__

def _57():
 def __hash__(self):
  return hash((self.habit_id,self.day,self.text,self.base,self.append,))
 return __hash__

def _58():
 def __hash__(self):
  return hash((self.habit_id,self.fields,self.days,))
 return __hash__

def _59():
 def __hash__(self):
  return hash((self.habit_id,self.title,self.target,self.why,self.title_base,))
 return __hash__

def _60():
 def __hash__(self):
  return hash((self.key,self.choice,))
 return __hash__

def _61():
 def __hash__(self):
  return hash((self.key,self.text,self.at,self.base,))
 return __hash__

def _62():
 def __hash__(self):
  return hash((self.lesson_id,self.day,self.completed,))
 return __hash__

def _63():
 def __hash__(self):
  return hash((self.lesson_id,self.section,self.section_index,self.at,))
 return __hash__

def _64():
 def __hash__(self):
  return hash((self.ops,))
 return __hash__

def _65():
 def __hash__(self):
  return hash((self.profile,))
 return __hash__

def _66():
 def __hash__(self):
  return hash((self.question_id,self.step,))
 return __hash__

def _67():
 def __hash__(self):
  return hash((self.questionnaire,self.draft,))
 return __hash__

def _68():
 def __hash__(self):
  return hash((self.script_id,self.values,self.base,))
 return __hash__

def _69():
 def __hash__(self):
  return hash((self.selfcheck,))
 return __hash__

def _70():
 def __hash__(self):
  return hash((self.selfcheck_id,self.in_report,))
 return __hash__

def _71():
 def __hash__(self):
  return hash((self.step_id,self.text,self.at,self.base,))
 return __hash__

def _72():
 def __repr__(self):
  return self.__class__.__qualname__ + f"()"
 return __repr__

def _73():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(activity={self.activity!r}, base={self.base!r})"
 return __repr__

def _74():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(activity_id={self.activity_id!r})"
 return __repr__

def _75():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(appointment={self.appointment!r}, base={self.base!r})"
 return __repr__

def _76():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(area={self.area!r}, text={self.text!r}, base={self.base!r})"
 return __repr__

def _77():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(changes={self.changes!r})"
 return __repr__

def _78():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(contact_ids={self.contact_ids!r})"
 return __repr__

def _79():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, checkin={self.checkin!r}, merge={self.merge!r}, append={self.append!r}, note_base={self.note_base!r}, tags_base={self.tags_base!r})"
 return __repr__

def _80():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(done={self.done!r}, skipped={self.skipped!r}, amount={self.amount!r}, note={self.note!r})"
 return __repr__

def _81():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(entry={self.entry!r}, force={self.force!r}, base={self.base!r})"
 return __repr__

def _82():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(entry_id={self.entry_id!r})"
 return __repr__

def _83():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, item={self.item!r}, base={self.base!r})"
 return __repr__

def _84():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, item_id={self.item_id!r})"
 return __repr__

def _85():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit={self.habit!r})"
 return __repr__

def _86():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit={self.habit!r}, index={self.index!r})"
 return __repr__

def _87():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r})"
 return __repr__

def _88():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, archived={self.archived!r})"
 return __repr__

def _89():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, amount={self.amount!r})"
 return __repr__

def _90():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, done={self.done!r})"
 return __repr__

def _91():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, paused={self.paused!r})"
 return __repr__

def _92():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, skipped={self.skipped!r})"
 return __repr__

def _93():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, text={self.text!r}, base={self.base!r}, append={self.append!r})"
 return __repr__

def _94():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, fields={self.fields!r}, days={self.days!r})"
 return __repr__

def _95():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, title={self.title!r}, target={self.target!r}, why={self.why!r}, title_base={self.title_base!r})"
 return __repr__

def _96():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, choice={self.choice!r})"
 return __repr__

def _97():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, text={self.text!r}, at={self.at!r}, base={self.base!r})"
 return __repr__

def _98():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lesson_id={self.lesson_id!r}, day={self.day!r}, completed={self.completed!r})"
 return __repr__

def _99():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lesson_id={self.lesson_id!r}, section={self.section!r}, section_index={self.section_index!r}, at={self.at!r})"
 return __repr__

def _100():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ops={self.ops!r})"
 return __repr__

def _101():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(profile={self.profile!r})"
 return __repr__

def _102():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(question_id={self.question_id!r}, step={self.step!r})"
 return __repr__

def _103():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, draft={self.draft!r})"
 return __repr__

def _104():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(script_id={self.script_id!r}, values={self.values!r}, base={self.base!r})"
 return __repr__

def _105():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(selfcheck={self.selfcheck!r})"
 return __repr__

def _106():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(selfcheck_id={self.selfcheck_id!r}, in_report={self.in_report!r})"
 return __repr__

def _107():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(step_id={self.step_id!r}, text={self.text!r}, at={self.at!r}, base={self.base!r})"
 return __repr__

def _108(MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self)->_return_type:
  pass
 return __init__

def _109(_type_activity, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,activity:_type_activity,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'activity',activity)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _110(_type_activity_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,activity_id:_type_activity_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'activity_id',activity_id)
 return __init__

def _111(_type_appointment, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,appointment:_type_appointment,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'appointment',appointment)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _112(_type_area, _type_text, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,area:_type_area,text:_type_text,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'area',area)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _113(_type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,changes:_type_changes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'changes',changes)
 return __init__

def _114(_type_contact_ids, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,contact_ids:_type_contact_ids)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'contact_ids',contact_ids)
 return __init__

def _115(_type_day, _type_checkin, _type_merge, _type_append, _type_note_base, _type_tags_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merge, _dflt_append, _dflt_note_base, _dflt_tags_base, _return_type):
 def __init__(self,day:_type_day,checkin:_type_checkin,merge:_type_merge=_dflt_merge,append:_type_append=_dflt_append,note_base:_type_note_base=_dflt_note_base,tags_base:_type_tags_base=_dflt_tags_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'checkin',checkin)
  __dataclass_builtins_object__.__setattr__(self,'merge',merge)
  __dataclass_builtins_object__.__setattr__(self,'append',append)
  __dataclass_builtins_object__.__setattr__(self,'note_base',note_base)
  __dataclass_builtins_object__.__setattr__(self,'tags_base',tags_base)
 return __init__

def _116(_type_done, _type_skipped, _type_amount, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done, _dflt_skipped, _dflt_amount, _dflt_note, _return_type):
 def __init__(self,done:_type_done=_dflt_done,skipped:_type_skipped=_dflt_skipped,amount:_type_amount=_dflt_amount,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)
  __dataclass_builtins_object__.__setattr__(self,'amount',amount)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

def _117(_type_entry, _type_force, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_force, _dflt_base, _return_type):
 def __init__(self,entry:_type_entry,force:_type_force=_dflt_force,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'entry',entry)
  __dataclass_builtins_object__.__setattr__(self,'force',force)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _118(_type_entry_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,entry_id:_type_entry_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'entry_id',entry_id)
 return __init__

def _119(_type_field, _type_item, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,field:_type_field,item:_type_item,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _120(_type_field, _type_item_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,field:_type_field,item_id:_type_item_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'item_id',item_id)
 return __init__

def _121(_type_habit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit:_type_habit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit',habit)
 return __init__

def _122(_type_habit, _type_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _return_type):
 def __init__(self,habit:_type_habit,index:_type_index=_dflt_index)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit',habit)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
 return __init__

def _123(_type_habit_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
 return __init__

def _124(_type_habit_id, _type_archived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,archived:_type_archived)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'archived',archived)
 return __init__

def _125(_type_habit_id, _type_day, _type_amount, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,amount:_type_amount)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'amount',amount)
 return __init__

def _126(_type_habit_id, _type_day, _type_done, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,done:_type_done)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'done',done)
 return __init__

def _127(_type_habit_id, _type_day, _type_paused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,paused:_type_paused)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'paused',paused)
 return __init__

def _128(_type_habit_id, _type_day, _type_skipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,skipped:_type_skipped)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)
 return __init__

def _129(_type_habit_id, _type_day, _type_text, _type_base, _type_append, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _dflt_append, _return_type):
 def __init__(self,habit_id:_type_habit_id,day:_type_day,text:_type_text,base:_type_base=_dflt_base,append:_type_append=_dflt_append)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'append',append)
 return __init__

def _130(_type_habit_id, _type_fields, _type_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fields, _dflt_days, _return_type):
 def __init__(self,habit_id:_type_habit_id,fields:_type_fields=_dflt_fields,days:_type_days=_dflt_days)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'fields',fields)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
 return __init__

def _131(_type_habit_id, _type_title, _type_target, _type_why, _type_title_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_title_base, _return_type):
 def __init__(self,habit_id:_type_habit_id,title:_type_title,target:_type_target,why:_type_why=_dflt_why,title_base:_type_title_base=_dflt_title_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'why',why)
  __dataclass_builtins_object__.__setattr__(self,'title_base',title_base)
 return __init__

def _132(_type_key, _type_choice, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,choice:_type_choice)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'choice',choice)
 return __init__

def _133(_type_key, _type_text, _type_at, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,key:_type_key,text:_type_text,at:_type_at,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'at',at)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _134(_type_lesson_id, _type_day, _type_completed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_completed, _return_type):
 def __init__(self,lesson_id:_type_lesson_id,day:_type_day,completed:_type_completed=_dflt_completed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lesson_id',lesson_id)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'completed',completed)
 return __init__

def _135(_type_lesson_id, _type_section, _type_section_index, _type_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,lesson_id:_type_lesson_id,section:_type_section,section_index:_type_section_index,at:_type_at)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lesson_id',lesson_id)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'section_index',section_index)
  __dataclass_builtins_object__.__setattr__(self,'at',at)
 return __init__

def _136(_type_ops, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ops:_type_ops)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ops',ops)
 return __init__

def _137(_type_profile, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,profile:_type_profile)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'profile',profile)
 return __init__

def _138(_type_question_id, _type_step, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,question_id:_type_question_id,step:_type_step)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'question_id',question_id)
  __dataclass_builtins_object__.__setattr__(self,'step',step)
 return __init__

def _139(_type_questionnaire, _type_draft, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,questionnaire:_type_questionnaire,draft:_type_draft)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'questionnaire',questionnaire)
  __dataclass_builtins_object__.__setattr__(self,'draft',draft)
 return __init__

def _140(_type_script_id, _type_values, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,script_id:_type_script_id,values:_type_values,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'script_id',script_id)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _141(_type_selfcheck, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,selfcheck:_type_selfcheck)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'selfcheck',selfcheck)
 return __init__

def _142(_type_selfcheck_id, _type_in_report, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,selfcheck_id:_type_selfcheck_id,in_report:_type_in_report)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'selfcheck_id',selfcheck_id)
  __dataclass_builtins_object__.__setattr__(self,'in_report',in_report)
 return __init__

def _143(_type_step_id, _type_text, _type_at, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):
 def __init__(self,step_id:_type_step_id,text:_type_text,at:_type_at,base:_type_base=_dflt_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'step_id',step_id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'at',at)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__

def _144(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('activity','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _145(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('activity_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _146(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('appointment','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _147(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('area','text','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _148(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('changes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _149(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('contact_ids',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _150(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','checkin','merge','append','note_base','tags_base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _151(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('done','skipped','amount','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _152(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('entry','force','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _153(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('entry_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _154(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','item','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _155(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','item_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _156(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit','index',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _157(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _158(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','archived',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _159(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','amount',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _160(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','done',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _161(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','paused',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _162(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','skipped',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _163(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','day','text','base','append',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _164(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','fields','days',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _165(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','title','target','why','title_base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _166(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _167(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','choice',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _168(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','text','at','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _169(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lesson_id','day','completed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _170(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lesson_id','section','section_index','at',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _171(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ops',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _172(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('profile',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _173(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('question_id','step',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _174(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('questionnaire','draft',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _175(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('script_id','values','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _176(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('selfcheck',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _177(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('selfcheck_id','in_report',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _178(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('step_id','text','at','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _179(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ():
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _180(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('activity','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _181(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('activity_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _182(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('appointment','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _183(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('area','text','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _184(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('changes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _185(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('contact_ids',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _186(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','checkin','merge','append','note_base','tags_base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _187(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('done','skipped','amount','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _188(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('entry','force','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _189(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('entry_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _190(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','item','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _191(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','item_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _192(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit','index',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _193(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _194(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','archived',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _195(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','amount',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _196(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','done',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _197(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','paused',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _198(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','skipped',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _199(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','day','text','base','append',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _200(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','fields','days',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _201(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','title','target','why','title_base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _202(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _203(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','choice',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _204(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','text','at','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _205(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lesson_id','day','completed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _206(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lesson_id','section','section_index','at',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _207(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ops',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _208(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('profile',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _209(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('question_id','step',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _210(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('questionnaire','draft',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _211(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('script_id','values','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _212(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('selfcheck',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _213(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('selfcheck_id','in_report',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _214(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('step_id','text','at','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _215(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ():
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return ()==()\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.activity,self.base,)==(other.activity,other.base,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.activity_id,)==(other.activity_id,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.appointment,self.base,)==(other.appointment,other.base,)\n  return NotImplemented\n return __eq__': _3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.area,self.text,self.base,)==(other.area,other.text,other.base,)\n  return NotImplemented\n return __eq__': _4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.changes,)==(other.changes,)\n  return NotImplemented\n return __eq__': _5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.contact_ids,)==(other.contact_ids,)\n  return NotImplemented\n return __eq__': _6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.checkin,self.merge,self.append,self.note_base,self.tags_base,)==(other.day,other.checkin,other.merge,other.append,other.note_base,other.tags_base,)\n  return NotImplemented\n return __eq__': _7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.done,self.skipped,self.amount,self.note,)==(other.done,other.skipped,other.amount,other.note,)\n  return NotImplemented\n return __eq__': _8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.entry,self.force,self.base,)==(other.entry,other.force,other.base,)\n  return NotImplemented\n return __eq__': _9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.entry_id,)==(other.entry_id,)\n  return NotImplemented\n return __eq__': _10,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.item,self.base,)==(other.field,other.item,other.base,)\n  return NotImplemented\n return __eq__': _11,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.item_id,)==(other.field,other.item_id,)\n  return NotImplemented\n return __eq__': _12,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit,)==(other.habit,)\n  return NotImplemented\n return __eq__': _13,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit,self.index,)==(other.habit,other.index,)\n  return NotImplemented\n return __eq__': _14,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,)==(other.habit_id,)\n  return NotImplemented\n return __eq__': _15,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.archived,)==(other.habit_id,other.archived,)\n  return NotImplemented\n return __eq__': _16,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.amount,)==(other.habit_id,other.day,other.amount,)\n  return NotImplemented\n return __eq__': _17,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.done,)==(other.habit_id,other.day,other.done,)\n  return NotImplemented\n return __eq__': _18,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.paused,)==(other.habit_id,other.day,other.paused,)\n  return NotImplemented\n return __eq__': _19,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.skipped,)==(other.habit_id,other.day,other.skipped,)\n  return NotImplemented\n return __eq__': _20,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.day,self.text,self.base,self.append,)==(other.habit_id,other.day,other.text,other.base,other.append,)\n  return NotImplemented\n return __eq__': _21,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.fields,self.days,)==(other.habit_id,other.fields,other.days,)\n  return NotImplemented\n return __eq__': _22,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.title,self.target,self.why,self.title_base,)==(other.habit_id,other.title,other.target,other.why,other.title_base,)\n  return NotImplemented\n return __eq__': _23,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.choice,)==(other.key,other.choice,)\n  return NotImplemented\n return __eq__': _24,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.text,self.at,self.base,)==(other.key,other.text,other.at,other.base,)\n  return NotImplemented\n return __eq__': _25,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lesson_id,self.day,self.completed,)==(other.lesson_id,other.day,other.completed,)\n  return NotImplemented\n return __eq__': _26,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lesson_id,self.section,self.section_index,self.at,)==(other.lesson_id,other.section,other.section_index,other.at,)\n  return NotImplemented\n return __eq__': _27,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ops,)==(other.ops,)\n  return NotImplemented\n return __eq__': _28,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.profile,)==(other.profile,)\n  return NotImplemented\n return __eq__': _29,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.question_id,self.step,)==(other.question_id,other.step,)\n  return NotImplemented\n return __eq__': _30,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.questionnaire,self.draft,)==(other.questionnaire,other.draft,)\n  return NotImplemented\n return __eq__': _31,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.script_id,self.values,self.base,)==(other.script_id,other.values,other.base,)\n  return NotImplemented\n return __eq__': _32,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.selfcheck,)==(other.selfcheck,)\n  return NotImplemented\n return __eq__': _33,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.selfcheck_id,self.in_report,)==(other.selfcheck_id,other.in_report,)\n  return NotImplemented\n return __eq__': _34,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.step_id,self.text,self.at,self.base,)==(other.step_id,other.text,other.at,other.base,)\n  return NotImplemented\n return __eq__': _35,
    'def __create_fn__():\n def __hash__(self):\n  return hash(())\n return __hash__': _36,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.activity,self.base,))\n return __hash__': _37,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.activity_id,))\n return __hash__': _38,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.appointment,self.base,))\n return __hash__': _39,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.area,self.text,self.base,))\n return __hash__': _40,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.changes,))\n return __hash__': _41,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.contact_ids,))\n return __hash__': _42,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.checkin,self.merge,self.append,self.note_base,self.tags_base,))\n return __hash__': _43,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.done,self.skipped,self.amount,self.note,))\n return __hash__': _44,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.entry,self.force,self.base,))\n return __hash__': _45,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.entry_id,))\n return __hash__': _46,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.field,self.item,self.base,))\n return __hash__': _47,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.field,self.item_id,))\n return __hash__': _48,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit,))\n return __hash__': _49,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit,self.index,))\n return __hash__': _50,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,))\n return __hash__': _51,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.archived,))\n return __hash__': _52,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.amount,))\n return __hash__': _53,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.done,))\n return __hash__': _54,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.paused,))\n return __hash__': _55,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.skipped,))\n return __hash__': _56,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.day,self.text,self.base,self.append,))\n return __hash__': _57,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.fields,self.days,))\n return __hash__': _58,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.title,self.target,self.why,self.title_base,))\n return __hash__': _59,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.choice,))\n return __hash__': _60,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.text,self.at,self.base,))\n return __hash__': _61,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lesson_id,self.day,self.completed,))\n return __hash__': _62,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lesson_id,self.section,self.section_index,self.at,))\n return __hash__': _63,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ops,))\n return __hash__': _64,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.profile,))\n return __hash__': _65,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.question_id,self.step,))\n return __hash__': _66,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.questionnaire,self.draft,))\n return __hash__': _67,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.script_id,self.values,self.base,))\n return __hash__': _68,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.selfcheck,))\n return __hash__': _69,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.selfcheck_id,self.in_report,))\n return __hash__': _70,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.step_id,self.text,self.at,self.base,))\n return __hash__': _71,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"()"\n return __repr__': _72,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(activity={self.activity!r}, base={self.base!r})"\n return __repr__': _73,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(activity_id={self.activity_id!r})"\n return __repr__': _74,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(appointment={self.appointment!r}, base={self.base!r})"\n return __repr__': _75,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(area={self.area!r}, text={self.text!r}, base={self.base!r})"\n return __repr__': _76,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(changes={self.changes!r})"\n return __repr__': _77,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(contact_ids={self.contact_ids!r})"\n return __repr__': _78,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, checkin={self.checkin!r}, merge={self.merge!r}, append={self.append!r}, note_base={self.note_base!r}, tags_base={self.tags_base!r})"\n return __repr__': _79,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(done={self.done!r}, skipped={self.skipped!r}, amount={self.amount!r}, note={self.note!r})"\n return __repr__': _80,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(entry={self.entry!r}, force={self.force!r}, base={self.base!r})"\n return __repr__': _81,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(entry_id={self.entry_id!r})"\n return __repr__': _82,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, item={self.item!r}, base={self.base!r})"\n return __repr__': _83,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, item_id={self.item_id!r})"\n return __repr__': _84,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit={self.habit!r})"\n return __repr__': _85,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit={self.habit!r}, index={self.index!r})"\n return __repr__': _86,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r})"\n return __repr__': _87,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, archived={self.archived!r})"\n return __repr__': _88,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, amount={self.amount!r})"\n return __repr__': _89,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, done={self.done!r})"\n return __repr__': _90,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, paused={self.paused!r})"\n return __repr__': _91,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, skipped={self.skipped!r})"\n return __repr__': _92,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, day={self.day!r}, text={self.text!r}, base={self.base!r}, append={self.append!r})"\n return __repr__': _93,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, fields={self.fields!r}, days={self.days!r})"\n return __repr__': _94,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, title={self.title!r}, target={self.target!r}, why={self.why!r}, title_base={self.title_base!r})"\n return __repr__': _95,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, choice={self.choice!r})"\n return __repr__': _96,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, text={self.text!r}, at={self.at!r}, base={self.base!r})"\n return __repr__': _97,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lesson_id={self.lesson_id!r}, day={self.day!r}, completed={self.completed!r})"\n return __repr__': _98,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lesson_id={self.lesson_id!r}, section={self.section!r}, section_index={self.section_index!r}, at={self.at!r})"\n return __repr__': _99,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ops={self.ops!r})"\n return __repr__': _100,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(profile={self.profile!r})"\n return __repr__': _101,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(question_id={self.question_id!r}, step={self.step!r})"\n return __repr__': _102,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, draft={self.draft!r})"\n return __repr__': _103,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(script_id={self.script_id!r}, values={self.values!r}, base={self.base!r})"\n return __repr__': _104,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(selfcheck={self.selfcheck!r})"\n return __repr__': _105,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(selfcheck_id={self.selfcheck_id!r}, in_report={self.in_report!r})"\n return __repr__': _106,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(step_id={self.step_id!r}, text={self.text!r}, at={self.at!r}, base={self.base!r})"\n return __repr__': _107,
    'def __create_fn__(MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self)->_return_type:\n  pass\n return __init__': _108,
    "def __create_fn__(_type_activity, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,activity:_type_activity,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'activity',activity)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _109,
    "def __create_fn__(_type_activity_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,activity_id:_type_activity_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'activity_id',activity_id)\n return __init__": _110,
    "def __create_fn__(_type_appointment, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,appointment:_type_appointment,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'appointment',appointment)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _111,
    "def __create_fn__(_type_area, _type_text, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,area:_type_area,text:_type_text,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'area',area)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _112,
    "def __create_fn__(_type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,changes:_type_changes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'changes',changes)\n return __init__": _113,
    "def __create_fn__(_type_contact_ids, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,contact_ids:_type_contact_ids)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'contact_ids',contact_ids)\n return __init__": _114,
    "def __create_fn__(_type_day, _type_checkin, _type_merge, _type_append, _type_note_base, _type_tags_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merge, _dflt_append, _dflt_note_base, _dflt_tags_base, _return_type):\n def __init__(self,day:_type_day,checkin:_type_checkin,merge:_type_merge=_dflt_merge,append:_type_append=_dflt_append,note_base:_type_note_base=_dflt_note_base,tags_base:_type_tags_base=_dflt_tags_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'checkin',checkin)\n  __dataclass_builtins_object__.__setattr__(self,'merge',merge)\n  __dataclass_builtins_object__.__setattr__(self,'append',append)\n  __dataclass_builtins_object__.__setattr__(self,'note_base',note_base)\n  __dataclass_builtins_object__.__setattr__(self,'tags_base',tags_base)\n return __init__": _115,
    "def __create_fn__(_type_done, _type_skipped, _type_amount, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done, _dflt_skipped, _dflt_amount, _dflt_note, _return_type):\n def __init__(self,done:_type_done=_dflt_done,skipped:_type_skipped=_dflt_skipped,amount:_type_amount=_dflt_amount,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)\n  __dataclass_builtins_object__.__setattr__(self,'amount',amount)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _116,
    "def __create_fn__(_type_entry, _type_force, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_force, _dflt_base, _return_type):\n def __init__(self,entry:_type_entry,force:_type_force=_dflt_force,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'entry',entry)\n  __dataclass_builtins_object__.__setattr__(self,'force',force)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _117,
    "def __create_fn__(_type_entry_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,entry_id:_type_entry_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'entry_id',entry_id)\n return __init__": _118,
    "def __create_fn__(_type_field, _type_item, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,field:_type_field,item:_type_item,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _119,
    "def __create_fn__(_type_field, _type_item_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,field:_type_field,item_id:_type_item_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'item_id',item_id)\n return __init__": _120,
    "def __create_fn__(_type_habit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit:_type_habit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit',habit)\n return __init__": _121,
    "def __create_fn__(_type_habit, _type_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _return_type):\n def __init__(self,habit:_type_habit,index:_type_index=_dflt_index)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit',habit)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n return __init__": _122,
    "def __create_fn__(_type_habit_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n return __init__": _123,
    "def __create_fn__(_type_habit_id, _type_archived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,archived:_type_archived)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'archived',archived)\n return __init__": _124,
    "def __create_fn__(_type_habit_id, _type_day, _type_amount, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,amount:_type_amount)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'amount',amount)\n return __init__": _125,
    "def __create_fn__(_type_habit_id, _type_day, _type_done, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,done:_type_done)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n return __init__": _126,
    "def __create_fn__(_type_habit_id, _type_day, _type_paused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,paused:_type_paused)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'paused',paused)\n return __init__": _127,
    "def __create_fn__(_type_habit_id, _type_day, _type_skipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,skipped:_type_skipped)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)\n return __init__": _128,
    "def __create_fn__(_type_habit_id, _type_day, _type_text, _type_base, _type_append, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _dflt_append, _return_type):\n def __init__(self,habit_id:_type_habit_id,day:_type_day,text:_type_text,base:_type_base=_dflt_base,append:_type_append=_dflt_append)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'append',append)\n return __init__": _129,
    "def __create_fn__(_type_habit_id, _type_fields, _type_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fields, _dflt_days, _return_type):\n def __init__(self,habit_id:_type_habit_id,fields:_type_fields=_dflt_fields,days:_type_days=_dflt_days)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'fields',fields)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n return __init__": _130,
    "def __create_fn__(_type_habit_id, _type_title, _type_target, _type_why, _type_title_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_title_base, _return_type):\n def __init__(self,habit_id:_type_habit_id,title:_type_title,target:_type_target,why:_type_why=_dflt_why,title_base:_type_title_base=_dflt_title_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'why',why)\n  __dataclass_builtins_object__.__setattr__(self,'title_base',title_base)\n return __init__": _131,
    "def __create_fn__(_type_key, _type_choice, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,choice:_type_choice)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'choice',choice)\n return __init__": _132,
    "def __create_fn__(_type_key, _type_text, _type_at, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,key:_type_key,text:_type_text,at:_type_at,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _133,
    "def __create_fn__(_type_lesson_id, _type_day, _type_completed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_completed, _return_type):\n def __init__(self,lesson_id:_type_lesson_id,day:_type_day,completed:_type_completed=_dflt_completed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lesson_id',lesson_id)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'completed',completed)\n return __init__": _134,
    "def __create_fn__(_type_lesson_id, _type_section, _type_section_index, _type_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,lesson_id:_type_lesson_id,section:_type_section,section_index:_type_section_index,at:_type_at)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lesson_id',lesson_id)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'section_index',section_index)\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n return __init__": _135,
    "def __create_fn__(_type_ops, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ops:_type_ops)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ops',ops)\n return __init__": _136,
    "def __create_fn__(_type_profile, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,profile:_type_profile)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'profile',profile)\n return __init__": _137,
    "def __create_fn__(_type_question_id, _type_step, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,question_id:_type_question_id,step:_type_step)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'question_id',question_id)\n  __dataclass_builtins_object__.__setattr__(self,'step',step)\n return __init__": _138,
    "def __create_fn__(_type_questionnaire, _type_draft, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,questionnaire:_type_questionnaire,draft:_type_draft)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'questionnaire',questionnaire)\n  __dataclass_builtins_object__.__setattr__(self,'draft',draft)\n return __init__": _139,
    "def __create_fn__(_type_script_id, _type_values, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,script_id:_type_script_id,values:_type_values,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'script_id',script_id)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _140,
    "def __create_fn__(_type_selfcheck, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,selfcheck:_type_selfcheck)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'selfcheck',selfcheck)\n return __init__": _141,
    "def __create_fn__(_type_selfcheck_id, _type_in_report, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,selfcheck_id:_type_selfcheck_id,in_report:_type_in_report)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'selfcheck_id',selfcheck_id)\n  __dataclass_builtins_object__.__setattr__(self,'in_report',in_report)\n return __init__": _142,
    "def __create_fn__(_type_step_id, _type_text, _type_at, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _return_type):\n def __init__(self,step_id:_type_step_id,text:_type_text,at:_type_at,base:_type_base=_dflt_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'step_id',step_id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__": _143,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'activity\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _144,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'activity_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _145,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'appointment\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _146,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'area\',\'text\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _147,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'changes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _148,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'contact_ids\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _149,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'checkin\',\'merge\',\'append\',\'note_base\',\'tags_base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _150,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'done\',\'skipped\',\'amount\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _151,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'entry\',\'force\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _152,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'entry_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _153,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'field\',\'item\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _154,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'field\',\'item_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _155,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit\',\'index\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _156,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _157,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'archived\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _158,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'amount\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _159,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'done\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _160,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'paused\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _161,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'skipped\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _162,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'text\',\'base\',\'append\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _163,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'fields\',\'days\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _164,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'title\',\'target\',\'why\',\'title_base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _165,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _166,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'choice\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _167,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'text\',\'at\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _168,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lesson_id\',\'day\',\'completed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _169,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lesson_id\',\'section\',\'section_index\',\'at\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _170,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ops\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _171,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'profile\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _172,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'question_id\',\'step\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _173,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'questionnaire\',\'draft\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _174,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'script_id\',\'values\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _175,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'selfcheck\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _176,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'selfcheck_id\',\'in_report\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _177,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'step_id\',\'text\',\'at\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _178,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ():\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _179,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'activity\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _180,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'activity_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _181,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'appointment\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _182,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'area\',\'text\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _183,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'changes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _184,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'contact_ids\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _185,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'checkin\',\'merge\',\'append\',\'note_base\',\'tags_base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _186,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'done\',\'skipped\',\'amount\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _187,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'entry\',\'force\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _188,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'entry_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _189,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'field\',\'item\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _190,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'field\',\'item_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _191,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit\',\'index\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _192,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _193,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'archived\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _194,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'amount\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _195,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'done\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _196,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'paused\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _197,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'skipped\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _198,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'day\',\'text\',\'base\',\'append\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _199,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'fields\',\'days\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _200,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'title\',\'target\',\'why\',\'title_base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _201,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _202,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'choice\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _203,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'text\',\'at\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _204,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lesson_id\',\'day\',\'completed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _205,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lesson_id\',\'section\',\'section_index\',\'at\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _206,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ops\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _207,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'profile\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _208,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'question_id\',\'step\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _209,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'questionnaire\',\'draft\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _210,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'script_id\',\'values\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _211,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'selfcheck\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _212,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'selfcheck_id\',\'in_report\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _213,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'step_id\',\'text\',\'at\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _214,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ():\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _215,
}
