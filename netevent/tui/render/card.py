"""The person card as styled text: the neutral card parts (`services.cards`) with styles.

A match is one line: cut to the card's width with "…" (the whole reason is
in `netevent who` and the exports), so that the three match blocks fit above
the fold of an 80×24 terminal.
"""

from __future__ import annotations

from rich.text import Text

from netevent.domain.figures import fit
from netevent.services.cards import CardData, card_parts
from netevent.tui.safe import Shown

__all__ = ["card_text"]

_STYLES = {"status": "italic", "headline": "dim", "heading": "bold underline", "about": "italic"}


def card_text(card: CardData, *, private: bool = False, width: int = 0) -> Text:
    """The card as styled text, `width` cells wide (0: no cutting).

    User words are appended as plain text, never as markup, their control characters made visible.
    """
    out = Shown()
    for part in card_parts(card, private=private):
        if part.kind in ("field", "extra", "since"):
            out.append(f"{part.label}: ", style="dim" if part.kind == "extra" else "bold")
            out.append(part.text + "\n", style="italic" if part.kind == "since" else "")
        elif part.kind == "empty":
            out.append(f"{part.label}: ", style="bold")
            out.append(part.text + "\n", style="dim")
        elif part.kind == "item" and width > 4:
            out.append(fit(part.text, width).rstrip() + "\n")
        else:
            out.append(part.text + "\n", style=_STYLES.get(part.kind, ""))
    out.rstrip()
    return out
