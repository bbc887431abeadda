"""As-you-type people search over a precomputed, incrementally updated index.

Pure Python (never imports Textual). When a person is added or changed, their
fields are folded once into one string of words, in ranking order: name,
company, role/strengths/tags, needs/interests, email, notes. A keystroke is
then one C-level `find` per person, and the offset of the first hit says which
field matched. Typos get a second pass (rapidfuzz over the vocabulary of
non-note words), run only when the exact pass finds few people.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import partial
from itertools import accumulate, repeat
from operator import add, ge, getitem, sub
from typing import Any, Protocol, cast

from rapidfuzz import fuzz, process

from netevent.domain.models import Person
from netevent.domain.search.fields import NOTES as _NOTES
from netevent.domain.search.fields import TIER_ATTRS as _TIER_ATTRS
from netevent.domain.search.fields import TIERS as _TIERS
from netevent.domain.search.scoring import BONUS as _BONUS
from netevent.domain.search.scoring import EXACT_NAME as _EXACT_NAME
from netevent.domain.search.scoring import PREFIX as _PREFIX
from netevent.domain.search.scoring import WEIGHT as _WEIGHT
from netevent.domain.search.scoring import WEIGHT_AT as _WEIGHT_AT
from netevent.domain.search.scoring import WHOLE as _WHOLE
from netevent.domain.search.scoring import WHOLE_BONUS as _WHOLE_BONUS
from netevent.domain.search.scoring import Hit
from netevent.domain.text import SEP as _SEP
from netevent.domain.text import WORD as _WORD
from netevent.domain.text import fold, fold_once, ids_by_name, sort_key, words

__all__ = ["Hit", "NoteText", "SearchIndex"]

_CHUNK = 4096
_FEW = 10  # fewer exact hits than this, and typos are looked for too
_FUZZY_MIN_LEN = 4
_Offsets = dict[str, list[int]]  # query word -> offsets of its first hit, one per person found


class NoteText(Protocol):
    """What the index needs of a note: whose it is and its text (a `Note`, or less)."""

    @property
    def person_id(self) -> int:
        """The person the note is about."""
        ...

    @property
    def text(self) -> str:
        """What was written."""
        ...


class _Entry:
    """Everything precomputed for one person."""

    __slots__ = ("person", "notes", "key", "blob", "ends")

    def __init__(self, person: Person, notes: tuple[str, ...]) -> None:
        self.person, self.notes = person, notes
        self.key = (sort_key(person.name), person.key)
        # One text per tier (fields.TIER_ATTRS), folded in one call because
        # folding dominates the build.
        texts = [_tier_text(person, attrs) for attrs in _TIER_ATTRS[:_NOTES]]
        texts.append("\n".join(notes))
        folded = fold_once(_SEP.join(texts)).split(_SEP)
        if len(folded) != len(texts):  # a note contained the separator
            folded = [fold_once(text) for text in texts]
        tiers = [_WORD.findall(text) for text in folded]
        tiers[_NOTES] = list(dict.fromkeys(tiers[_NOTES]))  # repeats only cost scan time
        # A non-empty tier starts with a space, so " " + word finds word starts
        # and no (spaceless) query word can straddle two tiers.
        parts = [" " + " ".join(tier) if tier else "" for tier in tiers]
        # The trailing space closes the last word, so " word " finds whole words.
        self.blob = "".join(parts) + " "
        self.ends = tuple(accumulate(map(len, parts), initial=0))

    @property
    def vocab(self) -> dict[str, int]:
        """Word -> best tier (notes left out), for the typo pass; read back from the blob when needed.

        Not kept: at 100,000 people the words of every person, each its own
        string, took 150 MB, where the index keeps one copy of each word.
        """
        out: dict[str, int] = {}
        blob, ends = self.blob, self.ends
        for tier in range(_NOTES - 1, -1, -1):
            out.update(dict.fromkeys(blob[ends[tier] : ends[tier + 1]].split(), tier))
        return out


def _tier_text(person: Person, attrs: tuple[str, ...]) -> str:
    """The fields `attrs` of a person as one text, one item a line."""
    if len(attrs) == 1:
        value = getattr(person, attrs[0])
        return "\n".join(value) if isinstance(value, tuple) else value
    parts: list[str] = []
    for attr in attrs:
        value = getattr(person, attr)
        if isinstance(value, tuple):
            parts.extend(value)
        elif value:
            parts.append(value)
    return "\n".join(parts)


def _items(entry: _Entry, attr: str) -> tuple[str, ...]:
    value = entry.notes if attr == "notes" else getattr(entry.person, attr)
    return value if isinstance(value, tuple) else ((value,) if value else ())


class SearchIndex:
    """Accent-insensitive, typo-tolerant search over people and their notes.

    `upsert`, `remove` and `set_notes` touch one person, never the whole
    index; `rebuilds` counts full builds (one, at construction).
    """

    def __init__(self, people: Iterable[Person] = (), notes: Iterable[NoteText] = ()) -> None:
        self._entries: dict[int, _Entry] = {}
        # Parallel columns in display order (sort_key(name), id): a scan yields
        # hits already in tie-break order, so no keystroke sorts the index.
        self._keys: list[tuple[tuple[str, str], int]] = []
        self._ids: list[int] = []
        self._blobs: list[str] = []
        self._ends: list[tuple[int, ...]] = []
        self._names: dict[str, set[int]] = defaultdict(set)  # folded whole name -> ids
        # word -> tier -> ids (as dict keys: the typo pass merges them in C)
        self._vocab: dict[str, dict[int, dict[int, None]]] = defaultdict(dict)
        self._vocab_list: list[str] | None = None
        self._all: list[int] | None = None
        self._last: tuple[tuple[str, ...], list[int]] | None = None  # last query, its matches
        self._rebuilds = 1  # this one full build
        grouped: dict[int, list[str]] = defaultdict(list)
        for note in notes:
            grouped[note.person_id].append(note.text)
        self._notes = {pid: _clean(texts) for pid, texts in grouped.items()}
        for person in people:
            if person.id is not None:
                self._forget(person.id)  # a repeated id: the last one wins
                self._remember(_Entry(person, self._notes.get(person.id, ())))
        entries = self._entries
        order = ids_by_name((e.person.name, pid) for pid, e in entries.items())
        ordered = [entries[pid] for pid in order]
        self._keys = [e.key for e in ordered]
        self._ids = order
        self._blobs = [e.blob for e in ordered]
        self._ends = [e.ends for e in ordered]

    def upsert(self, person: Person) -> None:
        """Add a stored person (one with an id), or replace their entry."""
        if person.id is None:
            raise ValueError("only stored people (with an id) can be indexed")
        self._forget(person.id)
        entry = _Entry(person, self._notes.get(person.id, ()))
        self._remember(entry)
        at = bisect_left(self._keys, entry.key)  # a memmove, not a re-sort
        for column, value in zip(self._columns(), (entry.key, person.id, entry.blob, entry.ends)):
            column.insert(at, value)
        self._all = self._last = None  # positions have shifted

    def remove(self, person_id: int) -> None:
        """Forget a person and their notes; unknown ids are ignored."""
        self._forget(person_id)
        self._notes.pop(person_id, None)
        self._all = self._last = None

    def set_notes(self, person_id: int, texts: Sequence[str]) -> None:
        """Replace the note texts indexed for a person (kept until they are upserted)."""
        self._notes[person_id] = _clean(texts)
        if person_id in self._entries:
            self.upsert(self._entries[person_id].person)

    def _columns(self) -> tuple[list[Any], ...]:
        return (self._keys, self._ids, self._blobs, self._ends)

    def _remember(self, entry: _Entry) -> None:
        pid = entry.person.key
        self._entries[pid] = entry
        self._names[entry.blob[: entry.ends[1]]].add(pid)
        for word, tier in entry.vocab.items():
            if word not in self._vocab:
                self._vocab_list = None
            self._vocab[word].setdefault(tier, {})[pid] = None

    def _forget(self, person_id: int) -> None:
        entry = self._entries.pop(person_id, None)
        if entry is None:
            return
        at = bisect_left(self._keys, entry.key)
        if at < len(self._keys) and self._keys[at] == entry.key:  # not so while building
            for column in self._columns():
                del column[at]
        name = entry.blob[: entry.ends[1]]
        self._names[name].discard(person_id)
        if not self._names[name]:
            del self._names[name]
        for word, tier in entry.vocab.items():
            tiers = self._vocab[word]
            tiers[tier].pop(person_id, None)
            if not tiers[tier]:
                del tiers[tier]
                if not tiers:
                    del self._vocab[word]
                    self._vocab_list = None

    @property
    def rebuilds(self) -> int:
        """How many times the whole index was built."""
        return self._rebuilds

    def __len__(self) -> int:
        return len(self._ids)

    def all_ids(self, within: Collection[int] | None = None) -> list[int]:
        """Everyone (or everyone in `within`) in display order: Danish name order, then id."""
        if self._all is None:
            self._all = list(self._ids)
        if within is None:
            return list(self._all)
        return [self._ids[k] for k in self._positions(within)]

    def _positions(self, within: Collection[int]) -> list[int]:
        """Sorted positions of the indexed people in `within`."""
        if len(within) * 8 < len(self._ids):  # a room: bisect for each member, skip the scan
            keys, entries = self._keys, self._entries
            return sorted(bisect_left(keys, entries[p].key) for p in set(within) if p in entries)
        members = within if isinstance(within, (set, frozenset)) else set(within)
        return [k for k, pid in enumerate(self._ids) if pid in members]

    def search(self, query: str, *, limit: int | None = 200, within: Collection[int] | None = None) -> list[Hit]:
        """People matching every word of `query` (as a word prefix or substring), best first.

        Ranked by the field hit: name > company > role/strengths/tags >
        needs/interests > email > notes; ties keep display order. Under fewer
        than ten exact hits come likely typos of words of 4+ letters ("≈ …").
        An empty query lists everyone (in `within`) in display order.
        """
        qwords = tuple(words(query))
        if limit is not None and limit <= 0:
            return []
        if not qwords:
            return [Hit(pid, 0.0, "") for pid in self.all_ids(within)[:limit]]
        found, offsets = self._scan(qwords, within)
        hits = self._rank(qwords, found, offsets, limit, within)
        room = None if limit is None else limit - len(hits)
        if len(found) < _FEW and max(map(len, qwords)) >= _FUZZY_MIN_LEN and room != 0:
            hits += self._fuzzy(qwords, within, {h.person_id for h in hits}, room)
        return hits

    def _scan(self, qwords: tuple[str, ...], within: Collection[int] | None
              ) -> tuple[list[int], _Offsets]:  # fmt: skip
        """Positions (display order) of the people whose text has every query word,
        and per word the offset of its first hit in each of their texts."""
        blobs, last = self._blobs, self._last
        found: list[int] | None = None  # None: everyone, so positions are indices
        if within is not None:
            found = self._positions(within)
        elif last and len(qwords) >= len(last[0]) and all(o in n for o, n in zip(last[0], qwords)):
            found = last[1]  # the user typed on: the matches are a subset of the last ones
        offsets: _Offsets = {}
        for word in sorted(set(qwords), key=len, reverse=True):  # most selective first
            texts = blobs if found is None else list(map(blobs.__getitem__, found))
            offs = list(map(str.find, texts, repeat(word)))  # a C loop: no Python per person
            keep = [i for i, o in enumerate(offs) if o >= 0]
            if len(keep) < len(offs):
                found = keep if found is None else [found[i] for i in keep]
                offs = [offs[i] for i in keep]
                offsets = {w: [column[i] for i in keep] for w, column in offsets.items()}
            elif found is None:
                found = keep
            offsets[word] = offs
        if within is None:
            self._last = (qwords, found or [])
        return found or [], offsets

    def _rank(self, qwords: tuple[str, ...], found: list[int], offsets: _Offsets,
              limit: int | None, within: Collection[int] | None) -> list[Hit]:  # fmt: skip
        """Score `found` (positions in display order) and keep the best `limit`."""
        blobs, ends, ids = self._blobs, self._ends, self._ids
        most = len(qwords) * (_PREFIX + _WHOLE)  # the word bonuses a person can still gain
        top = len(qwords) * _WEIGHT[0] + most
        pool: list[float] = []  # scores of the people still in the running...
        where: list[int] = []  # ...and their index in `found`, in display order
        bar = float("-inf")  # the limit-th best score so far: a tie with it loses
        # Chunks in display order with C-level map() chains (a Python loop costs
        # ~1 µs a person). Tiers are cheap; the word-start check is done only
        # for people who can still beat the bar, and once `limit` people have
        # the best possible score, nobody later can pass them.
        for lo in range(0, len(found), _CHUNK):
            bounds = list(map(ends.__getitem__, found[lo : lo + _CHUNK]))
            tiers = {w: list(map(bisect_right, bounds, o[lo : lo + _CHUNK])) for w, o in offsets.items()}
            base: list[float] = [0.0] * len(bounds)
            for word in qwords:
                base = list(map(add, base, map(_WEIGHT_AT.__getitem__, tiers[word])))
            keep = [j for j, b in enumerate(base) if b + most > bar]
            if not keep:
                continue
            texts = [blobs[found[lo + j]] for j in keep]
            bounds = [bounds[j] for j in keep]
            scores: list[float] = [base[j] for j in keep]
            for word in qwords:
                at = [tiers[word][j] for j in keep]
                # operator.getitem is typed for slices too, so mypy cannot see ints here.
                starts = cast("list[int]", list(map(getitem, bounds, map(sub, at, repeat(1)))))
                stops = cast("list[int]", [getitem(b, a) for b, a in zip(bounds, at)])
                begins = map(str.find, texts, repeat(" " + word), starts, stops)
                scores = list(map(add, scores, map(_BONUS.__getitem__, map(ge, begins, repeat(0)))))
                # A tier's last word is closed by the space that opens the next
                # tier (or the blob's trailing one), hence the stop one further.
                wholes = map(str.find, texts, repeat(" " + word + " "), starts, map(add, stops, repeat(1)))
                scores = list(map(add, scores, map(_WHOLE_BONUS.__getitem__, map(ge, wholes, repeat(0)))))
            pool += scores
            where += [lo + j for j in keep]
            if limit is not None and len(pool) >= limit:
                bar = heapq.nlargest(limit, pool)[-1]
                if len(pool) > 4 * limit:  # drop the hopeless, keep display order
                    alive = [m for m, score in enumerate(pool) if score >= bar]
                    pool, where = [pool[m] for m in alive], [where[m] for m in alive]
                if bar >= top:
                    break
        # Whoever's whole name is the query comes first, found by dictionary:
        # they may lie beyond an early stop.
        named = self._names.get(" " + " ".join(qwords), ())
        exact = sorted(self._entries[p].key for p in named if within is None or p in within)
        ranked = [(pid, top + _EXACT_NAME) for _key, pid in exact]
        skip = {pid for pid, _score in ranked}
        want = len(pool) if limit is None else limit + len(skip)
        # nlargest is a stable sort: equal scores keep display order.
        for m in heapq.nlargest(want, range(len(pool)), key=pool.__getitem__):
            pid = ids[found[where[m]]]
            if pid not in skip:
                ranked.append((pid, pool[m]))
        return [Hit(pid, score, partial(self._why_later, pid, qwords)) for pid, score in ranked[:limit]]

    def _why_later(self, person_id: int, qwords: Sequence[str]) -> str:
        """`_why` for a hit read after the index changed: nothing for someone removed since."""
        try:
            return self._why(person_id, qwords)
        except (KeyError, IndexError):
            return ""

    def _why(self, person_id: int, qwords: Sequence[str], approx: str = "") -> str:
        """Name the field (and item) where the best-placed query word was found."""
        entry = self._entries[person_id]
        at = min((bisect_right(entry.ends, entry.blob.find(w)), i) for i, w in enumerate(qwords))
        return approx + ("name" if at[0] <= 1 else _describe(entry, at[0] - 1, qwords[at[1]]))

    def _fuzzy(self, qwords: tuple[str, ...], within: Collection[int] | None,
               skip: set[int], room: int | None) -> list[Hit]:  # fmt: skip
        """People who match once likely typos are corrected, ranked below every exact hit."""
        if self._vocab_list is None:
            self._vocab_list = list(self._vocab)
        fixes: list[dict[int, tuple[float, str]]] = []  # per query word: id -> (points, word)
        for word in qwords:
            groups = []
            if len(word) >= _FUZZY_MIN_LEN:
                cutoff = 75 if len(word) == 4 else 80  # one wrong letter in four scores 75
                for choice, similarity, _ in process.extract(
                    word, self._vocab_list, scorer=fuzz.ratio, score_cutoff=cutoff, limit=25
                ):
                    for tier, ids in self._vocab[choice].items():
                        groups.append((_WEIGHT[tier] * similarity / 100, choice, ids))
            fix: dict[int, tuple[float, str]] = {}
            for points, choice, ids in sorted(groups, key=lambda g: g[:2]):
                fix.update(dict.fromkeys(ids, (points, choice)))  # C-level; the best comes last
            fixes.append(fix)
        pool = set().union(*fixes) - skip
        if within is not None:
            pool &= within if isinstance(within, (set, frozenset)) else set(within)
        scores: dict[int, float] = {}
        for pid in pool:
            entry, total = self._entries[pid], 0.0
            for word, fix in zip(qwords, fixes):
                tier = bisect_right(entry.ends, entry.blob.find(word))
                if tier:  # an exact match of this word beats any guess
                    total += _WEIGHT_AT[tier]
                elif pid in fix:
                    total += fix[pid][0]
                else:
                    break
            else:
                scores[pid] = total
        entries = self._entries
        order = heapq.nsmallest(len(scores) if room is None else room, scores,
                                key=lambda p: (-scores[p], entries[p].key))  # fmt: skip
        norm = len(qwords) * (_WEIGHT[0] + 1)  # scores stay below 1, under every exact hit
        return [
            Hit(pid, round(scores[pid] / norm, 4),
                self._why(pid, (max(f[pid] for f in fixes if pid in f)[1],), "≈ "))
            for pid in order
        ]  # fmt: skip


def _clean(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(t for t in texts if t and t.strip())


def _describe(entry: _Entry, tier: int, word: str) -> str:
    """`label: item` for the first item in `tier` containing `word`, word starts first."""
    for needle in (" " + word, word):
        for attr, label in _TIERS[tier]:
            for item in _items(entry, attr):
                if needle in " " + " ".join(words(item)):
                    return f"note: {_fragment(item, word)}" if attr == "notes" else f"{label}: {item}"
    return _TIERS[tier][0][1]


def _fragment(text: str, word: str, before: int = 3, after: int = 5) -> str:
    """A few original words of a note around the first word containing `word`."""
    spans = [m.span() for m in _WORD.finditer(text)]
    if not spans:
        return text
    at = next((i for i, (a, b) in enumerate(spans) if word in fold(text[a:b])), 0)
    lo, hi = max(0, at - before), min(len(spans), at + after + 1)
    piece = text[spans[lo][0] : spans[hi - 1][1]]
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(spans) else "")
