"""A realistic, deterministic synthetic network for the benchmark.

`build_data(n, seed)` returns the raw TinyDB data of a netevent file (the
current schema) with `n` people (each need an open ask), ~5 notes each, 20 events whose rooms hold 20-60
people, ~0.5 ledger entries and ~0.2 follow-ups per person, a profile with
offers and asks, and the newest event as the current one. Documents are
made by the models' own `to_doc`, so the file is exactly what netevent would
write; it is written with `netevent.storage.atomic.dumps` in one go, which keeps
50,000 people well under the 30 s the benchmark allows for generating them.

`write_csv(path, n, seed)` writes an attendee list in the project's own
columns (name, company, role, email, strengths, needs, tags) for the import
measurement.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import unicodedata
from pathlib import Path
from typing import Any

import vocab

from netevent.domain.models import Attendance, Event, FollowUp, LedgerEntry, Note, Person, Profile, Review
from netevent.i18n.cldr import CONVENTIONS
from netevent.storage.atomic import dumps
from netevent.storage.schema import SCHEMA_VERSION, TABLES, open_ask_doc

__all__ = ["TODAY", "build_data", "write_db", "write_csv", "person_row"]

TODAY = dt.date(2026, 3, 12)
"""A fixed "today", so one seed always gives the same file, byte for byte."""

EVENTS = 20
_MONTHS = CONVENTIONS["da"].months  # the Danish month names netevent itself writes
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss", "ł": "l", "ı": "i", "'": ""})


def _slug(text: str) -> str:
    """`Søren Ærø` -> `soeren.aeroe`, for e-mail addresses."""
    text = text.lower().translate(_ASCII)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return ".".join("".join(c for c in part if c.isalnum()) for part in text.split() if part)


def _day(rng: random.Random, back: int, ahead: int = 0) -> dt.date:
    return TODAY + dt.timedelta(days=rng.randint(-back, ahead))


class _People:
    """Draws people; companies are shared by a few people each, as in a real network."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.companies = [self._company() for _ in range(max(4, n // 3))]

    def _company(self) -> str:
        rng = self.rng
        owner = rng.choice(vocab.SURNAMES)
        words = [owner, rng.choice(vocab.COMPANY_WORDS)]
        if rng.random() < 0.25:
            words.insert(1, rng.choice(vocab.COMPANY_WORDS))
        form = rng.choice(vocab.LEGAL_FORMS)
        return " ".join(words + ([form] if form else []))

    def row(self) -> dict[str, Any]:
        """One person's fields as plain values."""
        rng = self.rng
        first = rng.choice(vocab.FIRST_NAMES)
        if rng.random() < 0.12:
            first += " " + rng.choice(vocab.FIRST_NAMES)
        last = rng.choice(vocab.SURNAMES)
        if rng.random() < 0.08:
            last = f"{rng.choice(vocab.SURNAMES)}-{last}"
        name = f"{first} {last}"
        company = rng.choice(self.companies)
        domain = _slug(company.split()[0]).replace(".", "") or "firma"
        strengths = rng.sample(vocab.SKILLS, rng.randint(3, 6))
        needs = [s for s in rng.sample(vocab.SKILLS, 5) if s not in strengths][: rng.randint(1, 3)]
        return dict(
            name=name,
            company=company,
            role=rng.choice(vocab.ROLES),
            email=f"{_slug(first).split('.')[0]}.{_slug(last).replace('.', '')}@{domain}."
            + rng.choice(("dk", "dk", "com", "de", "se")),
            phone=f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            tags=rng.sample(vocab.TAGS, rng.choice((0, 1, 1, 2, 2, 3))),
            strengths=strengths,
            needs=needs,
        )


def person_row(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """`n` people's fields (the CSV and the database share this)."""
    people = _People(rng, n)
    return [people.row() for _ in range(n)]


def _note_text(rng: random.Random) -> str:
    skill = rng.choice(vocab.SKILLS)
    text = f"{rng.choice(vocab.NOTE_OPENERS)} {skill}."
    tail = rng.choice(vocab.NOTE_TAILS)
    return f"{text} {tail}".strip()


def _events(rng: random.Random, n: int) -> list[Event]:
    """Twenty meetings over the last year and a half; the last is today's."""
    events = []
    for k in range(EVENTS):
        when = TODAY - dt.timedelta(days=(EVENTS - 1 - k) * 27)
        network = rng.choice(vocab.NETWORKS)
        size = min(n, rng.randint(20, 60))
        room = rng.sample(range(1, n + 1), size)
        past = k < EVENTS - 1
        targets = set(rng.sample(room, min(size, rng.randint(2, 4))))
        attendees = tuple(
            Attendance(
                person_id=pid,
                met=past and rng.random() < 0.6,
                target=pid in targets,
                reason=f"kunne bruge {rng.choice(vocab.PROFILE['offers'])}" if pid in targets else "",
                order=i,
            )
            for i, pid in enumerate(room)
        )
        review = None
        if past:
            review = Review(
                outcomes=(f"to nye kontakter inden for {rng.choice(vocab.SKILLS)}",),
                value=float(rng.choice((0, 1000, 5000, 20000))),
                picked_up=rng.random() < 0.5,
                reviewed_on=(when + dt.timedelta(days=1)).isoformat(),
            )
        events.append(Event(
            name=f"{network} {rng.choice(vocab.EVENT_KINDS)} {_MONTHS[when.month - 1]} {when.year}",
            network=network,
            date=when.isoformat(),
            place=rng.choice(vocab.PLACES),
            purpose=f"Find to nye kunder, der mangler {rng.choice(vocab.PROFILE['offers'])}",
            minutes=rng.choice((90, 120, 180, 240)),
            cost=float(rng.choice((0, 150, 350, 1200))),
            attendees=attendees,
            messages=(f"Spørg om {rng.choice(vocab.SKILLS)}", "Fortæl om den nye rådgivningspakke"),
            review=review,
        ))  # fmt: skip
    return events


def build_data(n: int, seed: int = 1) -> dict[str, dict[str, dict[str, Any]]]:
    """The raw data of a netevent file with `n` people (see the module docstring)."""
    rng = random.Random(seed)
    data: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in TABLES}
    data["meta"]["1"] = {"schema_version": SCHEMA_VERSION}
    data["profile"]["1"] = Profile(**vocab.PROFILE).to_doc()
    people = data["people"]
    for i, fields in enumerate(person_row(rng, n), start=1):
        if rng.random() < 0.3:
            fields["about"] = f"Bor i {rng.choice(vocab.CITIES)}. {rng.choice(vocab.NOTE_TAILS)}".strip()
        met = _day(rng, 3 * 365, -1)
        fields["first_met_on"] = met.isoformat()
        fields["first_met_at"] = rng.choice(vocab.NETWORKS)
        people[str(i)] = Person(**fields).to_doc()
        for need in people[str(i)]["needs"]:  # each need is an open ask (schema 3)
            data["asks"][str(len(data["asks"]) + 1)] = open_ask_doc(i, need, fields["first_met_on"], None)
    events = _events(rng, n)
    attended: dict[int, list[tuple[int, dt.date]]] = {}
    for eid, event in enumerate(events, start=1):
        data["events"][str(eid)] = event.to_doc()
        for pid in event.person_ids:
            attended.setdefault(pid, []).append((eid, dt.date.fromisoformat(event.date)))
    data["settings"]["1"] = {"current_event_id": len(events)}
    notes, note_id = data["notes"], 0
    for pid in range(1, n + 1):
        for _ in range(rng.choice((3, 4, 5, 5, 6, 7))):
            note_id += 1
            where = attended.get(pid)
            eid, day = rng.choice(where) if where and rng.random() < 0.7 else (None, _day(rng, 900, -1))
            stamp = f"{day.isoformat()}T{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:00"
            notes[str(note_id)] = Note(person_id=pid, event_id=eid, text=_note_text(rng), created=stamp).to_doc()
    for i in range(1, n // 2 + 1):
        pid = rng.randint(1, n)
        where = attended.get(pid)
        entry = LedgerEntry(
            direction="gave" if rng.random() < 0.85 else "got",
            person_id=pid,
            what=f"{rng.choice(('Intro til', 'Råd om', 'Henvisning vedr.', 'Tip om'))} {rng.choice(vocab.SKILLS)}",
            kind=rng.choice(("intro", "referral", "advice", "business", "other")),
            amount=float(rng.choice((0, 0, 500, 2500))) or None,
            event_id=where[0][0] if where else None,
            date=_day(rng, 500, -1).isoformat(),
        )
        data["ledger"][str(i)] = entry.to_doc()
    for i in range(1, n // 5 + 1):
        done = rng.random() < 0.5
        followup = FollowUp(
            person_id=rng.randint(1, n),
            action=f"{rng.choice(vocab.FOLLOWUP_ACTIONS)} {rng.choice(vocab.SKILLS)}",
            due=_day(rng, 120, 60).isoformat(),
            done=done,
            done_on=_day(rng, 100).isoformat() if done else "",
            created=_day(rng, 200, -1).isoformat(),
        )
        data["followups"][str(i)] = followup.to_doc()
    return data


def write_db(path: Path, n: int, seed: int = 1) -> Path:
    """Write a synthetic netevent file with `n` people to `path`."""
    path.write_bytes(dumps(build_data(n, seed)))
    return path


def write_csv(path: Path, n: int, seed: int = 2) -> Path:
    """An attendee list of `n` rows in netevent's own CSV columns."""
    rows = person_row(random.Random(seed), n)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["name", "company", "role", "email", "strengths", "needs", "tags"])
        for r in rows:
            out.writerow([r["name"], r["company"], r["role"], r["email"],
                          "; ".join(r["strengths"]), "; ".join(r["needs"]), "; ".join(r["tags"])])  # fmt: skip
    return path
