"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.targets's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.per_week,self.days,self.at_least,self.at_most,self.unit,)==(other.per_week,other.days,other.at_least,other.at_most,other.unit,)
  return NotImplemented
 return __eq__

def _1():
 def __hash__(self):
  return hash((self.per_week,self.days,self.at_least,self.at_most,self.unit,))
 return __hash__

def _2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(per_week={self.per_week!r}, days={self.days!r}, at_least={self.at_least!r}, at_most={self.at_most!r}, unit={self.unit!r})"
 return __repr__

def _3(_type_per_week, _type_days, _type_at_least, _type_at_most, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_per_week, _dflt_days, _dflt_at_least, _dflt_at_most, _dflt_unit, _return_type):
 def __init__(self,*,per_week:_type_per_week=_dflt_per_week,days:_type_days=_dflt_days,at_least:_type_at_least=_dflt_at_least,at_most:_type_at_most=_dflt_at_most,unit:_type_unit=_dflt_unit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'per_week',per_week)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
  __dataclass_builtins_object__.__setattr__(self,'at_least',at_least)
  __dataclass_builtins_object__.__setattr__(self,'at_most',at_most)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  self.__post_init__()
 return __init__

def _4(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('per_week','days','at_least','at_most','unit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _5(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('per_week','days','at_least','at_most','unit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.per_week,self.days,self.at_least,self.at_most,self.unit,)==(other.per_week,other.days,other.at_least,other.at_most,other.unit,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.per_week,self.days,self.at_least,self.at_most,self.unit,))\n return __hash__': _1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(per_week={self.per_week!r}, days={self.days!r}, at_least={self.at_least!r}, at_most={self.at_most!r}, unit={self.unit!r})"\n return __repr__': _2,
    "def __create_fn__(_type_per_week, _type_days, _type_at_least, _type_at_most, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_per_week, _dflt_days, _dflt_at_least, _dflt_at_most, _dflt_unit, _return_type):\n def __init__(self,*,per_week:_type_per_week=_dflt_per_week,days:_type_days=_dflt_days,at_least:_type_at_least=_dflt_at_least,at_most:_type_at_most=_dflt_at_most,unit:_type_unit=_dflt_unit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'per_week',per_week)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n  __dataclass_builtins_object__.__setattr__(self,'at_least',at_least)\n  __dataclass_builtins_object__.__setattr__(self,'at_most',at_most)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  self.__post_init__()\n return __init__": _3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'per_week\',\'days\',\'at_least\',\'at_most\',\'unit\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'per_week\',\'days\',\'at_least\',\'at_most\',\'unit\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5,
}
