"""Plan the restore of a backup's events, notes, ledger and follow-ups into a data file.

Pure Python. People are merged first (see `merge`); this maps every other
entry onto the ids they got. Restoring into an empty file restores
everything; restoring into a file that already holds the same things adds
nothing twice: an event is the same when its name and date match, a note
when its person, event, time and text match, and so on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from netevent.domain.models import Event, clean_list, replace
from netevent.io.changes import Changes
from netevent.io.json_io import Backup
from netevent.io.merge import name_key

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["plan_restore", "merge_event"]


_FILLED = ("network", "place", "purpose", "purpose_others", "minutes", "cost", "review", "date", "time", "calendar_uid")


def merge_event(stored: Event, incoming: Event) -> Event:
    """`stored` with the room, messages and empty details `incoming` adds; stored values win."""
    present = set(stored.person_ids)
    added = tuple(a for a in incoming.attendees if a.person_id not in present)
    values: dict[str, Any] = {}
    for name in _FILLED:
        if not getattr(stored, name) and getattr(incoming, name):
            values[name] = getattr(incoming, name)
    messages = clean_list(stored.messages + incoming.messages)
    if messages != stored.messages:
        values["messages"] = messages
    if added:
        values["attendees"] = stored.attendees + added
    return replace(stored, **values) if values else stored


def plan_restore(
    repo: Repository, backup: Backup, people: dict[int, int], changes: Changes
) -> tuple[list[str], list[str]]:
    """Add the backup's events, notes, ledger and follow-ups to `changes`.

    Args:
        people: backup person id → stored or provisional id.

    Returns:
        Report lines (what is restored) and warnings (entries that refer to nobody).
    """
    warnings: list[str] = []
    events, event_counts = _plan_events(repo, backup, people, changes, warnings)
    counts: dict[str, list[int]] = {}

    def event_of(old: int | None, what: str) -> int | None:
        if old is None:
            return None
        if old not in events:
            warnings.append(f"{what} refers to event {old}, which is not in the backup; kept without it")
            return None
        return events[old]

    stored_notes = {(n.person_id, n.event_id, n.created, n.text): n.key for n in repo.notes()}
    notes: dict[int, int] = {}
    next_note = -1
    for note in backup.notes:
        person = people.get(note.person_id)
        if person is None:
            warnings.append(f"note {note.id} is about person {note.person_id}, who is not in the backup; skipped")
            continue
        note = replace(note, person_id=person, event_id=event_of(note.event_id, f"note {note.id}"))
        key = (note.person_id, note.event_id, note.created, note.text)
        if key in stored_notes:
            notes[note.key] = stored_notes[key]
            counts.setdefault("notes", [0, 0])[1] += 1
            continue
        notes[note.key] = next_note
        changes.notes.append((next_note, note))
        next_note -= 1
        counts.setdefault("notes", [0, 0])[0] += 1

    stored_ledger = {_ledger_key(e) for e in repo.ledger()}
    for entry in backup.ledger:
        person = people.get(entry.person_id)
        if person is None:
            warnings.append(
                f"ledger entry {entry.id} refers to person {entry.person_id}, who is not in the backup; skipped"
            )
            continue
        other = people.get(entry.with_person_id) if entry.with_person_id is not None else None
        entry = replace(
            entry,
            id=None,
            person_id=person,
            with_person_id=other,
            event_id=event_of(entry.event_id, f"ledger entry {entry.id}"),
        )
        fresh = _ledger_key(entry) not in stored_ledger
        if fresh:
            changes.ledger.append(entry)
        counts.setdefault("ledger entries", [0, 0])[0 if fresh else 1] += 1

    stored_followups = {_followup_key(f) for f in repo.followups()}
    for item in backup.followups:
        person = people.get(item.person_id) if item.person_id is not None else None
        if item.person_id is not None and person is None:
            warnings.append(f"follow-up {item.id} refers to person {item.person_id}, who is not in the backup; skipped")
            continue
        item = replace(
            item,
            id=None,
            person_id=person,
            event_id=event_of(item.event_id, f"follow-up {item.id}"),
            note_id=notes.get(item.note_id) if item.note_id is not None else None,
        )
        fresh = _followup_key(item) not in stored_followups
        if fresh:
            changes.followups.append(item)
        counts.setdefault("follow-ups", [0, 0])[0 if fresh else 1] += 1

    _plan_profile(repo, backup, events, changes, warnings)
    lines = [f"Events: {_count(event_counts, merged=True)}"] if backup.events else []
    lines += [f"{what.capitalize()}: {_count(numbers)}" for what, numbers in counts.items()]
    return lines, warnings


def _count(numbers: list[int], merged: bool = False) -> str:
    if merged:
        return f"{numbers[0]} added, {numbers[1]} merged, {numbers[2]} already there"
    return f"{numbers[0]} added, {numbers[1]} already there"


def _plan_events(
    repo: Repository, backup: Backup, people: dict[int, int], changes: Changes, warnings: list[str]
) -> tuple[dict[int, int], list[int]]:
    stored = {(name_key(e.name), e.date): e for e in repo.events()}
    mapping: dict[int, int] = {}
    added = merged = same = 0
    for event in backup.events:
        rooms = []
        for attendance in event.attendees:
            if attendance.person_id in people:
                rooms.append(replace(attendance, person_id=people[attendance.person_id]))
            else:
                warnings.append(
                    f"event {event.name!r} lists person {attendance.person_id}, who is not in the backup; left out"
                )
        event = replace(event, attendees=tuple(rooms))
        match = stored.get((name_key(event.name), event.date))
        if match is None:
            key = changes.new_event_id()
            changes.events[key] = replace(event, id=None)
            mapping[event.key] = key
            added += 1
            continue
        current = changes.events.get(match.key, match)
        updated = merge_event(current, event)
        mapping[event.key] = match.key
        if updated != current:
            changes.events[match.key] = updated
            merged += 1
        else:
            same += 1
    return mapping, [added, merged, same]


def _plan_profile(
    repo: Repository, backup: Backup, events: dict[int, int], changes: Changes, warnings: list[str]
) -> None:
    profile = backup.profile
    if profile is not None and not profile.is_empty and profile != repo.profile:
        if repo.profile.is_empty:
            changes.profile = profile
        else:
            warnings.append("your profile was kept; the backup holds a different one")
    for key, value in backup.settings.items():
        if key == "current_event_id":
            if repo.current_event_id is None and value in events:
                changes.settings[key] = events[value]
        elif key not in repo.settings:
            changes.settings[key] = value


def _ledger_key(entry: Any) -> tuple[Any, ...]:
    return (
        entry.direction,
        entry.person_id,
        entry.what,
        entry.kind,
        entry.amount,
        entry.event_id,
        entry.date,
        entry.with_person_id,
    )


def _followup_key(item: Any) -> tuple[Any, ...]:
    return (item.person_id, item.action, item.due, item.created, item.event_id)
