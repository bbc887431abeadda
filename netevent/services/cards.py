"""A person's card: what it shows, gathered once, and its parts in reading order for a renderer.

Pure Python. The card shows who the person is, the three match blocks with
their "why", the last notes and open follow-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.models import Person

if TYPE_CHECKING:
    from netevent.domain.matching import CardMatches
    from netevent.services.finder import PeopleFinder
    from netevent.storage.repository import Repository

__all__ = ["CardData", "Part", "HIDDEN", "card_data", "card_parts"]


@dataclass(frozen=True, slots=True)
class CardData:
    """Everything a card shows about one person, gathered from the repository."""

    person: Person
    matches: CardMatches
    names: dict[int, str]
    notes: tuple[str, ...]
    followups: tuple[str, ...]
    room_label: str
    ledger_line: str = ""
    """The give share with this person, e.g. "give share 83 % (5 gave, 1 got) — …"; "" before any give or get."""


def card_data(repo: Repository, finder: PeopleFinder, person: Person, *, notes: int = 3, wait: bool = True) -> CardData:
    """Collect a person's card: matches against your profile and the current room.

    Args:
        wait: False leaves *introduce them to* empty, saying so, until the
            introduction index exists, instead of building it (the app's first second).
    """
    from netevent.domain.matching import IntroIndex, card_matches

    event = repo.current_event()
    within = set(event.person_ids) if event else None
    introductions = wait or finder.ready
    lexicon = finder.lexicon
    index = finder if introductions else IntroIndex(lexicon=lexicon)
    matches = card_matches(repo.profile, person, index, within=within, lexicon=lexicon)
    names = {m.person_id: _name(repo, m.person_id) for m in matches.introduce if m.person_id is not None}
    events = {e.id: e.name for e in repo.events()}
    note_lines = []
    for note in repo.notes_for(person.key)[:notes]:
        where = events.get(note.event_id, "")
        stamp = (note.updated or note.created)[:10]
        first = " ".join(note.text.split())
        note_lines.append(f"{stamp}{' · ' + where if where else ''}: {first}")
    follow_lines = [f"{f.due or 'no date'}: {f.action}" for f in repo.followups(person_id=person.id, open_only=True)]
    return CardData(
        person=person,
        matches=matches,
        names=names,
        notes=tuple(note_lines),
        followups=tuple(follow_lines),
        room_label=(event.name if event else "everyone") + ("" if introductions else ", still indexing…"),
        ledger_line=_ledger_line(repo, person),
    )


def _ledger_line(repo: Repository, person: Person) -> str:
    from netevent.services.ledger import give_share_label, person_summary

    summary = person_summary(repo, person.key)
    return give_share_label(summary) if summary.total else ""


def _name(repo: Repository, person_id: int) -> str:
    other = repo.person(person_id)
    return other.name if other else f"#{person_id}"


HIDDEN = "•••"
"""What stands in for private text while the privacy key hides it."""


@dataclass(frozen=True, slots=True)
class Part:
    """One piece of a card, in reading order, for a renderer to style.

    `kind` is "status" (met/target), "headline", "field" (label: text),
    "heading" (a block's title), "item" (a line in a block, prefix included),
    "none" (an empty block's dash), "about" (free text) or "extra" (an
    imported answer, label: text).
    """

    kind: str
    text: str
    label: str = ""


def card_parts(card: CardData, *, private: bool = False, attendance: str = "") -> list[Part]:
    """The card in the order that matters mid-conversation.

    Who they are, what they are good at and need, what you can do for each
    other; contact details last. With `private`, notes, contact details and
    free text are hidden.
    """
    p = card.person
    parts: list[Part] = []
    if attendance:
        parts.append(Part("status", attendance))
    headline = p.headline
    if p.tags:
        headline = (headline + "  " if headline else "") + "#" + " #".join(p.tags)
    if headline:
        parts.append(Part("headline", headline))
    parts.append(Part("field", ", ".join(p.strengths) or "—", "Strengths"))
    parts.append(Part("field", ", ".join(p.needs) or "—", "Needs"))
    if card.ledger_line:
        parts.append(Part("field", card.ledger_line, "Give/get"))
    blocks = (
        ("You can offer them", [f"  • {m.why}" for m in card.matches.offer]),
        ("They can help you", [f"  • {m.why}" for m in card.matches.help]),
        (f"Introduce them to ({card.room_label})", [f"  • {m.why}" for m in card.matches.introduce]),
    )
    for title, items in blocks:
        parts.append(Part("heading", title))
        parts.extend([Part("item", item) for item in items] or [Part("none", "  —")])
    for title, prefix, lines in (("Notes", "  ", card.notes), ("Follow-ups", "  ☐ ", card.followups)):
        if lines:
            parts.append(Part("heading", title))
            hide = private and title == "Notes"
            parts.extend(Part("item", prefix + (HIDDEN if hide else line)) for line in lines)
    contact = "  ".join(x for x in (p.email, p.phone, p.url) if x)
    if contact:
        parts.append(Part("field", HIDDEN if private else contact, "Contact"))
    if p.first_met_on or p.first_met_at:
        parts.append(Part("field", " at ".join(x for x in (p.first_met_on, p.first_met_at) if x), "First met"))
    if not private:
        if p.about:
            parts.append(Part("about", p.about))
        parts.extend(Part("extra", value, label) for label, value in p.extra)
    return parts
