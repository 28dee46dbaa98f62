"""The window's sessions room."""
