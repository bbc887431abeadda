"""Another program changed the data file: say so, keep working, and offer to reload with your changes on top."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from netevent.domain.visible import visible
from netevent.i18n import N_, _

__all__ = ["ConflictModal"]


class ConflictModal(ModalScreen[str | None]):
    """`r` reloads the file with the unsaved changes on top (dismissed with what was done); Esc is later (None).

    The dialog stays up while the file is reloaded, so nothing is typed
    into a note that is about to be read again.
    """

    BINDINGS = [
        Binding("r", "reload", N_("Reload"), id="conflict-reload"),
        Binding("escape", "later", N_("Later"), id="conflict-later"),
    ]

    def __init__(self, path: str, kept: str, reload: Callable[[Callable[[str | None], None]], None]) -> None:
        super().__init__()
        self.path = path
        self.kept = kept
        self._reload = reload
        self._busy = False

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        with Vertical(id="form-box"):
            yield Label(_("The file was changed by another program"), id="form-title")
            yield Static(
                visible(
                    _(
                        "{path} changed on disk since netevent read it (a sync client such as "
                        "Dropbox or Syncthing, or an editor?). netevent did not overwrite it.\n\n"
                        "Your unsaved changes are kept{kept}. Reload the file to put them back "
                        "on top of the new version: what the other program changed is kept "
                        "too, and the file as it is now is backed up first. Until then nothing "
                        "is written to it (Ctrl+R reloads later)."
                    ).format(path=self.path, kept=self.kept)
                ),
                id="problem-text",
                markup=False,
            )
            yield Label(_("r reload and re-apply your changes · Esc later"), id="form-hint", markup=False)

    def action_reload(self) -> None:
        """Reload the file and re-apply the unsaved changes."""
        if self._busy:
            return
        self._busy = True
        self.query_one("#form-hint", Label).update(_("Reloading…"))
        self._reload(self._finished)

    def _finished(self, summary: str | None) -> None:
        self.dismiss(summary)

    def action_later(self) -> None:
        """Keep working; the changes stay kept, and nothing is written until a reload (Ctrl+R)."""
        if not self._busy:
            self.dismiss(None)
