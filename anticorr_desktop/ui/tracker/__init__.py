"""The window's tracker room."""
