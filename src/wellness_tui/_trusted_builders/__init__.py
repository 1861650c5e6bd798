"""Written by tools/write_dataclass_methods.py: one module for each of ours
whose dataclasses are built from JSON data (see wellness_tui/trusted.py)."""
