"""Who is in an event's room: add and remove people, today's targets in order, who was met.

Pure Python. Like `netevent.services.events`, every function checks its input, writes
once and returns the changed `Event`; bad input raises `ValidationError`
(`NotFound` for an unknown event or person) and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netevent.domain.models import Attendance, Event, Person, ValidationError, replace, today_iso
from netevent.i18n import N_, _
from netevent.services.events import get_event, get_person

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = [
    "Target",
    "RoomStats",
    "add_to_room",
    "remove_from_room",
    "set_target",
    "move_target",
    "mark_met",
    "toggle_met",
    "record_outcome",
    "targets",
    "room_stats",
]


@dataclass(frozen=True, slots=True)
class Target:
    """One of today's targets: whom to talk to, why, and what to ask them."""

    rank: int
    person: Person
    attendance: Attendance

    @property
    def reason(self) -> str:
        """Why you want to talk to them today."""
        return self.attendance.reason

    @property
    def question(self) -> str:
        """The question you bring for them."""
        return self.attendance.question


@dataclass(frozen=True, slots=True)
class RoomStats:
    """How full an event's room is and how far you got with it."""

    size: int
    met: int
    targets: int
    targets_met: int


# --------------------------------------------------------------------- room


def add_to_room(repo: Repository, event_id: int, person_id: int) -> Event:
    """Put a person in the event's room (no change if they are already there)."""
    event = get_event(repo, event_id)
    get_person(repo, person_id)
    if event.attendance(person_id) is not None:
        return event
    return repo.set_attendance(event_id, Attendance(person_id=person_id))


def remove_from_room(repo: Repository, event_id: int, person_id: int) -> Event:
    """Take a person out of the event's room (their notes and ledger stay)."""
    event = get_event(repo, event_id)
    if event.attendance(person_id) is None:
        return event
    kept = tuple(a for a in event.attendees if a.person_id != person_id)
    return repo.save_event(replace(event, attendees=kept))


def _attendance(repo: Repository, event: Event, person_id: int) -> Attendance:
    get_person(repo, person_id)
    return event.attendance(person_id) or Attendance(person_id=person_id)


def set_target(
    repo: Repository,
    event_id: int,
    person_id: int,
    *,
    target: bool = True,
    reason: str | None = None,
    question: str | None = None,
    order: int | None = None,
) -> Event:
    """Make a person one of today's targets (or not), with a reason, a question and a place in line.

    A person not yet in the room is added. A new target goes to the end of
    the line unless `order` is given. Un-targeting keeps the reason and
    question, so targeting them again brings them back.
    """
    event = get_event(repo, event_id)
    current = _attendance(repo, event, person_id)
    changes: dict[str, Any] = {"target": target}
    if reason is not None:
        changes["reason"] = " ".join(reason.split())
    if question is not None:
        changes["question"] = " ".join(question.split())
    if order is not None:
        changes["order"] = order
    elif target and not current.target:
        changes["order"] = max((a.order for a in event.targets), default=0) + 1
    return repo.set_attendance(event_id, replace(current, **changes))


def move_target(repo: Repository, event_id: int, person_id: int, step: int) -> Event:
    """Move a target up (`step` < 0) or down the line; the line is renumbered 1, 2, 3…"""
    event = get_event(repo, event_id)
    line = list(event.targets)
    index = next((i for i, a in enumerate(line) if a.person_id == person_id), None)
    if index is None:
        raise ValidationError(_("that person is not one of this event's targets"))
    new_index = min(max(index + step, 0), len(line) - 1)
    line.insert(new_index, line.pop(index))
    order = {a.person_id: rank for rank, a in enumerate(line, start=1)}
    attendees = tuple(replace(a, order=order[a.person_id]) if a.person_id in order else a for a in event.attendees)
    return repo.save_event(replace(event, attendees=attendees))


def mark_met(repo: Repository, event_id: int, person_id: int, met: bool = True, *, today: str | None = None) -> Event:
    """Mark a person met (or not) at the event, in one write; someone new is added to the room.

    The first time someone is met, the person remembers when (`today`, by
    default the real today) and where (the event's name).
    """
    event = get_event(repo, event_id)
    current = _attendance(repo, event, person_id)
    if current.met == met and event.attendance(person_id) is not None:
        return event
    with repo.batch():
        changed = repo.set_attendance(event_id, replace(current, met=met))
        person = repo.person(person_id)
        if met and person is not None and not person.first_met_on:
            first = replace(person, first_met_on=today or today_iso(), first_met_at=person.first_met_at or event.name)
            repo.save_person(first)
    return changed


def toggle_met(repo: Repository, event_id: int, person_id: int, *, today: str | None = None) -> Event:
    """Flip a person between met and not met (the app's `m` key)."""
    current = get_event(repo, event_id).attendance(person_id)
    return mark_met(repo, event_id, person_id, met=not (current and current.met), today=today)


_OUTCOME_LABELS = {
    "yes": N_("{name} at {event}: got what you came for"),
    "no": N_("{name} at {event}: did not get what you came for"),
    "later": N_("{name} at {event}: not yet, later"),
    "": N_("{name} at {event}: no answer to what you came for"),
}
"""The undo journal's line for each outcome (kept in English in the file, shown translated)."""


def record_outcome(
    repo: Repository, event_id: int, person_id: int, outcome: str, line: str = "", *, today: str | None = None
) -> Event:
    """Close the loop on a target: did you get what you came for (yes, no, later), and a line on how.

    A target not yet marked met is marked met too (you talked), in the same write.

    Raises:
        NotFound: no such event or person.
        ValidationError: they are not one of the event's targets, or the answer is not yes, no or later.
    """
    from netevent.domain.fates import outcome as parse_outcome

    event = get_event(repo, event_id)
    person = get_person(repo, person_id)
    answer = parse_outcome(outcome)
    current = event.attendance(person_id)
    if current is None or not current.target:
        raise ValidationError(
            _("{name} is not one of the targets of {event}: only a target has an outcome").format(
                name=person.name, event=event.name
            )
        )
    said = " ".join(line.split())
    with repo.batch(_OUTCOME_LABELS[answer].format(name=person.name, event=event.name)):
        if not current.met:
            mark_met(repo, event_id, person_id, today=today)
            current = get_event(repo, event_id).attendance(person_id) or current
        return repo.set_attendance(event_id, replace(current, outcome=answer, outcome_line=said))


def targets(repo: Repository, event: Event) -> list[Target]:
    """Today's targets in the order you put them, each with the person, reason and question."""
    out: list[Target] = []
    for attendance in event.targets:
        person = repo.person(attendance.person_id)
        if person is not None:
            out.append(Target(rank=len(out) + 1, person=person, attendance=attendance))
    return out


def room_stats(event: Event) -> RoomStats:
    """Room size, how many were met, and how many targets were met."""
    return RoomStats(
        size=len(event.attendees),
        met=sum(1 for a in event.attendees if a.met),
        targets=sum(1 for a in event.attendees if a.target),
        targets_met=sum(1 for a in event.attendees if a.target and a.met),
    )
