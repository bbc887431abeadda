"""The repository: every read and write of a netevent file goes through here.

Pure Python, no Textual. The file is read at open; immutable models are
built from its documents when first asked for (`validate()` builds them all),
and the notes table is parsed only when needed. Writes go through TinyDB
tables onto `AtomicJSONStorage`; each write method is one atomic file write
(or part of one `batch()`), is serialised by a lock, and is safe to call from
a worker thread. Finding people (`lookup.py`) and writes of many documents
(`bulk.py`) are mixed in; the indexes are kept up to date on every change
instead of being rebuilt.
"""

from __future__ import annotations

import gc
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, TypeVar

from tinydb import TinyDB

from netevent.storage.bulk import BulkWrites
from netevent.storage.lock import FileLock
from netevent.storage.lookup import Lookup
from netevent.domain.models import (
    Attendance,
    Event,
    FollowUp,
    LedgerEntry,
    Note,
    Person,
    Profile,
    SchemaError,
    now_iso,
    replace,
)
from netevent.storage.schema import SCHEMA_VERSION, TABLES, file_version, migrate
from netevent.storage.atomic import AtomicJSONStorage
from netevent.storage.errors import CorruptFileError, StorageError
from netevent.storage.tables import ModelStore
from netevent.domain.text import fold

if TYPE_CHECKING:
    from netevent.domain.matching import IntroIndex
    from netevent.domain.search.index import SearchIndex

__all__ = ["Repository"]


M = TypeVar("M")


class Repository(Lookup, BulkWrites):
    """A netevent data file, open for reading and (unless read-only) writing.

    Use `Repository.open(path)`; close it with `close()` or a `with` block.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path).expanduser()
        self.read_only = read_only
        self.migrated_from: int | None = None
        """The schema version the file had when it was migrated on open, if it was."""
        self._mutex = threading.RLock()
        self._lock = None if read_only else FileLock(self.path)
        self._db: TinyDB | None = None
        self.profile = Profile()
        self.settings: dict[str, Any] = {}
        self._people: ModelStore[Person] = self._store("people", Person.from_doc)
        self._events: ModelStore[Event] = self._store("events", Event.from_doc)
        self._notes: ModelStore[Note] = self._store("notes", Note.from_doc)
        self._by_person: dict[int, list[int]] | None = None
        self._ledger: ModelStore[LedgerEntry] = self._store("ledger", LedgerEntry.from_doc)
        self._followups: ModelStore[FollowUp] = self._store("followups", FollowUp.from_doc)
        self._search: SearchIndex | None = None
        self._intro: IntroIndex | None = None
        self._index_lock = threading.Lock()
        self._sorted_ids: list[int] | None = None
        self._stacks: list[tuple[int, str, str]] | None = None
        self._ordered: list[tuple[int, str, str]] | None = None  # the stacks in name order

    # ------------------------------------------------------------ lifecycle
    def _store(self, table: str, build: Callable[..., M]) -> ModelStore[M]:
        def raw() -> dict[str, dict]:
            return self.storage.table(table) if self._db is not None else {}

        store = ModelStore(table, raw, lambda doc, key: build(doc, id=key), self.path)
        store.pace = self.pace
        return store

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, validate: bool = True) -> Repository:
        """Open (and create, unless read-only) the file at `path`.

        Args:
            validate: check every document now. The app passes False and
                calls `validate()` in the background after its first screen;
                until then models are built as they are needed.

        Raises:
            StorageError: the file is locked, unreadable, of the wrong shape
                or from a newer netevent. The file is never changed then.
        """
        repo = cls(path, read_only=read_only)
        repo._load()
        if validate:
            try:
                repo.validate()
            except BaseException:
                repo.close()
                raise
        return repo

    def validate(self) -> None:
        """Build every model, so that a wrong document is found now.

        Raises:
            CorruptFileError: naming the document and what is wrong with it.
        """
        for store in (self._people, self._events, self._notes, self._ledger, self._followups):
            store.build_all()

    def _load(self) -> None:
        if self._lock is not None:
            self._lock.acquire()
        try:
            self._db = TinyDB(self.path, storage=AtomicJSONStorage, read_only=self.read_only)
            storage = self.storage
            if not self.read_only:
                storage.clean_leftovers()
            # Loading makes hundreds of thousands of objects that all live on;
            # the garbage collector would scan them again and again meanwhile.
            gc_was_enabled = gc.isenabled()
            gc.disable()
            try:
                meta = storage.table("meta")  # reads the file; big tables stay unparsed
                existed = storage._cache is not None
                version = file_version({"meta": meta} if existed else None, str(self.path))
                if version != SCHEMA_VERSION or not existed:
                    data, version = migrate(storage.read() or {}, str(self.path))
                    storage._cache = data
                self._build()
            finally:
                if gc_was_enabled:
                    gc.enable()
            if not self.read_only and (not existed or version < SCHEMA_VERSION):
                # A file is only rewritten in the new shape once every document
                # in it has been read without a problem.
                self.validate()
                if existed:
                    self.migrated_from = version
                    backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
                    shutil.copy2(self.path, backup)
                storage.flush()
        except BaseException:
            self.close()
            raise

    def _build(self) -> None:
        """Read the small tables now; people, notes and the rest are built as needed."""
        for store in (self._people, self._events, self._notes, self._ledger, self._followups):
            store.reset()
        storage = self.storage
        try:
            profile = storage.table("profile").get("1")
            self.profile = Profile.from_doc(profile) if profile is not None else Profile()
        except SchemaError as error:
            raise CorruptFileError(
                f"{self.path}: your profile is wrong: {error}; netevent has not changed the file"
            ) from None
        self.settings = dict(storage.table("settings").get("1", {}))
        self._by_person = None
        self._people_changed()

    @property
    def _notes_by_person(self) -> dict[int, list[int]]:
        """Note ids per person, made when the notes are first needed."""
        by_person = self._by_person
        if by_person is None:
            by_person = {}
            for key, doc in self.storage.table("notes").items():
                person_id = doc.get("person_id")
                if not isinstance(person_id, int):
                    raise CorruptFileError(
                        f"{self.path}: document {key} in table 'notes' has no person; "
                        "netevent has not changed the file"
                    )
                by_person.setdefault(person_id, []).append(int(key))
            self._by_person = by_person
        return by_person

    @property
    def notes_loaded(self) -> bool:
        """True once the notes are read (the app reads them just after its first screen)."""
        return self._by_person is not None

    def load_notes(self) -> None:
        """Read the notes now (the app does this on its writer thread)."""
        self._notes_by_person

    def expect_notes_of(self, people: int) -> None:
        """About to ask `notes_for` this many people: past a few dozen, reading
        and filing all the notes once beats finding each person's lines
        (finding them for everyone took minutes at 50,000 people)."""
        if people > 50:
            self.load_notes()

    def close(self) -> None:
        """Release the file lock. Every write is already on disk."""
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def storage(self) -> AtomicJSONStorage:
        """The storage under TinyDB (for batching, flushing and tests)."""
        assert self._db is not None, "repository is not open"
        return self._db.storage  # type: ignore[return-value]

    def _table(self, name: str):
        assert self._db is not None and name in TABLES
        return self._db.table(name, cache_size=0)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Make every write in the block one atomic file write; on error, none at all.

        If the block raises, its changes are rolled back in memory too. If only
        the final write fails, the changes stay in memory (see `flush`).
        """
        with self._mutex:
            failed_inside = False
            try:
                with self.storage.batch():
                    try:
                        yield
                    except BaseException:
                        failed_inside = True
                        raise
            except BaseException:
                if failed_inside:
                    self._build()
                    self._search = self._intro = None
                raise

    def flush(self) -> None:
        """Retry writing changes that an earlier failed write kept in memory."""
        with self._mutex:
            if self.storage.dirty:
                self.storage.flush()

    # ---------------------------------------------------------------- reads
    def people(self) -> list[Person]:
        """Everyone, in Danish alphabetical order."""
        return [self._people[i] for i in self.sorted_ids()]

    def person(self, person_id: int) -> Person | None:
        """The person with this id, or None."""
        return self._people.get(person_id)

    @property
    def people_count(self) -> int:
        """How many people the file holds."""
        return len(self._people)

    def events(self) -> list[Event]:
        """Every event, newest first."""
        return sorted(self._events.values(), key=lambda e: (e.date, e.id or 0), reverse=True)

    def event(self, event_id: int | None) -> Event | None:
        """The event with this id, or None."""
        return self._events.get(event_id) if event_id is not None else None

    def find_event(self, name: str) -> Event | None:
        """The newest event whose name matches `name` (case- and accent-insensitive)."""
        wanted = fold(name.strip())
        for event in self.events():
            if fold(event.name) == wanted:
                return event
        return None

    @property
    def current_event_id(self) -> int | None:
        """The event you are at now, as chosen in the app or with `--event`."""
        value = self.settings.get("current_event_id")
        return value if value in self._events else None

    def current_event(self) -> Event | None:
        """The event you are at now, or None."""
        return self.event(self.current_event_id)

    def notes(self) -> list[Note]:
        """Every note, oldest first."""
        return sorted(self._notes.values(), key=lambda n: (n.created, n.id or 0))

    def notes_for(self, person_id: int) -> list[Note]:
        """This person's notes, newest first."""
        if self._by_person is None:
            # Not filed yet (a look-up from the command line, or the app's first
            # seconds): take just this person's lines instead of filing all the
            # notes, which takes 0.2 s at 50,000 people and belongs on the
            # writer thread (`load_notes`). Whoever asks for everyone's notes
            # calls `load_notes` first: a scan per person is quadratic.
            found = self.storage.find("notes", "person_id", person_id)
            notes = [self._notes.adopt(int(key), doc) for key, doc in found.items()]
        else:
            notes = [self._notes[i] for i in self._by_person.get(person_id, ())]
        return sorted(notes, key=lambda n: (n.updated or n.created, n.id or 0), reverse=True)

    def has_notes(self, person_id: int) -> bool:
        """True when anything was ever written about this person."""
        return bool(self._notes_by_person.get(person_id))

    def note_for(self, person_id: int, event_id: int | None) -> Note | None:
        """The live note about this person at this event, if one was written."""
        for note in self.notes_for(person_id):
            if note.event_id == event_id:
                return note
        return None

    def ledger(self, *, person_id: int | None = None, event_id: int | None = None) -> list[LedgerEntry]:
        """Ledger entries, oldest first, optionally for one person or event."""
        entries = self._ledger.where(person_id=person_id, event_id=event_id)
        return sorted(entries, key=lambda e: (e.date, e.id or 0))

    def followups(self, *, person_id: int | None = None, open_only: bool = False) -> list[FollowUp]:
        """Follow-ups sorted by due date (undated last), optionally for one person."""
        items = [f for f in self._followups.where(person_id=person_id) if not (open_only and f.done)]
        return sorted(items, key=lambda f: (f.done, f.due or "9999", f.id or 0))

    def _save(self, table: str, model: M, store: dict[int, M]) -> M:
        """Insert or replace a model with an `id` field; return it with its id."""
        doc = model.to_doc()  # type: ignore[attr-defined]
        model_id = model.id  # type: ignore[attr-defined]
        with self._mutex:
            if model_id is not None and model_id not in store:
                raise StorageError(f"there is no {table} entry {model_id}")
            with self._writing():
                if model_id is None:
                    model_id = self._table(table).insert(doc)
                    model = replace(model, id=model_id)  # type: ignore[type-var]
                else:
                    self._table(table).update(doc, doc_ids=[model_id])
                store[model_id] = model
        return model

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Change memory first, then write the file once at the end of the block.

        If that write fails (disk full, file changed by another program), the
        models and the storage's data already hold the change, so it is not
        lost, a retry with `flush()` writes it, and retrying the save itself
        cannot insert a duplicate.
        """
        with self.batch():
            yield

    def _set_single(self, table: str, doc: dict[str, Any]) -> None:
        with self._mutex:
            tbl = self._table(table)
            if tbl.contains(doc_id=1):
                tbl.update(doc, doc_ids=[1])
            else:
                from tinydb.table import Document

                tbl.insert(Document(doc, doc_id=1))

    def set_profile(self, profile: Profile) -> Profile:
        """Replace your profile and pitch."""
        with self._writing():
            self._set_single("profile", profile.to_doc())
            self.profile = profile
        return profile

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a setting (e.g. the current event) in the file."""
        with self._writing():
            settings = dict(self.settings, **{key: value})
            self._set_single("settings", settings)
            self.settings = settings

    def set_current_event(self, event_id: int | None) -> None:
        """Choose the event you are at now (None for none)."""
        self.set_setting("current_event_id", event_id)

    def save_person(self, person: Person) -> Person:
        """Add a person (id None) or replace a stored one; return it with its id."""
        with self._writing():
            person = self._save("people", person, self._people)
            self._people_changed()
            if self._search is not None:
                self._search.upsert(person)
            if self._intro is not None:
                self._intro.upsert(person)
        return person

    def save_event(self, event: Event) -> Event:
        """Add an event (id None) or replace a stored one."""
        return self._save("events", event, self._events)

    def set_attendance(self, event_id: int, attendance: Attendance) -> Event:
        """Put a person in an event's room, or change their met/target flags there."""
        with self._writing():
            event = self._events[event_id]
            return self.save_event(event.with_attendance(attendance))

    def save_note(self, note: Note) -> Note:
        """Add or replace a note and re-index the person's note text."""
        with self._writing():
            if note.id is not None:
                note = replace(note, updated=now_iso())
            note = self._save("notes", note, self._notes)
            ids = self._notes_by_person.setdefault(note.person_id, [])
            if note.id not in ids:
                ids.append(note.id)  # type: ignore[arg-type]
            if self._search is not None:
                texts = [n.text for n in self.notes_for(note.person_id)]
                self._search.set_notes(note.person_id, texts)
        return note

    def save_ledger(self, entry: LedgerEntry) -> LedgerEntry:
        """Record something given or received."""
        return self._save("ledger", entry, self._ledger)

    def save_followup(self, followup: FollowUp) -> FollowUp:
        """Add a follow-up or change one (e.g. mark it done)."""
        return self._save("followups", followup, self._followups)
