"""Taking people out and putting changes back: the trash, a merge's removal, and undo.

Pure Python. A mixin of `Repository` (it uses the repository's documents,
tables and batches): `delete_person` moves a person and all that is theirs
into the trash inside the data file, `restore_person` brings it back under
the same ids, `remove_person` drops the person a merge emptied, and `undo`
puts back every document the newest change in the undo journal touched.
Each is one atomic write.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from netevent.domain.models import Attendance, NotFound, Person, Profile, replace
from netevent.storage.commits import Doc
from netevent.storage.errors import StorageError

if TYPE_CHECKING:  # the journal and the trash are imported when first needed: a look-up writes nothing
    from collections.abc import Iterable

    from netevent.domain.models import Event, FollowUp, LedgerEntry
    from netevent.storage.asks import AskBook
    from netevent.storage.documents import Documents, Table
    from netevent.storage.journal import Journal, UndoEntry
    from netevent.storage.names import NameOrder
    from netevent.storage.notes_by_person import NotesByPerson
    from netevent.storage.trash import Trashed

__all__ = ["Removals"]


class Removals:
    """The trash, a merge's removal and undo, for a `Repository`."""

    names: NameOrder
    profile: Profile
    asks_book: AskBook
    _by_person: NotesByPerson
    _people: Table[Person]
    _events: Table[Event]
    _ledger: Table[LedgerEntry]
    _followups: Table[FollowUp]
    _journal: Journal | None

    if TYPE_CHECKING:

        @property
        def _documents(self) -> Documents: ...

        def batch(
            self, what: str | None = None, *, group: str | None = None, undoable: bool = True
        ) -> AbstractContextManager[None]:
            """One atomic write for everything in the block."""
            ...

        def save_event(self, event: Event) -> Event:
            """Add an event or change one."""
            ...

        def save_many(self, models: Iterable[Any]) -> list[Any]:
            """Save several models in one write."""
            ...

    def delete_person(self, person_id: int) -> int:
        """Move a person with their notes, ledger entries, follow-ups and room places to the trash, in one write.

        Introductions of other people that name them keep the give but lose
        the link (restoring puts it back). Returns the trash entry's id.

        Raises:
            NotFound: there is no such person; nothing is written.
        """
        with self.batch():
            docs = self._documents
            person = docs.data("people").get(str(person_id))
            if person is None:
                raise NotFound(f"there is no person #{person_id}")
            notes = docs.data("notes")
            taken: dict[str, dict[int, Doc]] = {"people": {person_id: person}}
            taken["notes"] = {i: notes[str(i)] for i in self._by_person.ids().get(person_id, ()) if str(i) in notes}
            for name, table in (
                ("ledger", self._ledger),
                ("followups", self._followups),
                ("asks", self.asks_book.table),
            ):
                stored = docs.data(name)
                taken[name] = {m.key: stored[str(m.key)] for m in table.models.where(person_id=person_id)}
            from netevent.storage.trash import Room, trash_doc

            events = [e for e in self._events.models.values() if person_id in e.person_ids]
            rooms = [Room(e.key, e.person_ids.index(person_id), e.attendees[e.person_ids.index(person_id)].to_doc())
                     for e in events]  # fmt: skip
            links = [e for e in self._ledger.models.where(with_person_id=person_id) if e.person_id != person_id]
            trash_id = docs.insert("trash", [trash_doc(person_id, taken, rooms, [e.key for e in links])])[0]
            for name, items in taken.items():
                docs.remove(name, list(items))
            self._by_person.pop(person_id)
            self.names.moved([person_id])
            docs.log.person(person_id)
            docs.log.notes_of(person_id)
            for event in events:
                self.save_event(replace(event, attendees=tuple(a for a in event.attendees if a.person_id != person_id)))
            self.save_many(replace(entry, with_person_id=None) for entry in links)
        return trash_id

    def trashed(self) -> list[Trashed]:
        """The deleted people in the trash, most recently deleted first."""
        from netevent.storage.trash import trashed

        stored = self._documents.data("trash")
        return sorted((trashed(int(k), d) for k, d in stored.items()), key=lambda t: (t.deleted, t.id), reverse=True)

    def restore_person(self, trash_id: int) -> Person:
        """Bring a deleted person back from the trash with everything that was theirs, in one write.

        They return to the rooms of the events that still exist, where they
        were in the room's order, and introductions that named them are
        linked to them again.

        Raises:
            NotFound: there is no such trash entry.
            StorageError: one of their ids was taken meanwhile (a hand edit); nothing is written.
        """
        from netevent.storage.trash import trashed

        with self.batch():
            docs = self._documents
            stored = docs.data("trash").get(str(trash_id))
            if stored is None:
                raise NotFound(f"there is no one in the trash under #{trash_id}")
            item = trashed(trash_id, stored)
            for table, items in item.docs.items():
                taken = [i for i in items if str(i) in docs.data(table)]
                if taken:
                    raise StorageError(f"cannot restore {item.name}: {table} entry #{taken[0]} exists again")
            self._put_back({table: dict(items) for table, items in item.docs.items()})
            for room in item.rooms:
                event = self._events.models.get(room.event_id)
                if event is None or event.attendance(item.person_id) is not None:
                    continue
                attendees = list(event.attendees)
                attendees.insert(min(room.at, len(attendees)), Attendance.from_doc(room.attendance))
                self.save_event(replace(event, attendees=tuple(attendees)))
            entries = (self._ledger.models.get(i) for i in item.links)
            self.save_many(
                replace(e, with_person_id=item.person_id) for e in entries if e is not None and e.with_person_id is None
            )
            docs.remove("trash", [trash_id])
        return self._people.models[item.person_id]

    def remove_person(self, person_id: int) -> None:
        """Remove only a person's own document, once all that was theirs is someone else's (a merge).

        Raises:
            StorageError: notes, ledger entries, follow-ups or room places
                still point to them (nothing is written).
        """
        with self.batch():
            left = [
                what
                for what, found in (
                    ("notes", self._by_person.ids().get(person_id)),
                    ("ledger entries", self._ledger.models.where(person_id=person_id)),
                    ("introductions", self._ledger.models.where(with_person_id=person_id)),
                    ("follow-ups", self._followups.models.where(person_id=person_id)),
                    ("asks", self.asks_book.table.models.where(person_id=person_id)),
                    ("room places", [e for e in self._events.models.values() if e.attendance(person_id)]),
                )
                if found
            ]
            if left:
                raise StorageError(f"person #{person_id} still has {', '.join(left)}; nothing was removed")
            self._documents.remove("people", [person_id])
            self.names.moved([person_id])
            self._documents.log.person(person_id)

    @property
    def _undo_journal(self) -> Journal:
        if self._journal is None:
            from netevent.storage.journal import Journal

            self._journal = Journal(self._documents)
        return self._journal

    def undo(self) -> UndoEntry:
        """Put back every document the newest change in the undo journal touched, in one write.

        Raises:
            NothingToUndo: there is no change to undo.
            UndoRefused: the change's documents were changed outside netevent since.
        """
        with self.batch(undoable=False):
            entry, images = self._undo_journal.undo()
            self._put_back(images)
        return entry

    def undo_entries(self) -> list[UndoEntry]:
        """The changes an undo can take back, newest first."""
        return self._undo_journal.entries()

    def _put_back(self, images: dict[str, dict[int, Doc | None]]) -> None:
        """Put documents back as they were (None: remove), keeping what is derived from them in step."""
        docs = self._documents
        log = docs.log
        if "notes" in images:
            stored = docs.data("notes")
            for note_id, doc in images["notes"].items():
                for note, put in ((stored.get(str(note_id)), False), (doc, True)):
                    if note is None:
                        continue
                    owner = int(note["person_id"])  # every stored note has one (a note's model checks it)
                    if put:
                        self._by_person.add(owner, note_id)
                    else:
                        self._by_person.drop(owner, note_id)
                    log.notes_of(owner)
        docs.restore(images)
        if "people" in images:
            self.names.moved(list(images["people"]))
            for person_id in images["people"]:
                log.person(person_id)
            # A person kept from before asks had a fate (in the trash, in the journal) gets their asks now.
            self.asks_book.follow_needs(pid for pid, doc in images["people"].items() if doc is not None)
        if "profile" in images:
            profile = docs.data("profile").get("1")
            self.profile = Profile.from_doc(profile) if profile is not None else Profile()

    def _reserved(self, table: str) -> int:
        """The largest id of `table` in the trash: never given out again."""
        from netevent.storage.trash import TRASHED_TABLES, largest_ids

        if table not in TRASHED_TABLES:
            return 0
        return largest_ids(self._documents.data("trash")).get(table, 0)
