"""Your card as a QR code, full-screen (`c`): hold the laptop up and the other person's phone camera adds you.

The code is as big as the window allows; in a small window it leaves out
your pitch first and says so. Esc goes back to the room.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from netevent.i18n import N_
from netevent.tui.render.card_code import card_code_text
from netevent.tui.screens.base import RepoScreen

__all__ = ["CardCodeScreen"]


class CardCodeScreen(RepoScreen[None]):
    """The QR code of your vCard, filling the screen, with what it holds beside it."""

    # A camera needs true black on white whatever the theme, so this screen paints its own page.
    DEFAULT_CSS = """
    CardCodeScreen { background: #ffffff; }
    CardCodeScreen #card-code { width: 100%; height: 100%; }
    """
    BINDINGS = [
        Binding("escape", "close", N_("Back"), id="card-code-back", tooltip=N_("Back to the room")),
        Binding("question_mark", "app.help", N_("Help"), id="card-code-help", show=False),
        Binding("q", "app.quit", N_("Quit"), id="card-code-quit", show=False),
    ]
    HELP_INTRO = N_(
        "# Your card — keys\n\nYour contact card (vCard 3.0) as a QR code: a "
        "phone camera adds you as a contact. Set its details in your pitch "
        "(`p` in the room) or with `netevent profile --email … --phone … --url "
        "…`.\n"
    )

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield Static("", id="card-code", markup=False)

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        super().on_mount()
        self.draw()

    def on_resize(self, event: events.Resize) -> None:
        """A bigger window holds a bigger code: draw it again."""
        self.draw()

    def draw(self) -> None:
        """Draw the code for the screen's size now."""
        width, height = self.size
        self.query_one("#card-code", Static).update(card_code_text(self.repo.profile, width, height))

    def action_close(self) -> None:
        """Back to the room."""
        self.dismiss(None)
