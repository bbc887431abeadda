"""First run: on an empty file, offer a way in instead of an empty grid."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from netevent.i18n import N_, _

__all__ = ["WelcomeModal"]


class WelcomeModal(ModalScreen[str | None]):
    """Four ways to start: your pitch, an attendee list, a person, or the demo."""

    BINDINGS = [Binding("escape", "dismiss_none", N_("Start empty"), id="welcome-close")]

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        with Vertical(id="welcome-box"):
            yield Label(_("Welcome to netevent"), id="welcome-title")
            yield Label(
                _("Your file is empty. Start with what you bring to the room, or bring the room in."),
                id="welcome-text",
            )
            yield OptionList(
                Option(_("Write your profile and pitch   (p)"), id="profile"),
                Option(_("Import an attendee list or contacts   (CSV, vCard)"), id="import"),
                Option(_("Add the first person   (a)"), id="add"),
                Option(_("Try the demo network instead"), id="demo"),
                id="welcome-options",
            )
            yield Label(_("Enter chooses · Esc starts with an empty file"), id="welcome-hint")

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on an option chooses it."""
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        """Close and start with an empty file."""
        self.dismiss(None)
