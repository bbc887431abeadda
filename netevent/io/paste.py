"""A contact pasted as text: a vCard or MECARD copied from a phone, an email signature or a QR scanner.

Pure Python. `pasted_person` reads the first person of a pasted vCard or
MECARD, so a one-line add can be filled from it; anything else is not a card.
"""

from __future__ import annotations

from netevent.domain.models import Person
from netevent.io.detect import detect_format
from netevent.io.incoming import ImportFailed
from netevent.io.mecard import parse_mecard
from netevent.io.vcard_import import parse_vcard

__all__ = ["pasted_person", "pasted_card", "looks_like_card"]


def looks_like_card(text: str) -> bool:
    """True for text that is meant as a vCard or MECARD (it may still be incomplete)."""
    return detect_format(text) in ("vcard", "mecard")


def pasted_person(text: str) -> Person | None:
    """The person in a pasted vCard or MECARD; None when the text is neither, is cut off or names nobody."""
    return pasted_card(text)[0]


def pasted_card(text: str) -> tuple[Person | None, str]:
    """The person in a pasted vCard or MECARD, or None and, in one line, why there is none."""
    kind = detect_format(text)
    try:
        if kind == "vcard":
            parsed = parse_vcard(text, "paste")
        elif kind == "mecard":
            parsed = parse_mecard(text, "paste")
        else:
            return None, "That is not a vCard or a MECARD."
    except ImportFailed:
        parsed = None
    if parsed is not None and parsed.incoming:
        return parsed.incoming[0].person, ""
    if parsed is not None and parsed.skipped:
        return None, f"Nothing to add: {parsed.skipped[0].reason}."
    return None, "That card is cut off or names nobody; paste all of it (a vCard ends with END:VCARD)."
