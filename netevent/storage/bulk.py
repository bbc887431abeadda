"""Writes that touch many documents at once, for the repository: bulk saves and deletions.

Pure Python, no Textual. `BulkWrites` is mixed into `Repository`. Each
method is one atomic file write (a `batch()`), and keeps the note lists and
both indexes up to date as the single-document writes do.
"""

from __future__ import annotations

from typing import Any, Iterable

from netevent.domain.models import Event, FollowUp, LedgerEntry, Note, Person, replace
from netevent.storage.errors import StorageError

__all__ = ["BulkWrites"]


class BulkWrites:
    """Saving and deleting many documents in one write (a mixin of `Repository`)."""

    def delete_person(self, person_id: int) -> None:
        """Remove a person with their notes, ledger entries, follow-ups and places in rooms."""
        with self._mutex, self.batch():
            self._table("people").remove(doc_ids=[person_id])
            self._people.pop(person_id, None)
            self._people_changed()
            for note_id in self._notes_by_person.pop(person_id, []):
                self._table("notes").remove(doc_ids=[note_id])
                self._notes.pop(note_id, None)
            for store, table in ((self._ledger, "ledger"), (self._followups, "followups")):
                for item_id in [m.id for m in store.where(person_id=person_id)]:
                    self._table(table).remove(doc_ids=[item_id])
                    store.pop(item_id)
            for event in list(self._events.values()):
                if event.attendance(person_id):
                    kept = tuple(a for a in event.attendees if a.person_id != person_id)
                    self.save_event(replace(event, attendees=kept))
            if self._search is not None:
                self._search.remove(person_id)
            if self._intro is not None:
                self._intro.remove(person_id)

    def save_many(self, models: Iterable[Any]) -> list[Any]:
        """Add (id None) or replace many people, events, notes, ledger entries or follow-ups.

        One pass over each table instead of one per model: TinyDB rebuilds a
        whole table on every single insert, which makes 10,000 one-by-one
        saves take minutes. Returns the models with their ids, in order; all
        of it is one atomic write (or part of the surrounding `batch()`).
        """
        items = list(models)
        out: list[Any] = list(items)
        stores = {
            Person: ("people", self._people),
            Event: ("events", self._events),
            Note: ("notes", self._notes),
            LedgerEntry: ("ledger", self._ledger),
            FollowUp: ("followups", self._followups),
        }
        if any(type(m) not in stores for m in items):
            raise TypeError("save_many takes people, events, notes, ledger entries and follow-ups")
        with self._mutex, self.batch():
            for kind, (table, store) in stores.items():
                picked = [i for i, m in enumerate(items) if type(m) is kind]
                missing = [items[i].id for i in picked if items[i].id is not None and items[i].id not in store]
                if missing:
                    raise StorageError(f"there is no {table} entry {missing[0]}")
                new = [i for i in picked if items[i].id is None]
                if new:
                    ids = self._table(table).insert_multiple([items[i].to_doc() for i in new])
                    for i, model_id in zip(new, ids):
                        out[i] = replace(items[i], id=model_id)
                old = [i for i in picked if items[i].id is not None]
                if old:
                    # Replace whole documents in the storage's data in one go;
                    # TinyDB's update() would rebuild the table once per model.
                    data = self.storage.read() or {}
                    docs = data.setdefault(table, {})
                    for i in old:
                        docs[str(items[i].id)] = items[i].to_doc()
                    self.storage.write(data)
                    self._table(table).clear_cache()
                for i in picked:
                    store[out[i].id] = out[i]
            self._after_save_many(out)
        return out

    def _after_save_many(self, saved: list[Any]) -> None:
        """Keep the note lists and the search and introduction indexes up to date."""
        touched: set[int] = set()
        for model in saved:
            if isinstance(model, Person):
                self._people_changed()
                if self._search is not None:
                    self._search.upsert(model)
                if self._intro is not None:
                    self._intro.upsert(model)
            elif isinstance(model, Note):
                ids = self._notes_by_person.setdefault(model.person_id, [])
                if model.id not in ids:
                    ids.append(model.id)
                touched.add(model.person_id)
        if self._search is not None:
            self.expect_notes_of(len(touched))
            for person_id in touched:
                self._search.set_notes(person_id, [n.text for n in self.notes_for(person_id)])

    def delete_note(self, note_id: int) -> None:
        """Remove a note (an emptied live note) and re-index the person's notes."""
        with self._mutex:
            note = self._notes.pop(note_id, None)
            if note is None:
                return
            self._table("notes").remove(doc_ids=[note_id])
            ids = self._notes_by_person.get(note.person_id, [])
            if note_id in ids:
                ids.remove(note_id)
            if self._search is not None:
                self._search.set_notes(note.person_id, [n.text for n in self.notes_for(note.person_id)])

    def delete_followup(self, followup_id: int) -> None:
        """Remove a follow-up (e.g. one whose line was taken out of a note)."""
        with self._mutex, self.batch():
            if followup_id in self._followups:
                self._table("followups").remove(doc_ids=[followup_id])
                self._followups.pop(followup_id)
