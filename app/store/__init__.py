"""Conversations in SQLite, through sqlite-utils."""
