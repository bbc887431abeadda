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
from netevent.domain.models import (
    Event,
    LedgerEntry,
    Person,
    ask_status_name,
    kind_name,
    referral_status_name,
    today_iso,
)
from netevent.domain.timeline import Moment, in_order
from netevent.i18n import _, format_date, translate_stored
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
        parts = [_("met ✓") if place.met else _("coming up") if coming else _("in the room, not met")]
        if place.target:
            parts.append(_("★ target: {reason}").format(reason=place.reason) if place.reason else _("★ target"))
        if place.target and (place.outcome or place.outcome_line):
            parts.append(outcome_words(place))
        if place.met:
            met_on.add(event.date)
        out.append(Moment(event.date, "event", f"{event.name}: " + " · ".join(parts), seq=f"{event.id:09d}"))
    if person.first_met_on and person.first_met_on not in met_on:
        told = _("First met at {place}").format(place=person.first_met_at) if person.first_met_at else _("First met")
        out.append(Moment(person.first_met_on, "first met", told))
    return out


def _ledger_moments(entry: LedgerEntry, events: dict[int | None, Event]) -> list[Moment]:
    seq = f"{entry.key:09d}"
    worth = f" · {money(entry.amount)}" if entry.amount else ""
    if not entry.is_referral:
        gave = (
            _("You gave ({kind}): {what}{worth}") if entry.direction == "gave" else _("You got ({kind}): {what}{worth}")
        )
        text = gave.format(kind=kind_name(entry.kind), what=entry.what, worth=worth)
        return [Moment(entry.date, entry.direction, text, seq=seq)]
    way = (
        _("Referral to them: {what} — {status}")
        if entry.direction == "gave"
        else _("Referral from them: {what} — {status}")
    )
    text = way.format(what=entry.what, status=referral_status_name(entry.status))
    out = [Moment(entry.date, "referral", text, ref=("referral", entry.key), seq=seq)]
    if entry.closed_on and entry.status in ("closed", "no business"):
        event = events.get(entry.event_id)
        credit = _(" (credited to {name})").format(name=event.name) if event else ""
        if entry.status == "closed":
            told = _("Referral closed: {what}{worth}{credit}").format(what=entry.what, worth=worth, credit=credit)
        else:
            told = _("Referral came to no business: {what}{credit}").format(what=entry.what, credit=credit)
        out.append(Moment(entry.closed_on, "fate", told, ref=("referral", entry.key), seq=seq))
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
        head = _("Note at {name}").format(name=where.name) if where else _("Note")
        moments.append(Moment(note.created[:10], "note", head, "\n".join(lines[1:]), first_line(note.text),
                              seq=note.created))  # fmt: skip
    for entry in repo.ledger(person_id=person.key):
        moments += _ledger_moments(entry, by_id)
    for ask in repo.asks(person.key):
        where = by_id.get(ask.event_id)
        said = _(" (at {name})").format(name=where.name) if where else ""
        now = "" if ask.is_open else _(" — now {status}").format(status=ask_status_name(ask.status))
        ref = ("ask", ask.key)
        asked = _("Asked for: {text}{said}{now}").format(text=ask.text, said=said, now=now)
        moments.append(Moment(ask.since, "ask", asked, ref=ref, seq=f"{ask.key:09d}"))
        for day, status, line in ask.history:
            fate = _("Ask {status}: {text}").format(status=ask_status_name(status), text=ask.text)
            # The line is the user's words, or one netevent wrote in English (kept so in the file).
            fate += _(" — {line}").format(line=translate_stored(line)) if line else ""
            moments.append(Moment(day, "fate", fate, ref=ref, seq=f"{ask.key:09d}"))
    for f in repo.followups(person_id=person.key):
        due = _(" (due {due})").format(due=format_date(f.due)) if f.due else ""
        ref = ("followup", f.key)
        promised = _("Promised: {action}{due}").format(action=f.action, due=due)
        moments.append(Moment(f.created[:10], "promise", promised, ref=ref, seq=f"{f.key:09d}"))
        if f.done:
            late = bool(f.due and f.done_on and f.done_on > f.due)
            kept = (_("Kept late: {action}") if late else _("Kept: {action}")).format(action=f.action)
            moments.append(Moment(f.done_on, "done", kept, ref=ref, seq=f"{f.key:09d}"))
    return Timeline(person, tuple(in_order(moments)), since_last_time_line(repo, person, notes, day))
