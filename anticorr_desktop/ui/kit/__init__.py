"""The window's kit room."""
