"""Build the demo network: a realistic netevent file with a meeting in progress today.

Pure Python, no Textual. `netevent demo` writes it to a fresh temporary file,
so the demo never touches your own data. Everything is placed relative to
`today` and built without randomness beyond a fixed seed, so the same day
always gives the same file. The content lives in `netevent.services.demo_data`.
"""

from __future__ import annotations

import datetime as _dt
import random
from pathlib import Path

import netevent.services.demo_data as data
from netevent.domain.models import Attendance, Event, FollowUp, LedgerEntry, Note, Person, Profile, Review, replace
from netevent.domain.text import words
from netevent.services.demo_fates import add_fates
from netevent.storage.lock import lock_path
from netevent.storage.repository import Repository

__all__ = ["build_demo", "DANISH_MONTHS", "NETWORK"]

DANISH_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
"""Month names as Danish event names use them (lower case)."""

NETWORK = "Netværk Nord"
"""The recurring network the demo's meetings belong to."""

_SEED = 1
_ROOM_TODAY = 25
_COUNTRY_PHONE = {"Hamburg": "+49 40", "Malmö": "+46 40"}
_COUNTRY_TLD = {"Hamburg": "de", "Malmö": "se"}
_LEGAL_FORMS = {"aps", "a", "s", "ab", "gmbh"}

EventKey = int | str


def build_demo(path: str | Path, *, today: _dt.date | None = None) -> Path:
    """Write a fresh demo network to `path` and return the path.

    One atomic write: your profile, ~40 people, four past meetings of
    "Netværk Nord" and one Eksportrådet meeting with notes, gives and gets,
    follow-ups and reviews, asks and referrals with their fate
    (`services.demo_fates`), today's meeting in progress as the current
    event, and a one-to-one planned for later this week. An empty file at `path` (e.g. from `mkstemp`) is replaced.

    Raises:
        FileExistsError: `path` already holds something; it is left alone.
    """
    path = Path(path)
    today = today or _dt.date.today()
    if path.exists():
        if not (path.is_file() and path.stat().st_size == 0):
            raise FileExistsError(f"{path} already exists; the demo is only written to a new file")
        path.unlink()
    try:
        with Repository.open(path) as repo, repo.batch(undoable=False):  # a new file: nothing to undo
            repo.set_profile(Profile(**data.PROFILE))  # type: ignore[arg-type]  # demo_data's dict mixes str and tuple values
            ids = {person.name: repo.save_person(person).key for person in _people()}
            events = _add_events(repo, ids, today)
            _add_history(repo, ids, events)
            _record_first_meetings(repo, events)
            add_fates(repo, ids, events, NETWORK)
            repo.set_current_event(events["today"].id)
    except BaseException:
        path.unlink(missing_ok=True)  # no half-built demo left behind
        lock_path(path).unlink(missing_ok=True)
        raise
    return path


# ----------------------------------------------------------------- people


def _people() -> list[Person]:
    """The demo's people with derived, plausible contact details."""
    people = []
    for index, (name, company, role, city, tags, strengths, needs, about) in enumerate(data.PEOPLE):
        domain = "-".join(w for w in words(company) if w not in _LEGAL_FORMS) + "." + _COUNTRY_TLD.get(city, "dk")
        digits = f"{(index * 7919 + 1234) % 1000000:06d}"
        prefix = _COUNTRY_PHONE.get(city, f"+45 {20 + index % 10}")
        people.append(
            Person(
                name=name,
                company=company,
                role=role,
                email=f"{'.'.join(words(name)[:-1])}@{domain}",
                phone=f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]}",
                url=f"https://{domain}" if index % 3 == 0 else "",
                tags=tags + (city,),
                strengths=strengths,
                needs=needs,
                about=about,
            )
        )
    return people


# ----------------------------------------------------------------- events


def _add_events(repo: Repository, ids: dict[str, int], today: _dt.date) -> dict[EventKey, Event]:
    """Today's meeting, the past Netværk Nord meetings and the Eksportrådet meeting."""
    rng = random.Random(_SEED)
    others = [name for name in ids if name not in data.REGULARS]
    met = _met_by_event()
    events: dict[EventKey, Event] = {}
    used_names: set[str] = set()

    # Today's room: the regulars, your targets, and enough others to fill it.
    room = list(data.REGULARS) + [t[0] for t in data.TODAY_TARGETS] + list(data.TODAY_MET) + list(data.TODAY_GUESTS)
    rest = [n for n in others if n not in room]
    room += rng.sample(rest, max(0, _ROOM_TODAY - len(set(room))))
    targets = {name: (order, reason, question) for order, (name, reason, question) in enumerate(data.TODAY_TARGETS, 1)}
    attendees = []
    for name in dict.fromkeys(room):
        order, reason, question = targets.get(name, (0, "", ""))
        attendees.append(
            Attendance(
                ids[name],
                met=name in data.TODAY_MET,
                target=name in targets,
                reason=reason,
                question=question,
                order=order,
            )
        )
    events["today"] = repo.save_event(
        Event(
            name=_nord_name(today, used_names),
            network=NETWORK,
            date=today.isoformat(),
            place=data.NORD_PAST[-1][1],
            purpose=data.TODAY_PURPOSE,
            purpose_others=data.TODAY_PURPOSE_OTHERS,
            minutes=data.NORD_MINUTES,
            cost=data.NORD_COST,
            attendees=tuple(attendees),
            messages=data.TODAY_MESSAGES,
        )
    )

    # Past meetings, newest first so the month names go to the latest meeting.
    for index in reversed(range(len(data.NORD_PAST))):
        days, place, outcomes, value, value_words, picked_up, notes = data.NORD_PAST[index]
        date = today - _dt.timedelta(days=days)
        room = list(data.REGULARS) + rng.sample(others, rng.randint(3, 8)) + sorted(met.get(index, ()))
        events[index] = repo.save_event(
            Event(
                name=_nord_name(date, used_names),
                network=NETWORK,
                date=date.isoformat(),
                place=place,
                purpose="Møde nye iværksættere, der mangler en revisor",
                minutes=data.NORD_MINUTES,
                cost=data.NORD_COST,
                attendees=_room(room, ids, met.get(index, set())),
                review=Review(
                    outcomes, value, value_words, picked_up, notes, (date + _dt.timedelta(days=1)).isoformat()
                ),
            )
        )

    days, name, network, place, minutes, cost, export_room, review = data.EXPORT_EVENT
    date = today - _dt.timedelta(days=days)
    outcomes, value, value_words, picked_up, notes = review
    events["export"] = repo.save_event(
        Event(
            name=name,
            network=network,
            date=date.isoformat(),
            place=place,
            purpose="Finde kunder i eksportbranchen",
            minutes=minutes,
            cost=cost,
            attendees=_room(list(export_room), ids, met.get("export", set())),
            messages=("Vi kan tage bogføring og moms for danske datterselskaber",),
            review=Review(outcomes, value, value_words, picked_up, notes, (date + _dt.timedelta(days=2)).isoformat()),
        )
    )
    return events


def _nord_name(date: _dt.date, used: set[str]) -> str:
    """ "Netværk Nord — november", or with the day when that month already has a meeting."""
    month = DANISH_MONTHS[date.month - 1]
    name = f"{NETWORK} — {month}"
    if name in used:
        name = f"{NETWORK} — {date.day}. {month}"
    used.add(name)
    return name


def _room(names: list[str], ids: dict[str, int], met: set[str]) -> tuple[Attendance, ...]:
    return tuple(Attendance(ids[name], met=name in met) for name in dict.fromkeys(names))


def _met_by_event() -> dict[EventKey, set[str]]:
    """Who you talked to at each past meeting: everyone the history mentions."""
    met: dict[EventKey, set[str]] = {}
    mentions = [(n[0], n[1]) for n in data.NOTES + data.FOLLOWUPS] + [(g[0], g[2]) for g in data.LEDGER]
    for key, name in mentions:
        met.setdefault(key, set()).add(name)
    return met


# ---------------------------------------------------------------- history


def _add_history(repo: Repository, ids: dict[str, int], events: dict[EventKey, Event]) -> None:
    """Notes, gives and gets, and follow-ups (linked to the note line they came from)."""
    notes: dict[tuple[EventKey, str], Note] = {}
    for key, name, text, clock in data.NOTES:
        event = events[key]
        notes[key, name] = repo.save_note(Note(ids[name], text, event_id=event.id, created=f"{event.date}T{clock}:00"))
    for key, direction, name, kind, what, amount, with_name in data.LEDGER:
        event = events[key]
        repo.save_ledger(
            LedgerEntry(
                direction,
                ids[name],
                what,
                kind=kind,
                amount=amount,
                event_id=event.id,
                date=event.date,
                with_person_id=ids[with_name] if with_name else None,
            )
        )
    for key, name, action, due_days, done_days in data.FOLLOWUPS:
        event = events[key]
        start = _dt.date.fromisoformat(event.date)
        note = notes.get((key, name))
        linked = note is not None and f"→ {action}" in note.text
        repo.save_followup(
            FollowUp(
                ids[name],
                action,
                due=(start + _dt.timedelta(days=due_days)).isoformat(),
                done=done_days is not None,
                done_on=(start + _dt.timedelta(days=done_days)).isoformat() if done_days is not None else "",
                event_id=event.id,
                note_id=note.id if linked and note else None,
                created=event.date,
            )
        )


def _record_first_meetings(repo: Repository, events: dict[EventKey, Event]) -> None:
    """Set each person's "first met" to the earliest meeting where you talked."""
    for event in sorted(events.values(), key=lambda e: e.date, reverse=True):
        for attendance in event.attendees:
            person = repo.person(attendance.person_id)
            if attendance.met and person is not None:
                repo.save_person(replace(person, first_met_on=event.date, first_met_at=event.name))
