"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.activation's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.activity_id,self.title,self.times,)==(other.activity_id,other.title,other.times,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,)==(other.enjoyment,other.achievement,other.mood_before,other.mood_after,other.note,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.entry,self.title,)==(other.entry,other.title,)
  return NotImplemented
 return __eq__

def _3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.planned,self.done_planned,self.let_go,self.still_open,self.logged,self.average_enjoyment,self.average_achievement,self.top_enjoyment,self.top_achievement,self.mood,self.mood_weeks,self.smaller,self.days,)==(other.start,other.end,other.planned,other.done_planned,other.let_go,other.still_open,other.logged,other.average_enjoyment,other.average_achievement,other.top_enjoyment,other.top_achievement,other.mood,other.mood_weeks,other.smaller,other.days,)
  return NotImplemented
 return __eq__

def _4():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.threshold,self.more_mood,self.more_days,self.fewer_mood,self.fewer_days,)==(other.threshold,other.more_mood,other.more_days,other.fewer_mood,other.fewer_days,)
  return NotImplemented
 return __eq__

def _5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.average,self.times,)==(other.title,other.average,other.times,)
  return NotImplemented
 return __eq__

def _6():
 def __hash__(self):
  return hash((self.activity_id,self.title,self.times,))
 return __hash__

def _7():
 def __hash__(self):
  return hash((self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,))
 return __hash__

def _8():
 def __hash__(self):
  return hash((self.entry,self.title,))
 return __hash__

def _9():
 def __hash__(self):
  return hash((self.start,self.end,self.planned,self.done_planned,self.let_go,self.still_open,self.logged,self.average_enjoyment,self.average_achievement,self.top_enjoyment,self.top_achievement,self.mood,self.mood_weeks,self.smaller,self.days,))
 return __hash__

def _10():
 def __hash__(self):
  return hash((self.threshold,self.more_mood,self.more_days,self.fewer_mood,self.fewer_days,))
 return __hash__

def _11():
 def __hash__(self):
  return hash((self.title,self.average,self.times,))
 return __hash__

def _12():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(activity_id={self.activity_id!r}, title={self.title!r}, times={self.times!r})"
 return __repr__

def _13():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(enjoyment={self.enjoyment!r}, achievement={self.achievement!r}, mood_before={self.mood_before!r}, mood_after={self.mood_after!r}, note={self.note!r})"
 return __repr__

def _14():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(entry={self.entry!r}, title={self.title!r})"
 return __repr__

def _15():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, planned={self.planned!r}, done_planned={self.done_planned!r}, let_go={self.let_go!r}, still_open={self.still_open!r}, logged={self.logged!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r}, top_enjoyment={self.top_enjoyment!r}, top_achievement={self.top_achievement!r}, mood={self.mood!r}, mood_weeks={self.mood_weeks!r}, smaller={self.smaller!r}, days={self.days!r})"
 return __repr__

def _16():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(threshold={self.threshold!r}, more_mood={self.more_mood!r}, more_days={self.more_days!r}, fewer_mood={self.fewer_mood!r}, fewer_days={self.fewer_days!r})"
 return __repr__

def _17():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, average={self.average!r}, times={self.times!r})"
 return __repr__

def _18(_type_activity_id, _type_title, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,activity_id:_type_activity_id,title:_type_title,times:_type_times)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'activity_id',activity_id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'times',times)
 return __init__

def _19(_type_enjoyment, _type_achievement, _type_mood_before, _type_mood_after, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_enjoyment, _dflt_achievement, _dflt_mood_before, _dflt_mood_after, _dflt_note, _return_type):
 def __init__(self,enjoyment:_type_enjoyment=_dflt_enjoyment,achievement:_type_achievement=_dflt_achievement,mood_before:_type_mood_before=_dflt_mood_before,mood_after:_type_mood_after=_dflt_mood_after,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'enjoyment',enjoyment)
  __dataclass_builtins_object__.__setattr__(self,'achievement',achievement)
  __dataclass_builtins_object__.__setattr__(self,'mood_before',mood_before)
  __dataclass_builtins_object__.__setattr__(self,'mood_after',mood_after)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

def _20(_type_entry, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,entry:_type_entry,title:_type_title)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'entry',entry)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
 return __init__

def _21(_type_start, _type_end, _type_planned, _type_done_planned, _type_let_go, _type_still_open, _type_logged, _type_average_enjoyment, _type_average_achievement, _type_top_enjoyment, _type_top_achievement, _type_mood, _type_mood_weeks, _type_smaller, _type_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
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

def _22(_type_threshold, _type_more_mood, _type_more_days, _type_fewer_mood, _type_fewer_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,threshold:_type_threshold,more_mood:_type_more_mood,more_days:_type_more_days,fewer_mood:_type_fewer_mood,fewer_days:_type_fewer_days)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)
  __dataclass_builtins_object__.__setattr__(self,'more_mood',more_mood)
  __dataclass_builtins_object__.__setattr__(self,'more_days',more_days)
  __dataclass_builtins_object__.__setattr__(self,'fewer_mood',fewer_mood)
  __dataclass_builtins_object__.__setattr__(self,'fewer_days',fewer_days)
 return __init__

def _23(_type_title, _type_average, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,average:_type_average,times:_type_times)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'average',average)
  __dataclass_builtins_object__.__setattr__(self,'times',times)
 return __init__

def _24(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('activity_id','title','times',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _25(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('enjoyment','achievement','mood_before','mood_after','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _26(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('entry','title',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _27(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','planned','done_planned','let_go','still_open','logged','average_enjoyment','average_achievement','top_enjoyment','top_achievement','mood','mood_weeks','smaller','days',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _28(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('threshold','more_mood','more_days','fewer_mood','fewer_days',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _29(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','average','times',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _30(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('activity_id','title','times',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _31(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('enjoyment','achievement','mood_before','mood_after','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _32(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('entry','title',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _33(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','planned','done_planned','let_go','still_open','logged','average_enjoyment','average_achievement','top_enjoyment','top_achievement','mood','mood_weeks','smaller','days',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _34(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('threshold','more_mood','more_days','fewer_mood','fewer_days',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _35(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','average','times',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.activity_id,self.title,self.times,)==(other.activity_id,other.title,other.times,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,)==(other.enjoyment,other.achievement,other.mood_before,other.mood_after,other.note,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.entry,self.title,)==(other.entry,other.title,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.planned,self.done_planned,self.let_go,self.still_open,self.logged,self.average_enjoyment,self.average_achievement,self.top_enjoyment,self.top_achievement,self.mood,self.mood_weeks,self.smaller,self.days,)==(other.start,other.end,other.planned,other.done_planned,other.let_go,other.still_open,other.logged,other.average_enjoyment,other.average_achievement,other.top_enjoyment,other.top_achievement,other.mood,other.mood_weeks,other.smaller,other.days,)\n  return NotImplemented\n return __eq__': _3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.threshold,self.more_mood,self.more_days,self.fewer_mood,self.fewer_days,)==(other.threshold,other.more_mood,other.more_days,other.fewer_mood,other.fewer_days,)\n  return NotImplemented\n return __eq__': _4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.average,self.times,)==(other.title,other.average,other.times,)\n  return NotImplemented\n return __eq__': _5,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.activity_id,self.title,self.times,))\n return __hash__': _6,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.enjoyment,self.achievement,self.mood_before,self.mood_after,self.note,))\n return __hash__': _7,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.entry,self.title,))\n return __hash__': _8,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.planned,self.done_planned,self.let_go,self.still_open,self.logged,self.average_enjoyment,self.average_achievement,self.top_enjoyment,self.top_achievement,self.mood,self.mood_weeks,self.smaller,self.days,))\n return __hash__': _9,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.threshold,self.more_mood,self.more_days,self.fewer_mood,self.fewer_days,))\n return __hash__': _10,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.average,self.times,))\n return __hash__': _11,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(activity_id={self.activity_id!r}, title={self.title!r}, times={self.times!r})"\n return __repr__': _12,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(enjoyment={self.enjoyment!r}, achievement={self.achievement!r}, mood_before={self.mood_before!r}, mood_after={self.mood_after!r}, note={self.note!r})"\n return __repr__': _13,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(entry={self.entry!r}, title={self.title!r})"\n return __repr__': _14,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, planned={self.planned!r}, done_planned={self.done_planned!r}, let_go={self.let_go!r}, still_open={self.still_open!r}, logged={self.logged!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r}, top_enjoyment={self.top_enjoyment!r}, top_achievement={self.top_achievement!r}, mood={self.mood!r}, mood_weeks={self.mood_weeks!r}, smaller={self.smaller!r}, days={self.days!r})"\n return __repr__': _15,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(threshold={self.threshold!r}, more_mood={self.more_mood!r}, more_days={self.more_days!r}, fewer_mood={self.fewer_mood!r}, fewer_days={self.fewer_days!r})"\n return __repr__': _16,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, average={self.average!r}, times={self.times!r})"\n return __repr__': _17,
    "def __create_fn__(_type_activity_id, _type_title, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,activity_id:_type_activity_id,title:_type_title,times:_type_times)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'activity_id',activity_id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'times',times)\n return __init__": _18,
    "def __create_fn__(_type_enjoyment, _type_achievement, _type_mood_before, _type_mood_after, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_enjoyment, _dflt_achievement, _dflt_mood_before, _dflt_mood_after, _dflt_note, _return_type):\n def __init__(self,enjoyment:_type_enjoyment=_dflt_enjoyment,achievement:_type_achievement=_dflt_achievement,mood_before:_type_mood_before=_dflt_mood_before,mood_after:_type_mood_after=_dflt_mood_after,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'enjoyment',enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'achievement',achievement)\n  __dataclass_builtins_object__.__setattr__(self,'mood_before',mood_before)\n  __dataclass_builtins_object__.__setattr__(self,'mood_after',mood_after)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _19,
    "def __create_fn__(_type_entry, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,entry:_type_entry,title:_type_title)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'entry',entry)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n return __init__": _20,
    "def __create_fn__(_type_start, _type_end, _type_planned, _type_done_planned, _type_let_go, _type_still_open, _type_logged, _type_average_enjoyment, _type_average_achievement, _type_top_enjoyment, _type_top_achievement, _type_mood, _type_mood_weeks, _type_smaller, _type_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,planned:_type_planned,done_planned:_type_done_planned,let_go:_type_let_go,still_open:_type_still_open,logged:_type_logged,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement,top_enjoyment:_type_top_enjoyment,top_achievement:_type_top_achievement,mood:_type_mood,mood_weeks:_type_mood_weeks,smaller:_type_smaller,days:_type_days)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'planned',planned)\n  __dataclass_builtins_object__.__setattr__(self,'done_planned',done_planned)\n  __dataclass_builtins_object__.__setattr__(self,'let_go',let_go)\n  __dataclass_builtins_object__.__setattr__(self,'still_open',still_open)\n  __dataclass_builtins_object__.__setattr__(self,'logged',logged)\n  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)\n  __dataclass_builtins_object__.__setattr__(self,'top_enjoyment',top_enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'top_achievement',top_achievement)\n  __dataclass_builtins_object__.__setattr__(self,'mood',mood)\n  __dataclass_builtins_object__.__setattr__(self,'mood_weeks',mood_weeks)\n  __dataclass_builtins_object__.__setattr__(self,'smaller',smaller)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n return __init__": _21,
    "def __create_fn__(_type_threshold, _type_more_mood, _type_more_days, _type_fewer_mood, _type_fewer_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,threshold:_type_threshold,more_mood:_type_more_mood,more_days:_type_more_days,fewer_mood:_type_fewer_mood,fewer_days:_type_fewer_days)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)\n  __dataclass_builtins_object__.__setattr__(self,'more_mood',more_mood)\n  __dataclass_builtins_object__.__setattr__(self,'more_days',more_days)\n  __dataclass_builtins_object__.__setattr__(self,'fewer_mood',fewer_mood)\n  __dataclass_builtins_object__.__setattr__(self,'fewer_days',fewer_days)\n return __init__": _22,
    "def __create_fn__(_type_title, _type_average, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,title:_type_title,average:_type_average,times:_type_times)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'average',average)\n  __dataclass_builtins_object__.__setattr__(self,'times',times)\n return __init__": _23,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'activity_id\',\'title\',\'times\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _24,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'enjoyment\',\'achievement\',\'mood_before\',\'mood_after\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _25,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'entry\',\'title\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _26,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'planned\',\'done_planned\',\'let_go\',\'still_open\',\'logged\',\'average_enjoyment\',\'average_achievement\',\'top_enjoyment\',\'top_achievement\',\'mood\',\'mood_weeks\',\'smaller\',\'days\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _27,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'threshold\',\'more_mood\',\'more_days\',\'fewer_mood\',\'fewer_days\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _28,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'average\',\'times\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _29,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'activity_id\',\'title\',\'times\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _30,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'enjoyment\',\'achievement\',\'mood_before\',\'mood_after\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _31,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'entry\',\'title\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _32,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'planned\',\'done_planned\',\'let_go\',\'still_open\',\'logged\',\'average_enjoyment\',\'average_achievement\',\'top_enjoyment\',\'top_achievement\',\'mood\',\'mood_weeks\',\'smaller\',\'days\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _33,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'threshold\',\'more_mood\',\'more_days\',\'fewer_mood\',\'fewer_days\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _34,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'average\',\'times\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _35,
}
