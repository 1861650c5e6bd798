"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.selfchecks's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.first,self.last,self.response,self.remission,self.words,)==(other.first,other.last,other.response,other.remission,other.words,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.low,self.high,self.edge,self.band,)==(other.low,other.high,other.edge,other.band,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.questionnaire,self.start,self.days,self.checks,)==(other.questionnaire,other.start,other.days,other.checks,)
  return NotImplemented
 return __eq__

def _3():
 def __hash__(self):
  return hash((self.first,self.last,self.response,self.remission,self.words,))
 return __hash__

def _4():
 def __hash__(self):
  return hash((self.low,self.high,self.edge,self.band,))
 return __hash__

def _5():
 def __hash__(self):
  return hash((self.questionnaire,self.start,self.days,self.checks,))
 return __hash__

def _6():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(first={self.first!r}, last={self.last!r}, response={self.response!r}, remission={self.remission!r}, words={self.words!r})"
 return __repr__

def _7():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, edge={self.edge!r}, band={self.band!r})"
 return __repr__

def _8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, start={self.start!r}, days={self.days!r}, checks={self.checks!r})"
 return __repr__

def _9(_type_first, _type_last, _type_response, _type_remission, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,first:_type_first,last:_type_last,response:_type_response,remission:_type_remission,words:_type_words)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'last',last)
  __dataclass_builtins_object__.__setattr__(self,'response',response)
  __dataclass_builtins_object__.__setattr__(self,'remission',remission)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
 return __init__

def _10(_type_low, _type_high, _type_edge, _type_band, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,low:_type_low,high:_type_high,edge:_type_edge,band:_type_band)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'edge',edge)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
 return __init__

def _11(_type_questionnaire, _type_start, _type_days, _type_checks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,questionnaire:_type_questionnaire,start:_type_start,days:_type_days,checks:_type_checks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'questionnaire',questionnaire)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
  __dataclass_builtins_object__.__setattr__(self,'checks',checks)
 return __init__

def _12(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('first','last','response','remission','words',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _13(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('low','high','edge','band',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _14(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('questionnaire','start','days','checks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _15(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('first','last','response','remission','words',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _16(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('low','high','edge','band',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _17(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('questionnaire','start','days','checks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.first,self.last,self.response,self.remission,self.words,)==(other.first,other.last,other.response,other.remission,other.words,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.low,self.high,self.edge,self.band,)==(other.low,other.high,other.edge,other.band,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.questionnaire,self.start,self.days,self.checks,)==(other.questionnaire,other.start,other.days,other.checks,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.first,self.last,self.response,self.remission,self.words,))\n return __hash__': _3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.low,self.high,self.edge,self.band,))\n return __hash__': _4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.questionnaire,self.start,self.days,self.checks,))\n return __hash__': _5,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(first={self.first!r}, last={self.last!r}, response={self.response!r}, remission={self.remission!r}, words={self.words!r})"\n return __repr__': _6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, edge={self.edge!r}, band={self.band!r})"\n return __repr__': _7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(questionnaire={self.questionnaire!r}, start={self.start!r}, days={self.days!r}, checks={self.checks!r})"\n return __repr__': _8,
    "def __create_fn__(_type_first, _type_last, _type_response, _type_remission, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,first:_type_first,last:_type_last,response:_type_response,remission:_type_remission,words:_type_words)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'first',first)\n  __dataclass_builtins_object__.__setattr__(self,'last',last)\n  __dataclass_builtins_object__.__setattr__(self,'response',response)\n  __dataclass_builtins_object__.__setattr__(self,'remission',remission)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n return __init__": _9,
    "def __create_fn__(_type_low, _type_high, _type_edge, _type_band, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,low:_type_low,high:_type_high,edge:_type_edge,band:_type_band)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'edge',edge)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n return __init__": _10,
    "def __create_fn__(_type_questionnaire, _type_start, _type_days, _type_checks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,questionnaire:_type_questionnaire,start:_type_start,days:_type_days,checks:_type_checks)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'questionnaire',questionnaire)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'days',days)\n  __dataclass_builtins_object__.__setattr__(self,'checks',checks)\n return __init__": _11,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'first\',\'last\',\'response\',\'remission\',\'words\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _12,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'low\',\'high\',\'edge\',\'band\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _13,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'questionnaire\',\'start\',\'days\',\'checks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _14,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'first\',\'last\',\'response\',\'remission\',\'words\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _15,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'low\',\'high\',\'edge\',\'band\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _16,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'questionnaire\',\'start\',\'days\',\'checks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _17,
}
