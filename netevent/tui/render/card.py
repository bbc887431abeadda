"""The person card as styled text: the neutral card parts (`services.cards`) with styles."""

from __future__ import annotations

from rich.text import Text

from netevent.services.cards import CardData, card_parts
from netevent.tui.safe import Shown

__all__ = ["card_text"]

_STYLES = {"status": "italic", "headline": "dim", "heading": "bold underline", "none": "dim", "about": "italic"}


def card_text(card: CardData, *, private: bool = False, attendance: str = "") -> Text:
    """The card as styled text. User words are appended as plain text, never as markup, controls made visible."""
    out = Shown()
    for part in card_parts(card, private=private, attendance=attendance):
        if part.kind in ("field", "extra"):
            out.append(f"{part.label}: ", style="bold" if part.kind == "field" else "dim")
            out.append(part.text + "\n")
        else:
            out.append(part.text + "\n", style=_STYLES.get(part.kind, ""))
    out.rstrip()
    return out
