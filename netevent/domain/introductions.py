"""Whom to introduce someone to: an inverted index from meanings to what people bring.

Pure Python. `IntroIndex` files every distinct item people bring (a
strength, role, company, tag or about, with its text) once, with the
people who hold it, and keeps for every key a term can share (a word form,
a meaning, a part of a compound; see `words.lexicon`) the items that hold
it. A need is answered by merging the postings of its terms' keys (rarer
keys count a little more); the best items are then scored exactly as a card
scores a pair (`words.similarity`), so the index and the card never
disagree. It is kept up to date one person at a time (`upsert`, `remove`);
a text many people share ("bogføring") is analysed and posted once.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Collection, Iterable

from rapidfuzz import fuzz, process

from netevent.domain.models import Person
from netevent.domain.sides import IMPLIED, Match, Source, how_suffix, quote, their_side
from netevent.domain.text import sort_key
from netevent.domain.words.lexicon import Lexicon, Term, shipped_lexicon
from netevent.domain.words.similarity import PhraseMatch, similarity
from netevent.i18n import N_, _

__all__ = ["IntroIndex"]

_FUZZY_CUTOFF = 88
_FUZZY_MIN = 5
_FUZZY_QUALITY = 0.8
_CANDIDATES = 4  # times `limit`: how many people the postings pick for exact scoring
_RARE = 0.25  # how much rarer words can lift a match (at most a quarter)
_VERB = {
    "strength": N_("is strong in"),
    "role": N_("works as"),
    "company": N_("is at"),
    "tag": N_("is tagged"),
    "about": N_("says"),
}


class _Item:
    """One distinct thing people bring: its source (kind and text), its terms, and who holds it."""

    __slots__ = ("source", "terms", "holders")

    def __init__(self, source: Source, terms: tuple[Term, ...]) -> None:
        self.source = source
        self.terms = terms
        self.holders: dict[int, None] = {}


class IntroIndex:
    """Who could help whom: key → the items (and so the people) that hold it.

    Args:
        people: stored people to index.
        lexicon: the words' meanings (the shipped thesaurus by default).
    """

    def __init__(self, people: Iterable[Person] = (), lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or shipped_lexicon()
        self._people: dict[int, Person] = {}
        self._held: dict[int, list[int]] = {}  # pid → the item ids they hold
        self._ids: dict[tuple[str, str], int] = {}  # (kind, text) → item id
        self._items: dict[int, _Item] = {}
        self._next = 0
        # key → item quality → item ids. Plain ints in plain dicts: fast C-level merges.
        self._postings: dict[str, dict[float, dict[int, None]]] = {}
        self._words: dict[str, dict[int, None]] = {}  # whole word → item ids, for near spellings
        self._unknown: set[str] = set()  # the words of `_words` the lexicon does not know (maybe typos)
        self._vocab: tuple[list[str], list[str]] | None = None  # (all words, unknown words), while current
        self._similar: dict[tuple[str, bool], list[tuple[str, float]]] = {}
        self._holders: dict[str, int] = {}  # key → how many people hold it (cached until a change)
        self._sort_keys: dict[int, tuple[tuple[str, str], int]] = {}
        self._exact: dict[tuple[str, int], PhraseMatch | None] = {}  # item ids are never reused
        for person in people:
            self.upsert(person)

    def __len__(self) -> int:
        return len(self._people)

    def upsert(self, person: Person) -> None:
        """Index a stored person's strengths, role, company, tags and about (replacing old ones)."""
        if person.id is None:
            raise ValueError("only stored people (with an id) can be indexed")
        pid = person.id
        self.remove(pid)
        self._people[pid] = person
        held = self._held[pid] = []
        for source in their_side(person):
            item_id = self._ids.get((source.kind, source.text))
            if item_id is None:
                item_id = self._add_item(source)
            self._items[item_id].holders[pid] = None
            held.append(item_id)
        self._holders.clear()

    def _add_item(self, source: Source) -> int:
        item_id = self._next
        self._next += 1
        item = self._items[item_id] = _Item(source, self.lexicon.terms(source.text))
        self._ids[(source.kind, source.text)] = item_id
        for term in item.terms:
            for key, quality in term.keys.items():
                self._postings.setdefault(key, {}).setdefault(quality, {})[item_id] = None
            if not term.part:
                ids = self._words.get(term.word)
                if ids is None:
                    ids = self._words[term.word] = {}
                    self._vocab = None
                    self._similar.clear()
                    if not term.known:
                        self._unknown.add(term.word)
                ids[item_id] = None
        return item_id

    def remove(self, person_id: int) -> None:
        """Forget a person; unknown ids are ignored."""
        self._people.pop(person_id, None)
        self._sort_keys.pop(person_id, None)
        for item_id in self._held.pop(person_id, ()):
            item = self._items.get(item_id)
            if item is None:
                continue
            item.holders.pop(person_id, None)
            if not item.holders:
                self._drop_item(item_id, item)
        self._holders.clear()

    def _drop_item(self, item_id: int, item: _Item) -> None:
        del self._items[item_id]
        del self._ids[(item.source.kind, item.source.text)]
        for term in item.terms:
            for key, quality in term.keys.items():
                groups = self._postings.get(key)
                if groups is None or quality not in groups:
                    continue
                groups[quality].pop(item_id, None)
                if not groups[quality]:
                    del groups[quality]
                    if not groups:
                        del self._postings[key]
            ids = self._words.get(term.word)
            if ids is not None:
                ids.pop(item_id, None)
                if not ids:
                    del self._words[term.word]
                    self._unknown.discard(term.word)
                    self._vocab = None  # a cached near spelling may keep it: it finds no one

    # -------------------------------------------------------------- asking
    def introductions(self, person: Person, *, within: Collection[int] | None = None, limit: int = 5) -> list[Match]:
        """Others whose strengths, role, company, tags or about meet this person's needs.

        One match per other person, for their best (need, item) pair; never the
        person themself; only people in `within` when given. Rarer words weigh
        a little more. Best first, ties in Danish name order, then id.
        """
        if limit <= 0 or not person.needs:
            return []
        if within is not None and not isinstance(within, (set, frozenset)):
            within = set(within)
        best: dict[int, tuple[float, int, int, PhraseMatch]] = {}  # pid → (score, need no., item id, match)
        top = 1 + math.log(len(self._people) + 1)
        for need_no, need in enumerate(person.needs):
            terms = self.lexicon.terms(need)
            if not terms:
                continue
            plain, rare = self._reach(terms)
            wanted, seen, bar = limit * _CANDIDATES, 0, None
            for item_id in sorted(plain, key=lambda i: (-plain[i], i)):
                if bar is not None and plain[item_id] < bar:
                    break
                item = self._items[item_id]
                holders = self._eligible(item, person.id, within)
                if not holders:
                    continue
                found = self._score(need, item_id, terms)
                seen += len(holders)
                if seen >= wanted and bar is None:
                    bar = plain[item_id]
                if found is None:
                    continue
                lift = 1 - _RARE + _RARE * min(1.0, rare[item_id] / plain[item_id] / top)
                score = round(found.score * item.source.factor * lift, 3)
                for pid in holders:
                    if score > best.get(pid, (0.0,))[0]:
                        best[pid] = (score, need_no, item_id, found)
        matches = []
        for pid in heapq.nsmallest(limit, best, key=lambda p: (-best[p][0], self._sort_key(p))):
            score, need_no, item_id, found = best[pid]
            need, source = person.needs[need_no], self._items[item_id].source
            name = self._people[pid].name
            why = _('needs "{need}" — {name} {VERB} {quote}{how_suffix}').format(
                need=need,
                name=name,
                VERB=_(_VERB[source.kind]),
                quote=quote(source, found),
                how_suffix=how_suffix(found),
            )
            matches.append(Match(score, why, need, source.text, pid, found.how, source.kind))
        return matches

    def _eligible(self, item: _Item, asker: int | None, within: Collection[int] | None) -> list[int]:
        holders = item.holders
        if within is None:
            return [p for p in holders if p != asker]
        if len(within) < len(holders):
            return [p for p in within if p in holders and p != asker]
        return [p for p in holders if p in within and p != asker]

    def _score(self, need: str, item_id: int, terms: tuple[Term, ...]) -> PhraseMatch | None:
        """The exact similarity of a need and an item (cached)."""
        key = (need, item_id)
        if key not in self._exact:
            if len(self._exact) > 100_000:
                self._exact.clear()
            item = self._items[item_id]
            source = item.source
            self._exact[key] = similarity(terms, item.terms, text=source.free, content=source.kind in IMPLIED)
        return self._exact[key]

    def _reach(self, terms: tuple[Term, ...]) -> tuple[dict[int, float], dict[int, float]]:
        """item id → how much of the need it covers (plain, and with rarer keys counting more)."""
        total = max(len(self._people), 1)
        plain: dict[int, float] = {}
        rare: dict[int, float] = {}
        for term in terms:
            found: list[tuple[float, float, dict[int, None]]] = []
            for key, want in term.keys.items():
                groups = self._postings.get(key)
                if not groups:
                    continue
                rarity = 1 + math.log(total / max(self._holding(key, groups), 1) + 1)
                for have, ids in groups.items():
                    if want < 0 and have < 0:
                        continue  # two narrower words of one field
                    found.append((term.weight * min(abs(want), abs(have)), rarity, ids))
            if len(term.word) >= _FUZZY_MIN:
                for word, quality in self._near(term):
                    found.append((term.weight * quality, 1.0, self._words[word]))
            # An item reached several ways keeps its best: merge weakest first, stronger overwrite.
            reach: dict[int, float] = {}
            reach_rare: dict[int, float] = {}
            for weight, rarity, ids in sorted(found, key=lambda f: (f[0], f[1])):
                reach.update(dict.fromkeys(ids, weight))
                reach_rare.update(dict.fromkeys(ids, weight * rarity))
            for mine, theirs in ((plain, reach), (rare, reach_rare)):
                get = mine.get
                for item_id, value in theirs.items():
                    mine[item_id] = get(item_id, 0.0) + value
        return plain, rare

    def _holding(self, key: str, groups: dict[float, dict[int, None]]) -> int:
        """How many people hold an item with this key (cached until the index changes)."""
        count = self._holders.get(key)
        if count is None:
            items = self._items
            count = self._holders[key] = sum(len(items[i].holders) for ids in groups.values() for i in ids)
        return count

    def _near(self, term: Term) -> list[tuple[str, float]]:
        """Whole words of the index that may be typos of `term` (or it of them), with how well they meet."""
        cache_key = (term.word, term.known)
        cached = self._similar.get(cache_key)
        if cached is not None:
            return cached
        if self._vocab is None:
            self._vocab = (sorted(self._words), sorted(self._unknown))
        choices = self._vocab[0] if not term.known else self._vocab[1]
        found = [
            (word, _FUZZY_QUALITY * ratio / 100)
            for word, ratio, _ in process.extract(
                term.word, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=None
            )
            if len(word) >= _FUZZY_MIN and word != term.word and word in self._words
        ]
        if len(self._similar) > 50_000:
            self._similar.clear()
        self._similar[cache_key] = found
        return found

    def _sort_key(self, pid: int) -> tuple[tuple[str, str], int]:
        """Display order of a person (cached: ties among thousands are possible)."""
        key = self._sort_keys.get(pid)
        if key is None:
            key = self._sort_keys[pid] = (sort_key(self._people[pid].name), pid)
        return key
