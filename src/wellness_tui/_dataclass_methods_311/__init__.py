"""Written by tools/write_dataclass_methods.py: one module for each of ours whose
classes are dataclasses (see wellness_tui/dataclass_methods.py)."""
