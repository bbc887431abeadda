"""The person card: who they are, what they are good at and need, and the three matches."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.content import Content
from textual.containers import VerticalScroll
from textual.widgets import Static

from netevent.cards import CardData

__all__ = ["PersonCard", "card_text"]

HIDDEN = "•••"


def card_text(card: CardData, *, private: bool = False, attendance: str = "") -> Text:
    """The card as styled text. User words are appended as plain text, never as markup.

    The order follows what matters mid-conversation: who they are, what they
    are good at and need, what you can do for each other; contact details last.
    """
    p = card.person
    out = Text()
    if attendance:
        out.append(attendance + "\n", style="italic")
    headline = p.headline
    if p.tags:
        headline = (headline + "  " if headline else "") + "#" + " #".join(p.tags)
    if headline:
        out.append(headline + "\n", style="dim")
    _field(out, "Strengths", ", ".join(p.strengths) or "—")
    _field(out, "Needs", ", ".join(p.needs) or "—")
    if card.ledger_line:
        _field(out, "Give/get", card.ledger_line)
    blocks = (
        ("You can offer them", card.matches.offer),
        ("They can help you", card.matches.help),
        (f"Introduce them to ({card.room_label})", card.matches.introduce),
    )
    for title, matches in blocks:
        out.append(f"{title}\n", style="bold underline")
        if not matches:
            out.append("  —\n", style="dim")
        for match in matches:
            out.append("  • ")
            out.append(match.why + "\n")
    if card.notes:
        out.append("Notes\n", style="bold underline")
        for line in card.notes:
            out.append("  " + (HIDDEN if private else line) + "\n")
    if card.followups:
        out.append("Follow-ups\n", style="bold underline")
        for line in card.followups:
            out.append("  ☐ " + line + "\n")
    contact = "  ".join(x for x in (p.email, p.phone, p.url) if x)
    if contact:
        _field(out, "Contact", HIDDEN if private else contact)
    if p.first_met_on or p.first_met_at:
        _field(out, "First met", " at ".join(x for x in (p.first_met_on, p.first_met_at) if x))
    if p.about and not private:
        out.append(p.about + "\n", style="italic")
    if p.extra and not private:
        for label, value in p.extra:
            out.append(f"{label}: ", style="dim")
            out.append(value + "\n")
    out.rstrip()
    return out


def _field(out: Text, label: str, value: str) -> None:
    out.append(f"{label}: ", style="bold")
    out.append(value + "\n")


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
