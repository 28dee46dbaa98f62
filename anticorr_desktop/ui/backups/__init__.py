"""The window's backups room."""
