"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.library.questionnaires's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.name,self.about,self.instruction,self.attribution,self.source,self.checked,self.options,self.items,self.bands,self.difficulty,)==(other.id,other.title,other.name,other.about,other.instruction,other.attribution,other.source,other.checked,other.options,other.items,other.bands,other.difficulty,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.low,self.high,self.label,)==(other.low,other.high,other.label,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.number,self.text,self.safety,)==(other.number,other.text,other.safety,)
  return NotImplemented
 return __eq__

def _3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.options,)==(other.text,other.options,)
  return NotImplemented
 return __eq__

def _4():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.text,)==(other.value,other.text,)
  return NotImplemented
 return __eq__

def _5():
 def __hash__(self):
  return hash((self.id,self.title,self.name,self.about,self.instruction,self.attribution,self.source,self.checked,self.options,self.items,self.bands,self.difficulty,))
 return __hash__

def _6():
 def __hash__(self):
  return hash((self.low,self.high,self.label,))
 return __hash__

def _7():
 def __hash__(self):
  return hash((self.number,self.text,self.safety,))
 return __hash__

def _8():
 def __hash__(self):
  return hash((self.text,self.options,))
 return __hash__

def _9():
 def __hash__(self):
  return hash((self.value,self.text,))
 return __hash__

def _10():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, name={self.name!r}, about={self.about!r}, instruction={self.instruction!r}, attribution={self.attribution!r}, source={self.source!r}, checked={self.checked!r}, options={self.options!r}, items={self.items!r}, bands={self.bands!r}, difficulty={self.difficulty!r})"
 return __repr__

def _11():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, label={self.label!r})"
 return __repr__

def _12():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(number={self.number!r}, text={self.text!r}, safety={self.safety!r})"
 return __repr__

def _13():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, options={self.options!r})"
 return __repr__

def _14():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, text={self.text!r})"
 return __repr__

def _15(_type_id, _type_title, _type_name, _type_about, _type_instruction, _type_attribution, _type_source, _type_checked, _type_options, _type_items, _type_bands, _type_difficulty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_difficulty, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,name:_type_name,about:_type_about,instruction:_type_instruction,attribution:_type_attribution,source:_type_source,checked:_type_checked,options:_type_options,items:_type_items,bands:_type_bands,difficulty:_type_difficulty=_dflt_difficulty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'about',about)
  __dataclass_builtins_object__.__setattr__(self,'instruction',instruction)
  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'checked',checked)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'difficulty',difficulty)
 return __init__

def _16(_type_low, _type_high, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,label:_type_label)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__

def _17(_type_number, _type_text, _type_safety, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_safety, _return_type):
 def __init__(self,*,number:_type_number,text:_type_text,safety:_type_safety=_dflt_safety)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'safety',safety)
 return __init__

def _18(_type_text, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,text:_type_text,options:_type_options)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
 return __init__

def _19(_type_value, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,value:_type_value,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__

def _20(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','name','about','instruction','attribution','source','checked','options','items','bands','difficulty',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _21(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('low','high','label',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _22(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('number','text','safety',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _23(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','options',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _24(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _25(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','name','about','instruction','attribution','source','checked','options','items','bands','difficulty',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _26(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('low','high','label',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _27(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('number','text','safety',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _28(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','options',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _29(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.name,self.about,self.instruction,self.attribution,self.source,self.checked,self.options,self.items,self.bands,self.difficulty,)==(other.id,other.title,other.name,other.about,other.instruction,other.attribution,other.source,other.checked,other.options,other.items,other.bands,other.difficulty,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.low,self.high,self.label,)==(other.low,other.high,other.label,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.number,self.text,self.safety,)==(other.number,other.text,other.safety,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.options,)==(other.text,other.options,)\n  return NotImplemented\n return __eq__': _3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.text,)==(other.value,other.text,)\n  return NotImplemented\n return __eq__': _4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.name,self.about,self.instruction,self.attribution,self.source,self.checked,self.options,self.items,self.bands,self.difficulty,))\n return __hash__': _5,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.low,self.high,self.label,))\n return __hash__': _6,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.number,self.text,self.safety,))\n return __hash__': _7,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.options,))\n return __hash__': _8,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.value,self.text,))\n return __hash__': _9,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, name={self.name!r}, about={self.about!r}, instruction={self.instruction!r}, attribution={self.attribution!r}, source={self.source!r}, checked={self.checked!r}, options={self.options!r}, items={self.items!r}, bands={self.bands!r}, difficulty={self.difficulty!r})"\n return __repr__': _10,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, label={self.label!r})"\n return __repr__': _11,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(number={self.number!r}, text={self.text!r}, safety={self.safety!r})"\n return __repr__': _12,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, options={self.options!r})"\n return __repr__': _13,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, text={self.text!r})"\n return __repr__': _14,
    "def __create_fn__(_type_id, _type_title, _type_name, _type_about, _type_instruction, _type_attribution, _type_source, _type_checked, _type_options, _type_items, _type_bands, _type_difficulty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_difficulty, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,name:_type_name,about:_type_about,instruction:_type_instruction,attribution:_type_attribution,source:_type_source,checked:_type_checked,options:_type_options,items:_type_items,bands:_type_bands,difficulty:_type_difficulty=_dflt_difficulty)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'about',about)\n  __dataclass_builtins_object__.__setattr__(self,'instruction',instruction)\n  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'checked',checked)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'difficulty',difficulty)\n return __init__": _15,
    "def __create_fn__(_type_low, _type_high, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,label:_type_label)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__": _16,
    "def __create_fn__(_type_number, _type_text, _type_safety, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_safety, _return_type):\n def __init__(self,*,number:_type_number,text:_type_text,safety:_type_safety=_dflt_safety)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'safety',safety)\n return __init__": _17,
    "def __create_fn__(_type_text, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,text:_type_text,options:_type_options)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n return __init__": _18,
    "def __create_fn__(_type_value, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,value:_type_value,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__": _19,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'name\',\'about\',\'instruction\',\'attribution\',\'source\',\'checked\',\'options\',\'items\',\'bands\',\'difficulty\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _20,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'low\',\'high\',\'label\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _21,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'number\',\'text\',\'safety\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _22,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'options\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _23,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _24,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'name\',\'about\',\'instruction\',\'attribution\',\'source\',\'checked\',\'options\',\'items\',\'bands\',\'difficulty\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _25,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'low\',\'high\',\'label\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _26,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'number\',\'text\',\'safety\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _27,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'options\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _28,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _29,
}
