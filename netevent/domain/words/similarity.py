"""How well two phrases meet: term by term over shared keys, covered from both sides.

Pure Python. Two terms meet through their strongest shared key (an equal
word form 1, a part of a compound less, one meaning `SAME`, a general and
a narrower word `BROAD`); words unknown to the lexicon may also meet a near
spelling (a typo). A phrase pair scores how much of each side is covered,
weighted by what each word says, and meets when that reaches `THRESHOLD`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from netevent.domain.words.lexicon import PART, Term
from netevent.i18n import N_

__all__ = ["PhraseMatch", "THRESHOLD", "meet", "similarity", "HOW"]

THRESHOLD = 0.55
"""The least similarity at which two phrases count as a match."""
_FUZZY_CUTOFF = 88
_FUZZY_MIN = 5
_FUZZY_QUALITY = 0.8
_MORE, _LESS = 0.6, 0.4  # the better-covered side counts more than the other
HOW = {
    "=": "",
    "~": N_("same meaning"),
    "^": N_("same field"),
    "part": N_("part of a word"),
    "fuzzy": N_("near spelling"),
}
"""How a match was made, as the why says it ("" for the same word)."""


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """Two phrases that meet: how well (0–1), how (see `HOW`), and the word of the second that met best."""

    score: float
    how: str
    word: str


def meet(a: Term, b: Term) -> tuple[float, str]:
    """How well two terms meet (0–1) and how (a `HOW` key); (0, "") when they do not."""
    best, how = 0.0, ""
    ka, kb = a.keys, b.keys
    for key in ka.keys() & kb.keys():
        va, vb = ka[key], kb[key]
        if va < 0 and vb < 0:
            continue  # two narrower words of one field (contract law, corporate law) do not meet
        quality = min(abs(va), abs(vb))
        if quality > best or (quality == best and key < how):
            best, how = quality, key
    if best:
        kind = how[0]
        if kind == "=" and best < 1 and (a.part == PART or b.part == PART):
            return best, "part"
        return best, kind
    if (not a.known or not b.known) and min(len(a.word), len(b.word)) >= _FUZZY_MIN:
        ratio = fuzz.ratio(a.word, b.word, score_cutoff=_FUZZY_CUTOFF)
        if ratio:
            return _FUZZY_QUALITY * ratio / 100, "fuzzy"
    return 0.0, ""


def _inside(a: Term, b: Term) -> bool:
    """True when one term is a word of a thesaurus phrase the other is not (and means something else)."""
    if (a.group >= 0) == (b.group >= 0):
        return False
    single, grouped = (b, a) if a.group >= 0 else (a, b)
    shared = single.keys.keys() & grouped.keys.keys()
    return any(key[0] == "=" for key in shared) and not set(grouped.meanings) & single.keys.keys()


def similarity(
    a: Sequence[Term], b: Sequence[Term], *, text: bool = False, content: bool = False
) -> PhraseMatch | None:
    """How well phrase `a` (a need or an ask) meets `b`, or None below `THRESHOLD`.

    Each term meets at most one term of the other side (the strongest pairs
    first), so one word cannot cover two ("design" does not cover "grafisk
    design"); the better-covered side counts most.

    Args:
        text: `b` is free text (a pitch, an about): only how much of `a` it
            covers counts, each term of `a` by its best word of `b`.
        content: words that say little on their own (customers, advice)
            cannot make the match alone (for what is not an explicit offer
            or strength: a role, a company, free text).
    """
    if not a or not b:
        return None
    pairs = []
    for i, term in enumerate(a):
        for j, other in enumerate(b):
            quality, how = meet(term, other)
            if quality:
                pairs.append((term.weight * quality, quality, i, j, how))
    if not pairs:
        return None
    # A word that is itself one of the words of a thesaurus phrase on the other side, and
    # does not mean what the phrase means, meets only that word ("design" in "grafisk design").
    words = {(i, j) for _w, _q, i, j, _how in pairs if _inside(a[i], b[j])}
    if words:
        said = {(i, b[j].group) for i, j in words if b[j].group >= 0} | {
            (a[i].group, j) for i, j in words if a[i].group >= 0
        }
        pairs = [
            p
            for p in pairs
            if (p[2], p[3]) in words or ((p[2], b[p[3]].group) not in said and (a[p[2]].group, p[3]) not in said)
        ]
    pairs.sort(key=lambda p: (-p[0], -p[1], p[2], p[3]))
    got_a: dict[int, float] = {}
    got_b: dict[int, float] = {}
    top = pairs[0]
    # Units: a term, or the words of one thesaurus phrase together. A unit meets one other unit.
    unit_a = [(t.group, 0) if t.group >= 0 else (i, 1) for i, t in enumerate(a)]
    unit_b = [(t.group, 0) if t.group >= 0 else (j, 1) for j, t in enumerate(b)]
    partner_a: dict[tuple[int, int], tuple[int, int]] = {}
    partner_b: dict[tuple[int, int], tuple[int, int]] = {}
    for _weighted, quality, i, j, _how in pairs:
        ua, ub = unit_a[i], unit_b[j]
        if text:
            if i in got_a:
                continue
        elif partner_a.get(ua, ub) != ub or partner_b.get(ub, ua) != ua:
            continue
        partner_a[ua], partner_b[ub] = ub, ua
        got_a[i] = max(got_a.get(i, 0.0), quality)
        got_b[j] = max(got_b.get(j, 0.0), quality)
    if (text or content) and all(a[i].generic for i in got_a):
        return None
    cover_a = sum(a[i].weight * q for i, q in got_a.items()) / sum(t.weight for t in a)
    if text:
        score = cover_a
    else:
        cover_b = sum(b[j].weight * q for j, q in got_b.items()) / sum(t.weight for t in b)
        score = _MORE * max(cover_a, cover_b) + _LESS * min(cover_a, cover_b)
    if score < THRESHOLD - 1e-9:
        return None
    return PhraseMatch(round(score, 3), HOW[top[4]], b[top[3]].word)
