"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.today's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.greeting,self.habits,self.checkin,self.resume,self.modules,self.program,)==(other.day,other.greeting,other.habits,other.checkin,other.resume,other.modules,other.program,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.habit_id,self.title,self.target,self.state,self.detail,)==(other.habit_id,other.title,other.target,other.state,other.detail,)
  return NotImplemented
 return __eq__

def _2():
 def __hash__(self):
  return hash((self.day,self.greeting,self.habits,self.checkin,self.resume,self.modules,self.program,))
 return __hash__

def _3():
 def __hash__(self):
  return hash((self.habit_id,self.title,self.target,self.state,self.detail,))
 return __hash__

def _4():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, greeting={self.greeting!r}, habits={self.habits!r}, checkin={self.checkin!r}, resume={self.resume!r}, modules={self.modules!r}, program={self.program!r})"
 return __repr__

def _5():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, title={self.title!r}, target={self.target!r}, state={self.state!r}, detail={self.detail!r})"
 return __repr__

def _6(_type_day, _type_greeting, _type_habits, _type_checkin, _type_resume, _type_modules, _type_program, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,day:_type_day,greeting:_type_greeting,habits:_type_habits,checkin:_type_checkin,resume:_type_resume,modules:_type_modules,program:_type_program)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'greeting',greeting)
  __dataclass_builtins_object__.__setattr__(self,'habits',habits)
  __dataclass_builtins_object__.__setattr__(self,'checkin',checkin)
  __dataclass_builtins_object__.__setattr__(self,'resume',resume)
  __dataclass_builtins_object__.__setattr__(self,'modules',modules)
  __dataclass_builtins_object__.__setattr__(self,'program',program)
 return __init__

def _7(_type_habit_id, _type_title, _type_target, _type_state, _type_detail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,habit_id:_type_habit_id,title:_type_title,target:_type_target,state:_type_state,detail:_type_detail)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'detail',detail)
 return __init__

def _8(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','greeting','habits','checkin','resume','modules','program',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _9(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('habit_id','title','target','state','detail',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _10(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','greeting','habits','checkin','resume','modules','program',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _11(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('habit_id','title','target','state','detail',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.greeting,self.habits,self.checkin,self.resume,self.modules,self.program,)==(other.day,other.greeting,other.habits,other.checkin,other.resume,other.modules,other.program,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.habit_id,self.title,self.target,self.state,self.detail,)==(other.habit_id,other.title,other.target,other.state,other.detail,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.greeting,self.habits,self.checkin,self.resume,self.modules,self.program,))\n return __hash__': _2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.habit_id,self.title,self.target,self.state,self.detail,))\n return __hash__': _3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, greeting={self.greeting!r}, habits={self.habits!r}, checkin={self.checkin!r}, resume={self.resume!r}, modules={self.modules!r}, program={self.program!r})"\n return __repr__': _4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(habit_id={self.habit_id!r}, title={self.title!r}, target={self.target!r}, state={self.state!r}, detail={self.detail!r})"\n return __repr__': _5,
    "def __create_fn__(_type_day, _type_greeting, _type_habits, _type_checkin, _type_resume, _type_modules, _type_program, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,day:_type_day,greeting:_type_greeting,habits:_type_habits,checkin:_type_checkin,resume:_type_resume,modules:_type_modules,program:_type_program)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'greeting',greeting)\n  __dataclass_builtins_object__.__setattr__(self,'habits',habits)\n  __dataclass_builtins_object__.__setattr__(self,'checkin',checkin)\n  __dataclass_builtins_object__.__setattr__(self,'resume',resume)\n  __dataclass_builtins_object__.__setattr__(self,'modules',modules)\n  __dataclass_builtins_object__.__setattr__(self,'program',program)\n return __init__": _6,
    "def __create_fn__(_type_habit_id, _type_title, _type_target, _type_state, _type_detail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,habit_id:_type_habit_id,title:_type_title,target:_type_target,state:_type_state,detail:_type_detail)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'habit_id',habit_id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'detail',detail)\n return __init__": _7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'greeting\',\'habits\',\'checkin\',\'resume\',\'modules\',\'program\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'habit_id\',\'title\',\'target\',\'state\',\'detail\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'greeting\',\'habits\',\'checkin\',\'resume\',\'modules\',\'program\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _10,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'habit_id\',\'title\',\'target\',\'state\',\'detail\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _11,
}
