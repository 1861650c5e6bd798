"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.lesson_state's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.done,self.opened,self.stop,self.stops,self.answers,self.prompts,self.checked,self.questions,)==(other.done,other.opened,other.stop,other.stops,other.answers,other.prompts,other.checked,other.questions,)
  return NotImplemented
 return __eq__

def _1():
 def __hash__(self):
  return hash((self.done,self.opened,self.stop,self.stops,self.answers,self.prompts,self.checked,self.questions,))
 return __hash__

def _2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(done={self.done!r}, opened={self.opened!r}, stop={self.stop!r}, stops={self.stops!r}, answers={self.answers!r}, prompts={self.prompts!r}, checked={self.checked!r}, questions={self.questions!r})"
 return __repr__

def _3(_type_done, _type_opened, _type_stop, _type_stops, _type_answers, _type_prompts, _type_checked, _type_questions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,done:_type_done,opened:_type_opened,stop:_type_stop,stops:_type_stops,answers:_type_answers,prompts:_type_prompts,checked:_type_checked,questions:_type_questions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'opened',opened)
  __dataclass_builtins_object__.__setattr__(self,'stop',stop)
  __dataclass_builtins_object__.__setattr__(self,'stops',stops)
  __dataclass_builtins_object__.__setattr__(self,'answers',answers)
  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)
  __dataclass_builtins_object__.__setattr__(self,'checked',checked)
  __dataclass_builtins_object__.__setattr__(self,'questions',questions)
 return __init__

def _4(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('done','opened','stop','stops','answers','prompts','checked','questions',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _5(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('done','opened','stop','stops','answers','prompts','checked','questions',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.done,self.opened,self.stop,self.stops,self.answers,self.prompts,self.checked,self.questions,)==(other.done,other.opened,other.stop,other.stops,other.answers,other.prompts,other.checked,other.questions,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.done,self.opened,self.stop,self.stops,self.answers,self.prompts,self.checked,self.questions,))\n return __hash__': _1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(done={self.done!r}, opened={self.opened!r}, stop={self.stop!r}, stops={self.stops!r}, answers={self.answers!r}, prompts={self.prompts!r}, checked={self.checked!r}, questions={self.questions!r})"\n return __repr__': _2,
    "def __create_fn__(_type_done, _type_opened, _type_stop, _type_stops, _type_answers, _type_prompts, _type_checked, _type_questions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,done:_type_done,opened:_type_opened,stop:_type_stop,stops:_type_stops,answers:_type_answers,prompts:_type_prompts,checked:_type_checked,questions:_type_questions)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'opened',opened)\n  __dataclass_builtins_object__.__setattr__(self,'stop',stop)\n  __dataclass_builtins_object__.__setattr__(self,'stops',stops)\n  __dataclass_builtins_object__.__setattr__(self,'answers',answers)\n  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)\n  __dataclass_builtins_object__.__setattr__(self,'checked',checked)\n  __dataclass_builtins_object__.__setattr__(self,'questions',questions)\n return __init__": _3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'done\',\'opened\',\'stop\',\'stops\',\'answers\',\'prompts\',\'checked\',\'questions\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'done\',\'opened\',\'stop\',\'stops\',\'answers\',\'prompts\',\'checked\',\'questions\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5,
}
