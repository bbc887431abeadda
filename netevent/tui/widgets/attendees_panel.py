"""The attendees panel: a search box over a virtual list of people."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label

from netevent.domain.visible import visible
from netevent.i18n import N_, _
from netevent.tui.safe import VisibleHighlighter
from netevent.tui.widgets.people_list import PeopleList, Row

__all__ = ["AttendeesPanel", "SearchInput"]


class SearchInput(Input):
    """The search box. `/` here starts a new search instead of typing a slash.

    Letters type here, so the footer shows the keys that work while typing.
    """

    BINDINGS = [
        # `/` means "search" everywhere; nobody searches for a slash.
        Binding("slash", "select_all", N_("New search"), show=False, priority=True),
        Binding("enter", "submit", N_("Open"), id="search-open", tooltip=N_("Open the best match; its keys work then")),
        Binding(
            "down",
            "to_list",
            N_("List"),
            id="search-list",
            key_display="↓",
            tooltip=N_("Go to the list, keeping the filter: one-key actions work there"),
        ),  # fmt: skip
        Binding(
            "ctrl+n",
            "screen.write_note",
            N_("Note"),
            id="search-note",
            tooltip=N_("Write a note about the highlighted person"),
        ),  # fmt: skip
    ]

    def action_to_list(self) -> None:
        """Go to the list, keeping the filter."""
        self.screen.set_focus(self.screen.query_one(PeopleList))


class AttendeesPanel(Vertical):
    """Search input on top, the list below, a one-line status under the search."""

    BINDING_GROUP_TITLE = N_("Attendees")
    BINDINGS = [
        Binding(
            "down",
            "to_list",
            N_("List"),
            id="to-list",
            tooltip=N_("Go to the list, keeping the filter: one-key actions work there"),
        ),
        Binding("escape", "to_list", N_("List"), show=False),
    ]
    HELP = N_(
        "Type to filter by name, company, role, strength, need, tag or note. "
        "Accents are optional. Aim it: s:strength n:need c:company r:role #tag "
        "met:where in:room met due: and - to leave out."
    )

    class Opened(Message):
        """Enter in the search box opened the best match (the list has the focus now)."""

    class QueryChanged(Message):
        """The search text changed."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield SearchInput(
            placeholder=_("type a name, company, strength… (↓ or Esc: the list)"),
            id="search",
            highlighter=VisibleHighlighter(),
        )
        yield Label("", id="list-status", markup=False)
        yield PeopleList(id="people")

    @property
    def search_text(self) -> str:
        """The current search text."""
        return self.query_one("#search", Input).value

    @property
    def people_list(self) -> PeopleList:
        """The list widget."""
        return self.query_one(PeopleList)

    @on(Input.Changed, "#search")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.people_list.highlighted is None:
            # Nobody to open: stay here, or the next words typed would be
            # taken as one-key actions.
            self.app.bell()
            return
        # Leave the search box with the best match open, so that the one-key
        # actions (n, m, t, g…) work at once.
        self.screen.set_focus(self.people_list)
        self.post_message(self.Opened())

    def action_to_list(self) -> None:
        """Go to the list, keeping the filter."""
        self.people_list.focus()

    def show(self, ids: Sequence[int], describe: Callable[[int], Row], status: str, keep: int | None) -> None:
        """Fill the list and the status line."""
        self.query_one("#list-status", Label).update(visible(status, lines=False))  # it names the event
        self.people_list.set_ids(ids, describe, keep=keep)

    def clear_search(self) -> bool:
        """Empty the search box; False when it was empty already (no new search is started then)."""
        search = self.query_one("#search", Input)
        if not search.value:
            return False
        search.value = ""
        return True

    def focus_search(self, select_all: bool = True) -> None:
        """Put the cursor in the search box."""
        search = self.query_one("#search", Input)
        search.focus()
        if select_all and search.value:
            search.select_all()
