"""As-you-type people search over a precomputed, incrementally updated index.

Pure Python (never imports Textual). Every person's searchable text is folded
once, when the person is added or changed, into one string in which the fields
appear in ranking order (name, company, role/strengths/tags, needs/interests,
email, notes). A keystroke is then a plain `in` check per person, and the
position of the first hit says which field matched, so ranking costs one
`find` and one `bisect` per query word.

Typos are handled by a second, fuzzy pass (rapidfuzz) over the vocabulary of
non-note words, run only when the exact pass finds little.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import Collection, Iterable, Sequence

from rapidfuzz import fuzz, process

from .models import Note, Person
from .text import fold, sort_key, words

__all__ = ["Hit", "SearchIndex"]

# Field tiers in ranking order; the blob of a person lists them in this order.
_TIERS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("name", "name"),),
    (("company", "company"),),
    (("role", "role"), ("strengths", "strength"), ("tags", "tag")),
    (("needs", "need"), ("interests", "interest")),
    (("email", "email"),),
    (("notes", "note"),),
)
_NOTES = len(_TIERS) - 1
# Score of a query word found in tier t, and the bonus when it starts a word
# there. A name substring (50) still beats a company word prefix (45).
_WEIGHT = (50.0, 40.0, 30.0, 20.0, 15.0, 10.0)
_PREFIX = 5.0
_EXACT_NAME = 100.0  # the whole query is the whole name
_FEW = 10  # fewer exact hits than this and we look for typos too
_FUZZY_MIN_LEN = 4
_ORIGINAL_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: who, how well, and a short reason ("company: Holm Advokater")."""

    person_id: int
    score: float
    why: str


class _Entry:
    """Everything precomputed for one person."""

    __slots__ = ("person", "notes", "key", "blob", "ends", "vocab")

    def __init__(self, person: Person, notes: tuple[str, ...]) -> None:
        self.person = person
        self.notes = notes
        self.key = (sort_key(person.name), person.id)
        parts: list[str] = []
        ends: list[int] = []
        size = 0
        self.vocab: dict[str, int] = {}  # folded word -> best tier, for typo search
        for tier, fields in enumerate(_TIERS):
            tier_words: list[str] = []
            for attr, _label in fields:
                for item in _items(self, attr):
                    tier_words.extend(words(item))
            if tier != _NOTES:
                for word in tier_words:
                    self.vocab.setdefault(word, tier)
            # Each non-empty tier starts with a space so " " + word finds word
            # starts, and no query word (spaceless) can straddle two tiers.
            text = " " + " ".join(tier_words) if tier_words else ""
            parts.append(text)
            size += len(text)
            ends.append(size)
        self.blob = "".join(parts)
        self.ends = tuple(ends)


def _items(entry: _Entry, attr: str) -> tuple[str, ...]:
    if attr == "notes":
        return entry.notes
    value = getattr(entry.person, attr)
    return value if isinstance(value, tuple) else ((value,) if value else ())


class SearchIndex:
    """Fuzzy, accent-insensitive search over people and their notes.

    Updates are incremental: `upsert`, `remove` and `set_notes` touch one
    person, never the whole index (`rebuilds` counts full builds).
    """

    def __init__(self, people: Iterable[Person] = (), notes: Iterable[Note] = ()) -> None:
        self._entries: dict[int, _Entry] = {}
        # Parallel lists in display order (sort_key(name), id): a scan over
        # them yields hits already in tie-break order, so nothing is sorted
        # per keystroke.
        self._keys: list[tuple[tuple[str, str], int]] = []
        self._ids: list[int] = []
        self._blobs: list[str] = []
        self._ends: list[tuple[int, ...]] = []
        self._notes: dict[int, tuple[str, ...]] = {}
        self._vocab: dict[str, dict[int, int]] = defaultdict(dict)
        self._vocab_list: list[str] | None = None
        self._all: list[int] | None = None
        self._last: tuple[tuple[str, ...], list[int]] | None = None
        self._rebuilds = 0
        grouped: dict[int, list[str]] = defaultdict(list)
        for note in notes:
            if note.text.strip():
                grouped[note.person_id].append(note.text)
        self._notes = {pid: tuple(texts) for pid, texts in grouped.items()}
        self._build(people)

    # ------------------------------------------------------------- updating

    def _build(self, people: Iterable[Person]) -> None:
        self._rebuilds += 1
        for person in people:
            if person.id is not None:
                self._entries[person.id] = entry = _Entry(person, self._notes.get(person.id, ()))
                self._add_vocab(entry)
        ordered = sorted(self._entries.values(), key=lambda e: e.key)
        self._keys = [e.key for e in ordered]
        self._ids = [e.person.id for e in ordered]  # type: ignore[misc]
        self._blobs = [e.blob for e in ordered]
        self._ends = [e.ends for e in ordered]
        self._changed()

    def upsert(self, person: Person) -> None:
        """Add a stored person (one with an id), or replace their entry."""
        if person.id is None:
            raise ValueError("only stored people (with an id) can be indexed")
        self._drop(person.id)
        entry = _Entry(person, self._notes.get(person.id, ()))
        self._entries[person.id] = entry
        self._add_vocab(entry)
        at = bisect_left(self._keys, entry.key)
        self._keys.insert(at, entry.key)
        self._ids.insert(at, person.id)
        self._blobs.insert(at, entry.blob)
        self._ends.insert(at, entry.ends)
        self._changed()

    def remove(self, person_id: int) -> None:
        """Forget a person (and their notes); unknown ids are ignored."""
        self._drop(person_id)
        self._notes.pop(person_id, None)
        self._changed()

    def set_notes(self, person_id: int, texts: Sequence[str]) -> None:
        """Replace the note texts indexed for a person (kept even if they are not indexed yet)."""
        self._notes[person_id] = tuple(t for t in texts if t.strip())
        entry = self._entries.get(person_id)
        if entry is not None:
            self.upsert(entry.person)

    def _drop(self, person_id: int) -> None:
        entry = self._entries.pop(person_id, None)
        if entry is None:
            return
        at = bisect_left(self._keys, entry.key)
        for column in (self._keys, self._ids, self._blobs, self._ends):
            del column[at]
        for word in entry.vocab:
            owners = self._vocab[word]
            owners.pop(person_id, None)
            if not owners:
                del self._vocab[word]
                self._vocab_list = None

    def _add_vocab(self, entry: _Entry) -> None:
        for word, tier in entry.vocab.items():
            if word not in self._vocab:
                self._vocab_list = None
            self._vocab[word][entry.person.id] = tier  # type: ignore[index]

    def _changed(self) -> None:
        self._all = None
        self._last = None

    @property
    def rebuilds(self) -> int:
        """How many times the whole index was built (once, at construction)."""
        return self._rebuilds

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._entries

    # ------------------------------------------------------------ searching

    def all_ids(self, within: Collection[int] | None = None) -> list[int]:
        """Everyone (or everyone in `within`) in display order: Danish name order, then id."""
        if self._all is None:
            self._all = list(self._ids)
        if within is None:
            return list(self._all)
        return [self._ids[k] for k in self._positions(within)]

    def _positions(self, within: Collection[int]) -> list[int]:
        """Sorted positions of the indexed people in `within`."""
        if len(within) * 8 < len(self._ids):
            # A room is small: find each member by bisection instead of a full scan.
            keys, entries = self._keys, self._entries
            return sorted(
                bisect_left(keys, entries[pid].key) for pid in set(within) if pid in entries
            )
        members = within if isinstance(within, (set, frozenset)) else set(within)
        return [k for k, pid in enumerate(self._ids) if pid in members]

    def search(
        self, query: str, *, limit: int | None = 200, within: Collection[int] | None = None
    ) -> list[Hit]:
        """People matching every word of `query`, best first.

        Exact hits (word prefixes or substrings of a field) rank by the field
        they hit: name > company > role/strengths/tags > needs/interests >
        email > notes; ties keep display order. When fewer than ten people
        match, likely typos of words of four letters or more are added below
        them, with a why starting "≈".
        """
        qwords = tuple(words(query))
        if not qwords:
            return [Hit(pid, 0.0, "") for pid in self.all_ids(within)[:limit]]
        found = self._scan(qwords, within)
        hits = self._rank(qwords, found, limit)
        if len(found) < _FEW and any(len(w) >= _FUZZY_MIN_LEN for w in qwords):
            room = None if limit is None else limit - len(hits)
            if room is None or room > 0:
                exact = {self._ids[k] for k in found}
                hits.extend(self._fuzzy(qwords, within, exact, room))
        return hits

    def _scan(self, qwords: tuple[str, ...], within: Collection[int] | None) -> list[int]:
        """Positions, in display order, of the people whose text contains every query word."""
        blobs = self._blobs
        order = sorted(qwords, key=len, reverse=True)  # longest word is the most selective
        if within is not None:
            found = [k for k in self._positions(within) if all(w in blobs[k] for w in order)]
            return found
        last = self._last
        if last is not None and len(qwords) >= len(last[0]) and all(
            old in new for old, new in zip(last[0], qwords)
        ):
            # The user typed on: the new matches are a subset of the last ones.
            found = [k for k in last[1] if all(w in blobs[k] for w in order)]
        else:
            first, rest = order[0], order[1:]
            found = [k for k, blob in enumerate(blobs) if first in blob]
            for word in rest:
                found = [k for k in found if word in blobs[k]]
        self._last = (qwords, found)
        return found

    def _rank(self, qwords: tuple[str, ...], found: list[int], limit: int | None) -> list[Hit]:
        blobs, ends = self._blobs, self._ends
        pairs = [(w, " " + w) for w in qwords]
        whole = " " + " ".join(qwords)
        top = len(qwords) * (_WEIGHT[0] + _PREFIX)
        buckets: dict[float, list[int]] = defaultdict(list)
        exact_names: list[int] = []
        for at, k in enumerate(found):
            blob, end = blobs[k], ends[k]
            score = 0.0
            for word, spaced in pairs:
                tier = bisect_right(end, blob.find(word))
                score += _WEIGHT[tier]
                if blob.find(spaced, end[tier - 1] if tier else 0, end[tier]) >= 0:
                    score += _PREFIX
            if score == top and end[0] == len(whole) and blob.startswith(whole):
                exact_names.append(k)
                continue
            bucket = buckets[score]
            bucket.append(k)
            # Scanning in display order, so once the best possible bucket is
            # full nobody later can enter the first `limit` results.
            if limit is not None and score == top and len(bucket) >= limit:
                n = len(whole)
                exact_names += [
                    j for j in found[at + 1 :] if ends[j][0] == n and blobs[j].startswith(whole)
                ]
                break
        ranked = [(k, _EXACT_NAME + top) for k in exact_names]
        for score in sorted(buckets, reverse=True):
            if limit is not None and len(ranked) >= limit:
                break
            ranked.extend((k, score) for k in buckets[score])
        del ranked[limit:]
        return [Hit(self._ids[k], s, self._why(self._ids[k], qwords)) for k, s in ranked]

    def _why(self, person_id: int, qwords: tuple[str, ...], approx: str = "") -> str:
        """Name the field (and item) where the best-placed query word was found."""
        entry = self._entries[person_id]
        best_tier, best_word = len(_TIERS), qwords[0]
        for word in qwords:
            tier = bisect_right(entry.ends, entry.blob.find(word))
            if tier < best_tier:
                best_tier, best_word = tier, word
        if best_tier == 0:
            return approx + "name"
        return approx + _describe(entry, best_tier, best_word)

    def _fuzzy(
        self,
        qwords: tuple[str, ...],
        within: Collection[int] | None,
        exclude: set[int],
        room: int | None,
    ) -> list[Hit]:
        """People who match once likely typos are corrected, ranked below every exact hit."""
        if self._vocab_list is None:
            self._vocab_list = list(self._vocab)
        members = None if within is None else set(within)
        # person id -> {query word index: (similarity, tier, vocabulary word)}
        near: dict[int, dict[int, tuple[float, int, str]]] = defaultdict(dict)
        for i, word in enumerate(qwords):
            if len(word) < _FUZZY_MIN_LEN:
                continue
            cutoff = 75 if len(word) == 4 else 80  # one wrong letter in four is 75
            for choice, similarity, _ in process.extract(
                word, self._vocab_list, scorer=fuzz.ratio, score_cutoff=cutoff, limit=25
            ):
                for pid, tier in self._vocab[choice].items():
                    if pid in exclude or (members is not None and pid not in members):
                        continue
                    old = near[pid].get(i)
                    if old is None or (similarity, -tier) > (old[0], -old[1]):
                        near[pid][i] = (similarity, tier, choice)
        scored: list[tuple[float, tuple[tuple[str, str], int], int, str]] = []
        for pid, fixes in near.items():
            entry = self._entries[pid]
            total, best = 0.0, (-1.0, 0, "")
            for i, word in enumerate(qwords):
                if i in fixes:
                    similarity, tier, choice = fixes[i]
                    total += _WEIGHT[tier] * similarity / 100
                    if (similarity, -tier) > (best[0], -best[1]):
                        best = fixes[i]
                elif word in entry.blob:
                    total += _WEIGHT[bisect_right(entry.ends, entry.blob.find(word))]
                else:
                    break  # this word matches neither exactly nor nearly
            else:
                # Normalised below 1, under the lowest exact score (10).
                score = round(total / (len(qwords) * (_WEIGHT[0] + 1)), 4)
                scored.append((-score, entry.key, pid, best[2]))
        scored.sort()
        hits = []
        for neg, _key, pid, choice in scored[:room]:
            hits.append(Hit(pid, -neg, self._why(pid, (choice,), "≈ ")))
        return hits


def _describe(entry: _Entry, tier: int, word: str) -> str:
    """`label: item` for the first item in `tier` containing `word` (word starts first)."""
    spaced = " " + word
    for needle in (spaced, word):
        for attr, label in _TIERS[tier]:
            for item in _items(entry, attr):
                if needle in " " + " ".join(words(item)):
                    if attr == "notes":
                        return "note: " + _fragment(item, word)
                    return f"{label}: {item}"
    return _TIERS[tier][0][1]


def _fragment(text: str, word: str, before: int = 3, after: int = 5) -> str:
    """A few original words of a note around the first word containing `word`."""
    spans = [m.span() for m in _ORIGINAL_WORD.finditer(text)]
    at = next((i for i, (a, b) in enumerate(spans) if word in fold(text[a:b])), 0)
    lo, hi = max(0, at - before), min(len(spans), at + after + 1)
    if not spans:
        return text
    piece = text[spans[lo][0] : spans[hi - 1][1]]
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(spans) else "")
