"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.next_week's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.activity,self.day,self.when,self.helped,)==(other.activity,other.day,other.when,other.helped,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.helped,self.others,)==(other.start,other.end,other.helped,other.others,)
  return NotImplemented
 return __eq__

def _2():
 def __hash__(self):
  return hash((self.activity,self.day,self.when,self.helped,))
 return __hash__

def _3():
 def __hash__(self):
  return hash((self.start,self.end,self.helped,self.others,))
 return __hash__

def _4():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(activity={self.activity!r}, day={self.day!r}, when={self.when!r}, helped={self.helped!r})"
 return __repr__

def _5():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, helped={self.helped!r}, others={self.others!r})"
 return __repr__

def _6(_type_activity, _type_day, _type_when, _type_helped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,activity:_type_activity,day:_type_day,when:_type_when,helped:_type_helped)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'activity',activity)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'when',when)
  __dataclass_builtins_object__.__setattr__(self,'helped',helped)
 return __init__

def _7(_type_start, _type_end, _type_helped, _type_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,helped:_type_helped,others:_type_others)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'helped',helped)
  __dataclass_builtins_object__.__setattr__(self,'others',others)
 return __init__

def _8(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('activity','day','when','helped',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _9(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','helped','others',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _10(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('activity','day','when','helped',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _11(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','helped','others',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.activity,self.day,self.when,self.helped,)==(other.activity,other.day,other.when,other.helped,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.helped,self.others,)==(other.start,other.end,other.helped,other.others,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.activity,self.day,self.when,self.helped,))\n return __hash__': _2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.helped,self.others,))\n return __hash__': _3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(activity={self.activity!r}, day={self.day!r}, when={self.when!r}, helped={self.helped!r})"\n return __repr__': _4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, helped={self.helped!r}, others={self.others!r})"\n return __repr__': _5,
    "def __create_fn__(_type_activity, _type_day, _type_when, _type_helped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,activity:_type_activity,day:_type_day,when:_type_when,helped:_type_helped)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'activity',activity)\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'when',when)\n  __dataclass_builtins_object__.__setattr__(self,'helped',helped)\n return __init__": _6,
    "def __create_fn__(_type_start, _type_end, _type_helped, _type_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,helped:_type_helped,others:_type_others)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'helped',helped)\n  __dataclass_builtins_object__.__setattr__(self,'others',others)\n return __init__": _7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'activity\',\'day\',\'when\',\'helped\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'helped\',\'others\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'activity\',\'day\',\'when\',\'helped\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _10,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'helped\',\'others\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _11,
}
