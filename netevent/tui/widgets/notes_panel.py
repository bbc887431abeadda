"""Live notes: a text editor that saves itself a second after you stop typing, and every few seconds while you type."""

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
from netevent.tui.widgets.shown_text_area import ShownTextArea

__all__ = ["NotesPanel", "NoteEditor"]

AUTOSAVE_DELAY = 1.0
"""Seconds after the last keystroke before the note is saved."""

AUTOSAVE_AT_MOST = 4.0
"""Seconds a note being typed waits at most for a save, however steadily the typing goes on."""


class NoteEditor(ShownTextArea):
    """The note text area; Esc leaves it (the text stays, and is saved)."""

    BINDINGS = [Binding("escape", "leave", "Leave editor", tooltip="Back to the list; the note is kept")]

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

    BINDING_GROUP_TITLE = "Notes"
    HELP = "Write while you talk. Saved a second after you stop typing, every few seconds while you type, and on quit."

    class SaveRequested(Message):
        """Save this text as the note for this person and event."""

        def __init__(self, person_id: int, event_id: int | None, text: str) -> None:
            super().__init__()
            self.person_id = person_id
            self.event_id = event_id
            self.text = text

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.person_id: int | None = None
        self.event_id: int | None = None
        self.saved_text = ""
        self._timer: Timer | None = None
        self._loading = False
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
        """What is in the editor now."""
        return self.editor.text

    @property
    def dirty(self) -> bool:
        """True when the editor holds text that is not saved yet."""
        return self.person_id is not None and self.text != self.saved_text

    def load(self, person_id: int | None, event_id: int | None, text: str, label: str) -> None:
        """Show the note of another person (the caller saves the previous one first)."""
        self._cancel_timer()
        self._unsaved_since = None
        self.person_id, self.event_id, self.saved_text = person_id, event_id, text
        self._loading = True
        self.editor.load_text(text)
        self.editor.read_only = person_id is None
        self.border_title = Content(f"Notes — {visible(label, lines=False)}") if person_id is not None else "Notes"
        self.border_subtitle = ""

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self._loading:
            self._loading = False
            return
        if not self.dirty:
            return
        self.border_subtitle = "editing…"
        self._cancel_timer()
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

    def request_save(self) -> None:
        """Ask the screen to save the note now, if there is anything new."""
        self._cancel_timer()
        self._unsaved_since = None
        if self.dirty and self.person_id is not None:
            self.border_subtitle = "saving…"
            self.post_message(self.SaveRequested(self.person_id, self.event_id, self.text))

    def mark_saved(self, person_id: int, event_id: int | None, text: str) -> None:
        """The screen reports that `text` is on disk."""
        if person_id == self.person_id and event_id == self.event_id:
            self.saved_text = text
            self.border_subtitle = "saved " + time.strftime("%H:%M:%S") if not self.dirty else "editing…"

    def mark_failed(self, message: str) -> None:
        """The screen reports that a save failed; the text stays in the editor."""
        self.border_subtitle = "⚠ not saved"

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
