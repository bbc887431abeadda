"""The main screen: attendees, the person card, your pitch and live notes.

The screen lays out the four panels and routes their messages: a highlight
shows a card, a note asks to be saved, the app's indexes or notes become
ready. Every write goes to the app's writer thread, so the screen never
waits for the disk.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Header, Input, Static, TextArea
from textual.widgets._footer import FooterKey  # not exported; the footer filters its keys by it

from netevent.i18n import N_, _
from netevent.services.notes import save_live_note
from netevent.tui.screens.main.layout import PHONE_FOOTER, MainLayout
from netevent.tui.widgets.attendees_panel import AttendeesPanel
from netevent.tui.widgets.keys_footer import KeysFooter
from netevent.tui.widgets.notes_panel import NoteEditor, NotesPanel
from netevent.tui.widgets.people_list import PeopleList
from netevent.tui.widgets.person_card import PersonCard
from netevent.tui.widgets.pitch_panel import PitchPanel

__all__ = ["MainScreen"]

_LETTER_ACTIONS = frozenset(
    {"focus_search", "add_person", "toggle_met", "toggle_target", "log_gave", "log_got", "follow_up", "pitch",
     "events", "toggle_scope", "toggle_private", "introduce", "followups", "report", "my_card", "app.help", "app.quit",
     "note", "edit_person", "delete_person", "merge_person", "undo", "history", "add_ask"}
)  # fmt: skip
"""The actions bound to printable keys: typed as text when a text field has focus."""


class ScreenFooter(KeysFooter):
    """The footer; on a narrow screen it shows only the few keys that matter (`?` lists the rest)."""

    def compose(self) -> ComposeResult:
        """The keys of where the focus is, fewer on a phone."""
        narrow = getattr(self.screen, "narrow", False)
        for widget in super().compose():
            if narrow and isinstance(widget, FooterKey) and widget.key not in PHONE_FOOTER:
                continue
            yield widget


class MainScreen(MainLayout):
    """Four panels: find a person, read their card, keep your pitch in view, take notes."""

    AUTO_FOCUS = "#search"
    BINDINGS = [
        Binding("slash", "focus_search", N_("Search"), id="search", tooltip=N_("Jump to the search box")),
        Binding("n", "note", N_("Note"), id="note", tooltip=N_("Write a note about this person")),
        Binding("a", "add_person", N_("Add"), id="add-person", tooltip=N_("Add a person from one line")),
        Binding("m", "toggle_met", N_("Met"), id="met", tooltip=N_("Mark met / not met")),
        Binding("t", "toggle_target", N_("Target"), id="target", tooltip=N_("Toggle today's target")),
        Binding("g", "log_gave", N_("Gave"), id="gave", tooltip=N_("Log something you gave")),
        Binding("r", "log_got", N_("Got"), id="got", tooltip=N_("Log something you received")),
        Binding("u", "undo", N_("Undo"), id="undo",
                tooltip=N_("Undo the last change (again: the one before it); it says what it undid")),
        Binding("f", "follow_up", N_("Follow-up"), id="follow-up", show=False,
                tooltip=N_("Add a follow-up with this person: what and by when")),
        Binding("p", "pitch", N_("Pitch"), id="pitch", show=False, tooltip=N_("Show and edit your pitch")),
        Binding("e", "events", N_("Event"), id="events", show=False, tooltip=N_("Event prep and review")),
        Binding("v", "toggle_scope", N_("Room/all/due"), id="scope", show=False,
                tooltip=N_("List this event's room, everyone, or who is due a keep-in-touch (each press the next)")),
        Binding("h", "history", N_("History"), id="history", show=False,
                tooltip=N_("This person's history, oldest first: rooms, notes, gives, asks, referrals, promises")),
        Binding("A", "add_ask", N_("Add ask"), id="add-ask", show=False,
                tooltip=N_("Add something this person is looking for (an open ask: one of their needs)")),
        Binding("x", "toggle_private", N_("Hide private"), id="private", show=False,
                tooltip=N_("Hide or show notes and contact details from onlookers")),
        Binding("i", "introduce", N_("Introduce"), id="introduce", show=False,
                tooltip=N_("Introduce this person to a match in the room (a give to both)")),
        Binding("I", "intro_board", N_("Introductions"), id="intro-board", show=False,
                tooltip=N_("Tonight's introductions: the best pairs in the room; Enter introduces them")),
        Binding("F", "followups", N_("Follow-ups"), id="followups", show=False,
                tooltip=N_("All follow-ups by due date: mark done, add new")),
        Binding("R", "report", N_("Report"), id="report", show=False,
                tooltip=N_("Network report: is each network worth its time and money?")),
        Binding("E", "edit_person", N_("Edit"), id="edit-person", show=False,
                tooltip=N_("Edit this person: every field, lists item by item (clear one to remove it)")),
        Binding("D", "delete_person", N_("Delete"), id="delete-person", show=False,
                tooltip=N_("Delete this person (asks first); u undoes, `netevent person restore` brings them back")),
        Binding("M", "merge_person", N_("Merge"), id="merge-person", show=False,
                tooltip=N_("Merge this person with another entry of them: choose it, see what the result keeps")),
        Binding("c", "my_card", N_("My card"), id="my-card", show=False,
                tooltip=N_("Your contact card as a QR code, full-screen, for a phone camera (Esc returns)")),
        Binding("tab", "next_panel", N_("Panel"), id="next-panel", tooltip=N_("The next panel (on a narrow screen)")),
        Binding("shift+tab", "next_panel(-1)", N_("Previous panel"), id="previous-panel", show=False),
        Binding("escape", "back_to_list", N_("List"), id="back-to-list", show=False, tooltip=N_("Back to the list")),
        Binding("question_mark", "app.help", N_("Help"), id="help", show=False),
        Binding("q", "app.quit", N_("Quit"), id="quit-q", show=False),
    ]  # fmt: skip

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While you type (search box, note editor), the one-letter keys type: they are not offered."""
        by_layout = self.check_layout_action(action)
        if by_layout is not None:
            return by_layout
        return not (action in _LETTER_ACTIONS and self.typing())

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield Header(icon="◆")
        with Vertical(id="left"):
            yield AttendeesPanel(id="attendees")
            yield PitchPanel(id="pitch")
        with Vertical(id="right"):
            yield PersonCard(id="card")
            yield NotesPanel(id="notes")
        yield ScreenFooter(compact=True)
        yield Static("", id="too-small")

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.query_one("#attendees").border_title = _("Attendees")
        self.query_one("#pitch").border_title = _("Your pitch")
        self.refresh_event()
        self.query_one(PersonCard).show(None)
        self.query_one(NotesPanel).load(None, None, "", "")
        # The first list needs no index and no thread: fill it right away.
        self._show_results("", *self._results("", self.scope))
        app = self.app
        self.watch(app, "notes_loaded", lambda _value: self._notes_loaded(), init=False)
        self.watch(app, "indexes_ready", lambda _value: self._indexes_ready(), init=False)
        self.watch(app, "private", lambda _value: self._privacy_changed(), init=False)
        self.host.flush_signal.subscribe(self, lambda _none: self.save_note_now(), immediate=True)
        self.host.data_reloaded.subscribe(self, lambda _none: self._data_reloaded())
        repo = self.host.repo
        if repo.people_count == 0 and repo.profile.is_empty:
            self._welcome()

    # ------------------------------------------------------- app-wide state
    def _notes_loaded(self) -> None:
        self.query_one(PeopleList).refresh()  # the ✎ markers

    def _indexes_ready(self) -> None:
        self.show_card()  # now with introductions
        if self.query_one(AttendeesPanel).search_text.strip():
            self.run_search()  # now with typos and notes

    def _privacy_changed(self) -> None:
        private = self.host.private
        notes = self.query_one(NotesPanel)
        if private and notes.editor.has_focus:
            notes.request_save()
            self.set_focus(self.query_one(PeopleList))
        notes.set_private(private)
        self.show_card()
        self.refresh_event()  # the title says the private mode is on
        self.notify(_("Private text hidden — press x to show") if private else _("Private text shown"))

    def _data_reloaded(self) -> None:
        """The file was read again (or kept changes restored): show the room, list, card and note as they are now."""
        self.refresh_event()
        self.query_one(PeopleList).refresh()
        self._show_selected()  # the note as merged, not the editor's older text
        self.run_search()

    # ------------------------------------------------------------- routing
    def on_paste(self, event: events.Paste) -> None:
        """A paste outside a text field is a search: it types text there, never one-key commands."""
        if isinstance(self.focused, (Input, TextArea)):
            return
        event.stop()
        search = self.query_one("#search", Input)
        self.set_focus(search)
        search.value = " ".join(event.text.split())
        search.cursor_position = len(search.value)

    @on(AttendeesPanel.QueryChanged)
    def _query_changed(self, event: AttendeesPanel.QueryChanged) -> None:
        self.host.pacer.hold()  # indexing waits while you type
        self.run_search(event.query)

    @on(PeopleList.Highlighted)
    def _highlighted(self, event: PeopleList.Highlighted) -> None:
        self.select_person(event.person_id)

    @on(AttendeesPanel.Opened)
    def _opened(self) -> None:
        if self.narrow:  # on a phone, Enter in the search box shows the card at once
            self.open_card()

    @on(PeopleList.Selected)
    def _selected(self, event: PeopleList.Selected) -> None:
        self.select_person(event.person_id)
        self.open_card()

    # ---------------------------------------------------------------- notes
    @on(NotesPanel.SaveRequested)
    def _save_note(self, message: NotesPanel.SaveRequested) -> None:
        repo, notes = self.host.repo, self.query_one(NotesPanel)
        pid, eid, text = message.person_id, message.event_id, message.text
        self.host.write(
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
        self.set_focus(self.query_one(PeopleList))
        self.show_card()

    @on(NotesPanel.EmptyingRequested)
    def _emptying(self, message: NotesPanel.EmptyingRequested) -> None:
        """A saved note was emptied: delete it only when that is confirmed."""
        from netevent.tui.dialogs.confirm import ConfirmModal

        repo, notes = self.host.repo, self.query_one(NotesPanel)
        pid, eid = message.person_id, message.event_id
        person = repo.person(pid)
        name = person.name if person else _("this person")

        def decided(delete: bool | None) -> None:
            showing = notes.person_id == pid and notes.event_id == eid
            if showing:
                notes.answered()
            if delete:
                self.host.write(partial(save_live_note, repo, pid, eid, ""), lambda _n: self._note_saved(pid, eid, ""))
            elif showing:
                notes.restore_saved()

        self.app.push_screen(
            ConfirmModal(_("Delete your note about {name}?").format(name=name), yes=_("Delete it"), no=_("Keep it")),
            decided,
        )

    def save_note_now(self) -> None:
        """Save the note being typed synchronously (quit, suspend, SIGHUP, SIGTERM).

        An emptied note is not deleted: there is no one to confirm it now.
        """
        notes = self.query_one(NotesPanel)
        if notes.dirty and not notes.emptied and notes.person_id is not None:
            try:
                save_live_note(self.host.repo, notes.person_id, notes.event_id, notes.text)
            except Exception as error:  # shown, and the text stays in the editor
                self.host.report_error(error)
                return
            notes.saved_text = notes.text

    # ------------------------------------------------------------- palette
    def palette_commands(self) -> Iterable[SystemCommand]:
        """Every action of this screen, for the command palette."""
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
        yield SystemCommand(
            _("Import a file…"),
            _("Import attendees from CSV, vCard or a netevent backup, or an .ics invite"),
            self.action_import,
        )
        yield SystemCommand(
            _("Words that mean the same…"), _("Teach matching your own words (like netevent synonyms add)"),
            self.action_add_synonym,
        )  # fmt: skip

    def _welcome(self) -> None:
        from netevent.tui.dialogs.welcome import WelcomeModal

        def chosen(choice: str | None) -> None:
            if choice == "profile":
                self.action_pitch()
            elif choice == "import":
                self.action_import()
            elif choice == "demo":
                self.app.exit("demo")
            elif choice == "add":
                self.action_add_person()

        self.app.push_screen(WelcomeModal(), chosen)
