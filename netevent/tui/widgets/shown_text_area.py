"""A text area that shows control characters in its text instead of sending them to the terminal."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import TextArea

from netevent.tui.safe import one_to_one

__all__ = ["ShownTextArea"]


class ShownTextArea(TextArea):
    """A `TextArea` that paints each control or invisible character as one visible one (``␛``, ``�``).

    The text itself is kept exactly as typed or pasted; only what is drawn
    changes, one character for one, so the cursor stays where it belongs.
    (Textual's own `TextArea` hands them to the terminal, where a pasted
    escape sequence would be obeyed.)
    """

    def get_line(self, line_index: int) -> Text:
        """The line to draw, with hidden characters shown."""
        return Text(one_to_one(self.document.get_line(line_index)), end="", no_wrap=True)
