"""What a word means for matching: its forms, the parts of a compound, and the words that mean the same.

Pure Python. A `Lexicon` turns a phrase ("Regnskabsprogram til webshops")
into `Term`s, each with the keys two words can share:

* ``=stem`` — the word's form in Danish and in English (Snowball stemmers:
  regnskaber/regnskabet/regnskab are one word, so are lawyer/lawyers), in a
  light phonetic spelling where Danish and English cognates agree (eksport/export);
* ``~name`` — a meaning of the shipped thesaurus (`thesaurus.tsv`) or of the
  user's own pairs: bogføring and bookkeeping share ``~accounting``;
* ``^name`` — a broad meaning: general words (lawyer) meet each narrower
  word (contract law), narrower words do not meet each other. Stored as a
  negative quality on the narrower side.

A Danish compound made of known words is split into its first part and its
head, each a term of its own with weaker keys: a ``regnskabsprogram`` is
mostly a program, only a little about ``regnskab``; a ``skatterådgivning``
(a light head, `light` in the thesaurus) is mostly about ``skat``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

import Stemmer  # PyStemmer: the Snowball stemmers in C

from netevent.domain.text import keywords

__all__ = ["Term", "Lexicon", "Entry", "shipped_lexicon", "read_entries", "SAME", "PART", "WHOLE"]

SAME = 0.8
"""How well two words of one meaning meet (an equal word form meets at 1)."""
BROAD = 0.75
"""How well a general word meets a narrower one."""
PART = "part"
WHOLE = "whole"
GENERIC_WEIGHT = 0.4
"""What a word that says little on its own (customers, advice) weighs against one that says much."""
_LIGHT_FIRST, _LIGHT_HEAD = 0.9, 0.6  # skatterådgivning: the first part carries the meaning
_HEAVY_FIRST, _HEAVY_HEAD = 0.4, 0.75  # regnskabsprogram: the head does
_LIGHT_SHARE, _HEAVY_SHARE = 0.7, 0.4  # the first part's share of the compound's weight
_IN_PHRASE = 0.6  # a word's own meaning inside a phrase of the thesaurus ("sales" in "sales tax")
_SHORT = 3  # words this short (IT, HR, VAT) are not stemmed
_MIN_PART = 3
_MAX_CACHE = 50_000
_SOUNDS = re.compile(r"ph|qu|x|c|z")
_SOUND_MAP = {"ph": "f", "qu": "kv", "x": "ks", "c": "k", "z": "s"}
_SOME = re.compile(r"(?<![^\W_])(?:SoMe|SOME)(?![^\W_])")
_TOKEN_GAP = re.compile(r"[^\w-]+")  # what parts two words; a hyphen joins a compound
_E_PREFIX = re.compile(r"(?<![^\W_])[eE]-(?=[^\W\d_])")
_DANISH = Stemmer.Stemmer("danish")
_ENGLISH = Stemmer.Stemmer("english")


class Term(NamedTuple):
    """One meaningful word of a phrase (or one part of a compound) and what it can share with another.

    Attributes:
        word: the folded word or part, e.g. "regnskab".
        weight: how much it says (generic words say less; a compound's parts share its weight).
        keys: key → quality (negative: the narrower side of a broad meaning).
        known: the lexicon knows the word (only unknown words may be typos of others).
        part: "" for a whole word, else `PART` (a part of a compound).
        generic: the word says little on its own (customers, advice).
        group: the words of one phrase of the thesaurus ("executive coaching") share a
            group (else -1): such a phrase is one unit when two phrases are compared.
        meanings: the meaning keys of that phrase.
    """

    word: str
    weight: float
    keys: dict[str, float]
    known: bool
    part: str = ""
    generic: bool = False
    group: int = -1
    meanings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the thesaurus: a kind ("same", "broad", "generic", "light", "part", "stop"),
    its name and its phrases (for "broad", the narrower ones apart)."""

    kind: str
    name: str
    phrases: tuple[str, ...]
    narrower: tuple[str, ...] = ()


def read_entries(text: str) -> list[Entry]:
    """Parse thesaurus text (see `thesaurus.tsv`): blank lines and `#` comments are skipped.

    Raises:
        ValueError: a line without three tab-separated columns, or of an unknown kind.
    """
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 3 or columns[0] not in ("same", "broad", "generic", "light", "part", "stop"):
            raise ValueError(f"thesaurus line {number}: expected KIND<TAB>NAME<TAB>words, got {line[:40]!r}")
        kind, name, rest = columns
        general, _bar, narrow = rest.partition("|")
        entries.append(Entry(kind, name.strip(), _split(general), _split(narrow)))
    return entries


def _keywords(phrase: str) -> list[str]:
    """`text.keywords`, with e-mail, e-handel… kept as one word (a lone "e" is no keyword),
    and the Danish "SoMe" (social media) kept from the English stop word "some"."""
    return keywords(_SOME.sub("sociale medier", _E_PREFIX.sub("e", phrase)))


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


@lru_cache(maxsize=1 << 16)
def _spell(word: str) -> str:
    """A folded word in a spelling where Danish and English cognates agree (eksport/export)."""
    return _SOUNDS.sub(lambda m: _SOUND_MAP[m.group(0)], word)


@lru_cache(maxsize=1 << 16)
def stems(word: str) -> tuple[str, ...]:
    """The forms of a folded word that its other forms share, in both languages."""
    if len(word) <= _SHORT or word.isdigit():
        return (_spell(word),)
    danish = _DANISH.stemWord(word)
    if word.endswith(("ing", "ings")):
        # English -ing words are fields of their own (accounting is not an account, marketing
        # no market), and a Danish -ing word is no English one (bogføring, rådgivning).
        return (_spell(danish),)
    return tuple(dict.fromkeys((_spell(danish), _spell(_ENGLISH.stemWord(word)))))


def _canonical(word: str) -> str:
    return min(stems(word), key=lambda s: (len(s), s))


class Lexicon:
    """The shipped thesaurus plus the user's own pairs: turns phrases into `Term`s (cached).

    Args:
        entries: the thesaurus (`read_entries`).
        pairs: the user's own (a, b) pairs of words or phrases that mean the same.
    """

    def __init__(self, entries: Iterable[Entry], pairs: Iterable[tuple[str, str]] = ()) -> None:
        self.pairs = tuple(pairs)
        self._meanings: dict[str, dict[str, float]] = {}  # stem → meaning key → quality
        self._phrases: dict[tuple[str, ...], dict[str, float]] = {}  # canonical stems → meanings
        self._known: set[str] = set()  # stems of every word the thesaurus names
        self._generic: set[str] = set()
        self._light: set[str] = set()
        self._stop: set[str] = set()
        self._cache: dict[str, tuple[Term, ...]] = {}
        for entry in entries:
            self._add(entry)
        for number, (a, b) in enumerate(self.pairs):
            self._add_pair(number, a, b)

    # ------------------------------------------------------------ building
    def _add(self, entry: Entry) -> None:
        if entry.kind == "same":
            self._mean(entry.phrases, "~" + entry.name, SAME)
        elif entry.kind == "broad":
            self._mean(entry.phrases, "~" + entry.name, SAME)  # the general words mean the same
            self._mean(entry.phrases, "^" + entry.name, BROAD)
            self._mean(entry.narrower, "^" + entry.name, -BROAD)
        else:
            target = {"generic": self._generic, "light": self._light, "stop": self._stop, "part": None}[entry.kind]
            for phrase in entry.phrases:
                for word in _keywords(phrase):
                    self._known.update(stems(word))
                    if target is not None:
                        target.update(stems(word))

    def _mean(self, phrases: Iterable[str], key: str, quality: float) -> None:
        for phrase in phrases:
            found = _keywords(phrase)
            for word in found:
                self._known.update(stems(word))
            if len(found) == 1:
                for stem in stems(found[0]):
                    _best(self._meanings.setdefault(stem, {}), key, quality)
            elif found:
                _best(self._phrases.setdefault(tuple(_canonical(w) for w in found), {}), key, quality)

    def _add_pair(self, number: int, a: str, b: str) -> None:
        """The user says a and b mean the same: each also joins the other's meanings."""
        self._mean((a, b), f"~user{number}", SAME)
        ka, kb = self._phrase_meanings(a), self._phrase_meanings(b)
        for phrase, meanings in ((a, kb), (b, ka)):
            for key, quality in meanings.items():
                self._mean((phrase,), key, quality)

    def _phrase_meanings(self, phrase: str) -> dict[str, float]:
        found = _keywords(phrase)
        if len(found) == 1:
            out: dict[str, float] = {}
            for stem in stems(found[0]):
                out.update(self._meanings.get(stem, {}))
            return out
        return dict(self._phrases.get(tuple(_canonical(w) for w in found), {}))

    # ------------------------------------------------------------ reading
    def is_generic(self, word: str) -> bool:
        """True for a folded word that says little on its own."""
        return any(s in self._generic for s in stems(word))

    def terms(self, phrase: str) -> tuple[Term, ...]:
        """The terms of a phrase, in order (cached).

        Phrases of the thesaurus ("sales tax") lend all their words their
        meaning, and the words' own meanings count less there. A hyphenated
        word ("IT-sikkerhed") is a compound like a closed one.
        """
        cached = self._cache.get(phrase)
        if cached is not None:
            return cached
        tokens = [[w for w in _keywords(token) if not self._is_stop(w)] for token in _TOKEN_GAP.split(phrase)]
        found = [w for token in tokens for w in token]
        keys = [self._word_keys(w) for w in found]
        in_phrase = [False] * len(found)
        group = [-1] * len(found)
        phrase_keys: list[tuple[str, ...]] = [()] * len(found)
        for size in (3, 2):
            for start in range(len(found) - size + 1):
                meanings = self._phrases.get(tuple(_canonical(w) for w in found[start : start + size]))
                if not meanings:
                    continue
                joined = "=" + "_".join(_canonical(w) for w in found[start : start + size])
                for at in range(start, start + size):
                    if not in_phrase[at]:
                        in_phrase[at] = True
                        group[at] = start
                        if not meanings.keys() & keys[at].keys():  # the phrase means something else
                            keys[at] = {k: _scaled(v, abs(v) * _IN_PHRASE) for k, v in keys[at].items()}
                        phrase_keys[at] = tuple(meanings)
                    keys[at][joined] = 1.0  # the same phrase on both sides meets in full
                    keys[at].update(meanings)  # what the phrase means wins over what its words mean
        out: list[Term] = []
        at = 0
        for token in tokens:
            here = range(at, at + len(token))
            at += len(token)
            if len(token) > 1 and not any(in_phrase[k] for k in here):
                whole = self._word_keys("".join(token))
                out.extend(self._compound(whole, [(found[k], keys[k]) for k in here]))
                continue
            for k in here:
                word = found[k]
                known = self._is_known(word)
                parts = None if known or in_phrase[k] else self._split(word)
                if parts is None:
                    # Inside a thesaurus phrase ("IT-support") no word is there to say little.
                    generic = (self.is_generic(word) or word.isdigit()) and group[k] < 0
                    weight = GENERIC_WEIGHT if generic else 1.0
                    out.append(Term(word, weight, keys[k], known, "", generic, group[k], phrase_keys[k]))
                else:
                    first, head = parts
                    out.extend(
                        self._compound(keys[k], [(first, self._word_keys(first)), (head, self._word_keys(head))])
                    )
        # A phrase that names a specialty is about that specialty: its general words of the
        # same field ("law" in "patent law") are narrower too, and meet no other specialty.
        narrow = {k for t in out for k, v in t.keys.items() if k[0] == "^" and v < 0}
        for term in out:
            for key in narrow & term.keys.keys():
                term.keys[key] = -abs(term.keys[key])
        result = tuple(dict((t.word + t.part, t) for t in out).values())  # a word said twice counts once
        if len(self._cache) > _MAX_CACHE:
            self._cache.clear()
        self._cache[phrase] = result
        return result

    def _is_stop(self, word: str) -> bool:
        return any(s in self._stop for s in stems(word))

    def _is_known(self, word: str) -> bool:
        return any(s in self._known for s in stems(word))

    def _word_keys(self, word: str) -> dict[str, float]:
        keys = {"=" + s: 1.0 for s in stems(word)}
        for stem in stems(word):
            for key, quality in self._meanings.get(stem, {}).items():
                _best(keys, key, quality)
        return keys

    def _split(self, word: str) -> tuple[str, str] | None:
        """(first part, head) of a Danish compound of known words, the longest known head first."""
        if len(word) < 2 * _MIN_PART:
            return None
        for at in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head = word[at:]
            if not self._is_known(head):
                continue
            first = word[:at]
            for candidate in (first[:-1] if first[-1:] in ("s", "e") else "", first):
                if len(candidate) >= _MIN_PART and self._is_known(candidate):
                    return candidate, head
        return None

    def _compound(self, whole: dict[str, float], parts: list[tuple[str, dict[str, float]]]) -> list[Term]:
        """The terms of a compound: its first parts and its head (the last part), sharing its weight.

        Every part keeps the whole word's keys (two equal compounds meet in
        full) and its own, weakened: a light head leaves the meaning to the
        first parts, any other head keeps it.
        """
        *firsts, (head, head_keys) = parts
        light = any(s in self._light for s in stems(head))
        q_first, q_head = (_LIGHT_FIRST, _LIGHT_HEAD) if light else (_HEAVY_FIRST, _HEAVY_HEAD)
        share = _LIGHT_SHARE if light else _HEAVY_SHARE
        if not light and all(self.is_generic(w) for w, _k in firsts):
            # erhvervsfinansiering is financing: a first part that says little leaves the meaning to the head.
            q_head, share = _LIGHT_FIRST, 1 - _LIGHT_SHARE
        portions = [(w, k, q_first, share / len(firsts)) for w, k in firsts] + [(head, head_keys, q_head, 1 - share)]
        out = []
        for part, part_keys, quality, portion in portions:
            keys = dict(whole)
            for key, value in part_keys.items():
                _best(keys, key, _scaled(value, quality))
            generic = self.is_generic(part) or part.isdigit()
            weight = (GENERIC_WEIGHT if generic else 1.0) * portion
            out.append(Term(part, weight, keys, self._is_known(part), PART, generic))
        return out


def _scaled(value: float, quality: float) -> float:
    """A key's quality as seen through a part of a compound (the sign of a narrower word is kept)."""
    return -min(-value, quality) if value < 0 else min(value, quality)


def _best(keys: dict[str, float], key: str, quality: float) -> None:
    """Keep the stronger of two qualities for a key; a general side beats a narrower one."""
    old = keys.get(key)
    if old is None or abs(quality) > abs(old) or (abs(quality) == abs(old) and quality > old):
        keys[key] = quality


@lru_cache(maxsize=1)
def _shipped_entries() -> tuple[Entry, ...]:
    text = files("netevent.domain.words").joinpath("thesaurus.tsv").read_text(encoding="utf-8")
    return tuple(read_entries(text))


@lru_cache(maxsize=8)
def shipped_lexicon(pairs: tuple[tuple[str, str], ...] = ()) -> Lexicon:
    """The shipped thesaurus with the user's own pairs (one lexicon per set of pairs, kept)."""
    return Lexicon(_shipped_entries(), pairs)
