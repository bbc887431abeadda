"""The main screen's state: whom the list shows, who is highlighted, and what the card and note show.

`MainBase` reads the repository directly (reads are in-memory look-ups),
runs every search in a worker thread through the finder, and redraws the
card when the app's indexes or notes become ready. The one-key actions
(`actions.py`) and the layout (`screen.py`) are built on it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from textual import work
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import get_current_worker

from netevent.domain.models import Attendance, Event, Person
from netevent.domain.search.query import parse_query
from netevent.domain.search.scoring import Hit
from netevent.i18n import _, format_date
from netevent.services.cards import card_data
from netevent.storage.errors import StorageError
from netevent.tui.host import Host, host
from netevent.tui.widgets.attendees_panel import AttendeesPanel
from netevent.tui.widgets.notes_panel import NotesPanel
from netevent.tui.widgets.people_list import PeopleList, Row
from netevent.tui.widgets.person_card import PersonCard
from netevent.tui.widgets.pitch_panel import PitchPanel

__all__ = ["MainBase", "WARM_UP_DELAY", "LIST_LIMIT"]

T = TypeVar("T")

WARM_UP_DELAY = 0.25
"""Seconds between the first list on screen and reading notes and building indexes."""

LIST_LIMIT = 500
"""The most people a search lists (the list says "500+")."""


class MainBase(Screen[None]):
    """Selection, scope, search and card of the main screen."""

    scope: reactive[str] = reactive("room", init=False)
    """"room" shows the current event's room, "all" everyone, "due" who is due a keep-in-touch."""

    def __init__(self) -> None:
        super().__init__()
        self.current_id: int | None = None
        """The highlighted person's id."""
        self._attendance: dict[int, Attendance] = {}
        self._first_frame_out = False
        self._hits: dict[int, Hit] = {}  # the last search's hits by id: each row says why it is listed

    # ---------------------------------------------------------------- state
    @property
    def host(self) -> Host:
        """The app's services: repository, finder, writer, clock and app-wide state."""
        return host(self)

    @property
    def event(self) -> Event | None:
        """The current event, if one is chosen."""
        return self.host.repo.current_event()

    @property
    def person(self) -> Person | None:
        """The highlighted person."""
        return self.host.repo.person(self.current_id)

    def ask(self, dialog: Screen[T]) -> asyncio.Future[T | None]:
        """Open `dialog` now, so that the keys typed next go to it, and return its answer to await.

        Opening it from a worker instead (`push_screen_wait`) would let the
        keys typed right after the one that opened it reach this screen first.
        """
        answer: asyncio.Future[T | None] = asyncio.get_running_loop().create_future()

        def answered(result: T | None) -> None:
            if not answer.done():
                answer.set_result(result)

        self.app.push_screen(dialog, answered)
        return answer

    def refresh_event(self) -> None:
        """Re-read the current event: room markers, pitch panel, list title."""
        repo = self.host.repo
        event = repo.current_event()
        self._attendance = {a.person_id: a for a in event.attendees} if event else {}
        if event is None and self.scope == "room":
            self.set_reactive(MainBase.scope, "all")
        self.query_one(PitchPanel).show(repo.profile, event)
        where = event.name if event else _("no current event")
        self.sub_title = where + (_(" · private: x shows") if self.host.private else "")

    @contextmanager
    def guarded(self) -> Iterator[None]:
        """Show a wrong entry in the file as one clear message (never a traceback) and stop."""
        try:
            yield
        except StorageError as error:
            self.host.file_problem(error)

    def describe(self, person_id: int) -> Row:
        """A list row: markers for target (★), met (✓) and notes (✎)."""
        try:
            return self._describe(person_id)
        except StorageError as error:
            self.call_later(self.host.file_problem, error)  # not while the list is being painted
            return Row("", _("(entry #{person_id} cannot be read)").format(person_id=person_id))

    def _describe(self, person_id: int) -> Row:
        repo = self.host.repo
        person = repo.person(person_id)
        if person is None:
            return Row("", _("(removed)"))
        a = self._attendance.get(person_id)
        markers = ("★" if a and a.target else "") + ("✓" if a and a.met else "")
        # Until the notes are read (just after the first screen) rows have no ✎.
        if self.host.notes_loaded and repo.has_notes(person_id):
            markers += "✎"
        hit = self._hits.get(person_id)
        why = hit.why if hit is not None else ""
        return Row(markers, person.name, why if why and why != "name" else person.headline)

    # --------------------------------------------------------------- search
    def run_search(self, query: str | None = None) -> None:
        """Filter the list (in a worker: typing never waits for the search)."""
        if query is None:
            query = self.query_one(AttendeesPanel).search_text
        self._search(query, self.scope)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, query: str, scope: str) -> None:
        try:
            results = self._results(query, scope)
        except StorageError as error:
            self.app.call_from_thread(self.host.file_problem, error)
            return
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._show_results, query, *results)

    def _results(self, query: str, scope: str) -> tuple[list[Hit], int, Event | None]:
        """The hits to list for `query` in `scope`, how many there were to search, and the event."""
        repo = self.host.repo
        event = repo.current_event()
        if scope == "due":
            return *self._due_results(query), event
        within = set(event.person_ids) if (event and scope == "room") else None
        total = len(within) if within is not None else repo.people_count
        hits = self.host.finder.search(query, limit=LIST_LIMIT, within=within, today=self.host.today())
        return hits, total, event

    def _due_results(self, query: str) -> tuple[list[Hit], int]:
        """Who is due a keep-in-touch (longest out of touch first, each saying when you last were), and how many."""
        from netevent.services.keep_in_touch import stale

        rows = stale(self.host.repo, today=self.host.today())
        if query.strip():
            within = {r.person.key for r in rows}
            return self.host.finder.search(query, limit=LIST_LIMIT, within=within, today=self.host.today()), len(rows)
        last = _("last {date}: {how}")
        shown = rows[:LIST_LIMIT]
        return [
            Hit(r.person.key, 0.0, last.format(date=format_date(r.due.last.date), how=r.due.last.how)) for r in shown
        ], len(rows)

    def _show_results(self, query: str, hits: list[Hit], total: int, event: Event | None) -> None:
        where = _("room: {name}").format(name=event.name) if (event and self.scope == "room") else _("everyone")
        if self.scope == "due":
            where = _("due: keep in touch")
        ids = [hit.person_id for hit in hits]
        self._hits = {hit.person_id: hit for hit in hits} if query.strip() or self.scope == "due" else {}
        count = _("{ids}{value} of {total}").format(
            ids=len(ids), value="+" if len(ids) >= LIST_LIMIT else "", total=total
        )
        aimed = parse_query(query).describe()
        if aimed:
            status = f"{count} · {aimed}"  # the count first: a narrow panel cuts the end
        elif query.strip():
            status = f"{count} · {where}"
        else:
            met = sum(1 for a in self._attendance.values() if a.met) if self.scope == "room" else 0
            status = f"{total} · {where}" + (_(" · {count} met").format(count=met) if met else "")
        self.query_one(AttendeesPanel).show(ids, self.describe, status, keep=self.current_id)
        # Read notes and index only once the first screen is out (this runs
        # once; later calls do nothing): parsing the notes holds the
        # interpreter, which would keep the terminal from being drawn.
        self.host.schedule_warm_up(WARM_UP_DELAY)

    # ----------------------------------------------------------- selection
    def select_person(self, person_id: int | None, *, force: bool = False) -> None:
        """Show this person's card and note (saving the note being left)."""
        if person_id == self.current_id and not force:
            return
        self.query_one(NotesPanel).request_save()
        self.current_id = person_id
        if not self._first_frame_out:
            # The first card and note wait for the first frame, so the list
            # and the search box are on screen sooner.
            self._first_frame_out = True
            self.call_after_refresh(self._show_selected)
            return
        self._show_selected()

    def _show_selected(self) -> None:
        """Show the card and note of `current_id`."""
        with self.guarded():
            self._show_card_and_note()

    def _show_card_and_note(self) -> None:
        notes = self.query_one(NotesPanel)
        self.show_card()
        person = self.person
        event = self.event
        event_id = event.id if event else None
        if person is None:
            notes.load(None, None, "", "")
            return
        note = self.host.repo.note_for(person.key, event_id)
        label = person.name + (f" @ {event.name}" if event else "")
        notes.load(person.key, event_id, note.text if note else "", label)

    def show_card(self) -> None:
        """Redraw the card of the highlighted person."""
        with self.guarded():
            self._show_card()

    def _show_card(self) -> None:
        card = self.query_one(PersonCard)
        person = self.person
        if person is None:
            card.show(None)
            return
        data = card_data(self.host.repo, self.host.finder, person, wait=False, today=self.host.today())
        card.show(data, private=self.host.private)

    def open_person(self, person_id: int) -> None:
        """Jump to a person from anywhere (the command palette): show everyone if needed."""
        if (self.scope == "room" and person_id not in self._attendance) or self.scope == "due":
            self.scope = "all"
        self.select_person(person_id)
        self.query_one(AttendeesPanel).clear_search()
        self.run_search("")
        self.query_one(PeopleList).focus()

    def after_write(self, _result: object = None, *, research: bool = False) -> None:
        """A write is on disk: show the room, the list's markers and the card as they are now."""
        self.refresh_event()
        self.query_one(PeopleList).refresh()
        self.show_card()
        if research:
            self.run_search()

    def watch_scope(self) -> None:
        """The list follows the scope."""
        self.run_search()
