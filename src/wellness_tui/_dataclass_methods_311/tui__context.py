"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.tui.context's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.store,self.library,self.clock,self.undo_stack,self.saved_elsewhere,self.not_saved,)==(other.store,other.library,other.clock,other.undo_stack,other.saved_elsewhere,other.not_saved,)
  return NotImplemented
 return __eq__

def _1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(store={self.store!r}, library={self.library!r}, clock={self.clock!r}, undo_stack={self.undo_stack!r}, saved_elsewhere={self.saved_elsewhere!r}, not_saved={self.not_saved!r})"
 return __repr__

def _2(_type_store, _type_library, _type_clock, _type_undo_stack, _type_saved_elsewhere, _type_not_saved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_undo_stack, _dflt_saved_elsewhere, _dflt_not_saved, _return_type):
 def __init__(self,store:_type_store,library:_type_library,clock:_type_clock,undo_stack:_type_undo_stack=_HAS_DEFAULT_FACTORY,saved_elsewhere:_type_saved_elsewhere=_HAS_DEFAULT_FACTORY,not_saved:_type_not_saved=_dflt_not_saved)->_return_type:
  self.store=store
  self.library=library
  self.clock=clock
  self.undo_stack=_dflt_undo_stack() if undo_stack is _HAS_DEFAULT_FACTORY else undo_stack
  self.saved_elsewhere=_dflt_saved_elsewhere() if saved_elsewhere is _HAS_DEFAULT_FACTORY else saved_elsewhere
  self.not_saved=not_saved
 return __init__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.store,self.library,self.clock,self.undo_stack,self.saved_elsewhere,self.not_saved,)==(other.store,other.library,other.clock,other.undo_stack,other.saved_elsewhere,other.not_saved,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(store={self.store!r}, library={self.library!r}, clock={self.clock!r}, undo_stack={self.undo_stack!r}, saved_elsewhere={self.saved_elsewhere!r}, not_saved={self.not_saved!r})"\n return __repr__': _1,
    'def __create_fn__(_type_store, _type_library, _type_clock, _type_undo_stack, _type_saved_elsewhere, _type_not_saved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_undo_stack, _dflt_saved_elsewhere, _dflt_not_saved, _return_type):\n def __init__(self,store:_type_store,library:_type_library,clock:_type_clock,undo_stack:_type_undo_stack=_HAS_DEFAULT_FACTORY,saved_elsewhere:_type_saved_elsewhere=_HAS_DEFAULT_FACTORY,not_saved:_type_not_saved=_dflt_not_saved)->_return_type:\n  self.store=store\n  self.library=library\n  self.clock=clock\n  self.undo_stack=_dflt_undo_stack() if undo_stack is _HAS_DEFAULT_FACTORY else undo_stack\n  self.saved_elsewhere=_dflt_saved_elsewhere() if saved_elsewhere is _HAS_DEFAULT_FACTORY else saved_elsewhere\n  self.not_saved=not_saved\n return __init__': _2,
}
