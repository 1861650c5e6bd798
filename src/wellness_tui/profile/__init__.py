"""The person's data: models, operations, codec, backups, and the crash-safe store and its lock.

Nothing else writes a file the store owns.
"""
