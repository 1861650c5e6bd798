"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.tui.dialogs.form's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.label,self.kind,self.value,self.required,self.hint,self.choices,self.latest,self.check,)==(other.id,other.label,other.kind,other.value,other.required,other.hint,other.choices,other.latest,other.check,)
  return NotImplemented
 return __eq__

def _1():
 def __hash__(self):
  return hash((self.id,self.label,self.kind,self.value,self.required,self.hint,self.choices,self.latest,self.check,))
 return __hash__

def _2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, kind={self.kind!r}, value={self.value!r}, required={self.required!r}, hint={self.hint!r}, choices={self.choices!r}, latest={self.latest!r}, check={self.check!r})"
 return __repr__

def _3(_type_id, _type_label, _type_kind, _type_value, _type_required, _type_hint, _type_choices, _type_latest, _type_check, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_value, _dflt_required, _dflt_hint, _dflt_choices, _dflt_latest, _dflt_check, _return_type):
 def __init__(self,id:_type_id,label:_type_label,kind:_type_kind=_dflt_kind,value:_type_value=_dflt_value,required:_type_required=_dflt_required,hint:_type_hint=_dflt_hint,choices:_type_choices=_HAS_DEFAULT_FACTORY,latest:_type_latest=_dflt_latest,check:_type_check=_dflt_check)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'choices',_dflt_choices() if choices is _HAS_DEFAULT_FACTORY else choices)
  __dataclass_builtins_object__.__setattr__(self,'latest',latest)
  __dataclass_builtins_object__.__setattr__(self,'check',check)
 return __init__

def _4(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','label','kind','value','required','hint','choices','latest','check',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _5(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','label','kind','value','required','hint','choices','latest','check',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.label,self.kind,self.value,self.required,self.hint,self.choices,self.latest,self.check,)==(other.id,other.label,other.kind,other.value,other.required,other.hint,other.choices,other.latest,other.check,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.label,self.kind,self.value,self.required,self.hint,self.choices,self.latest,self.check,))\n return __hash__': _1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, kind={self.kind!r}, value={self.value!r}, required={self.required!r}, hint={self.hint!r}, choices={self.choices!r}, latest={self.latest!r}, check={self.check!r})"\n return __repr__': _2,
    "def __create_fn__(_type_id, _type_label, _type_kind, _type_value, _type_required, _type_hint, _type_choices, _type_latest, _type_check, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_value, _dflt_required, _dflt_hint, _dflt_choices, _dflt_latest, _dflt_check, _return_type):\n def __init__(self,id:_type_id,label:_type_label,kind:_type_kind=_dflt_kind,value:_type_value=_dflt_value,required:_type_required=_dflt_required,hint:_type_hint=_dflt_hint,choices:_type_choices=_HAS_DEFAULT_FACTORY,latest:_type_latest=_dflt_latest,check:_type_check=_dflt_check)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n  __dataclass_builtins_object__.__setattr__(self,'choices',_dflt_choices() if choices is _HAS_DEFAULT_FACTORY else choices)\n  __dataclass_builtins_object__.__setattr__(self,'latest',latest)\n  __dataclass_builtins_object__.__setattr__(self,'check',check)\n return __init__": _3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'label\',\'kind\',\'value\',\'required\',\'hint\',\'choices\',\'latest\',\'check\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'label\',\'kind\',\'value\',\'required\',\'hint\',\'choices\',\'latest\',\'check\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5,
}
