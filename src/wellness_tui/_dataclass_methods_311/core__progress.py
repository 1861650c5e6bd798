"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.progress's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.done,self.total,)==(other.done,other.total,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.module,self.lesson,self.stop_index,self.first,)==(other.module,other.lesson,other.stop_index,other.first,)
  return NotImplemented
 return __eq__

def _2():
 def __hash__(self):
  return hash((self.done,self.total,))
 return __hash__

def _3():
 def __hash__(self):
  return hash((self.module,self.lesson,self.stop_index,self.first,))
 return __hash__

def _4():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(done={self.done!r}, total={self.total!r})"
 return __repr__

def _5():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(module={self.module!r}, lesson={self.lesson!r}, stop_index={self.stop_index!r}, first={self.first!r})"
 return __repr__

def _6(_type_done, _type_total, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,done:_type_done,total:_type_total)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'total',total)
 return __init__

def _7(_type_module, _type_lesson, _type_stop_index, _type_first, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_first, _return_type):
 def __init__(self,module:_type_module,lesson:_type_lesson,stop_index:_type_stop_index,first:_type_first=_dflt_first)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'module',module)
  __dataclass_builtins_object__.__setattr__(self,'lesson',lesson)
  __dataclass_builtins_object__.__setattr__(self,'stop_index',stop_index)
  __dataclass_builtins_object__.__setattr__(self,'first',first)
 return __init__

def _8(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('done','total',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _9(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('module','lesson','stop_index','first',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _10(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('done','total',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _11(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('module','lesson','stop_index','first',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.done,self.total,)==(other.done,other.total,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.module,self.lesson,self.stop_index,self.first,)==(other.module,other.lesson,other.stop_index,other.first,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.done,self.total,))\n return __hash__': _2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.module,self.lesson,self.stop_index,self.first,))\n return __hash__': _3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(done={self.done!r}, total={self.total!r})"\n return __repr__': _4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(module={self.module!r}, lesson={self.lesson!r}, stop_index={self.stop_index!r}, first={self.first!r})"\n return __repr__': _5,
    "def __create_fn__(_type_done, _type_total, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,done:_type_done,total:_type_total)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'total',total)\n return __init__": _6,
    "def __create_fn__(_type_module, _type_lesson, _type_stop_index, _type_first, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_first, _return_type):\n def __init__(self,module:_type_module,lesson:_type_lesson,stop_index:_type_stop_index,first:_type_first=_dflt_first)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'module',module)\n  __dataclass_builtins_object__.__setattr__(self,'lesson',lesson)\n  __dataclass_builtins_object__.__setattr__(self,'stop_index',stop_index)\n  __dataclass_builtins_object__.__setattr__(self,'first',first)\n return __init__": _7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'done\',\'total\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'module\',\'lesson\',\'stop_index\',\'first\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'done\',\'total\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _10,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'module\',\'lesson\',\'stop_index\',\'first\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _11,
}
