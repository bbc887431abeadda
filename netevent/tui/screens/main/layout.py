"""The main screen's layout for the terminal it is in: four panels side by side, or one at a time on a phone.

Phone SSH clients give 40 to 53 columns in portrait. Below `NARROW`
columns the screen shows one panel at a time (the list with its search,
the card, the note, the pitch), and Tab / Shift+Tab move between them;
Enter on a person opens their card, Esc goes back to the list. Every widget
keeps its state across a resize (the selection, the search text, the scroll
position, an unsaved note): only what is shown changes. Below `MIN_SIZE` a
short message says how big the terminal must be and how to quit, and keys
change nothing until it is larger.
"""

from __future__ import annotations

from textual import events
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from netevent.i18n import _
from netevent.tui.screens.main.fixes import MainFixes
from netevent.tui.widgets.attendees_panel import AttendeesPanel
from netevent.tui.widgets.notes_panel import NotesPanel
from netevent.tui.widgets.people_list import PeopleList
from netevent.tui.widgets.person_card import PersonCard
from netevent.tui.widgets.pitch_panel import PitchPanel

__all__ = ["MainLayout", "NARROW", "MIN_SIZE", "PANELS"]

NARROW = 70
"""Below this many columns, one panel at a time (two panels side by side need about 70)."""

MIN_SIZE = (40, 16)
"""Columns and rows below which not even one panel can show a person usefully."""

PANELS = ("list", "card", "notes", "pitch")
"""The panels of the one-column layout, in the order Tab visits them."""

# The keys the footer shows in the one-column layout: there is room for a few.
PHONE_FOOTER = frozenset({"tab", "enter", "down", "escape", "n", "m", "f1", "ctrl+q", "f2"})


class MainLayout(MainFixes):
    """Side by side when there is room, one panel at a time when there is not."""

    def __init__(self) -> None:
        super().__init__()
        self.narrow = False
        """True in the one-column layout."""
        self.panel = "list"
        """The panel shown in the one-column layout."""
        self.too_small = False
        self._focus_before: Widget | None = None

    # --------------------------------------------------------------- sizes
    def on_resize(self, event: events.Resize) -> None:
        """Choose the layout for the new size; nothing is lost either way."""
        width, height = event.size
        small = width < MIN_SIZE[0] or height < MIN_SIZE[1]
        if small != self.too_small:
            self._too_small(small, width, height)
        elif small:
            self._too_small_message(width, height)
        narrow = width < NARROW
        if narrow != self.narrow:
            self.narrow = narrow
            self.set_class(narrow, "-narrow")
            self.query_one(PersonCard).focus_always = narrow
            if narrow:
                self.show_panel(self._panel_of(self.focused) or "list", focus=False)
            self.refresh_bindings()

    def _too_small(self, small: bool, width: int, height: int) -> None:
        self.too_small = small
        self.set_class(small, "-too-small")
        if small:
            self._too_small_message(width, height)
            # Keys typed now must change nothing: nothing has the focus to type into.
            self._focus_before = self.focused
            self.set_focus(None)
        else:
            before, self._focus_before = self._focus_before, None
            if before is not None and before.is_attached:
                self.set_focus(before)
        self.refresh_bindings()

    def _too_small_message(self, width: int, height: int) -> None:
        self.query_one("#too-small", Static).update(
            _(
                "netevent needs at least {MIN_SIZE}×{MIN_SIZE2}; this is "
                "{width}×{height}. Make the terminal larger: nothing is lost. Ctrl+Q "
                "quits."
            ).format(MIN_SIZE=MIN_SIZE[0], MIN_SIZE2=MIN_SIZE[1], width=width, height=height)
        )

    # -------------------------------------------------------------- panels
    def _panel_of(self, widget: Widget | None) -> str | None:
        """Which panel `widget` is in."""
        for node in widget.ancestors_with_self if widget is not None else ():
            if isinstance(node, AttendeesPanel):
                return "list"
            if isinstance(node, PersonCard):
                return "card"
            if isinstance(node, NotesPanel):
                return "notes"
            if isinstance(node, PitchPanel):
                return "pitch"
        return None

    def show_panel(self, panel: str, *, focus: bool = True) -> None:
        """Show `panel` (in the one-column layout) and put the focus in it."""
        self.panel = panel
        for name in PANELS:
            self.set_class(name == panel, f"-panel-{name}")
        if not focus:
            return
        target: Widget
        if panel == "list":
            target = self.query_one(PeopleList)
        elif panel == "card":
            target = self.query_one(PersonCard)
        elif panel == "notes":
            notes = self.query_one(NotesPanel)
            if not notes.start_writing():
                target = notes.editor
            else:
                return
        else:
            target = self.query_one(PitchPanel)
        self.set_focus(target)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """In the one-column layout, the panel with the focus is the one shown (`/`, `n`, Tab…)."""
        if self.narrow:
            panel = self._panel_of(event.widget)
            if panel is not None and panel != self.panel:
                self.show_panel(panel, focus=False)

    def action_next_panel(self, step: int = 1) -> None:
        """The next (or, with -1, the previous) panel of the one-column layout."""
        at = PANELS.index(self.panel) if self.panel in PANELS else 0
        self.show_panel(PANELS[(at + step) % len(PANELS)])

    def action_back_to_list(self) -> None:
        """Back to the list (Esc on the card or the pitch)."""
        self.set_focus(self.query_one(PeopleList))

    def open_card(self) -> None:
        """Enter on a person: in the one-column layout their card fills the screen."""
        card = self.query_one(PersonCard)
        if self.narrow or card.allow_focus():  # a card taller than its panel has something to scroll
            self.set_focus(card)

    def check_layout_action(self, action: str) -> bool | None:
        """Which keys apply in the layout: only quitting while the terminal is too small,
        Tab between panels only in the one-column layout."""
        if self.too_small:
            return action in ("app.quit", "quit")
        if action == "next_panel":
            return self.narrow
        return None

    def typing(self) -> bool:
        """True while the focus is in a text field (letters are text there)."""
        return isinstance(self.focused, (Input, TextArea))
