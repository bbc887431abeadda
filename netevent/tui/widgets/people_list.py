"""A list of people that renders only the rows on screen.

Textual's DataTable and OptionList build every row up front (about 0.6 s for
10,000 people); this list keeps just the ids and asks for a row's text when
that row is painted, so refilling it with 50,000 people costs the same as
with 50.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from netevent.domain.visible import visible
from netevent.i18n import N_

__all__ = ["PeopleList", "Row"]


@dataclass(frozen=True, slots=True)
class Row:
    """What one row shows: markers (target/met/notes), the name and a dim detail."""

    markers: str
    name: str
    detail: str = ""


class PeopleList(ScrollView, can_focus=True):
    """A virtual, keyboard-driven list of people ids."""

    COMPONENT_CLASSES = {"people-list--cursor", "people-list--marker", "people-list--detail"}
    """The cursor row, the markers (★ ✓ ✎) and the dim detail after a name."""
    BINDINGS = [
        Binding("up,k", "cursor_up", N_("Up"), show=False),
        Binding("down,j", "cursor_down", N_("Down"), show=False),
        Binding("pageup", "page_up", N_("Page up"), show=False),
        Binding("pagedown", "page_down", N_("Page down"), show=False),
        Binding("home", "first", N_("First"), show=False),
        Binding("end", "last", N_("Last"), show=False),
        Binding("enter", "select", N_("Open"), show=False),
    ]
    DEFAULT_CSS = """
    PeopleList { height: 1fr; }
    """

    cursor: reactive[int] = reactive(0, init=False)
    """Index of the highlighted row."""

    class Highlighted(Message):
        """The highlighted person changed."""

        def __init__(self, person_id: int | None) -> None:
            super().__init__()
            self.person_id = person_id

    class Selected(Message):
        """Enter was pressed on a person."""

        def __init__(self, person_id: int) -> None:
            super().__init__()
            self.person_id = person_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._ids: list[int] = []
        self._describe: Callable[[int], Row] = lambda pid: Row("", str(pid))

    # ------------------------------------------------------------- content
    def set_ids(self, ids: Sequence[int], describe: Callable[[int], Row], keep: int | None = None) -> None:
        """Show these people; keep `keep` highlighted if it is among them, else the first."""
        self._ids = list(ids)
        self._describe = describe
        self.virtual_size = Size(self.size.width, len(self._ids))
        index = 0
        if keep is not None:
            try:
                index = self._ids.index(keep)
            except ValueError:
                index = 0
        self._set_cursor(index, force=True)
        self.refresh()

    @property
    def ids(self) -> list[int]:
        """The ids shown, in order."""
        return self._ids

    @property
    def highlighted(self) -> int | None:
        """The highlighted person's id, or None when the list is empty."""
        if 0 <= self.cursor < len(self._ids):
            return self._ids[self.cursor]
        return None

    def refresh_person(self, person_id: int) -> None:
        """Repaint the row of this person (a marker changed), if it is listed."""
        try:
            self.refresh_line(self._ids.index(person_id))
        except ValueError:
            pass

    def _set_cursor(self, index: int, force: bool = False) -> None:
        index = max(0, min(index, len(self._ids) - 1)) if self._ids else 0
        old = self.cursor
        changed = index != old
        self.set_reactive(PeopleList.cursor, index)
        # Only the two rows whose highlight changed are painted again; a scroll
        # repaints the rest by itself.
        self.refresh_line(old)
        self.refresh_line(index)
        self._scroll_cursor_into_view()
        if changed or force:
            self.post_message(self.Highlighted(self.highlighted))

    def watch_cursor(self, value: int) -> None:
        """Keep the highlight and the scroll in step with the cursor."""
        self._set_cursor(value)

    def _scroll_cursor_into_view(self) -> None:
        if self._ids and self.size.height:
            self.scroll_to_region(Region(0, self.cursor, 1, 1), animate=False, force=True)

    # ------------------------------------------------------------- drawing
    def render_line(self, y: int) -> Strip:
        """Paint one visible row (asked for only for rows on screen)."""
        _, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        base = self.rich_style
        if index >= len(self._ids):
            return Strip.blank(width, base)
        row = self._describe(self._ids[index])
        if index == self.cursor:
            # The cursor's style goes over the row's own (a style applied under
            # the segments would lose its background to theirs).
            cursor_style = self.get_component_rich_style("people-list--cursor")
            base = base + cursor_style
        marker_style = self.get_component_rich_style("people-list--marker", partial=True)
        detail_style = self.get_component_rich_style("people-list--detail", partial=True)
        # Segments go to the terminal as they are: the name is made visible first.
        segments = [
            Segment(f"{row.markers:<3}", base + marker_style),
            Segment(visible(row.name, lines=False), base),
        ]
        if row.detail:
            segments.append(Segment("  " + visible(row.detail, lines=False), base + detail_style))
        return Strip(segments).crop_extend(0, width, base)

    def on_resize(self, event: events.Resize) -> None:
        """Fit the content to the new size."""
        self.virtual_size = Size(event.size.width, len(self._ids))
        self._scroll_cursor_into_view()

    def on_focus(self) -> None:
        """Show the cursor row as focused."""
        self.refresh()

    def on_blur(self) -> None:
        """Show the cursor row as unfocused."""
        self.refresh()

    # ------------------------------------------------------------- actions
    def action_cursor_up(self) -> None:
        """Move the cursor one row up."""
        self._set_cursor(self.cursor - 1)

    def action_cursor_down(self) -> None:
        """Move the cursor one row down."""
        self._set_cursor(self.cursor + 1)

    def action_page_up(self) -> None:
        """Move the cursor a page up."""
        self._set_cursor(self.cursor - max(1, self.size.height - 1))

    def action_page_down(self) -> None:
        """Move the cursor a page down."""
        self._set_cursor(self.cursor + max(1, self.size.height - 1))

    def action_first(self) -> None:
        """Move the cursor to the first row."""
        self._set_cursor(0)

    def action_last(self) -> None:
        """Move the cursor to the last row."""
        self._set_cursor(len(self._ids) - 1)

    def action_select(self) -> None:
        """Open the highlighted person."""
        if self.highlighted is not None:
            self.post_message(self.Selected(self.highlighted))

    def on_click(self, event: events.Click) -> None:
        """Move the cursor to the clicked row; a tap on the highlighted row (or a double click) opens it."""
        _, scroll_y = self.scroll_offset
        row = scroll_y + event.y
        was = self.cursor
        self._set_cursor(row)
        if event.chain >= 2 or (row == was and self.has_focus):
            self.action_select()
