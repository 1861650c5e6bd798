"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.rules's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ge,self.le,self.gt,self.min_length,self.max_length,self.pattern,self.strip,)==(other.ge,other.le,other.gt,other.min_length,other.max_length,other.pattern,other.strip,)
  return NotImplemented
 return __eq__

def _1():
 def __hash__(self):
  return hash((self.ge,self.le,self.gt,self.min_length,self.max_length,self.pattern,self.strip,))
 return __hash__

def _2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ge={self.ge!r}, le={self.le!r}, gt={self.gt!r}, min_length={self.min_length!r}, max_length={self.max_length!r}, pattern={self.pattern!r}, strip={self.strip!r})"
 return __repr__

def _3(_type_ge, _type_le, _type_gt, _type_min_length, _type_max_length, _type_pattern, _type_strip, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ge, _dflt_le, _dflt_gt, _dflt_min_length, _dflt_max_length, _dflt_pattern, _dflt_strip, _return_type):
 def __init__(self,ge:_type_ge=_dflt_ge,le:_type_le=_dflt_le,gt:_type_gt=_dflt_gt,min_length:_type_min_length=_dflt_min_length,max_length:_type_max_length=_dflt_max_length,pattern:_type_pattern=_dflt_pattern,strip:_type_strip=_dflt_strip)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ge',ge)
  __dataclass_builtins_object__.__setattr__(self,'le',le)
  __dataclass_builtins_object__.__setattr__(self,'gt',gt)
  __dataclass_builtins_object__.__setattr__(self,'min_length',min_length)
  __dataclass_builtins_object__.__setattr__(self,'max_length',max_length)
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
  __dataclass_builtins_object__.__setattr__(self,'strip',strip)
 return __init__

def _4(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ge','le','gt','min_length','max_length','pattern','strip',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _5(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ge','le','gt','min_length','max_length','pattern','strip',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ge,self.le,self.gt,self.min_length,self.max_length,self.pattern,self.strip,)==(other.ge,other.le,other.gt,other.min_length,other.max_length,other.pattern,other.strip,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ge,self.le,self.gt,self.min_length,self.max_length,self.pattern,self.strip,))\n return __hash__': _1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ge={self.ge!r}, le={self.le!r}, gt={self.gt!r}, min_length={self.min_length!r}, max_length={self.max_length!r}, pattern={self.pattern!r}, strip={self.strip!r})"\n return __repr__': _2,
    "def __create_fn__(_type_ge, _type_le, _type_gt, _type_min_length, _type_max_length, _type_pattern, _type_strip, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ge, _dflt_le, _dflt_gt, _dflt_min_length, _dflt_max_length, _dflt_pattern, _dflt_strip, _return_type):\n def __init__(self,ge:_type_ge=_dflt_ge,le:_type_le=_dflt_le,gt:_type_gt=_dflt_gt,min_length:_type_min_length=_dflt_min_length,max_length:_type_max_length=_dflt_max_length,pattern:_type_pattern=_dflt_pattern,strip:_type_strip=_dflt_strip)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ge',ge)\n  __dataclass_builtins_object__.__setattr__(self,'le',le)\n  __dataclass_builtins_object__.__setattr__(self,'gt',gt)\n  __dataclass_builtins_object__.__setattr__(self,'min_length',min_length)\n  __dataclass_builtins_object__.__setattr__(self,'max_length',max_length)\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n  __dataclass_builtins_object__.__setattr__(self,'strip',strip)\n return __init__": _3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ge\',\'le\',\'gt\',\'min_length\',\'max_length\',\'pattern\',\'strip\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ge\',\'le\',\'gt\',\'min_length\',\'max_length\',\'pattern\',\'strip\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5,
}
