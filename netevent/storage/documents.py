"""The documents of an open data file: the one route by which anything is written to them.

Pure Python. The file is TinyDB's format, opened through TinyDB on netevent's
`AtomicJSONStorage`; the documents are changed straight in the storage's
data, because TinyDB's `Table` converts a whole table on every write (at
50,000 people that is most of a save). Every change goes through `insert`,
`put` or `remove`, which record the document's before image in the change
log and keep the table's built models in step, and ends in one
`storage.write` (one atomic file write, or part of the enclosing batch).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from tinydb import TinyDB

from netevent.storage.atomic import AtomicJSONStorage
from netevent.storage.commits import ChangeLog, Doc
from netevent.storage.schema import TABLES
from netevent.storage.tables import ModelStore

__all__ = ["Documents", "Table"]

M = TypeVar("M")


class Table(Generic[M]):
    """One table: its documents, its models (built when asked for) and its next id."""

    def __init__(self, docs: Documents, name: str, build: Callable[[Doc, int], M]) -> None:
        self.name = name
        self.models: ModelStore[M] = ModelStore(name, lambda: docs.data(name), build, docs.path)
        self._docs = docs
        self._next: int | None = None

    def next_id(self, data: dict[str, Doc]) -> int:
        """A new id: one more than the largest ever seen in this session (as TinyDB numbers them).

        Ids held by the trash are never given out again, so a deleted person
        comes back under their own id, with their notes under theirs.
        """
        if self._next is None:
            self._next = max(max((int(key) for key in data), default=0), self._docs.reserved(self.name)) + 1
        value, self._next = self._next, self._next + 1
        return value

    def reset(self) -> None:
        """The data was read again: forget built models and the id counter."""
        self.models.reset()
        self._next = None

    def taken(self, doc_id: int) -> None:
        """Document `doc_id` was put in by other means (a restore): new ids come after it."""
        if self._next is not None and doc_id >= self._next:
            self._next = doc_id + 1


class Documents:
    """The open file's tables, and the change log every write records in.

    Args:
        db: the TinyDB opened on an `AtomicJSONStorage`.
        path: the data file (for messages).
    """

    def __init__(self, db: TinyDB, path: Any) -> None:
        self._db = db
        self.path = path
        self.log = ChangeLog()
        self._tables: dict[str, Table[Any]] = {}
        self.reserved: Callable[[str], int] = lambda _name: 0
        """The largest id of a table that is kept elsewhere (in the trash) and must not be reused."""

    @property
    def storage(self) -> AtomicJSONStorage:
        """The storage under TinyDB."""
        storage = self._db.storage
        assert isinstance(storage, AtomicJSONStorage)
        return storage

    def table(self, name: str, build: Callable[[Doc, int], M]) -> Table[M]:
        """Register table `name`, whose documents become models with `build(doc, id)`."""
        assert name in TABLES, name
        made: Table[M] = Table(self, name, build)
        self._tables[name] = made
        return made

    def reset(self) -> None:
        """The data was read again (a rollback or a migration): forget what was built from it."""
        for table in self._tables.values():
            table.reset()

    def data(self, name: str) -> dict[str, Doc]:
        """A table's `{str(id): document}` data (parsed now if it was put off)."""
        return self.storage.table(name)

    def _tablewise(self, name: str) -> dict[str, Doc]:
        """The table's data, to change in place (refused at once when the file is read-only)."""
        storage = self.storage
        storage.check_writable()
        return storage.table(name, create=True)

    # ---------------------------------------------------------------- writes
    def insert(self, name: str, docs: Iterable[Doc], models: Iterable[Any] | None = None) -> list[int]:
        """Store new documents; their ids in order. `models`, if given, are kept as already built."""
        table = self._tables[name]
        data = self._tablewise(name)
        ids = []
        for doc in docs:
            new_id = table.next_id(data)
            self.log.touch(name, new_id, None)
            data[str(new_id)] = doc
            ids.append(new_id)
        if models is not None:
            for new_id, model in zip(ids, models):
                table.models.changed(new_id, model)
        else:
            for new_id in ids:
                table.models.changed(new_id)
        self.storage.changed()
        return ids

    def put(self, name: str, items: dict[int, Doc], models: dict[int, Any] | None = None) -> None:
        """Replace stored documents whole (their ids must exist; the caller checks)."""
        table = self._tables[name]
        data = self._tablewise(name)
        for doc_id, doc in items.items():
            key = str(doc_id)
            self.log.touch(name, doc_id, data.get(key))
            data[key] = doc
            if models is not None and doc_id in models:
                table.models.changed(doc_id, models[doc_id])
            else:
                table.models.changed(doc_id)
        self.storage.changed()

    def remove(self, name: str, ids: Iterable[int]) -> None:
        """Delete documents; unknown ids are ignored."""
        table = self._tables[name]
        data = self._tablewise(name)
        for doc_id in ids:
            old = data.pop(str(doc_id), None)
            if old is not None:
                self.log.touch(name, doc_id, old)
            table.models.changed(doc_id)
        self.storage.changed()

    def set_single(self, name: str, doc: Doc) -> None:
        """Replace the one document of a single-document table (profile, settings, meta)."""
        data = self._tablewise(name)
        self.log.touch(name, 1, data.get("1"))
        data["1"] = doc
        self.storage.changed()

    def restore(self, images: dict[str, dict[int, Doc | None]]) -> None:
        """Put documents back as they were (None: the document did not exist), e.g. for an undo."""
        for name, docs in images.items():
            data = self._tablewise(name)
            table = self._tables.get(name)
            for doc_id, doc in docs.items():
                key = str(doc_id)
                self.log.touch(name, doc_id, data.get(key))
                if doc is None:
                    data.pop(key, None)
                else:
                    data[key] = dict(doc)
                if table is not None:
                    table.models.changed(doc_id)
                    table.taken(doc_id)
        self.storage.changed()
