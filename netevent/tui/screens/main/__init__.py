"""The main screen, in three layers: its state (`base`), its one-key actions (`actions`), its layout (`screen`)."""

from netevent.tui.screens.main.screen import MainScreen

__all__ = ["MainScreen"]
