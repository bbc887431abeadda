"""`?` on the before/after screens: show or hide Textual's panel of every key of the screen.

The main screen's `?` opens netevent's own help page; the other screens have
fewer keys, so a side panel listing all of them (including those the footer
has no room for) is enough and stays next to what it explains.
"""

from __future__ import annotations

from textual.binding import Binding

__all__ = ["keys_binding"]


def keys_binding(screen_id: str) -> Binding:
    """The `?` binding for a screen (ids must differ per screen for keymaps)."""
    return Binding("question_mark", "toggle_keys", "Keys", id=f"{screen_id}-keys", tooltip="Show or hide every key")
