"""The window's reports room."""
