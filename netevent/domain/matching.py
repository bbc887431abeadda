"""The three match blocks on a card, each match with a one-line reason.

Pure Python (never imports Textual):

* you can offer them — your offers × their needs (and, weaker, their interests);
* they can help you — their strengths, role, company and tags × your asks;
* introduce them to — their needs × other people's strengths, roles, companies
  and tags, found through an inverted index (`IntroIndex`), never by a scan.

Phrases meet word by word (`text.keywords`: folded, stop words dropped,
compounds split). Two words meet when equal, when one starts the other (the
shorter at least four letters: export/exports) or when both have five letters
or more and rapidfuzz's ratio is at least 88. Words are compared in a light
phonetic spelling (x → ks, c → k, …) so that "eksport" meets "export".
The reasons quote the user's own words exactly as typed.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz, process

from netevent.domain.models import Person, Profile
from netevent.domain.text import keywords, sort_key

__all__ = ["Match", "CardMatches", "IntroIndex", "Introducer", "you_can_offer", "they_can_help", "card_matches"]

_FUZZY_CUTOFF = 88
_PREFIX_MIN = 4
_FUZZY_MIN = 5
_PREFIX_QUALITY = 0.8
_FUZZY_QUALITY = 0.9  # times the ratio: a near spelling counts a little less than an equal one
_INTEREST = 0.6  # an interest is a weaker reason to offer something than a need
# What of theirs can meet a need or an ask: how strongly, and how a reason names it.
_THEIR_SIDE = (
    ("strengths", 1.0, "strength", "is strong in"),
    ("role", 0.8, "role", "works as"),
    ("company", 0.6, "company", "is at"),
    ("tags", 0.5, "tag", "is tagged"),
)
_SLOTS = 1024  # items per person in an index key: pid * _SLOTS + item number
_SOUNDS = re.compile(r"ph|qu|x|c|z")
_SOUND_MAP = {"ph": "f", "qu": "kv", "x": "ks", "c": "k", "z": "s"}


@dataclass(frozen=True, slots=True)
class Match:
    """One reason two sides fit, e.g. your offer meets their need."""

    score: float
    why: str
    mine: str = ""
    theirs: str = ""
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class CardMatches:
    """The three blocks of a card, each best first."""

    offer: tuple[Match, ...] = ()
    help: tuple[Match, ...] = ()
    introduce: tuple[Match, ...] = ()


@lru_cache(maxsize=1 << 16)
def _spell(word: str) -> str:
    """A folded word in a spelling where Danish and English cognates agree (eksport/export)."""
    return _SOUNDS.sub(lambda m: _SOUND_MAP[m.group(0)], word)


@lru_cache(maxsize=1 << 16)
def _terms(phrase: str) -> tuple[str, ...]:
    """The distinct matching terms of a phrase, in order."""
    return tuple(dict.fromkeys(_spell(w) for w in keywords(phrase)))


def _weight(term: str) -> float:
    """Longer words say more than short ones ("IT", "HR" still count)."""
    return 1.0 + min(len(term), 12) / 4


def _quality(a: str, b: str) -> float:
    """How well two terms meet: 1 equal, less for a prefix or a near spelling, 0 not at all."""
    if a == b:
        return 1.0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= _PREFIX_MIN and long.startswith(short):
        return _PREFIX_QUALITY
    if len(short) >= _FUZZY_MIN:
        ratio = fuzz.ratio(a, b, score_cutoff=_FUZZY_CUTOFF)
        if ratio:
            return _FUZZY_QUALITY * ratio / 100
    return 0.0


def _phrase_score(mine: Sequence[str], theirs: Sequence[str]) -> float:
    """Sum over my terms of their weight times the best meeting among their terms."""
    total = 0.0
    for term in mine:
        best = max((_quality(term, other) for other in theirs), default=0.0)
        total += _weight(term) * best
    return round(total, 3)


def _pairs(mine: Iterable[str], theirs: Iterable[tuple[str, float, str]], template: str) -> list[Match]:
    """Score every (mine, theirs) pair; keep those that meet, best first, ties in input order."""
    scored = [(item, factor, label, _terms(item)) for item, factor, label in theirs]
    found = []
    for item in mine:
        terms = _terms(item)
        for other, factor, label, other_terms in scored:
            score = _phrase_score(terms, other_terms) * factor
            if score > 0:
                why = template.format(mine=item, theirs=other, label=label)
                found.append(Match(round(score, 3), why, item, other))
    found.sort(key=lambda m: -m.score)  # stable
    return found


def you_can_offer(profile: Profile, person: Person) -> list[Match]:
    """Your offers that meet their needs (and, scored lower, their interests)."""
    theirs = [(n, 1.0, "need") for n in person.needs]
    theirs += [(i, _INTEREST, "interest") for i in person.interests]
    return _pairs(profile.offers, theirs, 'your offer "{mine}" meets their {label} "{theirs}"')


def they_can_help(profile: Profile, person: Person) -> list[Match]:
    """What they are good at (strengths, role, company, tags) that meets your asks."""
    theirs = [(item, factor, label) for item, factor, label, _verb in _their_side(person)]
    return _pairs(profile.asks, theirs, 'their {label} "{theirs}" meets your ask "{mine}"')


def _their_side(person: Person) -> list[tuple[str, float, str, str]]:
    """(item, factor, label, verb) for everything of a person that can help someone."""
    return [(item, *_THEIR_SIDE[kind][1:]) for item, kind, _terms in _their_terms(person)]


def _their_terms(person: Person) -> list[tuple[str, int, tuple[str, ...]]]:
    """(item, kind, terms) for everything of a person that can help someone."""
    out = []
    for kind, (attr, *_rest) in enumerate(_THEIR_SIDE):
        value = getattr(person, attr)
        for item in value if isinstance(value, tuple) else (value,) if value else ():
            out.append((item, kind, _terms(item)))
    return out


class IntroIndex:
    """Who could help whom: term → the people (and items) offering it.

    Built over everyone's strengths, roles, companies and tags, and kept up to
    date one person at a time (`upsert`, `remove`). Each need term is expanded
    once to the similar terms of the vocabulary; the expansions are cached
    until the vocabulary gains a word.
    """

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._people: dict[int, Person] = {}
        self._items: dict[int, list[tuple[str, str, tuple[str, ...]]]] = {}  # (item, verb, terms)
        # term → per kind of item (strength, role, …) the keys pid * _SLOTS + item number.
        # Plain ints in plain dicts: fast C-level merges, and nothing for the GC to walk.
        self._postings: dict[str, list[dict[int, None]]] = {}
        self._sorted: list[str] | None = None  # the vocabulary, sorted, while current
        self._similar: dict[str, list[tuple[str, float]]] = {}
        self._sort_keys: dict[int, tuple[tuple[str, str], int]] = {}
        for person in people:
            self.upsert(person)

    def __len__(self) -> int:
        return len(self._people)

    def upsert(self, person: Person) -> None:
        """Index a stored person's strengths, role, company and tags (replacing old ones)."""
        if person.id is None:
            raise ValueError("only stored people (with an id) can be indexed")
        self.remove(person.id)
        self._people[person.id] = person
        items = self._items[person.id] = []
        for number, (item, kind, terms) in enumerate(_their_terms(person)[:_SLOTS]):
            items.append((item, _THEIR_SIDE[kind][3], terms))
            key = person.id * _SLOTS + number
            for term in terms:
                lists = self._postings.get(term)
                if lists is None:  # a new word: cached expansions may now miss it
                    lists = self._postings[term] = [{} for _ in _THEIR_SIDE]
                    self._sorted = None
                    self._similar.clear()
                lists[kind][key] = None

    def remove(self, person_id: int) -> None:
        """Forget a person; unknown ids are ignored."""
        self._people.pop(person_id, None)
        self._sort_keys.pop(person_id, None)
        for number, (_item, _verb, terms) in enumerate(self._items.pop(person_id, ())):
            key = person_id * _SLOTS + number
            for term in terms:
                lists = self._postings.get(term)
                if lists is not None:
                    for keys in lists:
                        keys.pop(key, None)
                    if not any(lists):
                        del self._postings[term]
                        self._sorted = None  # a cached expansion may keep it: it finds no one

    def _expand(self, term: str) -> list[tuple[str, float]]:
        """The vocabulary terms that meet `term`, with how well (cached)."""
        cached = self._similar.get(term)
        if cached is not None:
            return cached
        if self._sorted is None:
            self._sorted = sorted(self._postings)
        vocab, found = self._sorted, {}
        if len(term) >= _FUZZY_MIN:
            for word, ratio, _ in process.extract(
                term, vocab, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=None
            ):
                if len(word) >= _FUZZY_MIN:
                    found[word] = _FUZZY_QUALITY * ratio / 100
        if len(term) >= _PREFIX_MIN:  # longer words this one starts...
            at = bisect_left(vocab, term)
            while at < len(vocab) and vocab[at].startswith(term):
                found[vocab[at]] = _PREFIX_QUALITY
                at += 1
        for size in range(_PREFIX_MIN, len(term)):  # ...and shorter ones that start it
            if term[:size] in self._postings:
                found[term[:size]] = _PREFIX_QUALITY
        if term in self._postings:
            found[term] = 1.0
        result = sorted(found.items())
        if len(self._similar) > 50_000:  # bound the cache
            self._similar.clear()
        self._similar[term] = result
        return result

    def introductions(self, person: Person, *, within: Collection[int] | None = None, limit: int = 5) -> list[Match]:
        """Others whose strengths, role, company or tags meet this person's needs.

        One match per other person, for their best (need, item) pair; never the
        person themself; only people in `within` when given. Rarer words weigh
        more. Best first, ties in Danish name order, then id.
        """
        if limit <= 0:
            return []
        if within is not None and not isinstance(within, (set, frozenset)):
            within = set(within)
        best: dict[int, tuple[float, int, int]] = {}  # pid → (score, need no., item no.)
        for need_no, need in enumerate(person.needs):
            scores = self._need_scores(_terms(need))
            # Best first (stable), then skip ineligible people, until `limit`
            # people and everyone tied with the last of them are in.
            bar = None
            taken: set[int] = set()
            for key in sorted(scores, key=scores.__getitem__, reverse=True):
                score = scores[key]
                if bar is not None and score < bar:
                    break
                pid, number = divmod(key, _SLOTS)
                if pid == person.id or (within is not None and pid not in within) or pid in taken:
                    continue
                taken.add(pid)
                if score > best.get(pid, (0.0,))[0]:
                    best[pid] = (score, need_no, number)
                if len(taken) == limit:
                    bar = score
        matches = []
        for pid in heapq.nsmallest(limit, best, key=lambda p: (-best[p][0], self._sort_key(p))):
            score, need_no, number = best[pid]
            need, (item, verb, _) = person.needs[need_no], self._items[pid][number]
            why = f'needs "{need}" — {self._people[pid].name} {verb} "{item}"'
            matches.append(Match(round(score, 3), why, need, item, pid))
        return matches

    def _sort_key(self, pid: int) -> tuple[tuple[str, str], int]:
        """Display order of a person (cached: ties among thousands are possible)."""
        key = self._sort_keys.get(pid)
        if key is None:
            key = self._sort_keys[pid] = (sort_key(self._people[pid].name), pid)
        return key

    def _need_scores(self, terms: Sequence[str]) -> dict[int, float]:
        """key (pid * _SLOTS + item number) → how well that item meets these terms."""
        total = max(len(self._people), 1)
        scores: dict[int, float] = {}
        for term in terms:
            found = []
            for word, quality in self._expand(term):
                lists = self._postings.get(word)
                if lists:
                    # Rare words are better reasons than common ones.
                    rarity = 1 + math.log(total / sum(map(len, lists)) + 1)
                    found.append((_weight(term) * quality * rarity, word, lists))
            # An item reached through several similar words keeps the best
            # weight: merge weakest first and let stronger ones overwrite.
            reach: dict[int, float] = {}
            for weight, _word, lists in sorted(found, key=lambda f: f[:2]):
                for (_attr, factor, _label, _verb), keys in zip(_THEIR_SIDE, lists):
                    reach.update(dict.fromkeys(keys, weight * factor))
            if not scores:
                scores = reach
            else:
                get = scores.get
                for key, weight in reach.items():
                    scores[key] = get(key, 0.0) + weight
        return scores


class Introducer(Protocol):
    """Anything that finds introductions for a person: an `IntroIndex`, or the finder that owns one."""

    def introductions(self, person: Person, *, within: Collection[int] | None = None, limit: int = 5) -> list[Match]:
        """Others whose strengths meet this person's needs, best first."""
        ...


def card_matches(
    profile: Profile,
    person: Person,
    intro_index: Introducer,
    *,
    within: Collection[int] | None = None,
    limit: int = 5,
) -> CardMatches:
    """All three blocks for a person's card, each cut to `limit`, best first."""
    return CardMatches(
        offer=tuple(you_can_offer(profile, person)[:limit]),
        help=tuple(they_can_help(profile, person)[:limit]),
        introduce=tuple(intro_index.introductions(person, within=within, limit=limit)),
    )
