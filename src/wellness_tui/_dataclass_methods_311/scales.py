"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.scales's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.label,self.low,self.high,self.whole,self.unit,self.best,self.aim,)==(other.field,other.label,other.low,other.high,other.whole,other.unit,other.best,other.aim,)
  return NotImplemented
 return __eq__

def _1():
 def __hash__(self):
  return hash((self.field,self.label,self.low,self.high,self.whole,self.unit,self.best,self.aim,))
 return __hash__

def _2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, label={self.label!r}, low={self.low!r}, high={self.high!r}, whole={self.whole!r}, unit={self.unit!r}, best={self.best!r}, aim={self.aim!r})"
 return __repr__

def _3(_type_field, _type_label, _type_low, _type_high, _type_whole, _type_unit, _type_best, _type_aim, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aim, _return_type):
 def __init__(self,field:_type_field,label:_type_label,low:_type_low,high:_type_high,whole:_type_whole,unit:_type_unit,best:_type_best,aim:_type_aim=_dflt_aim)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'whole',whole)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'best',best)
  __dataclass_builtins_object__.__setattr__(self,'aim',aim)
 return __init__

def _4(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','label','low','high','whole','unit','best','aim',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _5(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','label','low','high','whole','unit','best','aim',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.label,self.low,self.high,self.whole,self.unit,self.best,self.aim,)==(other.field,other.label,other.low,other.high,other.whole,other.unit,other.best,other.aim,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.field,self.label,self.low,self.high,self.whole,self.unit,self.best,self.aim,))\n return __hash__': _1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, label={self.label!r}, low={self.low!r}, high={self.high!r}, whole={self.whole!r}, unit={self.unit!r}, best={self.best!r}, aim={self.aim!r})"\n return __repr__': _2,
    "def __create_fn__(_type_field, _type_label, _type_low, _type_high, _type_whole, _type_unit, _type_best, _type_aim, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aim, _return_type):\n def __init__(self,field:_type_field,label:_type_label,low:_type_low,high:_type_high,whole:_type_whole,unit:_type_unit,best:_type_best,aim:_type_aim=_dflt_aim)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'whole',whole)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  __dataclass_builtins_object__.__setattr__(self,'best',best)\n  __dataclass_builtins_object__.__setattr__(self,'aim',aim)\n return __init__": _3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'field\',\'label\',\'low\',\'high\',\'whole\',\'unit\',\'best\',\'aim\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'field\',\'label\',\'low\',\'high\',\'whole\',\'unit\',\'best\',\'aim\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5,
}
