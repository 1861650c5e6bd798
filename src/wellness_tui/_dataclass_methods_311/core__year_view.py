"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.core.year_view's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.weeks,self.cells,self.row_names,self.start,self.end,)==(other.weeks,other.cells,other.row_names,other.start,other.end,)
  return NotImplemented
 return __eq__

def _1():
 def __hash__(self):
  return hash((self.weeks,self.cells,self.row_names,self.start,self.end,))
 return __hash__

def _2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, cells={self.cells!r}, row_names={self.row_names!r}, start={self.start!r}, end={self.end!r})"
 return __repr__

def _3(_type_weeks, _type_cells, _type_row_names, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,weeks:_type_weeks,cells:_type_cells,row_names:_type_row_names,start:_type_start,end:_type_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'row_names',row_names)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__

def _4(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('weeks','cells','row_names','start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _5(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('weeks','cells','row_names','start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.weeks,self.cells,self.row_names,self.start,self.end,)==(other.weeks,other.cells,other.row_names,other.start,other.end,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.weeks,self.cells,self.row_names,self.start,self.end,))\n return __hash__': _1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(weeks={self.weeks!r}, cells={self.cells!r}, row_names={self.row_names!r}, start={self.start!r}, end={self.end!r})"\n return __repr__': _2,
    "def __create_fn__(_type_weeks, _type_cells, _type_row_names, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,weeks:_type_weeks,cells:_type_cells,row_names:_type_row_names,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'weeks',weeks)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'row_names',row_names)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__": _3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'weeks\',\'cells\',\'row_names\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'weeks\',\'cells\',\'row_names\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5,
}
