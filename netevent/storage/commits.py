"""What one write (or batch of writes) changed, told to whoever keeps something derived from the data.

Pure Python. The repository records, while a batch runs, which documents it
touches and what each looked like before (its "before image"); when the
outermost batch ends it publishes one `Committed` to its subscribers. The
search indexes follow the data this way (one owner, one rule: they change
when the data has changed), and the before images are what an undo needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Committed", "ChangeLog", "Listener", "Doc"]

Doc = dict[str, Any]
"""A stored document, as TinyDB keeps it."""


@dataclass(frozen=True)
class Committed:
    """What a finished write changed in memory (and, unless its final save failed, on disk).

    Attributes:
        people: ids of people added, changed or removed.
        notes_of: ids of people whose notes were added, changed or removed.
        before: per table, per document id, the document as it was before
            (None for a document the write created).
        rolled_back: the batch failed and was undone: nothing changed, but
            everything built from the documents must be read again.
    """

    people: frozenset[int] = frozenset()
    notes_of: frozenset[int] = frozenset()
    before: dict[str, dict[int, Doc | None]] = field(default_factory=dict)
    rolled_back: bool = False

    @property
    def empty(self) -> bool:
        """True when the write changed no document."""
        return not self.before and not self.rolled_back


Listener = Callable[[Committed], None]
"""Called with every `Committed`, on the thread that wrote, before the write returns."""


class ChangeLog:
    """Collects what one outermost batch touches; `take()` turns it into a `Committed`."""

    def __init__(self) -> None:
        self._people: set[int] = set()
        self._notes_of: set[int] = set()
        self._before: dict[str, dict[int, Doc | None]] = {}

    def clear(self) -> None:
        """Forget everything recorded (a batch that was rolled back)."""
        self._people, self._notes_of, self._before = set(), set(), {}

    def touch(self, table: str, doc_id: int, old: Doc | None) -> None:
        """Record that document `doc_id` of `table` is about to change; `old` is it now (None: new)."""
        images = self._before.setdefault(table, {})
        if doc_id not in images:  # the first image is the one from before the batch
            images[doc_id] = dict(old) if old is not None else None

    def person(self, person_id: int) -> None:
        """A person was added, changed or removed."""
        self._people.add(person_id)

    def notes_of(self, person_id: int) -> None:
        """A note about this person was added, changed or removed."""
        self._notes_of.add(person_id)

    @property
    def images(self) -> dict[str, dict[int, Doc | None]]:
        """The before images recorded so far (for the undo journal; do not change them)."""
        return self._before

    def forget(self, tables: tuple[str, ...]) -> None:
        """Drop what was recorded for these tables (the undo journal's own bookkeeping)."""
        for table in tables:
            self._before.pop(table, None)

    def take(self) -> Committed:
        """What was recorded, and start afresh."""
        done = Committed(frozenset(self._people), frozenset(self._notes_of), self._before)
        self.clear()
        return done
