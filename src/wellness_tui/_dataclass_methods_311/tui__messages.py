"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.tui.messages's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.event,)==(other.event,)
  return NotImplemented
 return __eq__

def _1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(event={self.event!r})"
 return __repr__

def _2(_type_event, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,event:_type_event)->_return_type:
  self.event=event
  self.__post_init__()
 return __init__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.event,)==(other.event,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(event={self.event!r})"\n return __repr__': _1,
    'def __create_fn__(_type_event, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,event:_type_event)->_return_type:\n  self.event=event\n  self.__post_init__()\n return __init__': _2,
}
