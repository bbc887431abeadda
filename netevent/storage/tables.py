"""Models of one table, built from the stored documents only when they are needed.

Pure Python. Turning 10,000 people and 50,000 notes into validated models
takes a good fraction of a second, more than the app may spend before its
first screen. A `ModelStore` keeps the raw documents (the storage's own data)
and builds a model the first time it is asked for; `build_all()` validates a
whole table at once, which the command line does on open and the app does in
the background right after its first screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import Generic, TypeVar

from netevent.domain.models import SchemaError
from netevent.storage.commits import Doc
from netevent.storage.errors import CorruptFileError

__all__ = ["ModelStore", "PACE_EVERY"]

PACE_EVERY = 64
"""Documents between two calls of `pace` in background work (about 4 ms of it at most)."""

M = TypeVar("M")


class ModelStore(Generic[M]):
    """A dict-like view `id -> model` over one TinyDB table.

    Args:
        table: the table's name (for error messages).
        raw: returns the table's current `{str(id): document}` data.
        build: makes a model from a document and its id.
        path: the data file (for error messages).
    """

    def __init__(
        self, table: str, raw: Callable[[], dict[str, Doc]], build: Callable[[Doc, int], M], path: Path
    ) -> None:
        self.table = table
        self._raw = raw
        self._build = build
        self._path = path
        self._built: dict[int, M] = {}
        self._complete = False
        self._indexes: dict[str, _FieldIndex] = {}
        self._index_lock = threading.Lock()
        self.pace: Callable[[], None] = lambda: None
        """Called every few dozen documents while building a whole table (see `Repository.pace`)."""

    def reset(self) -> None:
        """Forget every built model (after the data was re-read from disk)."""
        self._built = {}
        self._complete = False
        with self._index_lock:
            self._indexes = {}

    def _make(self, key: int, doc: Doc) -> M:
        try:
            model = self._build(doc, key)
        except (SchemaError, TypeError, ValueError) as error:
            raise CorruptFileError(
                f"{self._path}: document {key} in table {self.table!r} is wrong: {error}; "
                "netevent has not changed the file"
            ) from None
        self._built[key] = model
        return model

    def get(self, key: int | None, default: M | None = None) -> M | None:
        """The model with this id, built on first use; `default` if there is none."""
        if key is None:
            return default
        model = self._built.get(key)
        if model is not None:
            return model
        doc = self._raw().get(str(key))
        return default if doc is None else self._make(key, doc)

    def adopt(self, key: int, doc: Doc) -> M:
        """The model for a document the caller read from the table itself."""
        model = self._built.get(key)
        return model if model is not None else self._make(key, doc)

    def __getitem__(self, key: int) -> M:
        model = self.get(key)
        if model is None:
            raise KeyError(key)
        return model

    def __contains__(self, key: object) -> bool:
        return key in self._built or str(key) in self._raw()

    def changed(self, key: int, model: M | None = None) -> None:
        """Document `key` was just written (or removed): keep its new `model`, or build it again when asked.

        The field indexes file the document under its new values (or forget it).
        """
        if model is not None:
            self._built[key] = model
        else:
            self._built.pop(key, None)
        if self._indexes:
            doc = self._raw().get(str(key))
            with self._index_lock:
                for name, index in self._indexes.items():
                    if doc is None:
                        index.drop(key)
                    else:
                        index.put(key, doc.get(name))

    def __len__(self) -> int:
        return len(self._raw())

    def keys(self) -> list[int]:
        """Every id in the table."""
        return [int(key) for key in self._raw()]

    def __iter__(self) -> Iterator[int]:
        return iter(self.keys())

    def values(self) -> list[M]:
        """Every model of the table (built now if need be)."""
        self.build_all()
        return [self._built[int(key)] for key in self._raw()]

    def items(self) -> list[tuple[int, M]]:
        """Every (id, model) pair."""
        return list(zip(self.keys(), self.values()))

    def build_all(self) -> None:
        """Build and so validate every model of the table.

        Raises:
            CorruptFileError: naming the first document that is wrong.
        """
        if self._complete and len(self._built) >= len(self._raw()):
            return
        built, pace = self._built, self.pace
        for count, (key, doc) in enumerate(list(self._raw().items())):
            if not count % PACE_EVERY:
                pace()
            number = int(key)
            if number not in built:
                self._make(number, doc)
        self._complete = True

    def check_all(self) -> None:
        """Validate every document without keeping the models (built again when asked for).

        For the notes: most of a file, and a screen shows a few of them at a
        time; keeping all 500,000 models at 100,000 people took 90 MB.

        Raises:
            CorruptFileError: naming the first document that is wrong.
        """
        built, pace = self._built, self.pace
        for count, (key, doc) in enumerate(list(self._raw().items())):
            if not count % PACE_EVERY:
                pace()
            number = int(key)
            if number not in built:
                self._make(number, doc)
                del built[number]

    def where(self, **fields: object) -> list[M]:
        """Models whose stored document has these values (None means any), built only for them.

        A card asks for one person's ledger entries and follow-ups: scanning
        25,000 documents for five took 20 ms at 50,000 people, so the first
        field asked for is looked up in an index made on first use and kept
        up to date by every save and removal.
        """
        wanted = [(name, value) for name, value in fields.items() if value is not None]
        raw = self._raw()
        if not wanted:
            return [self[int(key)] for key in list(raw)]
        name, value = wanted[0]
        out = []
        for key in self._keys_with(name, value):
            doc = raw.get(str(key))
            if doc is not None and all(doc.get(n) == v for n, v in wanted):
                out.append(self[key])
        return out

    def index_by(self, name: str) -> None:
        """Make the index on field `name` now, so that no `where` has to wait for it."""
        self._keys_with(name, None)

    def _keys_with(self, name: str, value: object) -> list[int]:
        """The ids of the documents whose field `name` is `value`, in id order."""
        with self._index_lock:
            index = self._indexes.get(name)
            if index is None:
                index = self._indexes[name] = _FieldIndex(name, self._raw())
            return index.keys_with(value)


class _FieldIndex:
    """Document ids by the value of one field (values that cannot be keys are left out)."""

    def __init__(self, name: str, raw: dict[str, Doc]) -> None:
        self._ids: dict[Hashable, set[int]] = {}
        self._value_of: dict[int, Hashable] = {}
        pairs = [(int(key), doc.get(name)) for key, doc in list(raw.items())]
        try:
            # One tight pass (a third of the time of `put` for each: the first
            # card at 50,000 people makes two of these).
            value_of = dict(pairs)
            ids = self._ids
            for key, value in pairs:
                bucket = ids.get(value)
                if bucket is None:
                    bucket = ids[value] = set()
                bucket.add(key)
            self._value_of = value_of
        except TypeError:  # a value that cannot be a key: file them one by one
            self._ids = {}
            for key, value in pairs:
                self.put(key, value)

    def put(self, key: int, value: object) -> None:
        """File document `key` under its (new) value."""
        self.drop(key)
        try:
            self._ids.setdefault(value, set()).add(key)
        except TypeError:  # a list: such a document fails validation anyway
            return
        self._value_of[key] = value

    def drop(self, key: int) -> None:
        """Forget document `key`."""
        if key in self._value_of:
            old = self._value_of.pop(key)
            ids = self._ids.get(old)
            if ids is not None:
                ids.discard(key)

    def keys_with(self, value: object) -> list[int]:
        """The ids filed under `value`, sorted."""
        try:
            return sorted(self._ids.get(value, ()))
        except TypeError:
            return []
