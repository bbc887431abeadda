"""Your pitch: what you can help with, what you are looking for, and why you came today."""

from __future__ import annotations

from textual.widgets import Static

from netevent.domain.models import Event, Profile
from netevent.tui.render.pitch import pitch_text

__all__ = ["PitchPanel"]


class PitchPanel(Static, can_focus=False):
    """Read-only view of your pitch; `p` opens the editor."""

    HELP = "Your pitch, offers and asks, and today's purpose. Press p to edit."

    def show(self, profile: Profile, event: Event | None) -> None:
        """Show the pitch for this profile and event."""
        self.update(pitch_text(profile, event))
