"""A person's card as plain text lines: used by `netevent who` and the Markdown export.

Pure Python. The card shows who the person is, the three match blocks with
their "why", the last notes and open follow-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.models import Person

if TYPE_CHECKING:
    from netevent.matching import CardMatches
    from netevent.repository import Repository

__all__ = ["CardData", "card_data", "card_lines"]


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


def card_data(repo: Repository, person: Person, *, notes: int = 3, introductions: bool = True) -> CardData:
    """Collect a person's card: matches against your profile and the current room.

    Args:
        introductions: False leaves *introduce them to* empty instead of
            waiting for the introduction index (the app's first second).
    """
    from netevent.matching import IntroIndex, card_matches

    event = repo.current_event()
    within = set(event.person_ids) if event else None
    index = repo.intro_index_for(within) if introductions else IntroIndex()
    matches = card_matches(repo.profile, person, index, within=within)
    names = {m.person_id: _name(repo, m.person_id) for m in matches.introduce if m.person_id is not None}
    events = {e.id: e.name for e in repo.events()}
    note_lines = []
    for note in repo.notes_for(person.id)[:notes]:  # type: ignore[arg-type]
        where = events.get(note.event_id, "")
        stamp = (note.updated or note.created)[:10]
        first = " ".join(note.text.split())
        note_lines.append(f"{stamp}{' · ' + where if where else ''}: {first}")
    follow_lines = [
        f"{f.due or 'no date'}: {f.action}" for f in repo.followups(person_id=person.id, open_only=True)
    ]
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
    from netevent.ledger import give_share_label, person_summary

    summary = person_summary(repo, person.id)  # type: ignore[arg-type]
    return give_share_label(summary) if summary.total else ""


def _name(repo: Repository, person_id: int) -> str:
    other = repo.person(person_id)
    return other.name if other else f"#{person_id}"


def card_lines(card: CardData) -> list[str]:
    """The card as plain text lines, user text exactly as typed."""
    p = card.person
    lines = [p.name]
    if p.headline:
        lines.append(p.headline)
    contact = "  ".join(x for x in (p.email, p.phone, p.url) if x)
    if contact:
        lines.append(contact)
    if p.tags:
        lines.append("Tags: " + ", ".join(p.tags))
    lines.append("Strengths: " + (", ".join(p.strengths) or "—"))
    lines.append("Needs: " + (", ".join(p.needs) or "—"))
    if p.first_met_on or p.first_met_at:
        lines.append("First met: " + " at ".join(x for x in (p.first_met_on, p.first_met_at) if x))
    blocks = (
        ("You can offer them", card.matches.offer),
        ("They can help you", card.matches.help),
        (f"Introduce them to ({card.room_label})", card.matches.introduce),
    )
    for title, matches in blocks:
        lines.append("")
        lines.append(title + ":")
        if not matches:
            lines.append("  —")
        for match in matches:
            lines.append(f"  • {match.why}")
    if card.notes:
        lines.append("")
        lines.append("Notes:")
        lines.extend(f"  {line}" for line in card.notes)
    if card.followups:
        lines.append("")
        lines.append("Follow-ups:")
        lines.extend(f"  ☐ {line}" for line in card.followups)
    return lines
