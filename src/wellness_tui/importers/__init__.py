"""Bringing history from other apps: Daylio, Loop Habit Tracker, a plain CSV.

Each reader turns a file into an `Imported` (records.py): plain data, no
profile, no Textual. merge.py then works out the operations that add it to a
profile without replacing anything already there, so importing the same file
twice adds nothing the second time. shell/import_from.py is the command.
"""
