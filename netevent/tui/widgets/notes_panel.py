"""Live notes: a text editor that saves itself a second after you stop typing, and every few seconds while you type.

`n` puts the cursor at the end of the note, on a line of its own, so what
you type is added and never glued into what was written before. A note that
was saved is never emptied by a key alone: an emptied editor is not saved
until you confirm, and a quit keeps the saved note.
"""

from __future__ import annotations

import time

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widgets import TextArea

from netevent.domain.visible import visible
from netevent.i18n import N_, _
from netevent.tui.widgets.shown_text_area import ShownTextArea

__all__ = ["NotesPanel", "NoteEditor"]

AUTOSAVE_DELAY = 1.0
"""Seconds after the last keystroke before the note is saved."""

AUTOSAVE_AT_MOST = 4.0
"""Seconds a note being typed waits at most for a save, however steadily the typing goes on."""


class NoteEditor(ShownTextArea):
    """The note text area; Esc leaves it (the text stays, and is saved).

    Ctrl+Z suspends netevent (as in every terminal program), so the editor's
    own undo is F2 (or Ctrl+_) and redo Ctrl+Y.
    """

    BINDINGS = [
        Binding("escape", "leave", N_("Leave"), tooltip=N_("Leave the editor: back to the list; the note is kept")),
        Binding(
            "f2,ctrl+underscore", "undo", N_("Undo"), id="note-undo", tooltip=N_("Undo the last change to the note")
        ),
        Binding("ctrl+y", "redo", N_("Redo"), show=False, id="note-redo"),
    ]

    class Left(Message):
        """Esc was pressed in the editor."""

    def action_leave(self) -> None:
        """Leave the editor (the note is kept and saved)."""
        self.post_message(self.Left())


class NotesPanel(Vertical):
    """The live note for the current person at the current event.

    The panel only knows text. It asks its screen to save with `SaveRequested`
    (the screen does the writing off the UI thread) and is told the outcome
    through `mark_saved` / `mark_failed`.
    """

    BINDING_GROUP_TITLE = N_("Notes")
    HELP = N_(
        "Write while you talk. Saved a second after you stop typing, every few seconds while you type, and on quit."
    )

    class SaveRequested(Message):
        """Save this text as the note for this person and event."""

        def __init__(self, person_id: int, event_id: int | None, text: str) -> None:
            super().__init__()
            self.person_id = person_id
            self.event_id = event_id
            self.text = text

    class EmptyingRequested(Message):
        """The editor was emptied of a saved note: the screen asks before the note is deleted."""

        def __init__(self, person_id: int, event_id: int | None) -> None:
            super().__init__()
            self.person_id = person_id
            self.event_id = event_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.person_id: int | None = None
        self.event_id: int | None = None
        self.saved_text = ""
        self._timer: Timer | None = None
        self._loading = False
        self._asking = False
        self._unsaved_since: float | None = None

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield NoteEditor(id="note-editor", soft_wrap=True, tab_behavior="focus")

    @property
    def editor(self) -> NoteEditor:
        """The text area."""
        return self.query_one(NoteEditor)

    @property
    def text(self) -> str:
        """What is in the editor now, without the blank lines at its end (the note as it is saved)."""
        return self.editor.text.rstrip()

    @property
    def dirty(self) -> bool:
        """True when the editor holds text that is not saved yet."""
        return self.person_id is not None and self.text != self.saved_text.rstrip()

    @property
    def emptied(self) -> bool:
        """True when a saved note was emptied in the editor (it is kept until that is confirmed)."""
        return self.dirty and not self.text and bool(self.saved_text.strip())

    def start_writing(self) -> bool:
        """Focus the editor with the cursor at the end, on a new line after any text; False when hidden."""
        editor = self.editor
        if editor.read_only:
            return False
        text = editor.text
        if text.strip() and not text.endswith("\n"):
            end = editor.document.end
            editor.insert("\n", end, maintain_selection_offset=False)
        editor.move_cursor(editor.document.end)
        if self.screen is not None:
            self.screen.set_focus(editor)  # at once: the keys typed next go into the note
        return True

    def answered(self) -> None:
        """The question about emptying the note was answered."""
        self._asking = False

    def restore_saved(self) -> None:
        """Put the saved note back into the editor (the emptying was not confirmed)."""
        self._cancel_timer()
        self._loading = True
        self.editor.load_text(self.saved_text)
        self.border_subtitle = ""

    def set_private(self, private: bool) -> None:
        """Hide the note from onlookers (nothing can be typed into hidden text), or show it again."""
        self.set_class(private, "-private")
        self.editor.read_only = private or self.person_id is None
        self.border_subtitle = _("hidden — x shows") if private else ""

    def load(self, person_id: int | None, event_id: int | None, text: str, label: str) -> None:
        """Show the note of another person (the caller saves the previous one first)."""
        self._cancel_timer()
        self._asking = False
        self._unsaved_since = None
        self.person_id, self.event_id, self.saved_text = person_id, event_id, text
        self._loading = True
        self.editor.load_text(text)
        self.editor.read_only = person_id is None or self.has_class("-private")
        self.border_title = (
            Content(_("Notes — {label}").format(label=visible(label, lines=False)))
            if person_id is not None
            else _("Notes")
        )
        self.border_subtitle = ""

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self._loading:
            self._loading = False
            return
        if not self.dirty:
            return
        self.border_subtitle = _("editing… (emptied: kept until you confirm)") if self.emptied else _("editing…")
        self._cancel_timer()
        if not self.emptied:
            # A pause saves; steady typing is saved anyway, AUTOSAVE_AT_MOST after its first unsaved key.
            now = time.monotonic()
            if self._unsaved_since is None:
                self._unsaved_since = now
            delay = min(AUTOSAVE_DELAY, self._unsaved_since + AUTOSAVE_AT_MOST - now)
            self._timer = self.set_timer(max(delay, 0.0), self.request_save)

    @on(NoteEditor.Left)
    def _left(self, event: NoteEditor.Left) -> None:
        self.request_save()

    def on_descendant_blur(self) -> None:
        """Leaving the editor saves the note."""
        self.request_save()

    def request_save(self, *, confirmed: bool = False) -> None:
        """Ask the screen to save the note now, if there is anything new.

        An emptied note is not saved: the screen is asked to confirm deleting it first.
        """
        self._cancel_timer()
        if not self.dirty or self.person_id is None:
            return
        if self.emptied and not confirmed:
            if not self._asking:  # leaving the editor for the question must not ask again
                self._asking = True
                self.post_message(self.EmptyingRequested(self.person_id, self.event_id))
            return
        self._unsaved_since = None
        self.border_subtitle = _("saving…")
        self.post_message(self.SaveRequested(self.person_id, self.event_id, self.text))

    def mark_saved(self, person_id: int, event_id: int | None, text: str) -> None:
        """The screen reports that `text` is on disk."""
        if person_id == self.person_id and event_id == self.event_id:
            self.saved_text = text
            saved = _("saved {time}").format(time=time.strftime("%H:%M:%S"))
            self.border_subtitle = saved if not self.dirty else _("editing…")

    def mark_failed(self, message: str) -> None:
        """The screen reports that a save failed; the text stays in the editor."""
        self.border_subtitle = _("⚠ not saved")

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
