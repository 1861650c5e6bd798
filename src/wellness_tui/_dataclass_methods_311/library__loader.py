"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.library.loader's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.modules,self.problems,self.crisis_lines,self.crisis_from_file,self.scripts,)==(other.modules,other.problems,other.crisis_lines,other.crisis_from_file,other.scripts,)
  return NotImplemented
 return __eq__

def _1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(modules={self.modules!r}, problems={self.problems!r}, crisis_lines={self.crisis_lines!r}, crisis_from_file={self.crisis_from_file!r}, scripts={self.scripts!r})"
 return __repr__

def _2(_type_modules, _type_problems, _type_crisis_lines, _type_crisis_from_file, _type_scripts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_modules, _dflt_problems, _dflt_crisis_lines, _dflt_crisis_from_file, _dflt_scripts, _return_type):
 def __init__(self,modules:_type_modules=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,crisis_lines:_type_crisis_lines=_HAS_DEFAULT_FACTORY,crisis_from_file:_type_crisis_from_file=_dflt_crisis_from_file,scripts:_type_scripts=_HAS_DEFAULT_FACTORY)->_return_type:
  self.modules=_dflt_modules() if modules is _HAS_DEFAULT_FACTORY else modules
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.crisis_lines=_dflt_crisis_lines() if crisis_lines is _HAS_DEFAULT_FACTORY else crisis_lines
  self.crisis_from_file=crisis_from_file
  self.scripts=_dflt_scripts() if scripts is _HAS_DEFAULT_FACTORY else scripts
  self.__post_init__()
 return __init__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.modules,self.problems,self.crisis_lines,self.crisis_from_file,self.scripts,)==(other.modules,other.problems,other.crisis_lines,other.crisis_from_file,other.scripts,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(modules={self.modules!r}, problems={self.problems!r}, crisis_lines={self.crisis_lines!r}, crisis_from_file={self.crisis_from_file!r}, scripts={self.scripts!r})"\n return __repr__': _1,
    'def __create_fn__(_type_modules, _type_problems, _type_crisis_lines, _type_crisis_from_file, _type_scripts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_modules, _dflt_problems, _dflt_crisis_lines, _dflt_crisis_from_file, _dflt_scripts, _return_type):\n def __init__(self,modules:_type_modules=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,crisis_lines:_type_crisis_lines=_HAS_DEFAULT_FACTORY,crisis_from_file:_type_crisis_from_file=_dflt_crisis_from_file,scripts:_type_scripts=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.modules=_dflt_modules() if modules is _HAS_DEFAULT_FACTORY else modules\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.crisis_lines=_dflt_crisis_lines() if crisis_lines is _HAS_DEFAULT_FACTORY else crisis_lines\n  self.crisis_from_file=crisis_from_file\n  self.scripts=_dflt_scripts() if scripts is _HAS_DEFAULT_FACTORY else scripts\n  self.__post_init__()\n return __init__': _2,
}
