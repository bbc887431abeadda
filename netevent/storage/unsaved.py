"""The repository's unsaved changes: kept in a recovery file while the file cannot take them, put back later.

Pure Python. A mixin of `Repository` (it uses the repository's documents,
batches and subscribers): when a write's changes reach memory but not the
disk, they go into the `UnsavedJournal` and its recovery file (`recovery.py`);
when a write succeeds again, the recovery file goes. `reload_and_reapply`
reads a file another program changed and puts the unsaved changes on top of
it; `restore` does the same for changes an earlier session kept
(`reapply.py` decides how).
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from netevent.storage.commits import Committed, Doc
from netevent.storage.reapply import Plan, plan
from netevent.storage.recovery import Recovered, UnsavedJournal, find_recoveries, load_recovery
from netevent.storage.schema import SCHEMA_VERSION, file_version, migrate

if TYPE_CHECKING:
    from netevent.storage.atomic import AtomicJSONStorage
    from netevent.storage.documents import Documents
    from netevent.storage.names import NameOrder
    from netevent.storage.notes_by_person import NotesByPerson

__all__ = ["KeepsUnsaved"]


class KeepsUnsaved:
    """Unsaved changes of a `Repository`: journal, recovery file, reload and restore."""

    path: Path
    names: NameOrder
    keep_unsaved: bool = True
    """Write unsaved changes to a recovery file. A command sets False: its change is not done, and is run again."""
    _unsaved: UnsavedJournal
    _mutex: threading.RLock
    _by_person: NotesByPerson

    if TYPE_CHECKING:

        @property
        def _documents(self) -> Documents: ...
        @property
        def storage(self) -> AtomicJSONStorage:
            """The repository's storage."""
            ...

        def batch(self) -> AbstractContextManager[None]:
            """One atomic write for everything in the block."""
            ...

        def raw(self, table: str) -> dict[str, Doc]:
            """A table's stored documents."""
            ...

        def _build(self) -> None: ...
        def _build_small(self) -> None: ...
        def _publish(self, done: Committed) -> None: ...

    def _keep_unsaved(self, done: Committed, error: BaseException) -> None:
        """A write's changes are in memory but not on disk: put them in the journal and its recovery file."""
        if done.empty:
            return
        self._unsaved.record(done, lambda table, doc_id: self._documents.data(table).get(str(doc_id)))
        self._unsaved.reason = str(error)
        if not self._unsaved.empty and self.keep_unsaved:
            self._unsaved.save(str(error))

    def _all_saved(self) -> None:
        """The file has everything in memory: the recovery file is no longer needed."""
        if (not self._unsaved.empty or self._unsaved.file is not None) and not self.storage.dirty:
            self._unsaved.clear()

    @property
    def unsaved(self) -> bool:
        """True when changes could not be written to the file (they are in `recovery_file`, if it has room)."""
        return not self._unsaved.empty

    @property
    def recovery_file(self) -> Path | None:
        """Where the unsaved changes are kept (None: no unsaved changes, or no folder had room)."""
        return self._unsaved.file if not self._unsaved.empty else None

    @property
    def unsaved_reason(self) -> str:
        """Why the last write failed, in words."""
        return self._unsaved.reason

    def unsaved_notes(self) -> list[str]:
        """The text of every note not in the file (the last resort when no recovery file could be written)."""
        return self._unsaved.notes()

    def recoveries(self) -> list[Recovered]:
        """Unsaved changes an earlier netevent kept for this file (not this session's own), oldest first."""
        own = self._unsaved.file
        found = (load_recovery(file) for file in find_recoveries(self.path) if file != own)
        return [item for item in found if item is not None and item.changes]

    def restore(self, recovered: list[Recovered]) -> Plan:
        """Put kept changes back on top of the file as it is now, in one write; their files are then removed.

        Raises:
            StorageError: the write failed; the changes stay in their files
                (and in this session's own recovery file).
        """
        with self._mutex:
            total = Plan(images={})
            with self.batch():
                for item in recovered:
                    step = plan(self.raw, item.changes)
                    self._apply_images(step.images)
                    total.applied += step.applied
                    total.merged += step.merged
                    total.kept_theirs += step.kept_theirs
            for item in recovered:
                item.file.unlink(missing_ok=True)
            return total

    def discard(self, recovered: list[Recovered]) -> None:
        """Delete kept changes for good (the person said so)."""
        for item in recovered:
            item.file.unlink(missing_ok=True)

    def reload_and_reapply(self) -> Plan:
        """Read the file another program changed, and put this session's unsaved changes on top of it.

        What the other program changed is kept; where both changed the same
        entry, see `reapply.plan`. The file is backed up first (`.bak`).

        Raises:
            StorageError: the file cannot be read now (nothing changes), or
                writing failed (the changes stay kept, on top of the new file).
        """
        with self._mutex:
            changes = self._unsaved.changes
            old = {name: self._documents.data(name) for name in ("people", "notes")}
            data, signature = self.storage.read_fresh()
            version = file_version(data, str(self.path))
            if version != SCHEMA_VERSION:
                data, _ = migrate(data, str(self.path))
            storage = self.storage
            storage.replace_data(data, signature)
            self._build()
            self._unsaved.changes = {}
            try:
                with self.batch():
                    step = plan(self.raw, changes)
                    self._apply_images(step.images)
                    if version != SCHEMA_VERSION:
                        storage.mark_dirty()
            finally:
                self._publish(self._differences(old))
            return step

    def _apply_images(self, images: dict[str, dict[int, Doc | None]]) -> None:
        """Write whole documents (None: remove), keeping names, notes by person and the change log in step."""
        if not images:
            return
        docs = self._documents
        notes = docs.data("notes")
        moved = [(notes.get(str(i)), doc, i) for i, doc in images.get("notes", {}).items()]
        docs.restore(images)
        for old, new, note_id in moved:
            for doc, file in ((old, self._by_person.drop), (new, self._by_person.add)):
                if doc is not None and isinstance(doc.get("person_id"), int):
                    file(doc["person_id"], note_id)
                    docs.log.notes_of(doc["person_id"])
        for person_id in images.get("people", {}):
            docs.log.person(person_id)
        if "people" in images:
            self.names.changed()
        if "profile" in images or "settings" in images:
            self._build_small()

    def _differences(self, old: dict[str, dict[str, Doc]]) -> Committed:
        """What subscribers saw before a reload against what there is now: the people and notes that differ."""
        people: set[int] = set()
        notes_of: set[int] = set()
        before: dict[str, dict[int, Doc | None]] = {"people": {}, "notes": {}}
        for table in ("people", "notes"):
            now = self._documents.data(table)
            for key in old[table].keys() | now.keys():
                was, doc = old[table].get(key), now.get(key)
                if was == doc:
                    continue
                before[table][int(key)] = was
                if table == "people":
                    people.add(int(key))
                else:
                    notes_of.update(d["person_id"] for d in (was, doc) if d and isinstance(d.get("person_id"), int))
        return Committed(frozenset(people), frozenset(notes_of), {k: v for k, v in before.items() if v})
