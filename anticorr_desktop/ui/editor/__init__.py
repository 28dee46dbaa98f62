"""The window's editor room."""
