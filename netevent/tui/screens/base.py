"""What the screens behind the main one share: the app's services, private mode, the list's highlighted id.

The events, prep, review, follow-ups and report screens read the app's one
open repository and never keep their own copy of the data, so each re-reads
what it shows; the screens about one event keep only its id for the same
reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList

from netevent.i18n import N_
from netevent.tui.host import Host, host

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["RepoScreen", "EventScreen", "private_binding", "screen_keys"]

R = TypeVar("R")


def private_binding(screen_id: str) -> Binding:
    """The `x` binding of a screen: hide or show private text everywhere."""
    return Binding("x", "toggle_private", N_("Hide private"), id=f"{screen_id}-private", show=False,
                   tooltip=N_("Hide or show notes and contact details from onlookers"))  # fmt: skip


def screen_keys(screen_id: str) -> list[Binding]:
    """The keys every screen behind the main one shares: `?` its help, `q` quit, `x` private mode."""
    return [
        Binding("question_mark", "app.help", N_("Help"), id=f"{screen_id}-help", show=False),
        Binding("q", "app.quit", N_("Quit"), id=f"{screen_id}-quit", show=False),
        private_binding(screen_id),
    ]


class RepoScreen(Screen[R], Generic[R]):
    """A full screen over the open repository; `?` shows every key of the screen, `q` quits."""

    HELP_INTRO = N_("# netevent — keys\n")
    """The help page's opening (Markdown): what the screen is for."""

    @property
    def host(self) -> Host:
        """The app's services: repository, finder, writer, clock and app-wide state."""
        return host(self)

    @property
    def repo(self) -> Repository:
        """The open repository."""
        return self.host.repo

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        # Private mode is app-wide: a screen shows or hides its text when it changes anywhere.
        self.watch(self.app, "private", lambda _value: self.privacy_changed(), init=False)

    def privacy_changed(self) -> None:
        """Private mode changed: show or hide what is private (screens with private text override this)."""

    def action_toggle_private(self) -> None:
        """Hide or show private text, on every screen."""
        self.host.private = not self.host.private

    def highlighted_id(self) -> int | None:
        """The id of the highlighted row of the screen's list, or None (no row, or a hint row)."""
        options = self.query_one(OptionList)
        if options.highlighted is None or options.option_count == 0:
            return None
        option = options.get_option_at_index(options.highlighted)
        return int(option.id) if option.id else None


class EventScreen(RepoScreen[None]):
    """A screen about one event, found again by its id so it always shows the stored copy."""

    def __init__(self, event_id: int) -> None:
        super().__init__()
        self.event_id = event_id
