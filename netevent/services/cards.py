"""A person's card: what it shows, gathered once, and its parts in reading order for a renderer.

Pure Python. The card puts what matters mid-conversation first: for someone met
before, what happened since last time (one line); for a target, why you
wanted to talk to them and the question to ask; then who they are and the
three match blocks (what you can offer them, whom to introduce them to,
what they can help you with), one line a match; then strengths, needs (their
open asks), their GAINS, notes, follow-ups and contact details.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.models import Attendance, Note, Person, today_iso
from netevent.i18n import _, format_date, ngettext

if TYPE_CHECKING:
    from netevent.domain.matching import CardMatches
    from netevent.domain.models import Event
    from netevent.services.finder import PeopleFinder
    from netevent.storage.repository import Repository

__all__ = ["CardData", "Part", "HIDDEN", "card_data", "card_parts", "status_line", "since_last_time_line"]


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
    attendance: Attendance | None = None
    """Their place in the current event's room (met, target, reason, question), if they are in it."""
    event_name: str = ""
    """The current event, "" when there is none."""
    since: str = ""
    """What happened since you last met, in one line ("" for someone not met before)."""


def card_data(
    repo: Repository,
    finder: PeopleFinder,
    person: Person,
    *,
    notes: int = 3,
    wait: bool = True,
    today: str | None = None,
) -> CardData:
    """Collect a person's card: matches against your profile and the current room.

    Args:
        wait: False leaves *introduce them to* empty, saying so, until the
            introduction index exists, instead of building it (the app's first second).
        today: the date "since last time" counts from (default the real today).
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
    all_notes = repo.notes_for(person.key)
    for note in all_notes[:notes]:
        where = events.get(note.event_id, "")
        stamp = format_date((note.updated or note.created)[:10])
        first = " ".join(note.text.split())
        note_lines.append(f"{stamp}{' · ' + where if where else ''}: {first}")
    promises = repo.followups(person_id=person.id, open_only=True)
    follow_lines = [f"{format_date(f.due) or _('no date')}: {f.action}" for f in promises]
    return CardData(
        person=person,
        matches=matches,
        names=names,
        notes=tuple(note_lines),
        followups=tuple(follow_lines),
        room_label=(event.name if event else _("everyone")) + ("" if introductions else _(", still indexing…")),
        ledger_line=_ledger_line(repo, person),
        attendance=event.attendance(person.key) if event else None,
        event_name=event.name if event else "",
        since=since_last_time_line(repo, person, all_notes, today or today_iso(), promises=len(promises)),
    )


def _last_meeting(repo: Repository, person: Person, notes: list[Note], today: str) -> Event | None:
    """The newest earlier event (not the current one, not after today) where you met them or wrote about them."""
    current = repo.current_event_id
    noted = {n.event_id for n in notes if n.event_id is not None}
    for event in repo.events():  # newest first
        if event.id == current or (event.date and event.date > today):
            continue
        place = event.attendance(person.key)
        if (place is not None and place.met) or event.id in noted:
            return event
    return None


def since_last_time_line(
    repo: Repository, person: Person, notes: list[Note], today: str, *, promises: int | None = None
) -> str:
    """ "Netværk Nord — oktober (2026-10-29) · 2 open asks · 1 open promise · give share 80 %", or "".

    For anyone met before: at an earlier event (met, or written about there),
    or first met on an earlier day. `notes` are the person's notes.
    """
    from netevent.domain.figures import percent
    from netevent.services.ledger import person_summary

    last = _last_meeting(repo, person, notes, today)
    if last is not None:
        where = last.name + (f" ({format_date(last.date)})" if last.date else "")
    elif person.first_met_on and person.first_met_on < today:
        when = format_date(person.first_met_on)
        where = (
            _("first met {date} at {place}").format(date=when, place=person.first_met_at)
            if person.first_met_at
            else _("first met {date}").format(date=when)
        )
    else:
        return ""
    if promises is None:
        promises = len(repo.followups(person_id=person.key, open_only=True))
    parts = [
        where,
        ngettext("{count} open ask", "{count} open asks", len(person.needs)).format(count=len(person.needs)),
        ngettext("{count} open promise", "{count} open promises", promises).format(count=promises),
    ]
    summary = person_summary(repo, person.key)
    if summary.total:
        parts.append(_("give share {percent}").format(percent=percent(summary.give_share)))
    return " · ".join(parts)


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

    `kind` is "since" (since last time, label: text), "status" (met/target and why), "headline", "field" (label:
    text), "heading" (a block's title), "item" (a line in a block, prefix
    included: one line each on screen), "note" (a note's line, which may
    wrap), "empty" (a block with nothing in it: label and a dash on one
    line), "about" (free text) or "extra" (an imported answer, label: text).
    """

    kind: str
    text: str
    label: str = ""


def status_line(card: CardData) -> str:
    """What their place in the room says: "★ target ✓ met", "not in this room", or ""."""
    a = card.attendance
    if a is None:
        return _("not in this room") if card.event_name else ""
    return " ".join(x for x in (_("★ target") if a.target else "", _("✓ met") if a.met else "") if x)


def card_parts(card: CardData, *, private: bool = False) -> list[Part]:
    """The card in the order that matters mid-conversation.

    For a target: why you wanted them and the question to ask, first. Then
    who they are and the three match blocks, one line a match; then their
    strengths and needs and the rest; contact details last. With `private`,
    notes, contact details and free text are hidden.
    """
    p, a = card.person, card.attendance
    parts: list[Part] = []
    if card.since:
        parts.append(Part("since", card.since, _("Since last time")))
    status = status_line(card)
    if a is not None and a.target and a.reason:
        status += f" — {a.reason}"
    if status:
        parts.append(Part("status", status))
    if a is not None and a.target and a.question:
        parts.append(Part("field", a.question, _("Ask")))
    headline = p.headline
    if p.tags:
        headline = (headline + "  " if headline else "") + "#" + " #".join(p.tags)
    if headline:
        parts.append(Part("headline", headline))
    blocks = (
        (_("You can offer them"), card.matches.offer),
        (_("Introduce them to ({room_label})").format(room_label=card.room_label), card.matches.introduce),
        (_("They can help you"), card.matches.help),
    )
    for title, matches in blocks:
        if matches:
            parts.append(Part("heading", title))
            parts.extend(Part("item", f"  • {m.why}") for m in matches)
        else:
            parts.append(Part("empty", "—", title))
    parts.append(Part("field", ", ".join(p.strengths) or "—", _("Strengths")))
    parts.append(Part("field", ", ".join(p.needs) or "—", _("Needs")))
    for label, items in ((_("Goals"), p.goals), (_("Accomplishments"), p.accomplishments),
                         (_("Interests"), p.interests), (_("Their networks"), p.networks)):  # fmt: skip
        if items:
            parts.append(Part("field", ", ".join(items), label))
    if card.ledger_line:
        parts.append(Part("field", card.ledger_line, _("Give/get")))
    for kind, title, prefix, lines in (
        ("note", _("Notes"), "  ", card.notes),
        ("item", _("Follow-ups"), "  ☐ ", card.followups),
    ):
        if lines:
            parts.append(Part("heading", title))
            hide = private and kind == "note"
            parts.extend(Part(kind, prefix + (HIDDEN if hide else line)) for line in lines)
    contact = "  ".join(x for x in (p.email, p.phone, p.url) if x)
    if contact:
        parts.append(Part("field", HIDDEN if private else contact, _("Contact")))
    if p.first_met_on or p.first_met_at:
        met = _("{date} at {place}") if p.first_met_on and p.first_met_at else "{date}{place}"
        first = met.format(date=format_date(p.first_met_on), place=p.first_met_at)
        parts.append(Part("field", first, _("First met")))
    if not private:
        if p.about:
            parts.append(Part("about", p.about))
        parts.extend(Part("extra", value, label) for label, value in p.extra)
    return parts
