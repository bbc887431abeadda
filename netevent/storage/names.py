"""Everyone in Danish alphabetical order, read from the stored names without building models.

Pure Python. The app's first screen lists a room (or everyone) before any
model or index exists, so the order is made from the documents themselves
and kept until a person is added, renamed or removed.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Collection

from netevent.domain.text import fold, ids_by_name, name_order_key
from netevent.storage.commits import Doc

__all__ = ["NameOrder"]

RawTable = Callable[[], dict[str, Doc]]

_MOVE_AT_MOST = 64
"""Past this many people added, renamed or removed at once, the order is made again instead."""

# One-off text would only churn fold's cache.
_fold_once: Callable[[str], str] = getattr(fold, "__wrapped__", fold)


class NameOrder:
    """The people's ids sorted by name, made on first use and forgotten on `changed()`.

    Safe to use from several threads: an order made from data that another
    thread changed meanwhile is returned but not kept.

    Args:
        raw: returns the people table's `{str(id): document}` data.
    """

    def __init__(self, raw: RawTable) -> None:
        self._raw = raw
        self._order: list[int] | None = None
        self._version = 0
        self._lock = threading.Lock()

    def changed(self) -> None:
        """A person was added, renamed or removed: the order must be made again."""
        with self._lock:
            self._version += 1
            self._order = None

    def moved(self, ids: Collection[int]) -> None:
        """These people were added, renamed or removed: move only them in the order (or make it again).

        Sorting everyone again after an edit held the interpreter for
        milliseconds at 10,000 people; moving one is a few look-ups.
        """
        with self._lock:
            self._version += 1
            order = self._order
            if order is None or len(ids) > _MOVE_AT_MOST:
                self._order = None
                return
            raw = self._raw()

            def key(person_id: int) -> str:
                doc = raw.get(str(person_id))
                return name_order_key(str(doc.get("name", "")) if doc else "", person_id)

            moving = set(ids)
            # A new list, not the old one changed in place: readers may be copying it.
            kept = [i for i in order if i not in moving]
            for person_id in sorted(moving):
                if str(person_id) in raw:
                    bisect.insort(kept, person_id, key=key)
            self._order = kept

    def ids(self, within: Collection[int] | None = None) -> list[int]:
        """Everyone's id in name order, or only the ids in `within`."""
        order, version = self._order, self._version
        raw = self._raw()
        if order is None and within is not None and len(within) * 8 < len(raw):
            # A room is a small part of the network: sorting only its names
            # keeps the whole network's sort off the app's first screen.
            docs = ((raw.get(str(i)), i) for i in set(within))
            return ids_by_name((str(doc.get("name", "")), i) for doc, i in docs if doc is not None)
        if order is None:
            order = ids_by_name((str(doc.get("name", "")), int(key)) for key, doc in list(raw.items()))
            with self._lock:
                if version == self._version:
                    self._order = order
        if within is None:
            return list(order)
        wanted = within if isinstance(within, (set, frozenset)) else set(within)
        return [i for i in order if i in wanted]

    def named_like(self, *parts: str) -> list[int]:
        """Ids of people whose folded name contains every one of the folded `parts`, in file order.

        A cheap first cut for name look-ups: only these people need to become
        models (folding only the names is five times quicker than all fields).
        """
        wanted = [fold(part) for part in parts]
        names = ((int(key), _fold_once(str(doc.get("name", "")))) for key, doc in list(self._raw().items()))
        return [pid for pid, name in names if all(w in name for w in wanted)]
