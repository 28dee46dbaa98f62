"""The window's directory room."""
