"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.library.activity_ideas's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.areas,)==(other.areas,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.areas,self.problems,)==(other.areas,other.problems,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.hint,self.ideas,)==(other.id,other.title,other.hint,other.ideas,)
  return NotImplemented
 return __eq__

def _3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.brings,self.effort,)==(other.title,other.brings,other.effort,)
  return NotImplemented
 return __eq__

def _4():
 def __hash__(self):
  return hash((self.areas,))
 return __hash__

def _5():
 def __hash__(self):
  return hash((self.id,self.title,self.hint,self.ideas,))
 return __hash__

def _6():
 def __hash__(self):
  return hash((self.title,self.brings,self.effort,))
 return __hash__

def _7():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(areas={self.areas!r})"
 return __repr__

def _8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(areas={self.areas!r}, problems={self.problems!r})"
 return __repr__

def _9():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, hint={self.hint!r}, ideas={self.ideas!r})"
 return __repr__

def _10():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, brings={self.brings!r}, effort={self.effort!r})"
 return __repr__

def _11(_type_areas, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,areas:_type_areas)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'areas',areas)
 return __init__

def _12(_type_areas, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_areas, _dflt_problems, _return_type):
 def __init__(self,areas:_type_areas=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY)->_return_type:
  self.areas=_dflt_areas() if areas is _HAS_DEFAULT_FACTORY else areas
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
 return __init__

def _13(_type_id, _type_title, _type_hint, _type_ideas, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ideas, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,hint:_type_hint,ideas:_type_ideas=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'ideas',_dflt_ideas() if ideas is _HAS_DEFAULT_FACTORY else ideas)
 return __init__

def _14(_type_title, _type_brings, _type_effort, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,title:_type_title,brings:_type_brings,effort:_type_effort)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'brings',brings)
  __dataclass_builtins_object__.__setattr__(self,'effort',effort)
 return __init__

def _15(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('areas',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _16(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','hint','ideas',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _17(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','brings','effort',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _18(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('areas',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _19(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','hint','ideas',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _20(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','brings','effort',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.areas,)==(other.areas,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.areas,self.problems,)==(other.areas,other.problems,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.hint,self.ideas,)==(other.id,other.title,other.hint,other.ideas,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.brings,self.effort,)==(other.title,other.brings,other.effort,)\n  return NotImplemented\n return __eq__': _3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.areas,))\n return __hash__': _4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.hint,self.ideas,))\n return __hash__': _5,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.brings,self.effort,))\n return __hash__': _6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(areas={self.areas!r})"\n return __repr__': _7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(areas={self.areas!r}, problems={self.problems!r})"\n return __repr__': _8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, hint={self.hint!r}, ideas={self.ideas!r})"\n return __repr__': _9,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, brings={self.brings!r}, effort={self.effort!r})"\n return __repr__': _10,
    "def __create_fn__(_type_areas, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,areas:_type_areas)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'areas',areas)\n return __init__": _11,
    'def __create_fn__(_type_areas, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_areas, _dflt_problems, _return_type):\n def __init__(self,areas:_type_areas=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.areas=_dflt_areas() if areas is _HAS_DEFAULT_FACTORY else areas\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n return __init__': _12,
    "def __create_fn__(_type_id, _type_title, _type_hint, _type_ideas, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ideas, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,hint:_type_hint,ideas:_type_ideas=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n  __dataclass_builtins_object__.__setattr__(self,'ideas',_dflt_ideas() if ideas is _HAS_DEFAULT_FACTORY else ideas)\n return __init__": _13,
    "def __create_fn__(_type_title, _type_brings, _type_effort, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,title:_type_title,brings:_type_brings,effort:_type_effort)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'brings',brings)\n  __dataclass_builtins_object__.__setattr__(self,'effort',effort)\n return __init__": _14,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'areas\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _15,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'hint\',\'ideas\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _16,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'brings\',\'effort\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _17,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'areas\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _18,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'hint\',\'ideas\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _19,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'brings\',\'effort\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _20,
}
