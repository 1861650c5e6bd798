"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.patterns's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.kind,self.n_with,self.n_without,self.mood_with,self.mood_without,self.energy_with,self.energy_without,self.more_with,self.more_without,)==(other.name,other.kind,other.n_with,other.n_without,other.mood_with,other.mood_without,other.energy_with,other.energy_without,other.more_with,other.more_without,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.kind,self.with_days,self.without_days,self.shifts,)==(other.name,other.kind,other.with_days,other.without_days,other.shifts,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.next_day,self.checkins,self.comparisons,)==(other.start,other.end,other.next_day,other.checkins,other.comparisons,)
  return NotImplemented
 return __eq__

def _3():
 def __hash__(self):
  return hash((self.name,self.kind,self.n_with,self.n_without,self.mood_with,self.mood_without,self.energy_with,self.energy_without,self.more_with,self.more_without,))
 return __hash__

def _4():
 def __hash__(self):
  return hash((self.name,self.kind,self.with_days,self.without_days,self.shifts,))
 return __hash__

def _5():
 def __hash__(self):
  return hash((self.start,self.end,self.next_day,self.checkins,self.comparisons,))
 return __hash__

def _6():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, n_with={self.n_with!r}, n_without={self.n_without!r}, mood_with={self.mood_with!r}, mood_without={self.mood_without!r}, energy_with={self.energy_with!r}, energy_without={self.energy_without!r}, more_with={self.more_with!r}, more_without={self.more_without!r})"
 return __repr__

def _7():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, with_days={self.with_days!r}, without_days={self.without_days!r}, shifts={self.shifts!r})"
 return __repr__

def _8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, next_day={self.next_day!r}, checkins={self.checkins!r}, comparisons={self.comparisons!r})"
 return __repr__

def _9(_type_name, _type_kind, _type_n_with, _type_n_without, _type_mood_with, _type_mood_without, _type_energy_with, _type_energy_without, _type_more_with, _type_more_without, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
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

def _10(_type_name, _type_kind, _type_with_days, _type_without_days, _type_shifts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shifts, _return_type):
 def __init__(self,name:_type_name,kind:_type_kind,with_days:_type_with_days,without_days:_type_without_days,shifts:_type_shifts=_dflt_shifts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'with_days',with_days)
  __dataclass_builtins_object__.__setattr__(self,'without_days',without_days)
  __dataclass_builtins_object__.__setattr__(self,'shifts',shifts)
 return __init__

def _11(_type_start, _type_end, _type_next_day, _type_checkins, _type_comparisons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_comparisons, _return_type):
 def __init__(self,start:_type_start,end:_type_end,next_day:_type_next_day,checkins:_type_checkins,comparisons:_type_comparisons=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'next_day',next_day)
  __dataclass_builtins_object__.__setattr__(self,'checkins',checkins)
  __dataclass_builtins_object__.__setattr__(self,'comparisons',_dflt_comparisons() if comparisons is _HAS_DEFAULT_FACTORY else comparisons)
 return __init__

def _12(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','kind','n_with','n_without','mood_with','mood_without','energy_with','energy_without','more_with','more_without',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _13(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','kind','with_days','without_days','shifts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _14(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','next_day','checkins','comparisons',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _15(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','kind','n_with','n_without','mood_with','mood_without','energy_with','energy_without','more_with','more_without',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _16(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','kind','with_days','without_days','shifts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _17(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','next_day','checkins','comparisons',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.kind,self.n_with,self.n_without,self.mood_with,self.mood_without,self.energy_with,self.energy_without,self.more_with,self.more_without,)==(other.name,other.kind,other.n_with,other.n_without,other.mood_with,other.mood_without,other.energy_with,other.energy_without,other.more_with,other.more_without,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.kind,self.with_days,self.without_days,self.shifts,)==(other.name,other.kind,other.with_days,other.without_days,other.shifts,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.next_day,self.checkins,self.comparisons,)==(other.start,other.end,other.next_day,other.checkins,other.comparisons,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.kind,self.n_with,self.n_without,self.mood_with,self.mood_without,self.energy_with,self.energy_without,self.more_with,self.more_without,))\n return __hash__': _3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.kind,self.with_days,self.without_days,self.shifts,))\n return __hash__': _4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.next_day,self.checkins,self.comparisons,))\n return __hash__': _5,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, n_with={self.n_with!r}, n_without={self.n_without!r}, mood_with={self.mood_with!r}, mood_without={self.mood_without!r}, energy_with={self.energy_with!r}, energy_without={self.energy_without!r}, more_with={self.more_with!r}, more_without={self.more_without!r})"\n return __repr__': _6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, with_days={self.with_days!r}, without_days={self.without_days!r}, shifts={self.shifts!r})"\n return __repr__': _7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, next_day={self.next_day!r}, checkins={self.checkins!r}, comparisons={self.comparisons!r})"\n return __repr__': _8,
    "def __create_fn__(_type_name, _type_kind, _type_n_with, _type_n_without, _type_mood_with, _type_mood_without, _type_energy_with, _type_energy_without, _type_more_with, _type_more_without, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,kind:_type_kind,n_with:_type_n_with,n_without:_type_n_without,mood_with:_type_mood_with,mood_without:_type_mood_without,energy_with:_type_energy_with,energy_without:_type_energy_without,more_with:_type_more_with,more_without:_type_more_without)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'n_with',n_with)\n  __dataclass_builtins_object__.__setattr__(self,'n_without',n_without)\n  __dataclass_builtins_object__.__setattr__(self,'mood_with',mood_with)\n  __dataclass_builtins_object__.__setattr__(self,'mood_without',mood_without)\n  __dataclass_builtins_object__.__setattr__(self,'energy_with',energy_with)\n  __dataclass_builtins_object__.__setattr__(self,'energy_without',energy_without)\n  __dataclass_builtins_object__.__setattr__(self,'more_with',more_with)\n  __dataclass_builtins_object__.__setattr__(self,'more_without',more_without)\n return __init__": _9,
    "def __create_fn__(_type_name, _type_kind, _type_with_days, _type_without_days, _type_shifts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shifts, _return_type):\n def __init__(self,name:_type_name,kind:_type_kind,with_days:_type_with_days,without_days:_type_without_days,shifts:_type_shifts=_dflt_shifts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'with_days',with_days)\n  __dataclass_builtins_object__.__setattr__(self,'without_days',without_days)\n  __dataclass_builtins_object__.__setattr__(self,'shifts',shifts)\n return __init__": _10,
    "def __create_fn__(_type_start, _type_end, _type_next_day, _type_checkins, _type_comparisons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_comparisons, _return_type):\n def __init__(self,start:_type_start,end:_type_end,next_day:_type_next_day,checkins:_type_checkins,comparisons:_type_comparisons=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'next_day',next_day)\n  __dataclass_builtins_object__.__setattr__(self,'checkins',checkins)\n  __dataclass_builtins_object__.__setattr__(self,'comparisons',_dflt_comparisons() if comparisons is _HAS_DEFAULT_FACTORY else comparisons)\n return __init__": _11,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'kind\',\'n_with\',\'n_without\',\'mood_with\',\'mood_without\',\'energy_with\',\'energy_without\',\'more_with\',\'more_without\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _12,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'kind\',\'with_days\',\'without_days\',\'shifts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _13,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'next_day\',\'checkins\',\'comparisons\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _14,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'kind\',\'n_with\',\'n_without\',\'mood_with\',\'mood_without\',\'energy_with\',\'energy_without\',\'more_with\',\'more_without\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _15,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'kind\',\'with_days\',\'without_days\',\'shifts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _16,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'next_day\',\'checkins\',\'comparisons\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _17,
}
