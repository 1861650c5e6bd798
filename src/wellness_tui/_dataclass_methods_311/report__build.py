"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.report.build's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.measure,self.values,self.average,self.minimum,self.maximum,self.count,)==(other.measure,other.values,other.average,other.minimum,other.maximum,other.count,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.made,self.name,self.measures,self.checkins,self.habits,self.log,self.open_questions,self.answered_questions,self.treatments,self.lessons_done,self.modules_done,self.appointment,self.notes,self.activities,self.reflections,self.patterns,self.thoughts,self.problems,self.selfchecks,)==(other.start,other.end,other.made,other.name,other.measures,other.checkins,other.habits,other.log,other.open_questions,other.answered_questions,other.treatments,other.lessons_done,other.modules_done,other.appointment,other.notes,other.activities,other.reflections,other.patterns,other.thoughts,other.problems,other.selfchecks,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.target,self.done,self.share,)==(other.title,other.target,other.done,other.share,)
  return NotImplemented
 return __eq__

def _3():
 def __hash__(self):
  return hash((self.measure,self.values,self.average,self.minimum,self.maximum,self.count,))
 return __hash__

def _4():
 def __hash__(self):
  return hash((self.title,self.target,self.done,self.share,))
 return __hash__

def _5():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(measure={self.measure!r}, values={self.values!r}, average={self.average!r}, minimum={self.minimum!r}, maximum={self.maximum!r}, count={self.count!r})"
 return __repr__

def _6():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, made={self.made!r}, name={self.name!r}, measures={self.measures!r}, checkins={self.checkins!r}, habits={self.habits!r}, log={self.log!r}, open_questions={self.open_questions!r}, answered_questions={self.answered_questions!r}, treatments={self.treatments!r}, lessons_done={self.lessons_done!r}, modules_done={self.modules_done!r}, appointment={self.appointment!r}, notes={self.notes!r}, activities={self.activities!r}, reflections={self.reflections!r}, patterns={self.patterns!r}, thoughts={self.thoughts!r}, problems={self.problems!r}, selfchecks={self.selfchecks!r})"
 return __repr__

def _7():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, target={self.target!r}, done={self.done!r}, share={self.share!r})"
 return __repr__

def _8(_type_measure, _type_values, _type_average, _type_minimum, _type_maximum, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,measure:_type_measure,values:_type_values,average:_type_average,minimum:_type_minimum,maximum:_type_maximum,count:_type_count)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'measure',measure)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'average',average)
  __dataclass_builtins_object__.__setattr__(self,'minimum',minimum)
  __dataclass_builtins_object__.__setattr__(self,'maximum',maximum)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
 return __init__

def _9(_type_start, _type_end, _type_made, _type_name, _type_measures, _type_checkins, _type_habits, _type_log, _type_open_questions, _type_answered_questions, _type_treatments, _type_lessons_done, _type_modules_done, _type_appointment, _type_notes, _type_activities, _type_reflections, _type_patterns, _type_thoughts, _type_problems, _type_selfchecks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_activities, _dflt_reflections, _dflt_patterns, _dflt_thoughts, _dflt_problems, _dflt_selfchecks, _return_type):
 def __init__(self,start:_type_start,end:_type_end,made:_type_made,name:_type_name,measures:_type_measures,checkins:_type_checkins,habits:_type_habits,log:_type_log,open_questions:_type_open_questions,answered_questions:_type_answered_questions,treatments:_type_treatments,lessons_done:_type_lessons_done,modules_done:_type_modules_done,appointment:_type_appointment,notes:_type_notes=_dflt_notes,activities:_type_activities=_dflt_activities,reflections:_type_reflections=_dflt_reflections,patterns:_type_patterns=_dflt_patterns,thoughts:_type_thoughts=_dflt_thoughts,problems:_type_problems=_dflt_problems,selfchecks:_type_selfchecks=_dflt_selfchecks)->_return_type:
  self.start=start
  self.end=end
  self.made=made
  self.name=name
  self.measures=measures
  self.checkins=checkins
  self.habits=habits
  self.log=log
  self.open_questions=open_questions
  self.answered_questions=answered_questions
  self.treatments=treatments
  self.lessons_done=lessons_done
  self.modules_done=modules_done
  self.appointment=appointment
  self.notes=notes
  self.activities=activities
  self.reflections=reflections
  self.patterns=patterns
  self.thoughts=thoughts
  self.problems=problems
  self.selfchecks=selfchecks
 return __init__

def _10(_type_title, _type_target, _type_done, _type_share, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,target:_type_target,done:_type_done,share:_type_share)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'done',done)
  __dataclass_builtins_object__.__setattr__(self,'share',share)
 return __init__

def _11(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('measure','values','average','minimum','maximum','count',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _12(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','target','done','share',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _13(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('measure','values','average','minimum','maximum','count',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _14(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','target','done','share',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.measure,self.values,self.average,self.minimum,self.maximum,self.count,)==(other.measure,other.values,other.average,other.minimum,other.maximum,other.count,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.made,self.name,self.measures,self.checkins,self.habits,self.log,self.open_questions,self.answered_questions,self.treatments,self.lessons_done,self.modules_done,self.appointment,self.notes,self.activities,self.reflections,self.patterns,self.thoughts,self.problems,self.selfchecks,)==(other.start,other.end,other.made,other.name,other.measures,other.checkins,other.habits,other.log,other.open_questions,other.answered_questions,other.treatments,other.lessons_done,other.modules_done,other.appointment,other.notes,other.activities,other.reflections,other.patterns,other.thoughts,other.problems,other.selfchecks,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.target,self.done,self.share,)==(other.title,other.target,other.done,other.share,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.measure,self.values,self.average,self.minimum,self.maximum,self.count,))\n return __hash__': _3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.target,self.done,self.share,))\n return __hash__': _4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(measure={self.measure!r}, values={self.values!r}, average={self.average!r}, minimum={self.minimum!r}, maximum={self.maximum!r}, count={self.count!r})"\n return __repr__': _5,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, made={self.made!r}, name={self.name!r}, measures={self.measures!r}, checkins={self.checkins!r}, habits={self.habits!r}, log={self.log!r}, open_questions={self.open_questions!r}, answered_questions={self.answered_questions!r}, treatments={self.treatments!r}, lessons_done={self.lessons_done!r}, modules_done={self.modules_done!r}, appointment={self.appointment!r}, notes={self.notes!r}, activities={self.activities!r}, reflections={self.reflections!r}, patterns={self.patterns!r}, thoughts={self.thoughts!r}, problems={self.problems!r}, selfchecks={self.selfchecks!r})"\n return __repr__': _6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, target={self.target!r}, done={self.done!r}, share={self.share!r})"\n return __repr__': _7,
    "def __create_fn__(_type_measure, _type_values, _type_average, _type_minimum, _type_maximum, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,measure:_type_measure,values:_type_values,average:_type_average,minimum:_type_minimum,maximum:_type_maximum,count:_type_count)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'measure',measure)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'average',average)\n  __dataclass_builtins_object__.__setattr__(self,'minimum',minimum)\n  __dataclass_builtins_object__.__setattr__(self,'maximum',maximum)\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n return __init__": _8,
    'def __create_fn__(_type_start, _type_end, _type_made, _type_name, _type_measures, _type_checkins, _type_habits, _type_log, _type_open_questions, _type_answered_questions, _type_treatments, _type_lessons_done, _type_modules_done, _type_appointment, _type_notes, _type_activities, _type_reflections, _type_patterns, _type_thoughts, _type_problems, _type_selfchecks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_activities, _dflt_reflections, _dflt_patterns, _dflt_thoughts, _dflt_problems, _dflt_selfchecks, _return_type):\n def __init__(self,start:_type_start,end:_type_end,made:_type_made,name:_type_name,measures:_type_measures,checkins:_type_checkins,habits:_type_habits,log:_type_log,open_questions:_type_open_questions,answered_questions:_type_answered_questions,treatments:_type_treatments,lessons_done:_type_lessons_done,modules_done:_type_modules_done,appointment:_type_appointment,notes:_type_notes=_dflt_notes,activities:_type_activities=_dflt_activities,reflections:_type_reflections=_dflt_reflections,patterns:_type_patterns=_dflt_patterns,thoughts:_type_thoughts=_dflt_thoughts,problems:_type_problems=_dflt_problems,selfchecks:_type_selfchecks=_dflt_selfchecks)->_return_type:\n  self.start=start\n  self.end=end\n  self.made=made\n  self.name=name\n  self.measures=measures\n  self.checkins=checkins\n  self.habits=habits\n  self.log=log\n  self.open_questions=open_questions\n  self.answered_questions=answered_questions\n  self.treatments=treatments\n  self.lessons_done=lessons_done\n  self.modules_done=modules_done\n  self.appointment=appointment\n  self.notes=notes\n  self.activities=activities\n  self.reflections=reflections\n  self.patterns=patterns\n  self.thoughts=thoughts\n  self.problems=problems\n  self.selfchecks=selfchecks\n return __init__': _9,
    "def __create_fn__(_type_title, _type_target, _type_done, _type_share, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,title:_type_title,target:_type_target,done:_type_done,share:_type_share)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'done',done)\n  __dataclass_builtins_object__.__setattr__(self,'share',share)\n return __init__": _10,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'measure\',\'values\',\'average\',\'minimum\',\'maximum\',\'count\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _11,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'target\',\'done\',\'share\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _12,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'measure\',\'values\',\'average\',\'minimum\',\'maximum\',\'count\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _13,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'target\',\'done\',\'share\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _14,
}
