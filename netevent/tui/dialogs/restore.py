"""Changes an earlier session could not save were kept: offer to put them back into the file."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from netevent.domain.visible import visible
from netevent.i18n import N_, _

__all__ = ["RestoreModal"]


class RestoreModal(ModalScreen[str | None]):
    """Dismissed with "restore", "discard" (after a second d) or None (ask again next time)."""

    BINDINGS = [
        Binding("r", "restore", N_("Restore"), id="restore-restore"),
        Binding("d", "discard", N_("Discard"), id="restore-discard"),
        Binding("escape", "later", N_("Later"), id="restore-later"),
    ]

    def __init__(self, summary: str) -> None:
        super().__init__()
        self.summary = summary
        self._sure = False

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        with Vertical(id="form-box"):
            yield Label(_("Unsaved changes were kept"), id="form-title")
            yield Static(visible(self.summary), id="problem-text", markup=False)
            yield Label(_("r restore them into this file · d discard them · Esc decide later"),
                        id="form-hint", markup=False)  # fmt: skip

    def action_restore(self) -> None:
        """Put the kept changes back into the file."""
        self.dismiss("restore")

    def action_discard(self) -> None:
        """Delete the kept changes, once asked twice."""
        if self._sure:
            self.dismiss("discard")
            return
        self._sure = True
        self.query_one("#form-hint", Label).update(_("Press d again to delete them for good · Esc keeps them"))

    def action_later(self) -> None:
        """Keep the changes kept; netevent asks again next time."""
        self.dismiss(None)
