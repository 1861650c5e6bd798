"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.report.activities's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.title,self.area,self.entry,)==(other.day,other.title,other.area,other.entry,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.planned,self.done,self.let_go,self.average_enjoyment,self.average_achievement,)==(other.start,other.end,other.planned,other.done,other.let_go,other.average_enjoyment,other.average_achievement,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.average_enjoyment,self.average_achievement,self.times,)==(other.title,other.average_enjoyment,other.average_achievement,other.times,)
  return NotImplemented
 return __eq__

def _3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.weeks,self.rated_highest,self.entries,)==(other.weeks,other.rated_highest,other.entries,)
  return NotImplemented
 return __eq__

def _4():
 def __hash__(self):
  return hash((self.day,self.title,self.area,self.entry,))
 return __hash__

def _5():
 def __hash__(self):
  return hash((self.start,self.end,self.planned,self.done,self.let_go,self.average_enjoyment,self.average_achievement,))
 return __hash__

def _6():
 def __hash__(self):
  return hash((self.title,self.average_enjoyment,self.average_achievement,self.times,))
 return __hash__

def _7():
 def __hash__(self):
  return hash((self.weeks,self.rated_highest,self.entries,))
 return __hash__

def _8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, title={self.title!r}, area={self.area!r}, entry={self.entry!r})"
 return __repr__

def _9():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, planned={self.planned!r}, done={self.done!r}, let_go={self.let_go!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r})"
 return __repr__

def _10():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r}, times={self.times!r})"
 return __repr__

def _11():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, rated_highest={self.rated_highest!r}, entries={self.entries!r})"
 return __repr__

def _12(_type_day, _type_title, _type_area, _type_entry, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,day:_type_day,title:_type_title,area:_type_area,entry:_type_entry)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'area',area)
  __dataclass_builtins_object__.__setattr__(self,'entry',entry)
 return __init__

def _13(_type_start, _type_end, _type_planned, _type_done, _type_let_go, _type_average_enjoyment, _type_average_achievement, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,planned:_type_planned,done:_type_done,let_go:_type_let_go,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'planned',planned)
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'let_go',let_go)
  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)
  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)
 return __init__

def _14(_type_title, _type_average_enjoyment, _type_average_achievement, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement,times:_type_times)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)
  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)
  __dataclass_builtins_object__.__setattr__(self,'times',times)
 return __init__

def _15(_type_weeks, _type_rated_highest, _type_entries, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,weeks:_type_weeks,rated_highest:_type_rated_highest,entries:_type_entries)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)
  __dataclass_builtins_object__.__setattr__(self,'rated_highest',rated_highest)
  __dataclass_builtins_object__.__setattr__(self,'entries',entries)
 return __init__

def _16(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','title','area','entry',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _17(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','planned','done','let_go','average_enjoyment','average_achievement',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _18(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','average_enjoyment','average_achievement','times',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _19(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('weeks','rated_highest','entries',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _20(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','title','area','entry',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _21(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','planned','done','let_go','average_enjoyment','average_achievement',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _22(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','average_enjoyment','average_achievement','times',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _23(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('weeks','rated_highest','entries',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.title,self.area,self.entry,)==(other.day,other.title,other.area,other.entry,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.planned,self.done,self.let_go,self.average_enjoyment,self.average_achievement,)==(other.start,other.end,other.planned,other.done,other.let_go,other.average_enjoyment,other.average_achievement,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.average_enjoyment,self.average_achievement,self.times,)==(other.title,other.average_enjoyment,other.average_achievement,other.times,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.weeks,self.rated_highest,self.entries,)==(other.weeks,other.rated_highest,other.entries,)\n  return NotImplemented\n return __eq__': _3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.title,self.area,self.entry,))\n return __hash__': _4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.planned,self.done,self.let_go,self.average_enjoyment,self.average_achievement,))\n return __hash__': _5,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.average_enjoyment,self.average_achievement,self.times,))\n return __hash__': _6,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.weeks,self.rated_highest,self.entries,))\n return __hash__': _7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, title={self.title!r}, area={self.area!r}, entry={self.entry!r})"\n return __repr__': _8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, planned={self.planned!r}, done={self.done!r}, let_go={self.let_go!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r})"\n return __repr__': _9,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, average_enjoyment={self.average_enjoyment!r}, average_achievement={self.average_achievement!r}, times={self.times!r})"\n return __repr__': _10,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, rated_highest={self.rated_highest!r}, entries={self.entries!r})"\n return __repr__': _11,
    "def __create_fn__(_type_day, _type_title, _type_area, _type_entry, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,day:_type_day,title:_type_title,area:_type_area,entry:_type_entry)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'area',area)\n  __dataclass_builtins_object__.__setattr__(self,'entry',entry)\n return __init__": _12,
    "def __create_fn__(_type_start, _type_end, _type_planned, _type_done, _type_let_go, _type_average_enjoyment, _type_average_achievement, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,planned:_type_planned,done:_type_done,let_go:_type_let_go,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'planned',planned)\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'let_go',let_go)\n  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)\n return __init__": _13,
    "def __create_fn__(_type_title, _type_average_enjoyment, _type_average_achievement, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,title:_type_title,average_enjoyment:_type_average_enjoyment,average_achievement:_type_average_achievement,times:_type_times)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'average_enjoyment',average_enjoyment)\n  __dataclass_builtins_object__.__setattr__(self,'average_achievement',average_achievement)\n  __dataclass_builtins_object__.__setattr__(self,'times',times)\n return __init__": _14,
    "def __create_fn__(_type_weeks, _type_rated_highest, _type_entries, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,weeks:_type_weeks,rated_highest:_type_rated_highest,entries:_type_entries)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)\n  __dataclass_builtins_object__.__setattr__(self,'rated_highest',rated_highest)\n  __dataclass_builtins_object__.__setattr__(self,'entries',entries)\n return __init__": _15,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'title\',\'area\',\'entry\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _16,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'planned\',\'done\',\'let_go\',\'average_enjoyment\',\'average_achievement\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _17,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'average_enjoyment\',\'average_achievement\',\'times\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _18,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'weeks\',\'rated_highest\',\'entries\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _19,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'title\',\'area\',\'entry\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _20,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'planned\',\'done\',\'let_go\',\'average_enjoyment\',\'average_achievement\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _21,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'average_enjoyment\',\'average_achievement\',\'times\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _22,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'weeks\',\'rated_highest\',\'entries\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _23,
}
