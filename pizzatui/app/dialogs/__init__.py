"""Dialogs that ask the player one thing and return a typed answer."""
