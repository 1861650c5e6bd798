"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.habits's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.current,self.best,self.unit,)==(other.current,other.best,other.unit,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.share,self.days,self.done,self.counted,self.excused,)==(other.share,other.days,other.done,other.counted,other.excused,)
  return NotImplemented
 return __eq__

def _2():
 def __hash__(self):
  return hash((self.current,self.best,self.unit,))
 return __hash__

def _3():
 def __hash__(self):
  return hash((self.share,self.days,self.done,self.counted,self.excused,))
 return __hash__

def _4():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(current={self.current!r}, best={self.best!r}, unit={self.unit!r})"
 return __repr__

def _5():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(share={self.share!r}, days={self.days!r}, done={self.done!r}, counted={self.counted!r}, excused={self.excused!r})"
 return __repr__

def _6(_type_current, _type_best, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,current:_type_current,best:_type_best,unit:_type_unit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'current',current)
  __dataclass_builtins_object__.__setattr__(self,'best',best)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
 return __init__

def _7(_type_share, _type_days, _type_done, _type_counted, _type_excused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done, _dflt_counted, _dflt_excused, _return_type):
 def __init__(self,share:_type_share,days:_type_days,done:_type_done=_dflt_done,counted:_type_counted=_dflt_counted,excused:_type_excused=_dflt_excused)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'share',share)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'counted',counted)
  __dataclass_builtins_object__.__setattr__(self,'excused',excused)
 return __init__

def _8(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('current','best','unit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _9(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('share','days','done','counted','excused',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _10(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('current','best','unit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _11(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('share','days','done','counted','excused',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.current,self.best,self.unit,)==(other.current,other.best,other.unit,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.share,self.days,self.done,self.counted,self.excused,)==(other.share,other.days,other.done,other.counted,other.excused,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.current,self.best,self.unit,))\n return __hash__': _2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.share,self.days,self.done,self.counted,self.excused,))\n return __hash__': _3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(current={self.current!r}, best={self.best!r}, unit={self.unit!r})"\n return __repr__': _4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(share={self.share!r}, days={self.days!r}, done={self.done!r}, counted={self.counted!r}, excused={self.excused!r})"\n return __repr__': _5,
    "def __create_fn__(_type_current, _type_best, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,current:_type_current,best:_type_best,unit:_type_unit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'current',current)\n  __dataclass_builtins_object__.__setattr__(self,'best',best)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n return __init__": _6,
    "def __create_fn__(_type_share, _type_days, _type_done, _type_counted, _type_excused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done, _dflt_counted, _dflt_excused, _return_type):\n def __init__(self,share:_type_share,days:_type_days,done:_type_done=_dflt_done,counted:_type_counted=_dflt_counted,excused:_type_excused=_dflt_excused)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'share',share)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'counted',counted)\n  __dataclass_builtins_object__.__setattr__(self,'excused',excused)\n return __init__": _7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'current\',\'best\',\'unit\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'share\',\'days\',\'done\',\'counted\',\'excused\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'current\',\'best\',\'unit\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _10,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'share\',\'days\',\'done\',\'counted\',\'excused\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _11,
}
