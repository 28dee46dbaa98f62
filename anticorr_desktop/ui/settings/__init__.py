"""The window's settings room."""
