"""The window's overview room."""
