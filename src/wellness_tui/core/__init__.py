"""The engine: pure functions of a Profile and a Library. No Textual, no files."""
