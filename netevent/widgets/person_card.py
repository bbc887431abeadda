"""The person card: who they are, what they are good at and need, and the three matches."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.content import Content
from textual.containers import VerticalScroll
from textual.widgets import Static

from netevent.cards import CardData, card_parts

__all__ = ["PersonCard", "card_text"]


_STYLES = {"status": "italic", "headline": "dim", "heading": "bold underline", "none": "dim", "about": "italic"}


def card_text(card: CardData, *, private: bool = False, attendance: str = "") -> Text:
    """The card as styled text. User words are appended as plain text, never as markup."""
    out = Text()
    for part in card_parts(card, private=private, attendance=attendance):
        if part.kind in ("field", "extra"):
            out.append(f"{part.label}: ", style="bold" if part.kind == "field" else "dim")
            out.append(part.text + "\n")
        else:
            out.append(part.text + "\n", style=_STYLES.get(part.kind, ""))
    out.rstrip()
    return out


class PersonCard(VerticalScroll):
    """A scrollable card; shows a hint when nobody is selected."""

    BINDING_GROUP_TITLE = "Person"
    HELP = "The highlighted person: strengths, needs and what each of you can do for the other."

    def compose(self) -> ComposeResult:
        yield Static(Text("Nobody selected. Press / and type a few letters."), id="card-body")

    def show(self, card: CardData | None, *, private: bool = False, attendance: str = "") -> None:
        """Show this card (None for the empty hint) and scroll back to its top."""
        body = self.query_one("#card-body", Static)
        if card is None:
            body.update(Text("Nobody selected. Press / and type a few letters.", style="dim"))
            self.border_title = "Person"
        else:
            body.update(card_text(card, private=private, attendance=attendance))
            self.border_title = Content(card.person.name)  # a name is not markup
        self.scroll_home(animate=False)
