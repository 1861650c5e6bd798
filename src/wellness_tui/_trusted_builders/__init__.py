"""Written by tools/write_dataclass_methods.py: one module for each of ours whose
dataclasses can be built from JSON data (see wellness_tui/trusted.py)."""
