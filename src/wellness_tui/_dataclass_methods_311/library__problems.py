"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.library.problems's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.message,self.severity,)==(other.path,other.line,other.message,other.severity,)
  return NotImplemented
 return __eq__

def _1():
 def __hash__(self):
  return hash((self.path,self.line,self.message,self.severity,))
 return __hash__

def _2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r}, message={self.message!r}, severity={self.severity!r})"
 return __repr__

def _3(_type_path, _type_line, _type_message, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severity, _return_type):
 def __init__(self,path:_type_path,line:_type_line,message:_type_message,severity:_type_severity=_dflt_severity)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
 return __init__

def _4(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','line','message','severity',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _5(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','line','message','severity',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.line,self.message,self.severity,)==(other.path,other.line,other.message,other.severity,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.line,self.message,self.severity,))\n return __hash__': _1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r}, message={self.message!r}, severity={self.severity!r})"\n return __repr__': _2,
    "def __create_fn__(_type_path, _type_line, _type_message, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severity, _return_type):\n def __init__(self,path:_type_path,line:_type_line,message:_type_message,severity:_type_severity=_dflt_severity)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n return __init__": _3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'line\',\'message\',\'severity\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'line\',\'message\',\'severity\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5,
}
