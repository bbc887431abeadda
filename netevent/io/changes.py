"""The writes an import will make, planned in memory and then applied as one atomic write.

Pure Python. Everything new gets a provisional negative id while planning,
so events, notes, ledger entries and follow-ups can refer to people and to
each other before anything is stored; `apply` swaps in the real ids as it
saves, inside one `repo.batch()`: one file write, or none if anything fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netevent.domain.models import Event, FollowUp, LedgerEntry, Note, Person, Profile, replace
from netevent.i18n import N_

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["Changes"]


@dataclass
class Changes:
    """What an import adds and changes; ids below zero are provisional."""

    new_people: list[tuple[int, Person]] = field(default_factory=list)
    changed_people: list[Person] = field(default_factory=list)
    events: dict[int, Event] = field(default_factory=dict)
    """Events to add (negative key) or replace (stored id), with provisional ids inside."""
    notes: list[tuple[int, Note]] = field(default_factory=list)
    ledger: list[LedgerEntry] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    profile: Profile | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    _next_event: int = -1

    def new_event_id(self) -> int:
        """A provisional id for an event to be created."""
        value = self._next_event
        self._next_event -= 1
        return value

    @property
    def empty(self) -> bool:
        """True when the import would change nothing."""
        return not (
            self.new_people
            or self.changed_people
            or self.events
            or self.notes
            or self.ledger
            or self.followups
            or self.profile is not None
            or self.settings
        )

    def apply(self, repo: Repository, source: str) -> None:
        """Store everything in one atomic write; on any error nothing is written.

        Args:
            repo: where to store it.
            source: the file imported, which names the change in `netevent undo` ("Imported contacts.vcf").
        """
        if self.empty:
            return
        # Kept in English in the file, shown in the language spoken.
        with repo.batch(N_("Imported {name}").format(name=Path(source).name)):
            people: dict[int, int] = {}
            saved = repo.save_many([p for _, p in self.new_people] + self.changed_people)
            for (provisional, _), person in zip(self.new_people, saved):
                people[provisional] = person.key

            def pid(value: int) -> int:
                return people.get(value, value)

            def maybe_pid(value: int | None) -> int | None:
                return pid(value) if value is not None else None

            events: dict[int, int] = {}
            order = sorted(self.events, key=lambda k: (k > 0, -k if k < 0 else k))
            todo = []
            for key in order:
                event = self.events[key]
                rooms = tuple(replace(a, person_id=pid(a.person_id)) for a in event.attendees)
                todo.append(replace(event, id=None if key < 0 else key, attendees=rooms))
            for key, event in zip(order, repo.save_many(todo)):
                events[key] = event.id

            def eid(value: int | None) -> int | None:
                return events.get(value, value) if value is not None else None

            saved_notes = repo.save_many(
                replace(n, id=None, person_id=pid(n.person_id), event_id=eid(n.event_id)) for _, n in self.notes
            )
            notes = {provisional: note.id for (provisional, _), note in zip(self.notes, saved_notes)}
            repo.save_many(
                [
                    replace(
                        e,
                        person_id=pid(e.person_id),
                        with_person_id=maybe_pid(e.with_person_id),
                        event_id=eid(e.event_id),
                    )
                    for e in self.ledger
                ]
                + [
                    replace(
                        f,
                        person_id=maybe_pid(f.person_id),
                        event_id=eid(f.event_id),
                        note_id=notes.get(f.note_id, f.note_id) if f.note_id is not None else None,
                    )
                    for f in self.followups
                ]
            )
            if self.profile is not None:
                repo.set_profile(self.profile)
            for name, setting in self.settings.items():
                if name == "current_event_id" and isinstance(setting, int):
                    setting = eid(setting)
                repo.set_setting(name, setting)
