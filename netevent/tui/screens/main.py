"""The main screen: attendees, the person card, your pitch and live notes.

The screen owns the selection and routes the panels' messages. It reads the
repository directly (reads are in-memory look-ups) and hands every write to
the app's writer thread, so the screen never waits for the disk.
"""

from __future__ import annotations

from functools import partial
from typing import Iterable

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import get_current_worker

from netevent.tui.app import NetEventApp
from netevent.services.cards import card_data
from netevent.domain.models import Attendance, Event, Person, replace, today_iso
from netevent.services.notes import save_live_note
from netevent.tui.screens.actions import ActionsMixin
from netevent.tui.widgets.attendees_panel import AttendeesPanel
from netevent.tui.widgets.notes_panel import NoteEditor, NotesPanel
from netevent.tui.widgets.people_list import PeopleList, Row
from netevent.tui.widgets.person_card import PersonCard
from netevent.tui.widgets.pitch_panel import PitchPanel

__all__ = ["MainScreen"]

MIN_SIZE = (60, 18)
"""Columns and rows below which the panels cannot show a person usefully."""

WARM_UP_DELAY = 0.25
"""Seconds between the first list on screen and reading notes and building indexes."""


class MainScreen(ActionsMixin, Screen[None]):
    """Four panels: find a person, read their card, keep your pitch in view, take notes."""

    AUTO_FOCUS = "#search"
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="search", tooltip="Jump to the search box"),
        Binding("n", "note", "Note", id="note", tooltip="Write a note about this person"),
        Binding("a", "add_person", "Add", id="add-person", tooltip="Add a person from one line"),
        Binding("m", "toggle_met", "Met", id="met", tooltip="Mark met / not met"),
        Binding("t", "toggle_target", "Target", id="target", tooltip="Toggle today's target"),
        Binding("g", "log_gave", "Gave", id="gave", tooltip="Log something you gave"),
        Binding("r", "log_got", "Got", id="got", tooltip="Log something you received"),
        Binding("f", "follow_up", "Follow-up", id="follow-up", show=False, tooltip="Add a follow-up with this person: what and by when"),
        Binding("p", "pitch", "Pitch", id="pitch", show=False, tooltip="Show and edit your pitch"),
        Binding("e", "events", "Event", id="events", show=False, tooltip="Event prep and review"),
        Binding("v", "toggle_scope", "Room/all", id="scope", show=False, tooltip="List this event's room or everyone"),
        Binding("x", "toggle_private", "Hide private", id="private", show=False, tooltip="Hide or show notes and contact details from onlookers"),
        Binding("i", "introduce", "Introduce", id="introduce", show=False,
                tooltip="Introduce this person to a match in the room (a give to both)"),
        Binding("F", "followups", "Follow-ups", id="followups", show=False,
                tooltip="All follow-ups by due date: mark done, add new"),
        Binding("R", "report", "Report", id="report", show=False,
                tooltip="Network report: is each network worth its time and money?"),
        Binding("question_mark", "app.help", "Help", id="help"),
        Binding("q", "app.quit", "Quit", id="quit-q"),
    ]

    scope: reactive[str] = reactive("room", init=False)
    """"room" shows the current event's room, "all" everyone."""

    private: reactive[bool] = reactive(False, init=False)
    """Hide notes and contact details from onlookers."""

    def __init__(self) -> None:
        super().__init__()
        self.current_id: int | None = None
        self._attendance: dict[int, Attendance] = {}
        self._first_frame_out = False

    @property
    def napp(self) -> NetEventApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header(icon="◆")
        with Vertical(id="left"):
            yield AttendeesPanel(id="attendees")
            yield PitchPanel(id="pitch")
        with Vertical(id="right"):
            yield PersonCard(id="card")
            yield NotesPanel(id="notes")
        yield Footer(compact=True)
        yield Static("", id="too-small")

    def on_resize(self, event: events.Resize) -> None:
        """Below the smallest useful size, say so over the panels (which keep their state)."""
        width, height = event.size
        small = width < MIN_SIZE[0] or height < MIN_SIZE[1]
        self.set_class(small, "-too-small")
        if small:
            self.query_one("#too-small", Static).update(
                f"netevent needs a terminal of at least {MIN_SIZE[0]}×{MIN_SIZE[1]}; "
                f"this one is {width}×{height}. Make it larger: nothing is lost."
            )

    def on_mount(self) -> None:
        self.query_one("#attendees").border_title = "Attendees"
        self.query_one("#pitch").border_title = "Your pitch"
        self.refresh_event()
        self.query_one(PersonCard).show(None)
        self.query_one(NotesPanel).load(None, None, "", "")
        # The first list needs no index and no thread: fill it right away.
        self._show_results("", *self._results("", self.scope))
        if self.napp.repo.people_count == 0 and self.napp.repo.profile.is_empty:
            from netevent.tui.screens.welcome import WelcomeModal

            self.app.push_screen(WelcomeModal(), self._after_welcome)

    # ------------------------------------------------------------ state
    @property
    def event(self) -> Event | None:
        """The current event, if one is chosen."""
        return self.napp.repo.current_event()

    @property
    def person(self) -> Person | None:
        """The highlighted person."""
        return self.napp.repo.person(self.current_id) if self.current_id is not None else None

    def refresh_event(self) -> None:
        """Re-read the current event: room markers, pitch panel, list title."""
        repo = self.napp.repo
        event = repo.current_event()
        self._attendance = {a.person_id: a for a in event.attendees} if event else {}
        if event is None and self.scope == "room":
            self.set_reactive(MainScreen.scope, "all")
        self.query_one(PitchPanel).show(repo.profile, event)
        self.sub_title = event.name if event else "no current event"

    def describe(self, person_id: int) -> Row:
        """A list row: markers for target (★), met (✓) and notes (✎)."""
        repo = self.napp.repo
        person = repo.person(person_id)
        if person is None:
            return Row("", "(removed)")
        a = self._attendance.get(person_id)
        markers = ("★" if a and a.target else "") + ("✓" if a and a.met else "")
        # Until the notes are read (just after the first screen) rows have no ✎.
        if repo.notes_loaded and repo.has_notes(person_id):
            markers += "✎"
        return Row(markers, person.name, person.headline)

    # ------------------------------------------------------------ search
    @on(AttendeesPanel.QueryChanged)
    def _query_changed(self, event: AttendeesPanel.QueryChanged) -> None:
        self.napp.repo.hold_background()  # indexing waits while you type
        self.run_search(event.query)

    def run_search(self, query: str | None = None) -> None:
        """Filter the list (in a worker: typing never waits for the search)."""
        if query is None:
            query = self.query_one(AttendeesPanel).query
        self._search(query, self.scope)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, query: str, scope: str) -> None:
        results = self._results(query, scope)
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._show_results, query, *results)

    def _results(self, query: str, scope: str) -> tuple[list[int], int, Event | None]:
        """The ids to list for `query` in `scope`, how many there were to search, and the event."""
        repo = self.napp.repo
        event = repo.current_event()
        within = set(event.person_ids) if (event and scope == "room") else None
        total = len(within) if within is not None else repo.people_count
        if not query.strip():
            # Needs no index, so the first screen does not wait for one.
            return repo.sorted_ids(within), total, event
        return [hit.person_id for hit in repo.search(query, limit=500, within=within)], total, event

    def _show_results(self, query: str, ids: list[int], total: int, event: Event | None) -> None:
        where = f"room: {event.name}" if (event and self.scope == "room") else "everyone"
        if query.strip():
            status = f"{len(ids)}{'+' if len(ids) >= 500 else ''} of {total} · {where}"
        else:
            met = sum(1 for a in self._attendance.values() if a.met) if self.scope == "room" else 0
            status = f"{total} · {where}" + (f" · {met} met" if met else "")
        self.query_one(AttendeesPanel).show(ids, self.describe, status, keep=self.current_id)
        # Read notes and index only once the first screen is out (this runs
        # once; later calls do nothing): parsing the notes holds the
        # interpreter (40 ms at 10,000 people), which would keep the terminal
        # from being drawn. Measured: starting straight after the first
        # refresh cost 110-150 ms of start-up.
        self.napp.schedule_warm_up(WARM_UP_DELAY)

    @on(PeopleList.Highlighted)
    def _highlighted(self, event: PeopleList.Highlighted) -> None:
        self.select_person(event.person_id)

    @on(PeopleList.Selected)
    def _selected(self, event: PeopleList.Selected) -> None:
        self.select_person(event.person_id)
        card = self.query_one(PersonCard)
        if card.allow_focus():  # only a card taller than its panel has anything to scroll
            card.focus()

    def select_person(self, person_id: int | None, *, force: bool = False) -> None:
        """Show this person's card and note (saving the note being left)."""
        if person_id == self.current_id and not force:
            return
        self.query_one(NotesPanel).request_save()
        self.current_id = person_id
        if not self._first_frame_out:
            # The first card and note wait for the first frame, so the list
            # and the search box are on screen 15-30 ms sooner.
            self._first_frame_out = True
            self.call_after_refresh(self._show_selected)
            return
        self._show_selected()

    def _show_selected(self) -> None:
        """Show the card and note of `current_id`."""
        notes = self.query_one(NotesPanel)
        self.show_card()
        person = self.person
        event = self.event
        event_id = event.id if event else None
        if person is None:
            notes.load(None, None, "", "")
            return
        note = self.napp.repo.note_for(person.id, event_id)  # type: ignore[arg-type]
        label = person.name + (f" @ {event.name}" if event else "")
        notes.load(person.id, event_id, note.text if note else "", label)

    def show_card(self) -> None:
        """Redraw the card of the highlighted person."""
        card = self.query_one(PersonCard)
        person = self.person
        if person is None:
            card.show(None)
            return
        a = self._attendance.get(person.id)  # type: ignore[arg-type]
        status = ""
        if a is not None:
            status = " ".join(x for x in ("★ target" if a.target else "", "✓ met" if a.met else "") if x)
            if a.target and a.reason:
                status += f" — {a.reason}"
        elif self.event is not None:
            status = "not in this room"
        repo = self.napp.repo
        data = card_data(repo, person, introductions=repo.indexes_ready)
        card.show(data, private=self.private, attendance=status)

    @on(NetEventApp.NotesLoaded)
    def _notes_loaded(self) -> None:
        self.query_one(PeopleList).refresh()  # ✎ markers

    @on(NetEventApp.Ready)
    def _ready(self) -> None:
        self.show_card()  # now with introductions
        if self.query_one(AttendeesPanel).query.strip():
            self.run_search()  # now with typos and notes

    def open_person(self, person_id: int) -> None:
        """Jump to a person from anywhere (the command palette): show everyone if needed."""
        if self.scope == "room" and person_id not in self._attendance:
            self.scope = "all"
        self.select_person(person_id)
        self.query_one(AttendeesPanel).query_one("#search").value = ""  # type: ignore[attr-defined]
        self.run_search("")
        self.query_one(PeopleList).focus()

    def watch_scope(self) -> None:
        self.run_search()

    def watch_private(self) -> None:
        self.show_card()
        self.query_one(NotesPanel).set_class(self.private, "-private")
        self.notify("Private text hidden — press x to show" if self.private else "Private text shown")

    # ------------------------------------------------------------ notes
    @on(NotesPanel.SaveRequested)
    def _save_note(self, message: NotesPanel.SaveRequested) -> None:
        repo, notes = self.napp.repo, self.query_one(NotesPanel)
        pid, eid, text = message.person_id, message.event_id, message.text
        self.napp.write(
            partial(save_live_note, repo, pid, eid, text),
            lambda _note: self._note_saved(pid, eid, text),
            on_error=lambda error: notes.mark_failed(str(error)),
        )

    def _note_saved(self, person_id: int, event_id: int | None, text: str) -> None:
        notes = self.query_one(NotesPanel)
        first = person_id != notes.person_id or not notes.saved_text
        notes.mark_saved(person_id, event_id, text)
        if first:
            self.query_one(PeopleList).refresh_person(person_id)  # the ✎ marker of a first note
        # While you type, the card keeps still (redrawing it each autosave only
        # costs the screen time); it catches up when you leave the editor.
        if person_id == self.current_id and not notes.editor.has_focus:
            self.show_card()

    @on(NoteEditor.Left)
    def _left_editor(self) -> None:
        self.query_one(PeopleList).focus()
        self.show_card()

    def save_note_now(self) -> None:
        """Save the note being typed synchronously (quit, suspend, SIGHUP, SIGTERM)."""
        notes = self.query_one(NotesPanel)
        if notes.dirty and notes.person_id is not None:
            try:
                save_live_note(self.napp.repo, notes.person_id, notes.event_id, notes.text)
            except Exception as error:  # shown, and the text stays in the editor
                self.napp.report_error(error)
                return
            notes.saved_text = notes.text

    # ------------------------------------------------------------ palette
    def palette_commands(self) -> Iterable:
        """Every action of this screen, for the command palette."""
        from textual.app import SystemCommand

        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            action = binding.action
            if action.startswith("app."):
                continue
            key = self.app.get_key_display(binding)
            yield SystemCommand(
                f"{binding.description} ({key})",
                binding.tooltip or binding.description,
                partial(self.run_action, action),
            )
        yield from self.extra_palette_commands()

    def _after_welcome(self, choice: str | None) -> None:
        if choice == "profile":
            self.action_pitch()
        elif choice == "import":
            self.action_import()
        elif choice == "demo":
            self.app.exit("demo")
        elif choice == "add":
            self.action_add_person()

    def today(self) -> str:
        """Today's date (one place, so tests can pin it)."""
        return today_iso()

    def add_to_room(self, person: Person, *, met: bool) -> Event | None:
        """Put a person in the current event's room (used when adding a newcomer)."""
        event = self.event
        if event is None:
            return None
        current = event.attendance(person.id) or Attendance(person_id=person.id)  # type: ignore[arg-type]
        return self.napp.repo.set_attendance(event.id, replace(current, met=met or current.met))  # type: ignore[arg-type]
