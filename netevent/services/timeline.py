"""One person's history, oldest first: every room they were in, notes, gives and gets, asks, referrals, promises.

Pure Python. Shared by the app's history screen (`h` on a card) and
`netevent who --history`. Each moment says what happened in one line (a
note keeps its other lines as detail); asks, referrals and follow-ups carry
a reference, so the screen can change their fate from the line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.figures import money
from netevent.domain.models import Event, LedgerEntry, Person, today_iso
from netevent.domain.timeline import Moment, in_order
from netevent.services.briefing import first_line
from netevent.services.events import get_person
from netevent.services.review import outcome_words

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["Timeline", "timeline"]


@dataclass(frozen=True, slots=True)
class Timeline:
    """A person's history: the moments oldest first, and the line that sums up since last time."""

    person: Person
    moments: tuple[Moment, ...]
    since: str
    """The card's "since last time" line ("" for someone not met before)."""


def _room_moments(person: Person, events: list[Event], today: str) -> list[Moment]:
    out = []
    met_on = set()
    for event in events:
        place = event.attendance(person.key)
        if place is None:
            continue
        coming = bool(event.date) and event.date > today and not place.met
        parts = ["met ✓" if place.met else "coming up" if coming else "in the room, not met"]
        if place.target:
            parts.append("★ target" + (f": {place.reason}" if place.reason else ""))
        if place.target and (place.outcome or place.outcome_line):
            parts.append(outcome_words(place))
        if place.met:
            met_on.add(event.date)
        out.append(Moment(event.date, "event", f"{event.name}: " + " · ".join(parts), seq=f"{event.id:09d}"))
    if person.first_met_on and person.first_met_on not in met_on:
        where = f" at {person.first_met_at}" if person.first_met_at else ""
        out.append(Moment(person.first_met_on, "first met", f"First met{where}"))
    return out


def _ledger_moments(entry: LedgerEntry, events: dict[int | None, Event]) -> list[Moment]:
    seq = f"{entry.key:09d}"
    worth = f" · {money(entry.amount)}" if entry.amount else ""
    if not entry.is_referral:
        verb = "You gave" if entry.direction == "gave" else "You got"
        return [Moment(entry.date, entry.direction, f"{verb} ({entry.kind}): {entry.what}{worth}", seq=seq)]
    way = "Referral to them" if entry.direction == "gave" else "Referral from them"
    out = [
        Moment(entry.date, "referral", f"{way}: {entry.what} — {entry.status}", ref=("referral", entry.key), seq=seq)
    ]
    if entry.closed_on and entry.status in ("closed", "no business"):
        event = events.get(entry.event_id)
        credit = f" (credited to {event.name})" if event else ""
        told = "closed" if entry.status == "closed" else "came to no business"
        text = f"Referral {told}: {entry.what}{worth if entry.status == 'closed' else ''}{credit}"
        out.append(Moment(entry.closed_on, "fate", text, ref=("referral", entry.key), seq=seq))
    return out


def timeline(repo: Repository, person_id: int, *, today: str | None = None) -> Timeline:
    """Everything that happened with a person, oldest first.

    Raises:
        NotFound: there is no such person.
    """
    from netevent.services.cards import since_last_time_line

    person = get_person(repo, person_id)
    events = repo.events()
    by_id: dict[int | None, Event] = {e.id: e for e in events}
    day = today or today_iso()
    moments = _room_moments(person, events, day)
    repo.expect_notes_of(1)
    notes = repo.notes_for(person.key)
    for note in notes:
        lines = [line.rstrip() for line in note.text.strip().splitlines() if line.strip()]
        where = by_id.get(note.event_id)
        head = "Note" + (f" at {where.name}" if where else "")
        moments.append(Moment(note.created[:10], "note", head, "\n".join(lines[1:]), first_line(note.text),
                              seq=note.created))  # fmt: skip
    for entry in repo.ledger(person_id=person.key):
        moments += _ledger_moments(entry, by_id)
    for ask in repo.asks(person.key):
        where = by_id.get(ask.event_id)
        said = f" (at {where.name})" if where else ""
        now = "" if ask.is_open else f" — now {ask.status}"
        ref = ("ask", ask.key)
        moments.append(Moment(ask.since, "ask", f"Asked for: {ask.text}{said}{now}", ref=ref, seq=f"{ask.key:09d}"))
        for day, status, line in ask.history:
            moments.append(
                Moment(day, "fate", f"Ask {status}: {ask.text}" + (f" — {line}" if line else ""), ref=ref,
                       seq=f"{ask.key:09d}")
            )  # fmt: skip
    for f in repo.followups(person_id=person.key):
        due = f" (due {f.due})" if f.due else ""
        ref = ("followup", f.key)
        moments.append(Moment(f.created[:10], "promise", f"Promised: {f.action}{due}", ref=ref, seq=f"{f.key:09d}"))
        if f.done:
            late = " (late)" if f.due and f.done_on and f.done_on > f.due else ""
            moments.append(Moment(f.done_on, "done", f"Kept{late}: {f.action}", ref=ref, seq=f"{f.key:09d}"))
    return Timeline(person, tuple(in_order(moments)), since_last_time_line(repo, person, notes, day))
