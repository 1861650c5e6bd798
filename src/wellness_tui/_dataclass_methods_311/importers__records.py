"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.importers.records's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.title,self.target,self.why,self.archived,self.done,self.skipped,self.amounts,self.notes,self.mapping,)==(other.key,other.title,other.target,other.why,other.archived,other.done,other.skipped,other.amounts,other.notes,other.mapping,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.mood,self.energy,self.sleep_hours,self.sleep_quality,self.note,self.tags,)==(other.mood,other.energy,other.sleep_hours,other.sleep_quality,other.note,other.tags,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.entries,self.days,self.habits,self.rules,self.unmapped,)==(other.source,other.entries,other.days,other.habits,other.rules,other.unmapped,)
  return NotImplemented
 return __eq__

def _3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, title={self.title!r}, target={self.target!r}, why={self.why!r}, archived={self.archived!r}, done={self.done!r}, skipped={self.skipped!r}, amounts={self.amounts!r}, notes={self.notes!r}, mapping={self.mapping!r})"
 return __repr__

def _4():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(mood={self.mood!r}, energy={self.energy!r}, sleep_hours={self.sleep_hours!r}, sleep_quality={self.sleep_quality!r}, note={self.note!r}, tags={self.tags!r})"
 return __repr__

def _5():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, entries={self.entries!r}, days={self.days!r}, habits={self.habits!r}, rules={self.rules!r}, unmapped={self.unmapped!r})"
 return __repr__

def _6(_type_key, _type_title, _type_target, _type_why, _type_archived, _type_done, _type_skipped, _type_amounts, _type_notes, _type_mapping, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_archived, _dflt_done, _dflt_skipped, _dflt_amounts, _dflt_notes, _dflt_mapping, _return_type):
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

def _7(_type_mood, _type_energy, _type_sleep_hours, _type_sleep_quality, _type_note, _type_tags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mood, _dflt_energy, _dflt_sleep_hours, _dflt_sleep_quality, _dflt_note, _dflt_tags, _return_type):
 def __init__(self,mood:_type_mood=_dflt_mood,energy:_type_energy=_dflt_energy,sleep_hours:_type_sleep_hours=_dflt_sleep_hours,sleep_quality:_type_sleep_quality=_dflt_sleep_quality,note:_type_note=_dflt_note,tags:_type_tags=_HAS_DEFAULT_FACTORY)->_return_type:
  self.mood=mood
  self.energy=energy
  self.sleep_hours=sleep_hours
  self.sleep_quality=sleep_quality
  self.note=note
  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags
 return __init__

def _8(_type_source, _type_entries, _type_days, _type_habits, _type_rules, _type_unmapped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entries, _dflt_days, _dflt_habits, _dflt_rules, _dflt_unmapped, _return_type):
 def __init__(self,source:_type_source,entries:_type_entries=_dflt_entries,days:_type_days=_HAS_DEFAULT_FACTORY,habits:_type_habits=_HAS_DEFAULT_FACTORY,rules:_type_rules=_HAS_DEFAULT_FACTORY,unmapped:_type_unmapped=_HAS_DEFAULT_FACTORY)->_return_type:
  self.source=source
  self.entries=entries
  self.days=_dflt_days() if days is _HAS_DEFAULT_FACTORY else days
  self.habits=_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits
  self.rules=_dflt_rules() if rules is _HAS_DEFAULT_FACTORY else rules
  self.unmapped=_dflt_unmapped() if unmapped is _HAS_DEFAULT_FACTORY else unmapped
 return __init__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.title,self.target,self.why,self.archived,self.done,self.skipped,self.amounts,self.notes,self.mapping,)==(other.key,other.title,other.target,other.why,other.archived,other.done,other.skipped,other.amounts,other.notes,other.mapping,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.mood,self.energy,self.sleep_hours,self.sleep_quality,self.note,self.tags,)==(other.mood,other.energy,other.sleep_hours,other.sleep_quality,other.note,other.tags,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.entries,self.days,self.habits,self.rules,self.unmapped,)==(other.source,other.entries,other.days,other.habits,other.rules,other.unmapped,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, title={self.title!r}, target={self.target!r}, why={self.why!r}, archived={self.archived!r}, done={self.done!r}, skipped={self.skipped!r}, amounts={self.amounts!r}, notes={self.notes!r}, mapping={self.mapping!r})"\n return __repr__': _3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(mood={self.mood!r}, energy={self.energy!r}, sleep_hours={self.sleep_hours!r}, sleep_quality={self.sleep_quality!r}, note={self.note!r}, tags={self.tags!r})"\n return __repr__': _4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, entries={self.entries!r}, days={self.days!r}, habits={self.habits!r}, rules={self.rules!r}, unmapped={self.unmapped!r})"\n return __repr__': _5,
    'def __create_fn__(_type_key, _type_title, _type_target, _type_why, _type_archived, _type_done, _type_skipped, _type_amounts, _type_notes, _type_mapping, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_why, _dflt_archived, _dflt_done, _dflt_skipped, _dflt_amounts, _dflt_notes, _dflt_mapping, _return_type):\n def __init__(self,key:_type_key,title:_type_title,target:_type_target,why:_type_why=_dflt_why,archived:_type_archived=_dflt_archived,done:_type_done=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_HAS_DEFAULT_FACTORY,amounts:_type_amounts=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,mapping:_type_mapping=_dflt_mapping)->_return_type:\n  self.key=key\n  self.title=title\n  self.target=target\n  self.why=why\n  self.archived=archived\n  self.done=_dflt_done() if done is _HAS_DEFAULT_FACTORY else done\n  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped\n  self.amounts=_dflt_amounts() if amounts is _HAS_DEFAULT_FACTORY else amounts\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.mapping=mapping\n return __init__': _6,
    'def __create_fn__(_type_mood, _type_energy, _type_sleep_hours, _type_sleep_quality, _type_note, _type_tags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mood, _dflt_energy, _dflt_sleep_hours, _dflt_sleep_quality, _dflt_note, _dflt_tags, _return_type):\n def __init__(self,mood:_type_mood=_dflt_mood,energy:_type_energy=_dflt_energy,sleep_hours:_type_sleep_hours=_dflt_sleep_hours,sleep_quality:_type_sleep_quality=_dflt_sleep_quality,note:_type_note=_dflt_note,tags:_type_tags=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.mood=mood\n  self.energy=energy\n  self.sleep_hours=sleep_hours\n  self.sleep_quality=sleep_quality\n  self.note=note\n  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags\n return __init__': _7,
    'def __create_fn__(_type_source, _type_entries, _type_days, _type_habits, _type_rules, _type_unmapped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entries, _dflt_days, _dflt_habits, _dflt_rules, _dflt_unmapped, _return_type):\n def __init__(self,source:_type_source,entries:_type_entries=_dflt_entries,days:_type_days=_HAS_DEFAULT_FACTORY,habits:_type_habits=_HAS_DEFAULT_FACTORY,rules:_type_rules=_HAS_DEFAULT_FACTORY,unmapped:_type_unmapped=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.source=source\n  self.entries=entries\n  self.days=_dflt_days() if days is _HAS_DEFAULT_FACTORY else days\n  self.habits=_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits\n  self.rules=_dflt_rules() if rules is _HAS_DEFAULT_FACTORY else rules\n  self.unmapped=_dflt_unmapped() if unmapped is _HAS_DEFAULT_FACTORY else unmapped\n return __init__': _8,
}
