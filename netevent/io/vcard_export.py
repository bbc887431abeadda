"""Write people as vCard 4.0 (RFC 6350) that address books read and netevent reads back exactly.

Pure Python. Strengths go in RFC 6715 `EXPERTISE`, interests in `INTEREST`,
needs and the other netevent details in `X-NETEVENT-*` properties, which
other programs keep or ignore. Lines are folded at 75 bytes without
splitting a letter, and end in CRLF as the standard asks.
"""

from __future__ import annotations

from netevent.domain.models import Person
from netevent.domain.visible import visible

__all__ = ["vcard_text", "person_vcard", "escape", "split_name", "card_text"]


def escape(text: str) -> str:
    """A text value with backslash, comma, semicolon and line breaks escaped.

    Control characters are not allowed in vCard text (RFC 6350 §3.3), and an
    address book shows names as they come: they and invisible formatting
    (a right-to-left override, a zero-width space) are written as visible
    escapes, like everywhere netevent shows a name.
    """
    return (
        visible(text)
        .replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def _fold(line: str) -> list[str]:
    """Split a content line into pieces of at most 75 bytes; continuations start with a space."""
    out: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(("" if not out else " ") + "".join(current))
            current, size, limit = [], 0, 74
        current.append(ch)
        size += width
    out.append(("" if not out else " ") + "".join(current))
    return out


def split_name(name: str) -> tuple[str, str]:
    """Family and given name for `N`: the last word is taken as the family name."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    return words[-1], " ".join(words[:-1])


def _filled(*properties: tuple[str, str]) -> list[str]:
    """A content line for each (property, text) pair whose text is not empty."""
    return [f"{name}:{escape(value)}" for name, value in properties if value]


def person_vcard(person: Person) -> list[str]:
    """One person's card as unfolded content lines."""
    family, given = split_name(person.name)
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{escape(person.name)}", f"N:{escape(family)};{escape(given)};;;"]
    lines += _filled(
        ("ORG", person.company),
        ("TITLE", person.role),
        ("EMAIL", person.email),
        ("TEL", person.phone),
        ("URL", person.url),
        ("NOTE", person.about),
    )
    if person.tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in person.tags))
    lines.extend(f"EXPERTISE:{escape(s)}" for s in person.strengths)
    lines.extend(f"INTEREST:{escape(i)}" for i in person.interests)
    lines.extend(f"X-NETEVENT-NEEDS:{escape(n)}" for n in person.needs)
    lines += _filled(
        ("X-NETEVENT-FIRST-MET-ON", person.first_met_on),
        ("X-NETEVENT-FIRST-MET-AT", person.first_met_at),
    )
    lines.extend(f"X-NETEVENT-EXTRA:{escape(label)};{escape(value)}" for label, value in person.extra)
    lines.append("END:VCARD")
    return lines


def card_text(lines: list[str]) -> str:
    """Content lines as vCard text: folded at 75 bytes, each ending in CRLF."""
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))


def vcard_text(people: list[Person]) -> str:
    """Every person as a vCard 4.0 card, in one .vcf text."""
    return "".join(card_text(person_vcard(person)) for person in people)
