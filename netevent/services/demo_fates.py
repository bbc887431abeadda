"""The demo network's history of fates: asks helped and closed, referrals that closed, GAINS, a one-to-one.

Pure Python, no Textual; called by `netevent.services.demo` inside its one
write. It makes what the relationships features show visible on first
launch: asks that came up at a meeting and were helped by an introduction,
then closed; a referral that closed three weeks after the meeting it came
from (credited to that meeting); targets met today with what you came for;
a regular not met for months, with a one-to-one planned to catch up.
Everything is dated relative to the demo's `today`.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from netevent.domain.models import Ask, Attendance, Event, LedgerEntry, replace
from netevent.storage.repository import Repository

__all__ = ["add_fates", "ONE_TO_ONE"]

EventKey = int | str

# (event, person, ask, [(days after the event, status, line, the ledger entry that helped or None)])
ASKS: tuple[tuple[EventKey, str, str, tuple[tuple[int, str, str, str | None], ...]], ...] = (
    (0, "Mads Ågård", "grafiker til logoer på webshops", (
        (0, "helped", "introduceret til Mette-Marie Bech",
         "Introducerede Mads til Mette-Marie Bech (logo til webshops)"),
        (30, "closed", "Mette-Marie lavede logoerne", None),
    )),
    (0, "Ahmed Hassan", "bogføring", ((26, "closed", "blev din kunde: bogføring og årsrapport", None),)),
    (1, "Niels Bang", "budget og likviditet", (
        (0, "helped", "gennemgik budgettet for overdragelsen", "Gennemgik budgettet for overdragelsen"),
    )),
    (1, "Niels Bang", "generationsskifte", ((28, "helped", "Lars Holm tager det juridiske", None),)),
    (2, "Line Kjeldsen", "fotograf til kampagne", (
        (0, "helped", "introduceret til Louise Winther", "Introducerede Line til Louise Winther (fotografering)"),
        (21, "closed", "Louise tog billederne", None),
    )),
    (3, "Bo Andersen", "rekruttering", (
        (0, "helped", "introduceret til Anne-Sofie Ravn", "Introducerede Bo til Anne-Sofie Ravn (rekruttering)"),
        (9, "closed", "Anne-Sofie fandt to svende", None),
    )),
    ("export", "Henrik Dahl", "en ny bankforbindelse", ((20, "dropped", "blev hos sin bank", None),)),
)  # fmt: skip

# (person, what, status, days after the event it closed, amount)
REFERRALS = (
    ("Lars Holm", "Henviste generationsskiftet i Bang Byg", "closed", 35, 8000.0),
    ("Gitte Lauridsen", "Henviste en kunde, der mangler nyhedsbreve", "pending", None, None),
)
# (event, direction, person, what, status, days after the event it closed, amount)
NEW_REFERRALS = (
    ("export", "got", "Jørgen Kjær", "Henviste en eksportkunde med momsproblemer", "closed", 40, 12000.0),
    (1, "gave", "Peter Nørgaard", "Henviste en iværksætter, der mangler en forsikring", "no business", 30, None),
)

# Today's targets you have met, and whether you got what you came for.
OUTCOMES = (
    ("Åse Øberg", "yes", "tager mindre ApS'er på fast pris fra 12.000 kr."),
    ("Jørgen Kjær", "later", "ringer om momskunderne i næste uge"),
)

# (person, goals, accomplishments, interests, networks)
GAINS = (
    ("Åse Øberg", ("flere iværksætterkunder i Aarhus", "åbne kontor i Aarhus i 2027"), ("partner i 2024",),
     ("løb", "jazz"), ("Advokatsamfundet", "Erhvervsklubben Aarhus")),
    ("Søren Ærø", ("fordoble omsætningen på tre år",), ("12 ansatte", "ISO 27001-certificeret"), ("sejlads",),
     ("BNI Aarhus Nord", "IT-Forum Østjylland")),
    ("Jørgen Kjær", ("nye kunder i Nordtyskland",), ("25 år i eksportbranchen",), ("golf",),
     ("Eksportrådet", "Dansk Industri")),
    ("Ahmed Hassan", ("ansætte sin første medarbejder",), (), ("cykling",), ()),
)  # fmt: skip

ONE_TO_ONE = (
    "Kaffe med Søren Ærø",
    "Søren Ærø",
    3,
    "Café Englen, Aarhus N",
    "Genoptage kontakten: hvordan gik salgstræningen?",
)
"""A one-to-one planned with a regular you have not talked to for months: (name, person, in days, place, purpose)."""


def _day(event: Event, days: int) -> str:
    return (_dt.date.fromisoformat(event.date) + _dt.timedelta(days=days)).isoformat()


def _first_rooms(repo: Repository, events: dict[EventKey, Event]) -> dict[int, Event]:
    """Each person's earliest event: where a need of theirs came up."""
    first: dict[int, Event] = {}
    for event in sorted(events.values(), key=lambda e: e.date):
        for pid in event.person_ids:
            first.setdefault(pid, event)
    return first


def add_fates(repo: Repository, ids: dict[str, int], events: dict[EventKey, Event], network: str) -> None:
    """Date every ask, give some a fate, settle referrals, record outcomes, fill in GAINS, plan a one-to-one."""
    today = events["today"]
    first = _first_rooms(repo, events)
    entries = {(e.person_id, e.what): e for e in repo.ledger()}
    changed: list[Any] = []
    # Needs came up where each person was first in the room.
    asks = {(a.person_id, a.text): a for a in repo.asks()}
    for (pid, _text), ask in asks.items():
        where = first.get(pid, today)
        asks[pid, _text] = replace(ask, since=where.date, event_id=where.id)
    for key, name, text, fates in ASKS:
        event, pid = events[key], ids[name]
        ask = asks.get((pid, text)) or Ask(pid, text)
        history, helped, status = list(ask.history), list(ask.helped_by), ask.status
        for days, status, line, by in fates:
            history.append((_day(event, days), status, line))
            if by is not None:
                helped.append(entries[pid, by].key)
        asks[pid, text] = replace(ask, since=event.date, event_id=event.id, status=status, history=tuple(history),
                                  helped_by=tuple(helped))  # fmt: skip
    changed += asks.values()
    for name, what, status, after, amount in REFERRALS:
        entry = entries[ids[name], what]
        event = repo.event(entry.event_id) or today
        closed = _day(event, after) if after is not None else ""
        changed.append(replace(entry, status=status, closed_on=closed, amount=amount))
    for key, direction, name, what, status, days, amount in NEW_REFERRALS:
        event = events[key]
        changed.append(LedgerEntry(direction, ids[name], what, kind="referral", amount=amount, event_id=event.id,
                                   date=event.date, status=status, closed_on=_day(event, days)))  # fmt: skip
    repo.save_many(changed)  # the asks first: the people read below have the needs they leave
    gains = []
    for name, goals, done, interests, circles in GAINS:
        person = repo.person(ids[name])
        assert person is not None
        gains.append(replace(person, goals=goals, accomplishments=done, interests=interests, networks=circles))
    repo.save_many(gains)
    room = repo.event(today.key)
    assert room is not None
    for name, answer, line in OUTCOMES:
        place = room.attendance(ids[name])
        assert place is not None
        room = room.with_attendance(replace(place, outcome=answer, outcome_line=line))
    repo.save_event(room)
    title, name, days, venue, purpose = ONE_TO_ONE
    repo.save_event(Event(name=title, network=network, date=_day(today, days), place=venue, purpose=purpose,
                          minutes=60, attendees=(Attendance(ids[name]),), one_to_one=True))  # fmt: skip
