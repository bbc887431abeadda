"""Your pitch: what you can help with, what you are looking for, and why you came today."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from netevent.domain.models import Event, Profile
from netevent.i18n import N_
from netevent.tui.render.pitch import pitch_text

__all__ = ["PitchPanel"]


class PitchPanel(VerticalScroll):
    """Read-only view of your pitch, offers and asks and today's purpose and messages.

    It keeps to a few lines beside the list; Tab to it (or `p` to edit) to
    read the rest: it scrolls, and its scroll bar shows there is more.
    """

    HELP = N_("Your pitch, offers and asks, and today's purpose. Press p to edit.")

    def compose(self) -> ComposeResult:
        """The text, in a scrolling box."""
        yield Static("", id="pitch-text")

    def show(self, profile: Profile, event: Event | None) -> None:
        """Show the pitch for this profile and event."""
        self.query_one("#pitch-text", Static).update(pitch_text(profile, event))
