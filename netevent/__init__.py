"""netevent — a keyboard-first terminal companion for the hour you spend networking."""

__version__ = "0.1.0"
