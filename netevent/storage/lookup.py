"""Finding people fast, for the repository: name order, a quick search, and the two indexes.

Pure Python, no Textual. `Lookup` is mixed into `Repository`; it reads the
stored documents directly where building models would cost more than the
answer (the first screen, a one-off `netevent who`), and builds the search
and introduction indexes once, then keeps them up to date.
"""

from __future__ import annotations

import time
from itertools import compress, islice, repeat
from operator import and_, contains, not_
from typing import TYPE_CHECKING, Any, Collection, Iterable, Iterator, NamedTuple, TypeVar

from netevent.storage.tables import PACE_EVERY
from netevent.domain.text import fold, ids_by_name, sort_key, words

if TYPE_CHECKING:
    from netevent.domain.matching import IntroIndex
    from netevent.domain.search.scoring import Hit
    from netevent.domain.search.index import SearchIndex
    from netevent.domain.models import Person

__all__ = ["Lookup"]

T = TypeVar("T")


class _NoteText(NamedTuple):
    """What the search index needs of a note."""

    person_id: Any
    text: str

_fold_once = getattr(fold, "__wrapped__", fold)  # one-off text would only churn fold's cache
_SEP = "\x1f"  # between fields: survives folding, is no word character, ends any word
_ROW = "\x1e"  # between people folded together
_FOLD_ROWS = 1024
_SEARCHED = ("name", "company", "role", "strengths", "tags", "needs", "interests", "email")
"""The fields of a person that a search looks in, besides notes."""


class Lookup:
    """Search and name order over the repository's people (a mixin of `Repository`)."""

    _held_until = 0.0  # monotonic time until which background work steps aside

    _names_version = 0  # bumped whenever people change: caches made from older data are not kept

    def _people_changed(self) -> None:
        """Forget the name order and the folded fields (a person was added, changed or removed)."""
        self._names_version += 1
        self._sorted_ids = self._stacks = self._ordered = None

    def _keep(self, attr: str, value: T, version: int) -> T:
        """Cache `value` as `attr` unless people changed since `version` (another thread saved meanwhile)."""
        if version == self._names_version:
            setattr(self, attr, value)
        return value

    def sorted_ids(self, within: Collection[int] | None = None) -> list[int]:
        """Everyone's id in Danish alphabetical order of name (or only those `within`).

        Read from the stored names without building models, so the app can
        show its first screen before the search index exists.
        """
        order, version = self._sorted_ids, self._names_version
        raw = self._people._raw()
        if order is None and within is not None and len(within) * 8 < len(raw):
            # A room is a small part of the network: sorting only its names
            # keeps the whole network's sort (40 ms at 10,000) off the first screen.
            docs = ((raw.get(str(i)), i) for i in set(within))
            return ids_by_name((str(doc.get("name", "")), i) for doc, i in docs if doc is not None)
        if order is None:
            order = ids_by_name((str(doc.get("name", "")), int(key)) for key, doc in list(raw.items()))
            self._keep("_sorted_ids", order, version)
        if within is None:
            return list(order)
        wanted = within if isinstance(within, (set, frozenset)) else set(within)
        return [i for i in order if i in wanted]

    @property
    def search_index(self) -> SearchIndex:
        """The people search index, built on first use and then kept up to date.

        Thread-safe: a second thread asking while the first builds it waits.
        """
        if self._search is None:
            with self._index_lock:
                if self._search is None:
                    from netevent.domain.search.index import SearchIndex

                    # The index needs only each note's person and text: read
                    # them from the documents (250,000 Note models would take
                    # a second at 50,000 people; `validate` checks them later).
                    texts = [
                        _NoteText(doc.get("person_id"), str(doc.get("text", "")))
                        for doc in self.paced(self.storage.table("notes").values())
                    ]
                    self._search = SearchIndex(self.paced(self._people.values()), texts)
        return self._search

    @property
    def intro_index(self) -> IntroIndex:
        """The index of who is strong in what, for *introduce them to*."""
        if self._intro is None:
            with self._index_lock:
                if self._intro is None:
                    from netevent.domain.matching import IntroIndex

                    self._intro = IntroIndex(self.paced(self._people.values()))
        return self._intro

    def _haystacks(self) -> list[tuple[int, str, str]]:
        """(id, folded name, folded searchable fields) per person, in file order; cached."""
        stacks, version = self._stacks, self._names_version
        if stacks is None:
            stacks = []
            items = list(self._people._raw().items())
            for start in range(0, len(items), _FOLD_ROWS):
                self.pace()
                chunk = items[start : start + _FOLD_ROWS]
                texts = [
                    _SEP.join(" ".join(map(str, f)) if isinstance(f, list) else str(f or "") for f in fields)
                    for fields in ([doc.get(name) for name in _SEARCHED] for _key, doc in chunk)
                ]
                # Folded a thousand people at a time: one call per person took
                # 0.7 s at 50,000 people, this 0.4 s. The name is the first field.
                folded = _fold_once(_ROW.join(texts)).split(_ROW)
                if len(folded) != len(texts):  # someone's text held the row separator
                    folded = [_fold_once(text) for text in texts]
                stacks += [(int(key), f.partition(_SEP)[0], f) for (key, _doc), f in zip(chunk, folded)]
            self._keep("_stacks", stacks, version)
        return stacks

    def named_like(self, *parts: str) -> list[Person]:
        """People whose folded name contains every one of the folded `parts`, in file order.

        A cheap first cut for name look-ups on the command line: only these
        people become models, instead of everyone (2.6 s at 50,000 people).
        """
        wanted = [fold(part) for part in parts]
        if self._stacks is not None:
            names = ((pid, name) for pid, name, _text in self._stacks)
        else:  # folding only the names is five times quicker than all the fields
            names = ((int(key), _fold_once(str(doc.get("name", "")))) for key, doc in list(self._people._raw().items()))
        found = (self._people.get(pid) for pid, name in names if all(w in name for w in wanted))
        return [p for p in found if p is not None]

    def hold_background(self, seconds: float = 0.2) -> None:
        """Ask background work (indexing, checking) to step aside for a while: someone is typing.

        Threads share one interpreter; without this, a keystroke at 50,000
        people waited two to three times longer while the app was indexing.
        """
        self._held_until = time.monotonic() + seconds

    def pace(self) -> None:
        """Called by background work every few dozen items: wait while it is held."""
        give_up = time.monotonic() + 1.0  # never stall the work for good
        while time.monotonic() < min(self._held_until, give_up):
            time.sleep(0.002)

    def paced(self, items: Iterable[T]) -> Iterator[T]:
        """`items`, calling `pace()` every few dozen of them."""
        for count, item in enumerate(items):
            if not count % PACE_EVERY:
                self.pace()
            yield item

    def prepare_lookups(self) -> None:
        """Fold everyone's fields and index ledger and follow-ups by person now,
        so that the first keystroke and its card wait for neither."""
        self._ordered_haystacks()
        for store in (self._ledger, self._followups):  # a card's give share and follow-ups
            store.index_by("person_id")

    def _ordered_haystacks(self) -> list[tuple[int, str, str]]:
        """`_haystacks` in the list's (name) order; cached."""
        ordered, version = self._ordered, self._names_version
        if ordered is None:
            by_id = {entry[0]: entry for entry in self._haystacks()}
            ordered = self._keep("_ordered", [by_id[pid] for pid in self.sorted_ids() if pid in by_id], version)
        return ordered

    def quick_search(
        self, query: str, *, limit: int | None = 500, within: Collection[int] | None = None, ranked: bool = True
    ) -> list[Hit]:
        """People whose fields (not notes) contain every word of `query`, names first.

        Answers without the search index, for the app's first seconds at
        tens of thousands of people while the index is still being built:
        no typo tolerance and no notes, but never a wait.

        Args:
            ranked: names first, then the rest, each in the list's order;
                False skips that (and answers in file order), for a caller
                that ranks by itself.
        """
        from netevent.domain.search.scoring import Hit

        wanted = words(query)
        if not wanted:
            ids = self.sorted_ids(within)
            return [Hit(pid, 0.0, "") for pid in ids[:limit]]
        stacks = self._ordered_haystacks() if ranked else self._haystacks()
        if within is not None:
            room = set(within)
            stacks = [entry for entry in stacks if entry[0] in room]
        for word in sorted(set(wanted), key=len, reverse=True):  # most selective first
            # str.find mapped over the texts runs as one C loop: no Python per person.
            found = map(str.find, [entry[2] for entry in stacks], repeat(word))
            stacks = [entry for entry, at in zip(stacks, found) if at >= 0]
        ids = [entry[0] for entry in stacks]
        if not ranked:
            return [Hit(pid, 0.5, "") for pid in ids]
        # Names first, each group in the list's order (the stacks' order), in C loops:
        # a one-letter query matches nearly everyone.
        names = [entry[1] for entry in stacks]
        in_name = [True] * len(names)
        for word in wanted:
            in_name = list(map(and_, in_name, map(contains, names, repeat(word))))
        by_name = list(islice(compress(ids, in_name), limit))
        room_left = None if limit is None else limit - len(by_name)
        others = list(islice(compress(ids, map(not_, in_name)), room_left))
        cut = len(by_name)
        return [Hit(pid, 1.0 if n < cut else 0.5, "") for n, pid in enumerate(by_name + others)]

    def search(self, query: str, *, limit: int | None = 500, within: Collection[int] | None = None) -> list[Hit]:
        """People matching `query`, best first: by the index once it exists, by `quick_search` until then."""
        find = self._search.search if self._search is not None else self.quick_search
        return find(query, limit=limit, within=within)

    def find_people(self, query: str, *, limit: int = 4) -> list[Hit]:
        """The best matches for a one-off search, without waiting for the full index.

        The command line asks once and exits, so building the whole index
        would cost more than the answer. The people `quick_search` finds are
        indexed and ranked properly; their notes are left out, since a
        note-only match always ranks below any other field. When that finds
        nobody (a typo, a word only in notes), the full index answers.
        """
        if self._search is not None:
            return self._search.search(query, limit=limit)
        from netevent.domain.search.index import SearchIndex

        # Only the candidates that can still make the top `limit` become
        # (validated) models and are indexed: a three-letter name fragment
        # matches thousands of people at 50,000, and indexing them all took 0.6 s.
        found = [h.person_id for h in self.quick_search(query, limit=None, ranked=False)]
        candidates = [self._people[pid] for pid in self._contenders(query, found, limit)]
        hits = SearchIndex(candidates).search(query, limit=limit) if candidates else []
        return hits or self.search_index.search(query, limit=limit)

    def _contenders(self, query: str, found: list[int], limit: int) -> list[int]:
        """The `limit` people of `found` that `SearchIndex.search` would rank first.

        Scored from the folded fields `quick_search` already has, the way the
        index scores them: a word by the first field it is in (name, company,
        role/strengths/tags, needs/interests, email), more when it starts or
        is a whole word there; the whole name typed first of all; ties in name
        order. Cheap bounds on the score leave most people out before the
        exact score is worked out. Notes are not looked at (`quick_search`
        leaves them out too, and they rank below every other field).
        """
        from netevent.domain.search.scoring import score_bounds, score_of

        if len(found) <= limit:
            return found
        wanted = words(query)
        texts = {pid: text for pid, _name, text in self._haystacks()}
        fields = {pid: texts[pid].split(_SEP) for pid in found}
        bounds = {pid: score_bounds(wanted, fields[pid]) for pid in found}
        bar = sorted((low for low, _high in bounds.values()), reverse=True)[limit - 1]
        alive = [pid for pid in found if bounds[pid][1] >= bar]
        raw = self._people._raw()
        ranked = sorted(
            alive, key=lambda pid: (-score_of(wanted, fields[pid]), sort_key(str(raw[str(pid)].get("name", ""))), pid)
        )
        return ranked[:limit]

    def intro_index_for(self, within: Collection[int] | None) -> IntroIndex:
        """The introduction index, or a small one over just the room until it exists."""
        if self._intro is not None or within is None:
            return self.intro_index
        from netevent.domain.matching import IntroIndex

        return IntroIndex(p for p in (self.person(i) for i in within) if p is not None)

    @property
    def search_ready(self) -> bool:
        """True once the search index exists (asking for it then never waits)."""
        return self._search is not None

    @property
    def indexes_ready(self) -> bool:
        """True once both indexes exist (asking for them then never waits)."""
        return self._search is not None and self._intro is not None

    # --------------------------------------------------------------- writes
