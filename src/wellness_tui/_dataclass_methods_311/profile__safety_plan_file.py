"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.profile.safety_plan_file's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.about,self.sections,)==(other.about,other.sections,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.lines,)==(other.title,other.lines,)
  return NotImplemented
 return __eq__

def _2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(about={self.about!r}, sections={self.sections!r})"
 return __repr__

def _3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, lines={self.lines!r})"
 return __repr__

def _4(_type_about, _type_sections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,about:_type_about,sections:_type_sections)->_return_type:
  self.about=about
  self.sections=sections
 return __init__

def _5(_type_title, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _return_type):
 def __init__(self,title:_type_title,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:
  self.title=title
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
 return __init__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.about,self.sections,)==(other.about,other.sections,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.lines,)==(other.title,other.lines,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(about={self.about!r}, sections={self.sections!r})"\n return __repr__': _2,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, lines={self.lines!r})"\n return __repr__': _3,
    'def __create_fn__(_type_about, _type_sections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,about:_type_about,sections:_type_sections)->_return_type:\n  self.about=about\n  self.sections=sections\n return __init__': _4,
    'def __create_fn__(_type_title, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _return_type):\n def __init__(self,title:_type_title,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.title=title\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n return __init__': _5,
}
