"""Written by tools/write_dataclass_methods.py: do not edit by hand.

The sources `dataclasses` writes for the methods of wellness_tui.library.models's classes (Python 3.11),
compiled once with the package; wellness_tui/dataclass_methods.py looks each one up by
its exact text.
"""

# fmt: off

def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.label,self.hint,)==(other.id,other.label,other.hint,)
  return NotImplemented
 return __eq__

def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.text,self.choices,)==(other.id,other.text,other.choices,)
  return NotImplemented
 return __eq__

def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.text,self.correct,self.explanation,)==(other.id,other.text,other.correct,other.explanation,)
  return NotImplemented
 return __eq__

def _3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.text,self.hint,)==(other.id,other.text,other.hint,)
  return NotImplemented
 return __eq__

def _4():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.markdown,self.line,)==(other.id,other.title,other.markdown,other.line,)
  return NotImplemented
 return __eq__

def _5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.minutes,self.note,self.activity,self.prompts,self.questions,self.sections,self.path,self.module_id,)==(other.id,other.title,other.minutes,other.note,other.activity,other.prompts,other.questions,other.sections,other.path,other.module_id,)
  return NotImplemented
 return __eq__

def _6():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.summary,self.order,self.note,self.habits,self.sources,)==(other.id,other.title,other.summary,other.order,other.note,other.habits,other.sources,)
  return NotImplemented
 return __eq__

def _7():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.text,self.blanks,)==(other.id,other.title,other.text,other.blanks,)
  return NotImplemented
 return __eq__

def _8():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.why,self.target,)==(other.id,other.title,other.why,other.target,)
  return NotImplemented
 return __eq__

def _9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,)==(other.lines,)
  return NotImplemented
 return __eq__

def _10():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.meta,self.lessons,self.path,self.habit_refs,)==(other.meta,other.lessons,other.path,other.habit_refs,)
  return NotImplemented
 return __eq__

def _11():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.region,self.how,self.notes,self.source,self.checked,)==(other.name,other.region,other.how,other.notes,other.source,other.checked,)
  return NotImplemented
 return __eq__

def _12():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ref,self.position,self.line,)==(other.ref,other.position,other.line,)
  return NotImplemented
 return __eq__

def _13():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.scripts,)==(other.scripts,)
  return NotImplemented
 return __eq__

def _14():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.publisher,self.url,self.checked,)==(other.title,other.publisher,other.url,other.checked,)
  return NotImplemented
 return __eq__

def _15():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.text,)==(other.title,other.text,)
  return NotImplemented
 return __eq__

def _16():
 def __hash__(self):
  return hash((self.id,self.label,self.hint,))
 return __hash__

def _17():
 def __hash__(self):
  return hash((self.id,self.text,self.choices,))
 return __hash__

def _18():
 def __hash__(self):
  return hash((self.id,self.text,self.correct,self.explanation,))
 return __hash__

def _19():
 def __hash__(self):
  return hash((self.id,self.text,self.hint,))
 return __hash__

def _20():
 def __hash__(self):
  return hash((self.id,self.title,self.markdown,self.line,))
 return __hash__

def _21():
 def __hash__(self):
  return hash((self.id,self.title,self.minutes,self.note,self.activity,self.prompts,self.questions,self.sections,self.path,self.module_id,))
 return __hash__

def _22():
 def __hash__(self):
  return hash((self.id,self.title,self.summary,self.order,self.note,self.habits,self.sources,))
 return __hash__

def _23():
 def __hash__(self):
  return hash((self.id,self.title,self.text,self.blanks,))
 return __hash__

def _24():
 def __hash__(self):
  return hash((self.id,self.title,self.why,self.target,))
 return __hash__

def _25():
 def __hash__(self):
  return hash((self.lines,))
 return __hash__

def _26():
 def __hash__(self):
  return hash((self.meta,self.lessons,self.path,self.habit_refs,))
 return __hash__

def _27():
 def __hash__(self):
  return hash((self.name,self.region,self.how,self.notes,self.source,self.checked,))
 return __hash__

def _28():
 def __hash__(self):
  return hash((self.ref,self.position,self.line,))
 return __hash__

def _29():
 def __hash__(self):
  return hash((self.scripts,))
 return __hash__

def _30():
 def __hash__(self):
  return hash((self.title,self.publisher,self.url,self.checked,))
 return __hash__

def _31():
 def __hash__(self):
  return hash((self.title,self.text,))
 return __hash__

def _32():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, hint={self.hint!r})"
 return __repr__

def _33():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, choices={self.choices!r})"
 return __repr__

def _34():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, correct={self.correct!r}, explanation={self.explanation!r})"
 return __repr__

def _35():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, hint={self.hint!r})"
 return __repr__

def _36():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, markdown={self.markdown!r}, line={self.line!r})"
 return __repr__

def _37():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, minutes={self.minutes!r}, note={self.note!r}, activity={self.activity!r}, prompts={self.prompts!r}, questions={self.questions!r}, sections={self.sections!r}, path={self.path!r}, module_id={self.module_id!r})"
 return __repr__

def _38():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, summary={self.summary!r}, order={self.order!r}, note={self.note!r}, habits={self.habits!r}, sources={self.sources!r})"
 return __repr__

def _39():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, text={self.text!r}, blanks={self.blanks!r})"
 return __repr__

def _40():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, why={self.why!r}, target={self.target!r})"
 return __repr__

def _41():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r})"
 return __repr__

def _42():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(meta={self.meta!r}, lessons={self.lessons!r}, path={self.path!r}, habit_refs={self.habit_refs!r})"
 return __repr__

def _43():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, region={self.region!r}, how={self.how!r}, notes={self.notes!r}, source={self.source!r}, checked={self.checked!r})"
 return __repr__

def _44():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ref={self.ref!r}, position={self.position!r}, line={self.line!r})"
 return __repr__

def _45():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(scripts={self.scripts!r})"
 return __repr__

def _46():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, publisher={self.publisher!r}, url={self.url!r}, checked={self.checked!r})"
 return __repr__

def _47():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, text={self.text!r})"
 return __repr__

def _48(_type_id, _type_label, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):
 def __init__(self,*,id:_type_id,label:_type_label,hint:_type_hint=_dflt_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__

def _49(_type_id, _type_text, _type_choices, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,choices:_type_choices)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'choices',choices)
  self.__post_init__()
 return __init__

def _50(_type_id, _type_text, _type_correct, _type_explanation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_correct, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,correct:_type_correct=_dflt_correct,explanation:_type_explanation)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'correct',correct)
  __dataclass_builtins_object__.__setattr__(self,'explanation',explanation)
 return __init__

def _51(_type_id, _type_text, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,hint:_type_hint=_dflt_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__

def _52(_type_id, _type_title, _type_markdown, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,markdown:_type_markdown,line:_type_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'markdown',markdown)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 return __init__

def _53(_type_id, _type_title, _type_minutes, _type_note, _type_activity, _type_prompts, _type_questions, _type_sections, _type_path, _type_module_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_questions, _dflt_sections, _dflt_path, _dflt_module_id, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,minutes:_type_minutes,note:_type_note=_dflt_note,activity:_type_activity,prompts:_type_prompts,questions:_type_questions=_HAS_DEFAULT_FACTORY,sections:_type_sections=_HAS_DEFAULT_FACTORY,path:_type_path=_dflt_path,module_id:_type_module_id=_dflt_module_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'minutes',minutes)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'activity',activity)
  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)
  __dataclass_builtins_object__.__setattr__(self,'questions',_dflt_questions() if questions is _HAS_DEFAULT_FACTORY else questions)
  __dataclass_builtins_object__.__setattr__(self,'sections',_dflt_sections() if sections is _HAS_DEFAULT_FACTORY else sections)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'module_id',module_id)
 return __init__

def _54(_type_id, _type_title, _type_summary, _type_order, _type_note, _type_habits, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_habits, _dflt_sources, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,summary:_type_summary,order:_type_order,note:_type_note=_dflt_note,habits:_type_habits=_HAS_DEFAULT_FACTORY,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'habits',_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits)
  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)
 return __init__

def _55(_type_id, _type_title, _type_text, _type_blanks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,text:_type_text,blanks:_type_blanks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'blanks',blanks)
  self.__post_init__()
 return __init__

def _56(_type_id, _type_title, _type_why, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_target, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,why:_type_why,target:_type_target=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'why',why)
  __dataclass_builtins_object__.__setattr__(self,'target',_dflt_target() if target is _HAS_DEFAULT_FACTORY else target)
 return __init__

def _57(_type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,lines:_type_lines)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
 return __init__

def _58(_type_meta, _type_lessons, _type_path, _type_habit_refs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_habit_refs, _return_type):
 def __init__(self,*,meta:_type_meta,lessons:_type_lessons,path:_type_path,habit_refs:_type_habit_refs=_dflt_habit_refs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'meta',meta)
  __dataclass_builtins_object__.__setattr__(self,'lessons',lessons)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'habit_refs',habit_refs)
 return __init__

def _59(_type_name, _type_region, _type_how, _type_notes, _type_source, _type_checked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):
 def __init__(self,*,name:_type_name,region:_type_region,how:_type_how,notes:_type_notes=_dflt_notes,source:_type_source,checked:_type_checked)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'region',region)
  __dataclass_builtins_object__.__setattr__(self,'how',how)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'checked',checked)
 return __init__

def _60(_type_ref, _type_position, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ref:_type_ref,position:_type_position,line:_type_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ref',ref)
  __dataclass_builtins_object__.__setattr__(self,'position',position)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 return __init__

def _61(_type_scripts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,scripts:_type_scripts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'scripts',scripts)
 return __init__

def _62(_type_title, _type_publisher, _type_url, _type_checked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_checked, _return_type):
 def __init__(self,*,title:_type_title,publisher:_type_publisher,url:_type_url,checked:_type_checked=_dflt_checked)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'checked',checked)
 return __init__

def _63(_type_title, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _return_type):
 def __init__(self,*,title:_type_title=_dflt_title,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__

def _64(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','label','hint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _65(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','text','choices',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _66(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','text','correct','explanation',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _67(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','text','hint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _68(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','markdown','line',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _69(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','minutes','note','activity','prompts','questions','sections','path','module_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _70(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','summary','order','note','habits','sources',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _71(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','text','blanks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _72(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','why','target',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _73(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lines',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _74(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('meta','lessons','path','habit_refs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _75(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','region','how','notes','source','checked',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _76(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ref','position','line',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _77(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('scripts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _78(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','publisher','url','checked',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _79(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

def _80(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','label','hint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _81(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','text','choices',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _82(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','text','correct','explanation',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _83(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','text','hint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _84(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','markdown','line',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _85(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','minutes','note','activity','prompts','questions','sections','path','module_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _86(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','summary','order','note','habits','sources',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _87(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','text','blanks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _88(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','why','target',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _89(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lines',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _90(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('meta','lessons','path','habit_refs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _91(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','region','how','notes','source','checked',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _92(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ref','position','line',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _93(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('scripts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _94(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','publisher','url','checked',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

def _95(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

METHODS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.label,self.hint,)==(other.id,other.label,other.hint,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.text,self.choices,)==(other.id,other.text,other.choices,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.text,self.correct,self.explanation,)==(other.id,other.text,other.correct,other.explanation,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.text,self.hint,)==(other.id,other.text,other.hint,)\n  return NotImplemented\n return __eq__': _3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.markdown,self.line,)==(other.id,other.title,other.markdown,other.line,)\n  return NotImplemented\n return __eq__': _4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.minutes,self.note,self.activity,self.prompts,self.questions,self.sections,self.path,self.module_id,)==(other.id,other.title,other.minutes,other.note,other.activity,other.prompts,other.questions,other.sections,other.path,other.module_id,)\n  return NotImplemented\n return __eq__': _5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.summary,self.order,self.note,self.habits,self.sources,)==(other.id,other.title,other.summary,other.order,other.note,other.habits,other.sources,)\n  return NotImplemented\n return __eq__': _6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.text,self.blanks,)==(other.id,other.title,other.text,other.blanks,)\n  return NotImplemented\n return __eq__': _7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.why,self.target,)==(other.id,other.title,other.why,other.target,)\n  return NotImplemented\n return __eq__': _8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,)==(other.lines,)\n  return NotImplemented\n return __eq__': _9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.meta,self.lessons,self.path,self.habit_refs,)==(other.meta,other.lessons,other.path,other.habit_refs,)\n  return NotImplemented\n return __eq__': _10,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.region,self.how,self.notes,self.source,self.checked,)==(other.name,other.region,other.how,other.notes,other.source,other.checked,)\n  return NotImplemented\n return __eq__': _11,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ref,self.position,self.line,)==(other.ref,other.position,other.line,)\n  return NotImplemented\n return __eq__': _12,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.scripts,)==(other.scripts,)\n  return NotImplemented\n return __eq__': _13,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.publisher,self.url,self.checked,)==(other.title,other.publisher,other.url,other.checked,)\n  return NotImplemented\n return __eq__': _14,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.text,)==(other.title,other.text,)\n  return NotImplemented\n return __eq__': _15,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.label,self.hint,))\n return __hash__': _16,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.text,self.choices,))\n return __hash__': _17,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.text,self.correct,self.explanation,))\n return __hash__': _18,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.text,self.hint,))\n return __hash__': _19,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.markdown,self.line,))\n return __hash__': _20,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.minutes,self.note,self.activity,self.prompts,self.questions,self.sections,self.path,self.module_id,))\n return __hash__': _21,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.summary,self.order,self.note,self.habits,self.sources,))\n return __hash__': _22,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.text,self.blanks,))\n return __hash__': _23,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.why,self.target,))\n return __hash__': _24,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lines,))\n return __hash__': _25,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.meta,self.lessons,self.path,self.habit_refs,))\n return __hash__': _26,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.region,self.how,self.notes,self.source,self.checked,))\n return __hash__': _27,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ref,self.position,self.line,))\n return __hash__': _28,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.scripts,))\n return __hash__': _29,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.publisher,self.url,self.checked,))\n return __hash__': _30,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.text,))\n return __hash__': _31,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, hint={self.hint!r})"\n return __repr__': _32,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, choices={self.choices!r})"\n return __repr__': _33,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, correct={self.correct!r}, explanation={self.explanation!r})"\n return __repr__': _34,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, hint={self.hint!r})"\n return __repr__': _35,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, markdown={self.markdown!r}, line={self.line!r})"\n return __repr__': _36,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, minutes={self.minutes!r}, note={self.note!r}, activity={self.activity!r}, prompts={self.prompts!r}, questions={self.questions!r}, sections={self.sections!r}, path={self.path!r}, module_id={self.module_id!r})"\n return __repr__': _37,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, summary={self.summary!r}, order={self.order!r}, note={self.note!r}, habits={self.habits!r}, sources={self.sources!r})"\n return __repr__': _38,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, text={self.text!r}, blanks={self.blanks!r})"\n return __repr__': _39,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, why={self.why!r}, target={self.target!r})"\n return __repr__': _40,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r})"\n return __repr__': _41,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(meta={self.meta!r}, lessons={self.lessons!r}, path={self.path!r}, habit_refs={self.habit_refs!r})"\n return __repr__': _42,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, region={self.region!r}, how={self.how!r}, notes={self.notes!r}, source={self.source!r}, checked={self.checked!r})"\n return __repr__': _43,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ref={self.ref!r}, position={self.position!r}, line={self.line!r})"\n return __repr__': _44,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(scripts={self.scripts!r})"\n return __repr__': _45,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, publisher={self.publisher!r}, url={self.url!r}, checked={self.checked!r})"\n return __repr__': _46,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, text={self.text!r})"\n return __repr__': _47,
    "def __create_fn__(_type_id, _type_label, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):\n def __init__(self,*,id:_type_id,label:_type_label,hint:_type_hint=_dflt_hint)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__": _48,
    "def __create_fn__(_type_id, _type_text, _type_choices, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,choices:_type_choices)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'choices',choices)\n  self.__post_init__()\n return __init__": _49,
    "def __create_fn__(_type_id, _type_text, _type_correct, _type_explanation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_correct, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,correct:_type_correct=_dflt_correct,explanation:_type_explanation)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'correct',correct)\n  __dataclass_builtins_object__.__setattr__(self,'explanation',explanation)\n return __init__": _50,
    "def __create_fn__(_type_id, _type_text, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,hint:_type_hint=_dflt_hint)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__": _51,
    "def __create_fn__(_type_id, _type_title, _type_markdown, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,markdown:_type_markdown,line:_type_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'markdown',markdown)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__": _52,
    "def __create_fn__(_type_id, _type_title, _type_minutes, _type_note, _type_activity, _type_prompts, _type_questions, _type_sections, _type_path, _type_module_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_questions, _dflt_sections, _dflt_path, _dflt_module_id, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,minutes:_type_minutes,note:_type_note=_dflt_note,activity:_type_activity,prompts:_type_prompts,questions:_type_questions=_HAS_DEFAULT_FACTORY,sections:_type_sections=_HAS_DEFAULT_FACTORY,path:_type_path=_dflt_path,module_id:_type_module_id=_dflt_module_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'minutes',minutes)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'activity',activity)\n  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)\n  __dataclass_builtins_object__.__setattr__(self,'questions',_dflt_questions() if questions is _HAS_DEFAULT_FACTORY else questions)\n  __dataclass_builtins_object__.__setattr__(self,'sections',_dflt_sections() if sections is _HAS_DEFAULT_FACTORY else sections)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'module_id',module_id)\n return __init__": _53,
    "def __create_fn__(_type_id, _type_title, _type_summary, _type_order, _type_note, _type_habits, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_habits, _dflt_sources, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,summary:_type_summary,order:_type_order,note:_type_note=_dflt_note,habits:_type_habits=_HAS_DEFAULT_FACTORY,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'habits',_dflt_habits() if habits is _HAS_DEFAULT_FACTORY else habits)\n  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)\n return __init__": _54,
    "def __create_fn__(_type_id, _type_title, _type_text, _type_blanks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,text:_type_text,blanks:_type_blanks)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'blanks',blanks)\n  self.__post_init__()\n return __init__": _55,
    "def __create_fn__(_type_id, _type_title, _type_why, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_target, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,why:_type_why,target:_type_target=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'why',why)\n  __dataclass_builtins_object__.__setattr__(self,'target',_dflt_target() if target is _HAS_DEFAULT_FACTORY else target)\n return __init__": _56,
    "def __create_fn__(_type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,lines:_type_lines)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n return __init__": _57,
    "def __create_fn__(_type_meta, _type_lessons, _type_path, _type_habit_refs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_habit_refs, _return_type):\n def __init__(self,*,meta:_type_meta,lessons:_type_lessons,path:_type_path,habit_refs:_type_habit_refs=_dflt_habit_refs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'meta',meta)\n  __dataclass_builtins_object__.__setattr__(self,'lessons',lessons)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'habit_refs',habit_refs)\n return __init__": _58,
    "def __create_fn__(_type_name, _type_region, _type_how, _type_notes, _type_source, _type_checked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):\n def __init__(self,*,name:_type_name,region:_type_region,how:_type_how,notes:_type_notes=_dflt_notes,source:_type_source,checked:_type_checked)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'region',region)\n  __dataclass_builtins_object__.__setattr__(self,'how',how)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'checked',checked)\n return __init__": _59,
    "def __create_fn__(_type_ref, _type_position, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ref:_type_ref,position:_type_position,line:_type_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ref',ref)\n  __dataclass_builtins_object__.__setattr__(self,'position',position)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__": _60,
    "def __create_fn__(_type_scripts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,scripts:_type_scripts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'scripts',scripts)\n return __init__": _61,
    "def __create_fn__(_type_title, _type_publisher, _type_url, _type_checked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_checked, _return_type):\n def __init__(self,*,title:_type_title,publisher:_type_publisher,url:_type_url,checked:_type_checked=_dflt_checked)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'checked',checked)\n return __init__": _62,
    "def __create_fn__(_type_title, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _return_type):\n def __init__(self,*,title:_type_title=_dflt_title,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__": _63,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'label\',\'hint\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _64,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'text\',\'choices\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _65,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'text\',\'correct\',\'explanation\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _66,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'text\',\'hint\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _67,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'markdown\',\'line\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _68,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'minutes\',\'note\',\'activity\',\'prompts\',\'questions\',\'sections\',\'path\',\'module_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _69,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'summary\',\'order\',\'note\',\'habits\',\'sources\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _70,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'text\',\'blanks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _71,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'why\',\'target\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _72,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lines\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _73,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'meta\',\'lessons\',\'path\',\'habit_refs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _74,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'region\',\'how\',\'notes\',\'source\',\'checked\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _75,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ref\',\'position\',\'line\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _76,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'scripts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _77,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'publisher\',\'url\',\'checked\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _78,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _79,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'label\',\'hint\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _80,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'text\',\'choices\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _81,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'text\',\'correct\',\'explanation\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _82,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'text\',\'hint\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _83,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'markdown\',\'line\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _84,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'minutes\',\'note\',\'activity\',\'prompts\',\'questions\',\'sections\',\'path\',\'module_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _85,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'summary\',\'order\',\'note\',\'habits\',\'sources\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _86,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'text\',\'blanks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _87,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'why\',\'target\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _88,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lines\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _89,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'meta\',\'lessons\',\'path\',\'habit_refs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _90,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'region\',\'how\',\'notes\',\'source\',\'checked\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _91,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ref\',\'position\',\'line\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _92,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'scripts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _93,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'publisher\',\'url\',\'checked\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _94,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _95,
}
