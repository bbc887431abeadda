"""The main screen's footer: Textual's, leaving out the `^p palette` hint when the keys need its room."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer

__all__ = ["KeysFooter"]

_PALETTE_HINT = 12
"""Columns the `▏^p palette` hint takes on the right."""


class KeysFooter(Footer):
    """A footer that shows the palette hint only when every key of where the cursor is fits beside it.

    At 80 columns the list's keys (search, note, add, met, target, gave, got,
    undo, quit, help) fill the line; Ctrl+P still opens the palette, and the
    help lists it.
    """

    def compose(self) -> ComposeResult:
        """The keys, and the palette hint if there is room for it."""
        if self._bindings_ready:
            shown = {b.action: b for _node, b, _on, _tip in self.screen.active_bindings.values() if b.show}
            needed = sum(len(self.app.get_key_display(b)) + len(b.description) + 2 for b in shown.values())
            self.set_reactive(Footer.show_command_palette, needed + _PALETTE_HINT <= self.app.size.width)
        yield from super().compose()

    def on_resize(self, event: events.Resize) -> None:
        """A wider or narrower terminal may have room for the hint, or not."""
        self.call_after_refresh(self.recompose)
