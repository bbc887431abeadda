"""Who you are losing touch with: the last contact with each person, who is due, and a network's coverage.

Pure Python, over plain values the services gather: a contact is a meeting
(met at an event, or first met), a note or a give, each on a date. A person
is due when their last contact is older than their cadence; someone you have
never been in touch with cannot be lost touch with, and is not due (a
network's coverage names them instead).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass

__all__ = ["Contact", "Due", "Coverage", "newer", "due_people", "coverage", "COVERAGE_MONTHS"]

COVERAGE_MONTHS = 6
"""A network's one-to-one coverage counts the members you were in touch with in the last six months."""


@dataclass(frozen=True, slots=True)
class Contact:
    """The last time you were in touch with someone: when, and how ("met at Netværk Nord — oktober")."""

    date: str
    how: str


@dataclass(frozen=True, slots=True)
class Due:
    """Someone due a keep-in-touch: their last contact, their cadence and how far past it they are."""

    person_id: int
    last: Contact
    cadence: int
    """Days that may pass without contact."""
    overdue: int
    """Days past the cadence."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of a network's members you were in touch with since a date, and the others."""

    members: int
    in_touch: tuple[int, ...]
    others: tuple[int, ...]
    """Members without contact since then (oldest contact first; never in touch last)."""
    since: str


def newer(contacts: dict[int, Contact], person_id: int, date: str, how: str) -> None:
    """Keep `date` as the person's last contact if it is later than the one known (same day: the first told wins)."""
    if not date:
        return
    known = contacts.get(person_id)
    if known is None or date[:10] > known.date:
        contacts[person_id] = Contact(date[:10], how)


def due_people(last: Mapping[int, Contact], cadences: Mapping[int, int], today: str) -> list[Due]:
    """Everyone with a cadence whose last contact is older than it, the longest out of touch first.

    Args:
        last: person id → last contact (no entry: never in touch, so never due).
        cadences: person id → days (0: never due); people without one are left out.
        today: the ISO date contacts are measured from.
    """
    day = _dt.date.fromisoformat(today)
    out = []
    for person_id, days in cadences.items():
        contact = last.get(person_id)
        if not days or contact is None or contact.date > today:
            continue
        gap = (day - _dt.date.fromisoformat(contact.date)).days
        if gap > days:
            out.append(Due(person_id, contact, days, gap - days))
    out.sort(key=lambda d: (d.last.date, d.person_id))
    return out


def coverage(members: Collection[int], last: Mapping[int, Contact], since: str) -> Coverage:
    """Which `members` were in touch on or after `since`, and the others (oldest contact first, never last)."""
    in_touch = sorted(pid for pid in members if (c := last.get(pid)) is not None and c.date >= since)
    kept = set(in_touch)
    others = sorted(
        (pid for pid in members if pid not in kept),
        key=lambda pid: (pid not in last, last[pid].date if pid in last else "", pid),
    )
    return Coverage(len(members), tuple(in_touch), tuple(others), since)
