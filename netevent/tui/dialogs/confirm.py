"""Ask before something that cannot be taken back: y (or Enter) does it, n (or Esc) does not."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label

from netevent.i18n import N_, _

__all__ = ["ConfirmModal"]


class ConfirmModal(ModalScreen[bool]):
    """A yes/no question; returns True for yes.

    Args:
        question: what is asked (plain text, never markup).
        yes: what yes does, e.g. "Delete".
        no: what no does, e.g. "Keep it".
    """

    BINDINGS = [
        Binding("y,enter", "answer(True)", N_("Yes"), id="confirm-yes"),
        Binding("n,escape", "answer(False)", N_("No"), id="confirm-no"),
    ]

    def __init__(self, question: str, *, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no

    def compose(self) -> ComposeResult:
        """The question and its two answers."""
        with Vertical(id="form-box"):
            yield Label(self.question, id="form-title", markup=False)
            yield Label(
                _("y or Enter: {yes} · n or Esc: {no}").format(yes=self.yes, no=self.no), id="form-hint", markup=False
            )
        yield Footer(compact=True)

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)
