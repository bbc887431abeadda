"""A problem with the data file found after the first screen: say it, change nothing, quit."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from netevent.i18n import N_, _

__all__ = ["ProblemModal"]


class ProblemModal(ModalScreen[None]):
    """Shows what is wrong with the file; any of Enter, Esc or q closes netevent."""

    BINDINGS = [Binding("enter,escape,q", "dismiss", N_("Quit"), id="problem-quit")]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        with Vertical(id="form-box"):
            yield Label(_("netevent cannot use this file"), id="form-title")
            yield Static(Text(self.message), id="problem-text")
            yield Label(_("Nothing was changed. Enter quits."), id="form-hint")
