"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.profile.journal's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ops,self.bad,self.torn,self.other_checkpoint,self.folded,self.newer,self.lines,self.first_at,self.complete,self.unterminated,)==(other.ops,other.bad,other.torn,other.other_checkpoint,other.folded,other.newer,other.lines,other.first_at,other.complete,other.unterminated,)
  return NotImplemented
 return __eq__

def _1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ops={self.ops!r}, bad={self.bad!r}, torn={self.torn!r}, other_checkpoint={self.other_checkpoint!r}, folded={self.folded!r}, newer={self.newer!r}, lines={self.lines!r}, first_at={self.first_at!r}, complete={self.complete!r}, unterminated={self.unterminated!r})"
 return __repr__

def _2(_type_ops, _type_bad, _type_torn, _type_other_checkpoint, _type_folded, _type_newer, _type_lines, _type_first_at, _type_complete, _type_unterminated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ops, _dflt_bad, _dflt_torn, _dflt_other_checkpoint, _dflt_folded, _dflt_newer, _dflt_lines, _dflt_first_at, _dflt_complete, _dflt_unterminated, _return_type):
 def __init__(self,ops:_type_ops=_HAS_DEFAULT_FACTORY,bad:_type_bad=_HAS_DEFAULT_FACTORY,torn:_type_torn=_dflt_torn,other_checkpoint:_type_other_checkpoint=_dflt_other_checkpoint,folded:_type_folded=_dflt_folded,newer:_type_newer=_dflt_newer,lines:_type_lines=_dflt_lines,first_at:_type_first_at=_dflt_first_at,complete:_type_complete=_dflt_complete,unterminated:_type_unterminated=_dflt_unterminated)->_return_type:
  self.ops=_dflt_ops() if ops is _HAS_DEFAULT_FACTORY else ops
  self.bad=_dflt_bad() if bad is _HAS_DEFAULT_FACTORY else bad
  self.torn=torn
  self.other_checkpoint=other_checkpoint
  self.folded=folded
  self.newer=newer
  self.lines=lines
  self.first_at=first_at
  self.complete=complete
  self.unterminated=unterminated
 return __init__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ops,self.bad,self.torn,self.other_checkpoint,self.folded,self.newer,self.lines,self.first_at,self.complete,self.unterminated,)==(other.ops,other.bad,other.torn,other.other_checkpoint,other.folded,other.newer,other.lines,other.first_at,other.complete,other.unterminated,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ops={self.ops!r}, bad={self.bad!r}, torn={self.torn!r}, other_checkpoint={self.other_checkpoint!r}, folded={self.folded!r}, newer={self.newer!r}, lines={self.lines!r}, first_at={self.first_at!r}, complete={self.complete!r}, unterminated={self.unterminated!r})"\n return __repr__': _1,
    'def __create_fn__(_type_ops, _type_bad, _type_torn, _type_other_checkpoint, _type_folded, _type_newer, _type_lines, _type_first_at, _type_complete, _type_unterminated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ops, _dflt_bad, _dflt_torn, _dflt_other_checkpoint, _dflt_folded, _dflt_newer, _dflt_lines, _dflt_first_at, _dflt_complete, _dflt_unterminated, _return_type):\n def __init__(self,ops:_type_ops=_HAS_DEFAULT_FACTORY,bad:_type_bad=_HAS_DEFAULT_FACTORY,torn:_type_torn=_dflt_torn,other_checkpoint:_type_other_checkpoint=_dflt_other_checkpoint,folded:_type_folded=_dflt_folded,newer:_type_newer=_dflt_newer,lines:_type_lines=_dflt_lines,first_at:_type_first_at=_dflt_first_at,complete:_type_complete=_dflt_complete,unterminated:_type_unterminated=_dflt_unterminated)->_return_type:\n  self.ops=_dflt_ops() if ops is _HAS_DEFAULT_FACTORY else ops\n  self.bad=_dflt_bad() if bad is _HAS_DEFAULT_FACTORY else bad\n  self.torn=torn\n  self.other_checkpoint=other_checkpoint\n  self.folded=folded\n  self.newer=newer\n  self.lines=lines\n  self.first_at=first_at\n  self.complete=complete\n  self.unterminated=unterminated\n return __init__': _2,
}
