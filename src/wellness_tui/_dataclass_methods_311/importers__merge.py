"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.importers.merge's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ops,self.new_checkins,self.filled_checkins,self.new_habits,self.merged_habits,self.habit_days,self.left_out,)==(other.ops,other.new_checkins,other.filled_checkins,other.new_habits,other.merged_habits,other.habit_days,other.left_out,)
  return NotImplemented
 return __eq__

def _1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ops={self.ops!r}, new_checkins={self.new_checkins!r}, filled_checkins={self.filled_checkins!r}, new_habits={self.new_habits!r}, merged_habits={self.merged_habits!r}, habit_days={self.habit_days!r}, left_out={self.left_out!r})"
 return __repr__

def _2(_type_ops, _type_new_checkins, _type_filled_checkins, _type_new_habits, _type_merged_habits, _type_habit_days, _type_left_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ops, _dflt_new_checkins, _dflt_filled_checkins, _dflt_new_habits, _dflt_merged_habits, _dflt_habit_days, _dflt_left_out, _return_type):
 def __init__(self,ops:_type_ops=_HAS_DEFAULT_FACTORY,new_checkins:_type_new_checkins=_dflt_new_checkins,filled_checkins:_type_filled_checkins=_dflt_filled_checkins,new_habits:_type_new_habits=_HAS_DEFAULT_FACTORY,merged_habits:_type_merged_habits=_HAS_DEFAULT_FACTORY,habit_days:_type_habit_days=_dflt_habit_days,left_out:_type_left_out=_HAS_DEFAULT_FACTORY)->_return_type:
  self.ops=_dflt_ops() if ops is _HAS_DEFAULT_FACTORY else ops
  self.new_checkins=new_checkins
  self.filled_checkins=filled_checkins
  self.new_habits=_dflt_new_habits() if new_habits is _HAS_DEFAULT_FACTORY else new_habits
  self.merged_habits=_dflt_merged_habits() if merged_habits is _HAS_DEFAULT_FACTORY else merged_habits
  self.habit_days=habit_days
  self.left_out=_dflt_left_out() if left_out is _HAS_DEFAULT_FACTORY else left_out
 return __init__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ops,self.new_checkins,self.filled_checkins,self.new_habits,self.merged_habits,self.habit_days,self.left_out,)==(other.ops,other.new_checkins,other.filled_checkins,other.new_habits,other.merged_habits,other.habit_days,other.left_out,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ops={self.ops!r}, new_checkins={self.new_checkins!r}, filled_checkins={self.filled_checkins!r}, new_habits={self.new_habits!r}, merged_habits={self.merged_habits!r}, habit_days={self.habit_days!r}, left_out={self.left_out!r})"\n return __repr__': _1,
    'def __create_fn__(_type_ops, _type_new_checkins, _type_filled_checkins, _type_new_habits, _type_merged_habits, _type_habit_days, _type_left_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ops, _dflt_new_checkins, _dflt_filled_checkins, _dflt_new_habits, _dflt_merged_habits, _dflt_habit_days, _dflt_left_out, _return_type):\n def __init__(self,ops:_type_ops=_HAS_DEFAULT_FACTORY,new_checkins:_type_new_checkins=_dflt_new_checkins,filled_checkins:_type_filled_checkins=_dflt_filled_checkins,new_habits:_type_new_habits=_HAS_DEFAULT_FACTORY,merged_habits:_type_merged_habits=_HAS_DEFAULT_FACTORY,habit_days:_type_habit_days=_dflt_habit_days,left_out:_type_left_out=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.ops=_dflt_ops() if ops is _HAS_DEFAULT_FACTORY else ops\n  self.new_checkins=new_checkins\n  self.filled_checkins=filled_checkins\n  self.new_habits=_dflt_new_habits() if new_habits is _HAS_DEFAULT_FACTORY else new_habits\n  self.merged_habits=_dflt_merged_habits() if merged_habits is _HAS_DEFAULT_FACTORY else merged_habits\n  self.habit_days=habit_days\n  self.left_out=_dflt_left_out() if left_out is _HAS_DEFAULT_FACTORY else left_out\n return __init__': _2,
}
