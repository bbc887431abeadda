"""The repository: every read and write of a netevent file goes through here.

Pure Python, no Textual. The file is read at open; immutable models are
built from its documents when first asked for (`validate()` builds them all),
and the notes table is parsed only when needed. Each write method is one
atomic file write (or part of one `batch()`), is serialised by a lock and is
safe to call from a worker thread. When the outermost batch ends, the
repository tells its subscribers what changed (`subscribe`), so whatever is
derived from the data (the search indexes) follows it without being rebuilt.
"""

from __future__ import annotations

import gc
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB

from netevent.domain.models import (
    Ask,
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
from netevent.domain.text import fold
from netevent.storage.asks import AskBook
from netevent.storage.atomic import AtomicJSONStorage
from netevent.storage.commits import Committed, Doc, Listener
from netevent.storage.documents import Documents, Table
from netevent.storage.errors import CorruptFileError, StorageError
from netevent.storage.lock import FileLock
from netevent.storage.names import NameOrder
from netevent.storage.networks import NetworkBook
from netevent.storage.notes_by_person import NotesByPerson
from netevent.storage.recovery import UnsavedJournal
from netevent.storage.removals import Removals
from netevent.storage.schema import SCHEMA_VERSION, file_version, migrate
from netevent.storage.target import data_file
from netevent.storage.unsaved import KeepsUnsaved

if TYPE_CHECKING:  # the journal and the trash are imported when first needed: a look-up writes nothing
    from netevent.storage.journal import Journal

__all__ = ["Repository"]

_KINDS: dict[type, str] = {  # asks first: a merge moves them before it saves the merged person's needs
    Ask: "asks",
    Person: "people",
    Event: "events",
    Note: "notes",
    LedgerEntry: "ledger",
    FollowUp: "followups",
}


def _no_pace() -> None:
    return None


class Repository(KeepsUnsaved, Removals):
    """A netevent data file, open for reading and (unless read-only) writing.

    Use `Repository.open(path)`; close it with `close()` or a `with` block.
    """

    _people: Table[Person]
    _events: Table[Event]
    _notes: Table[Note]
    _ledger: Table[LedgerEntry]
    _followups: Table[FollowUp]
    names: NameOrder
    """Everyone in name order, read from the stored names."""
    _by_person: NotesByPerson
    asks_book: AskBook
    """The asks, and the rules that keep each person's needs their open asks."""
    networks: NetworkBook
    """What you set per network (how often to keep in touch)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = data_file(path)
        """The data file (a symbolic link's target: that is the file written)."""
        self.migrated_from: int | None = None
        """The schema version the file had when it was migrated on open, if it was."""
        self.pace: Callable[[], None] = _no_pace
        """Called every few dozen documents by long reads; the app makes background work step aside with it."""
        self._read_only = read_only
        self._mutex = threading.RLock()
        self._lock = None if read_only else FileLock(self.path)
        self._docs: Documents | None = None
        self._listeners: list[Listener] = []
        self._depth = 0
        self._what: str | None = None  # what the running batch does, for the undo journal
        self._group: str | None = None
        self._undoable = True
        self._journal: Journal | None = None
        self.profile = Profile()
        self.settings: dict[str, Any] = {}
        self._create = True
        self._unsaved = UnsavedJournal(self.path)

    # ------------------------------------------------------------ lifecycle
    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, validate: bool = True, create: bool = True
    ) -> Repository:
        """Open (and create, unless read-only) the file at `path`.

        Args:
            validate: check every document now. The app passes False and
                calls `validate()` in the background after its first screen;
                until then models are built as they are needed.
            create: write a new file at once. The command line passes False:
                a new file is written by the command's first change, so a
                command that fails (a mistyped `--db`) leaves nothing behind.

        Raises:
            StorageError: the file is locked, unreadable, of the wrong shape
                or from a newer netevent, or a symbolic link to nothing. The
                file is never changed then.
        """
        if not read_only and Path(path).expanduser().is_symlink():
            data_file(path)  # a dangling link is refused before anything is made next to it
        repo = cls(path, read_only=read_only)
        repo._create = create
        repo._load()
        if validate:
            try:
                repo.validate()
            except BaseException:
                repo.close()
                raise
        return repo

    def _load(self) -> None:
        if self._lock is not None:
            self._lock.acquire()
        try:
            db = TinyDB(self.path, storage=AtomicJSONStorage, read_only=self._read_only)
            docs = self._docs = Documents(db, self.path)
            self._people = docs.table("people", lambda doc, key: Person.from_doc(doc, id=key))
            self._events = docs.table("events", lambda doc, key: Event.from_doc(doc, id=key))
            self._notes = docs.table("notes", lambda doc, key: Note.from_doc(doc, id=key))
            self._ledger = docs.table("ledger", lambda doc, key: LedgerEntry.from_doc(doc, id=key))
            self._followups = docs.table("followups", lambda doc, key: FollowUp.from_doc(doc, id=key))
            self.asks_book = AskBook(docs, self._people, self._ask_event)
            self.networks = NetworkBook(docs)
            for table in (self._people, self._events, self._notes, self._ledger, self._followups, self.asks_book.table):
                table.models.pace = lambda: self.pace()
            for name in ("trash", "undo", "undo_images"):
                docs.table(name, lambda doc, key: doc)  # plain documents: no models
            docs.reserved = self._reserved
            self.names = NameOrder(lambda: docs.data("people"))
            self._by_person = NotesByPerson(lambda: docs.data("notes"), self.path)
            storage = self.storage
            if not self._read_only:
                storage.clean_leftovers()
            # Loading makes hundreds of thousands of objects that all live on;
            # the garbage collector would scan them again and again meanwhile.
            gc_was_enabled = gc.isenabled()
            gc.disable()
            try:
                meta = storage.table("meta")  # reads the file; big tables stay unparsed
                existed = storage.found
                version = file_version({"meta": meta} if existed else None, str(self.path))
                if version != SCHEMA_VERSION or not existed:
                    data, version = migrate(storage.read() or {}, str(self.path))
                    storage.adopt(data)
                self._build()
            finally:
                if gc_was_enabled:
                    gc.enable()
            if not self._read_only and (not existed or version < SCHEMA_VERSION):
                # A file is only rewritten in the new shape once every document
                # in it has been read without a problem.
                self.validate()
                if existed:
                    self.migrated_from = version
                    shutil.copy2(self.path, self.path.with_name(f"{self.path.name}.v{version}.bak"))
                    storage.flush()
                elif self._create:
                    storage.flush()
                else:
                    storage.mark_dirty()  # written with the first change
        except BaseException:
            self.close()
            raise

    def _build(self) -> None:
        """Read the small tables now; people, notes and the rest are built as needed."""
        self._documents.reset()
        self._build_small()
        self._by_person.reset()
        self.names.changed()

    def _build_small(self) -> None:
        """Read the profile and the settings."""
        docs = self._documents
        try:
            profile = docs.data("profile").get("1")
            self.profile = Profile.from_doc(profile) if profile is not None else Profile()
        except SchemaError as error:
            raise CorruptFileError(
                f"{self.path}: your profile is wrong: {error}; netevent has not changed the file"
            ) from None
        self.settings = dict(docs.data("settings").get("1", {}))

    def validate(self) -> None:
        """Build every model, so that a wrong document is found now.

        Also makes sure no document was lost or changed in reading (two
        with one id, a number too large to keep exactly).

        Raises:
            CorruptFileError: naming the document and what is wrong with it.
        """
        for table in (self._people, self._events, self._ledger, self._followups):
            table.models.build_all()
        # Notes and asks are checked, not kept: a screen shows a few of them at a time.
        self._notes.models.check_all()
        self.asks_book.table.models.check_all()
        self.storage.verify(self.pace)

    def close(self) -> None:
        """Release the file lock. Every write is already on disk.

        A file that was never written (a command failed before its first
        change) leaves no lock file or new folders behind.
        """
        if self._lock is not None:
            self._lock.release(tidy=True)

    def mark_closing(self) -> None:
        """Tell a netevent started now that this one is about to let go of the file (it waits for it)."""
        if self._lock is not None:
            self._lock.mark_closing()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _documents(self) -> Documents:
        assert self._docs is not None, "repository is not open"
        return self._docs

    @property
    def storage(self) -> AtomicJSONStorage:
        """The storage under TinyDB (for flushing and tests)."""
        return self._documents.storage

    @property
    def read_only(self) -> bool:
        """True when every write is refused."""
        return self._read_only or (self._docs is not None and self.storage.read_only)

    def refuse_writes(self) -> None:
        """Refuse every write from now on (the file turned out to be unusable)."""
        self.storage.read_only = True

    def raw(self, table: str) -> dict[str, Doc]:
        """A table's stored documents, `{str(id): document}`, for readers that need no models (search)."""
        return self._documents.data(table)

    # ------------------------------------------------------------- batches
    def subscribe(self, listener: Listener) -> None:
        """Call `listener(Committed)` after every write and batch, on the thread that wrote."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _publish(self, done: Committed) -> None:
        if done.empty:
            return
        for listener in list(self._listeners):
            listener(done)

    @contextmanager
    def batch(self, what: str | None = None, *, group: str | None = None, undoable: bool = True) -> Iterator[None]:
        """Make every write in the block one atomic file write; on error, none at all.

        If the block raises, its changes are rolled back in memory too. If only
        the final write fails, the changes stay in memory (see `flush`) and the
        subscribers hear of them: memory is what the screen shows.

        The outermost batch is one change in the undo journal, in the same write.

        Args:
            what: what the change does, as an undo names it ("Added Ida
                Kristensen"); the first batch that says wins, and without one
                it is described from the documents it touched.
            group: changes of the same group made shortly after one another
                are one change to undo (the saves of one live note).
            undoable: False for a change no one would undo (building a new
                file, an undo itself).
        """
        with self._mutex:
            outermost = self._depth == 0
            if outermost:
                self._what, self._group, self._undoable = None, None, True
            if what and self._what is None:
                self._what, self._group = what, group
            self._undoable = self._undoable and undoable
            self._depth += 1
            failed_inside = False
            try:
                with self.storage.batch():
                    try:
                        yield
                        if outermost and self._undoable and self._documents.log.images:
                            self._undo_journal.record(self._what, self._group)
                    except BaseException:
                        failed_inside = True
                        raise
            except BaseException as error:
                if outermost:
                    if failed_inside:
                        self._build()
                        self._documents.log.clear()
                        self._publish(Committed(rolled_back=True))
                    else:
                        done = self._documents.log.take()
                        self._keep_unsaved(done, error)
                        self._publish(done)
                raise
            else:
                if outermost:
                    self._all_saved()
                    self._publish(self._documents.log.take())
            finally:
                self._depth -= 1

    def flush(self) -> None:
        """Retry writing changes that an earlier failed write kept in memory."""
        with self._mutex:
            if self.storage.dirty:
                self.storage.flush()
                self._all_saved()

    # ---------------------------------------------------------------- reads
    def people(self) -> list[Person]:
        """Everyone, in Danish alphabetical order."""
        people = self._people.models
        return [people[i] for i in self.names.ids()]

    def everyone(self) -> list[Person]:
        """Everyone, in file order (quicker than `people()` when the order does not matter)."""
        return self._people.models.values()

    def people_in(self, ids: Iterable[int]) -> list[Person]:
        """The stored people among `ids`, in the order given."""
        found = (self._people.models.get(i) for i in ids)
        return [p for p in found if p is not None]

    def person(self, person_id: int | None) -> Person | None:
        """The person with this id, or None."""
        return self._people.models.get(person_id)

    def sorted_ids(self, within: Iterable[int] | None = None) -> list[int]:
        """Everyone's id (or only those `within`) in Danish alphabetical order of name."""
        return self.names.ids(within if within is None or isinstance(within, (set, frozenset)) else set(within))

    def named_like(self, *parts: str) -> list[Person]:
        """People whose folded name contains every one of the folded `parts`, in file order."""
        return self.people_in(self.names.named_like(*parts))

    @property
    def people_count(self) -> int:
        """How many people the file holds."""
        return len(self._people.models)

    def events(self) -> list[Event]:
        """Every event, newest first."""
        return sorted(self._events.models.values(), key=lambda e: (e.date, e.id or 0), reverse=True)

    def event(self, event_id: int | None) -> Event | None:
        """The event with this id, or None."""
        return self._events.models.get(event_id)

    def find_event(self, name: str) -> Event | None:
        """The newest event whose name matches `name` (case- and accent-insensitive)."""
        wanted = fold(name.strip())
        return next((event for event in self.events() if fold(event.name) == wanted), None)

    @property
    def current_event_id(self) -> int | None:
        """The event you are at now, as chosen in the app or with `--event`."""
        value = self.settings.get("current_event_id")
        return value if isinstance(value, int) and value in self._events.models else None

    def current_event(self) -> Event | None:
        """The event you are at now, or None."""
        return self.event(self.current_event_id)

    def notes(self) -> list[Note]:
        """Every note, oldest first."""
        return sorted(self._notes.models.values(), key=lambda n: (n.created, n.id or 0))

    @property
    def notes_loaded(self) -> bool:
        """True once the notes are filed by person (the app does it just after its first screen)."""
        return self._by_person.filed

    def load_notes(self) -> None:
        """Read and file the notes now (the app does this in the background)."""
        self._by_person.ids()

    def expect_notes_of(self, people: int) -> None:
        """About to ask `notes_for` this many people: past a few dozen, filing all the notes
        once beats finding each person's lines (that took minutes at 50,000 people)."""
        if people > 50:
            self.load_notes()

    def notes_for(self, person_id: int) -> list[Note]:
        """This person's notes, newest first."""
        notes = self._notes.models
        if not self._by_person.filed:
            # Not filed yet (a look-up from the command line, or the app's first
            # seconds): take just this person's lines, never file every note here.
            found = self.storage.find("notes", "person_id", person_id)
            mine = [notes.adopt(int(key), doc) for key, doc in found.items()]
        else:
            mine = [notes[i] for i in self._by_person.ids().get(person_id, ())]
        return sorted(mine, key=lambda n: (n.updated or n.created, n.id or 0), reverse=True)

    def has_notes(self, person_id: int) -> bool:
        """True when anything was ever written about this person."""
        return bool(self._by_person.ids().get(person_id))

    def note_for(self, person_id: int, event_id: int | None) -> Note | None:
        """The live note about this person at this event, if one was written."""
        return next((note for note in self.notes_for(person_id) if note.event_id == event_id), None)

    def ledger(self, *, person_id: int | None = None, event_id: int | None = None) -> list[LedgerEntry]:
        """Ledger entries, oldest first, optionally for one person or event."""
        entries = self._ledger.models.where(person_id=person_id, event_id=event_id)
        return sorted(entries, key=lambda e: (e.date, e.id or 0))

    def followups(self, *, person_id: int | None = None, open_only: bool = False) -> list[FollowUp]:
        """Follow-ups sorted by due date (undated last), optionally for one person."""
        items = [f for f in self._followups.models.where(person_id=person_id) if not (open_only and f.done)]
        return sorted(items, key=lambda f: (f.done, f.due or "9999", f.id or 0))

    def ledger_with(self, person_id: int) -> list[LedgerEntry]:
        """Ledger entries of introductions to this person (their `with_person_id`), oldest first."""
        return sorted(self._ledger.models.where(with_person_id=person_id), key=lambda e: (e.date, e.id or 0))

    def ledger_entry(self, entry_id: int) -> LedgerEntry | None:
        """The ledger entry with this id, or None."""
        return self._ledger.models.get(entry_id)

    def followup(self, followup_id: int) -> FollowUp | None:
        """The follow-up with this id, or None."""
        return self._followups.models.get(followup_id)

    def asks(self, person_id: int | None = None) -> list[Ask]:
        """One person's asks (or everyone's), oldest first."""
        if person_id is not None:
            return self.asks_book.of(person_id)
        return sorted(self.asks_book.table.models.values(), key=lambda a: (a.since, a.key))

    def ask(self, ask_id: int) -> Ask | None:
        """The ask with this id, or None."""
        return self.asks_book.table.models.get(ask_id)

    def _ask_event(self, person_id: int) -> int | None:
        """The event a need that comes up now belongs to: the current one, if they are in its room."""
        event = self.current_event()
        return event.id if event is not None and event.attendance(person_id) is not None else None

    def index_by_person(self) -> None:
        """Index ledger entries and follow-ups by person now, so that a card never waits for it."""
        for table in (self._ledger, self._followups, self.asks_book.table):
            table.models.index_by("person_id")

    # --------------------------------------------------------------- writes
    def save_many(self, models: Iterable[Any]) -> list[Any]:
        """Add (id None) or replace people, events, notes, ledger entries, follow-ups or asks, in one write.

        Returns the models with their ids, in order. Replacing an id that
        does not exist raises `StorageError` and writes nothing. People's
        needs and their open asks are kept in step (`storage.asks`).
        """
        items = list(models)
        if any(type(m) not in _KINDS for m in items):
            raise TypeError("save_many takes people, events, notes, ledger entries, follow-ups and asks")
        out: list[Any] = list(items)
        tables: dict[str, Table[Any]] = {
            "asks": self.asks_book.table,
            "people": self._people,
            "events": self._events,
            "notes": self._notes,
            "ledger": self._ledger,
            "followups": self._followups,
        }
        with self.batch():
            docs, log = self._documents, self._documents.log
            needs_were: dict[int | None, Any] = {}
            for kind, name in _KINDS.items():
                picked = [i for i, m in enumerate(items) if type(m) is kind]
                store = tables[name].models
                missing = [items[i].id for i in picked if items[i].id is not None and items[i].id not in store]
                if missing:
                    raise StorageError(f"there is no {name} entry {missing[0]}")
                new = [i for i in picked if items[i].id is None]
                if new:
                    ids = docs.insert(name, [items[i].to_doc() for i in new])
                    for i, model_id in zip(new, ids):
                        out[i] = replace(items[i], id=model_id)
                old = [i for i in picked if items[i].id is not None]
                was: dict[int | None, Any] = {}
                if old:
                    stored = docs.data(name)
                    # What a replaced person was called, whose a replaced note or ask was.
                    field = "name" if kind is Person else "person_id"
                    was = {items[i].id: stored[str(items[i].id)].get(field) for i in old}
                    if kind is Person:
                        needs_were = {items[i].id: stored[str(items[i].id)].get("needs") for i in old}
                    docs.put(name, {items[i].id: items[i].to_doc() for i in old})
                for i in picked:
                    store.changed(out[i].id, out[i])
                    if kind is Person:
                        log.person(out[i].id)
                    elif kind is Note:
                        owner = was.get(out[i].id) if items[i].id is not None else None
                        if owner is not None and owner != out[i].person_id:  # moved to another person
                            self._by_person.drop(owner, out[i].id)
                            log.notes_of(owner)
                        self._by_person.add(out[i].person_id, out[i].id)
                        log.notes_of(out[i].person_id)
                if kind is Ask and picked:
                    self.asks_book.project({out[i].person_id for i in picked} | {p for p in was.values() if p})
                if kind is Person and picked:
                    self.names.moved(
                        [out[i].id for i in picked if items[i].id is None or was.get(items[i].id) != items[i].name]
                    )
                    self.asks_book.follow_needs(
                        out[i].id for i in picked
                        if (out[i].needs if items[i].id is None else list(out[i].needs) != needs_were.get(items[i].id))
                    )  # fmt: skip
        return out

    def _save(self, model: Any) -> Any:
        """Insert or replace one model; return it with its id."""
        return self.save_many([model])[0]

    def set_profile(self, profile: Profile) -> Profile:
        """Replace your profile and pitch."""
        with self.batch():
            self._documents.set_single("profile", profile.to_doc())
            self.profile = profile
        return profile

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a setting (e.g. the current event) in the file."""
        with self.batch():
            settings = dict(self.settings, **{key: value})
            self._documents.set_single("settings", settings)
            self.settings = settings

    def set_current_event(self, event_id: int | None) -> None:
        """Choose the event you are at now (None for none)."""
        self.set_setting("current_event_id", event_id)

    def save_person(self, person: Person) -> Person:
        """Add a person (id None) or replace a stored one; return it with its id."""
        saved: Person = self._save(person)
        return saved

    def save_event(self, event: Event) -> Event:
        """Add an event (id None) or replace a stored one."""
        saved: Event = self._save(event)
        return saved

    def set_attendance(self, event_id: int, attendance: Attendance) -> Event:
        """Put a person in an event's room, or change their met/target flags there."""
        with self.batch():
            return self.save_event(self._events.models[event_id].with_attendance(attendance))

    def save_note(self, note: Note) -> Note:
        """Add or replace a note (a replaced note is stamped as updated now)."""
        if note.id is not None:
            note = replace(note, updated=now_iso())
        saved: Note = self._save(note)
        return saved

    def save_ledger(self, entry: LedgerEntry) -> LedgerEntry:
        """Record something given or received."""
        saved: LedgerEntry = self._save(entry)
        return saved

    def save_followup(self, followup: FollowUp) -> FollowUp:
        """Add a follow-up or change one (e.g. mark it done)."""
        saved: FollowUp = self._save(followup)
        return saved

    def delete_note(self, note_id: int) -> None:
        """Remove a note (an emptied live note)."""
        with self.batch():
            note = self._notes.models.get(note_id)
            if note is None:
                return
            self._documents.remove("notes", [note_id])
            self._by_person.drop(note.person_id, note_id)
            self._documents.log.notes_of(note.person_id)

    def delete_followup(self, followup_id: int) -> None:
        """Remove a follow-up (e.g. one whose line was taken out of a note)."""
        with self.batch():
            self._documents.remove("followups", [followup_id])
