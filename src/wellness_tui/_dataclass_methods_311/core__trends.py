"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.trends's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.kind,self.label,)==(other.day,other.kind,other.label,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.label,self.low,self.high,self.unit,self.aim,)==(other.field,other.label,other.low,other.high,other.unit,other.aim,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.measure,self.start,self.values,)==(other.measure,other.start,other.values,)
  return NotImplemented
 return __eq__

def _3():
 def __hash__(self):
  return hash((self.day,self.kind,self.label,))
 return __hash__

def _4():
 def __hash__(self):
  return hash((self.field,self.label,self.low,self.high,self.unit,self.aim,))
 return __hash__

def _5():
 def __hash__(self):
  return hash((self.measure,self.start,self.values,))
 return __hash__

def _6():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, kind={self.kind!r}, label={self.label!r})"
 return __repr__

def _7():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, label={self.label!r}, low={self.low!r}, high={self.high!r}, unit={self.unit!r}, aim={self.aim!r})"
 return __repr__

def _8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(measure={self.measure!r}, start={self.start!r}, values={self.values!r})"
 return __repr__

def _9(_type_day, _type_kind, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,day:_type_day,kind:_type_kind,label:_type_label)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__

def _10(_type_field, _type_label, _type_low, _type_high, _type_unit, _type_aim, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unit, _dflt_aim, _return_type):
 def __init__(self,field:_type_field,label:_type_label,low:_type_low,high:_type_high,unit:_type_unit=_dflt_unit,aim:_type_aim=_dflt_aim)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'aim',aim)
 return __init__

def _11(_type_measure, _type_start, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,measure:_type_measure,start:_type_start,values:_type_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'measure',measure)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__

def _12(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','kind','label',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _13(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','label','low','high','unit','aim',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _14(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('measure','start','values',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _15(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','kind','label',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _16(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','label','low','high','unit','aim',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _17(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('measure','start','values',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.kind,self.label,)==(other.day,other.kind,other.label,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.label,self.low,self.high,self.unit,self.aim,)==(other.field,other.label,other.low,other.high,other.unit,other.aim,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.measure,self.start,self.values,)==(other.measure,other.start,other.values,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.kind,self.label,))\n return __hash__': _3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.field,self.label,self.low,self.high,self.unit,self.aim,))\n return __hash__': _4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.measure,self.start,self.values,))\n return __hash__': _5,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, kind={self.kind!r}, label={self.label!r})"\n return __repr__': _6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, label={self.label!r}, low={self.low!r}, high={self.high!r}, unit={self.unit!r}, aim={self.aim!r})"\n return __repr__': _7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(measure={self.measure!r}, start={self.start!r}, values={self.values!r})"\n return __repr__': _8,
    "def __create_fn__(_type_day, _type_kind, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,day:_type_day,kind:_type_kind,label:_type_label)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__": _9,
    "def __create_fn__(_type_field, _type_label, _type_low, _type_high, _type_unit, _type_aim, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unit, _dflt_aim, _return_type):\n def __init__(self,field:_type_field,label:_type_label,low:_type_low,high:_type_high,unit:_type_unit=_dflt_unit,aim:_type_aim=_dflt_aim)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  __dataclass_builtins_object__.__setattr__(self,'aim',aim)\n return __init__": _10,
    "def __create_fn__(_type_measure, _type_start, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,measure:_type_measure,start:_type_start,values:_type_values)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'measure',measure)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n return __init__": _11,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'kind\',\'label\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _12,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'field\',\'label\',\'low\',\'high\',\'unit\',\'aim\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _13,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'measure\',\'start\',\'values\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _14,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'kind\',\'label\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _15,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'field\',\'label\',\'low\',\'high\',\'unit\',\'aim\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _16,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'measure\',\'start\',\'values\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _17,
}
