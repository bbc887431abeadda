"""The person card: who they are, what they are good at and need, and the three matches."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual, visualize

from netevent.domain.visible import visible
from netevent.i18n import N_, _
from netevent.services.cards import CardData
from netevent.tui.render.card import card_text

__all__ = ["PersonCard"]

_HINT = N_("Nobody selected. Press / and type a few letters.")


class PersonCard(ScrollView, can_focus=True):
    """A scrollable card; shows a hint when nobody is selected.

    The card is wrapped into lines once per change (and per width), and only
    the lines on screen are painted: a new card costs no layout of the screen
    and no second wrap, which a `Static` in a scroll container needed.
    """

    BINDING_GROUP_TITLE = N_("Person")
    HELP = N_("The highlighted person: strengths, needs and what each of you can do for the other.")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = Text(_(_HINT), style="dim")
        """What the card shows, as styled text."""
        self._card: CardData | None = None
        self._private = False
        self.focus_always = False
        """Take the focus even when the card fits its panel (the one-column layout shows the focused panel)."""
        self._lines: list[Strip] = []
        self._blank = Strip.blank(0)
        self._wrapped_at = -1

    def show(self, card: CardData | None, *, private: bool = False) -> None:
        """Show this card (None for the empty hint) and scroll back to its top."""
        self._card, self._private = card, private
        # A name is not markup, and its control characters are shown, not sent.
        self.border_title = Content(visible(card.person.name, lines=False)) if card is not None else _("Person")
        self._wrapped_at = -1
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._wrap()
        self.refresh()

    def _wrap(self) -> None:
        """Make and wrap the text for the card's width, unless that is done already."""
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrapped_at:
            return
        self._wrapped_at = width
        card = self._card
        self.text = Text(_(_HINT), style="dim") if card is None else card_text(card, private=self._private, width=width)
        self._lines = Visual.to_strips(self, visualize(self, self.text), width, None, self.visual_style, pad=True)
        self._blank = Strip.blank(width, self.rich_style)
        self.virtual_size = Size(width, len(self._lines))

    def allow_focus(self) -> bool:
        """Focusable when there is something to scroll, or always in the one-column layout."""
        return self.focus_always or super().allow_focus()

    def notify_style_update(self) -> None:
        """New colours (a theme, focus): wrap again with them."""
        super().notify_style_update()
        self._wrapped_at = -1

    def on_resize(self, event: events.Resize) -> None:
        """Fit the content to the new size."""
        self._wrap()

    def render_line(self, y: int) -> Strip:
        """Paint one visible line of the card."""
        self._wrap()
        index = self.scroll_offset.y + y
        return self._lines[index] if 0 <= index < len(self._lines) else self._blank
