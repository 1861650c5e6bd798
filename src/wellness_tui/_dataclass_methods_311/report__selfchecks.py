"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.report.selfchecks's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.day,self.total,self.band,self.change,self.answers,self.difficulty,)==(other.day,other.total,other.band,other.change,other.answers,other.difficulty,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.about,self.max_score,self.checks,self.outlook,self.response,self.remission,self.item_texts,self.safety_items,self.options,)==(other.id,other.title,other.about,other.max_score,other.checks,other.outlook,other.response,other.remission,other.item_texts,other.safety_items,other.options,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.questionnaires,self.answers,self.attribution,)==(other.questionnaires,other.answers,other.attribution,)
  return NotImplemented
 return __eq__

def _3():
 def __hash__(self):
  return hash((self.day,self.total,self.band,self.change,self.answers,self.difficulty,))
 return __hash__

def _4():
 def __hash__(self):
  return hash((self.id,self.title,self.about,self.max_score,self.checks,self.outlook,self.response,self.remission,self.item_texts,self.safety_items,self.options,))
 return __hash__

def _5():
 def __hash__(self):
  return hash((self.questionnaires,self.answers,self.attribution,))
 return __hash__

def _6():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(day={self.day!r}, total={self.total!r}, band={self.band!r}, change={self.change!r}, answers={self.answers!r}, difficulty={self.difficulty!r})"
 return __repr__

def _7():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, about={self.about!r}, max_score={self.max_score!r}, checks={self.checks!r}, outlook={self.outlook!r}, response={self.response!r}, remission={self.remission!r}, item_texts={self.item_texts!r}, safety_items={self.safety_items!r}, options={self.options!r})"
 return __repr__

def _8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(questionnaires={self.questionnaires!r}, answers={self.answers!r}, attribution={self.attribution!r})"
 return __repr__

def _9(_type_day, _type_total, _type_band, _type_change, _type_answers, _type_difficulty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,day:_type_day,total:_type_total,band:_type_band,change:_type_change,answers:_type_answers,difficulty:_type_difficulty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'total',total)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
  __dataclass_builtins_object__.__setattr__(self,'change',change)
  __dataclass_builtins_object__.__setattr__(self,'answers',answers)
  __dataclass_builtins_object__.__setattr__(self,'difficulty',difficulty)
 return __init__

def _10(_type_id, _type_title, _type_about, _type_max_score, _type_checks, _type_outlook, _type_response, _type_remission, _type_item_texts, _type_safety_items, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,title:_type_title,about:_type_about,max_score:_type_max_score,checks:_type_checks,outlook:_type_outlook,response:_type_response,remission:_type_remission,item_texts:_type_item_texts,safety_items:_type_safety_items,options:_type_options)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'about',about)
  __dataclass_builtins_object__.__setattr__(self,'max_score',max_score)
  __dataclass_builtins_object__.__setattr__(self,'checks',checks)
  __dataclass_builtins_object__.__setattr__(self,'outlook',outlook)
  __dataclass_builtins_object__.__setattr__(self,'response',response)
  __dataclass_builtins_object__.__setattr__(self,'remission',remission)
  __dataclass_builtins_object__.__setattr__(self,'item_texts',item_texts)
  __dataclass_builtins_object__.__setattr__(self,'safety_items',safety_items)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
 return __init__

def _11(_type_questionnaires, _type_answers, _type_attribution, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,questionnaires:_type_questionnaires,answers:_type_answers,attribution:_type_attribution)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'questionnaires',questionnaires)
  __dataclass_builtins_object__.__setattr__(self,'answers',answers)
  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)
 return __init__

def _12(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('day','total','band','change','answers','difficulty',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _13(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','about','max_score','checks','outlook','response','remission','item_texts','safety_items','options',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _14(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('questionnaires','answers','attribution',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _15(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('day','total','band','change','answers','difficulty',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _16(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','about','max_score','checks','outlook','response','remission','item_texts','safety_items','options',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _17(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('questionnaires','answers','attribution',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.day,self.total,self.band,self.change,self.answers,self.difficulty,)==(other.day,other.total,other.band,other.change,other.answers,other.difficulty,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.about,self.max_score,self.checks,self.outlook,self.response,self.remission,self.item_texts,self.safety_items,self.options,)==(other.id,other.title,other.about,other.max_score,other.checks,other.outlook,other.response,other.remission,other.item_texts,other.safety_items,other.options,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.questionnaires,self.answers,self.attribution,)==(other.questionnaires,other.answers,other.attribution,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.day,self.total,self.band,self.change,self.answers,self.difficulty,))\n return __hash__': _3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.about,self.max_score,self.checks,self.outlook,self.response,self.remission,self.item_texts,self.safety_items,self.options,))\n return __hash__': _4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.questionnaires,self.answers,self.attribution,))\n return __hash__': _5,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(day={self.day!r}, total={self.total!r}, band={self.band!r}, change={self.change!r}, answers={self.answers!r}, difficulty={self.difficulty!r})"\n return __repr__': _6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, about={self.about!r}, max_score={self.max_score!r}, checks={self.checks!r}, outlook={self.outlook!r}, response={self.response!r}, remission={self.remission!r}, item_texts={self.item_texts!r}, safety_items={self.safety_items!r}, options={self.options!r})"\n return __repr__': _7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(questionnaires={self.questionnaires!r}, answers={self.answers!r}, attribution={self.attribution!r})"\n return __repr__': _8,
    "def __create_fn__(_type_day, _type_total, _type_band, _type_change, _type_answers, _type_difficulty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,day:_type_day,total:_type_total,band:_type_band,change:_type_change,answers:_type_answers,difficulty:_type_difficulty)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'day',day)\n  __dataclass_builtins_object__.__setattr__(self,'total',total)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n  __dataclass_builtins_object__.__setattr__(self,'change',change)\n  __dataclass_builtins_object__.__setattr__(self,'answers',answers)\n  __dataclass_builtins_object__.__setattr__(self,'difficulty',difficulty)\n return __init__": _9,
    "def __create_fn__(_type_id, _type_title, _type_about, _type_max_score, _type_checks, _type_outlook, _type_response, _type_remission, _type_item_texts, _type_safety_items, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,title:_type_title,about:_type_about,max_score:_type_max_score,checks:_type_checks,outlook:_type_outlook,response:_type_response,remission:_type_remission,item_texts:_type_item_texts,safety_items:_type_safety_items,options:_type_options)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'about',about)\n  __dataclass_builtins_object__.__setattr__(self,'max_score',max_score)\n  __dataclass_builtins_object__.__setattr__(self,'checks',checks)\n  __dataclass_builtins_object__.__setattr__(self,'outlook',outlook)\n  __dataclass_builtins_object__.__setattr__(self,'response',response)\n  __dataclass_builtins_object__.__setattr__(self,'remission',remission)\n  __dataclass_builtins_object__.__setattr__(self,'item_texts',item_texts)\n  __dataclass_builtins_object__.__setattr__(self,'safety_items',safety_items)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n return __init__": _10,
    "def __create_fn__(_type_questionnaires, _type_answers, _type_attribution, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,questionnaires:_type_questionnaires,answers:_type_answers,attribution:_type_attribution)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'questionnaires',questionnaires)\n  __dataclass_builtins_object__.__setattr__(self,'answers',answers)\n  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)\n return __init__": _11,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'day\',\'total\',\'band\',\'change\',\'answers\',\'difficulty\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _12,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'about\',\'max_score\',\'checks\',\'outlook\',\'response\',\'remission\',\'item_texts\',\'safety_items\',\'options\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _13,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'questionnaires\',\'answers\',\'attribution\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _14,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'day\',\'total\',\'band\',\'change\',\'answers\',\'difficulty\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _15,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'about\',\'max_score\',\'checks\',\'outlook\',\'response\',\'remission\',\'item_texts\',\'safety_items\',\'options\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _16,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'questionnaires\',\'answers\',\'attribution\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _17,
}
