"""Consistency checks over a whole data file, for `netevent check`.

Pure Python. The file already parsed into valid models when it was opened;
these checks find what single documents cannot show: references to people or
events that do not exist, and (`duplicate_lines`) people entered twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netevent.services.duplicates import likely_duplicates

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["find_problems", "duplicate_lines"]


def find_problems(repo: Repository) -> list[str]:
    """Every problem found, one readable line each (empty when the file is sound)."""
    problems: list[str] = []
    people = {p.id for p in repo.people()}
    events = {e.id for e in repo.events()}
    for event in repo.events():
        for attendance in event.attendees:
            if attendance.person_id not in people:
                problems.append(f"event {event.name!r} lists person #{attendance.person_id}, who does not exist")
    for note in repo.notes():
        if note.person_id not in people:
            problems.append(f"note #{note.id} is about person #{note.person_id}, who does not exist")
        if note.event_id is not None and note.event_id not in events:
            problems.append(f"note #{note.id} refers to event #{note.event_id}, which does not exist")
    for entry in repo.ledger():
        if entry.person_id not in people:
            problems.append(f"ledger entry #{entry.id} refers to person #{entry.person_id}, who does not exist")
        if entry.with_person_id is not None and entry.with_person_id not in people:
            problems.append(f"ledger entry #{entry.id} names person #{entry.with_person_id}, who does not exist")
    for followup in repo.followups():
        if followup.person_id is not None and followup.person_id not in people:
            problems.append(f"follow-up #{followup.id} refers to person #{followup.person_id}, who does not exist")
    problems += _ask_problems(repo, people, events)
    return problems


def _ask_problems(repo: Repository, people: set[int | None], events: set[int | None]) -> list[str]:
    """Asks that point nowhere, and people whose needs are not their open asks."""
    from netevent.storage.asks import ask_key

    problems = []
    open_of: dict[int, set[str]] = {}
    for ask in repo.asks():
        if ask.person_id not in people:
            problems.append(f"ask #{ask.id} is of person #{ask.person_id}, who does not exist")
        if ask.event_id is not None and ask.event_id not in events:
            problems.append(f"ask #{ask.id} refers to event #{ask.event_id}, which does not exist")
        for entry_id in ask.helped_by:
            if repo.ledger_entry(entry_id) is None:
                problems.append(f"ask #{ask.id} was helped by ledger entry #{entry_id}, which does not exist")
        if ask.is_open:
            open_of.setdefault(ask.person_id, set()).add(ask_key(ask.text))
    for person in repo.everyone():
        if {ask_key(n) for n in person.needs} != open_of.get(person.key, set()):
            problems.append(
                f"{person.name} (#{person.id}) has needs that are not their open asks; "
                "editing their needs (E, or `netevent person edit`) puts them in step"
            )
    for entry in repo.ledger():
        if entry.event_id is not None and entry.event_id not in events:
            problems.append(f"ledger entry #{entry.id} refers to event #{entry.event_id}, which does not exist")
    return problems


def duplicate_lines(repo: Repository) -> list[str]:
    """Every pair of people that are likely one person, one line each with the command that merges them."""
    return [
        f"{a.name} (#{a.id}) and {b.name} (#{b.id}): {reason} — `netevent person merge '#{a.id}' '#{b.id}'`"
        for a, b, reason in likely_duplicates(repo)
    ]
