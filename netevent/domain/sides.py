"""What each side brings to a match, and how one match is told.

Pure Python. `my_side` (your offers, role, company, pitch) and `their_side`
(their strengths, role, company, tags, about) list the `Source`s a need or
an ask can meet, each with how much a match through it counts; `best_match`
finds the strongest, and `quote` names it in a why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from netevent.domain.models import Person, Profile
from netevent.domain.text import WORD, fold
from netevent.domain.words.lexicon import Lexicon
from netevent.domain.words.similarity import PhraseMatch, similarity
from netevent.i18n import _

__all__ = ["Match", "Source", "IMPLIED", "my_side", "their_side", "best_match", "quote", "how_suffix"]


@dataclass(frozen=True, slots=True)
class Match:
    """One reason two sides fit, e.g. your offer meets their need.

    Attributes:
        score: how strong (the phrases' similarity times how much the source counts).
        why: one line for the card, e.g. `your role "Revisor" meets their need "en revisor"`.
        mine / theirs: the two phrases exactly as typed (for an introduction: the need, then the item).
        person_id: the other person of an introduction.
        how: how the words met: "" (the same word), "same meaning", "same field",
            "part of a word" or "near spelling".
        source: what of theirs or yours made it: "offer", "role", "company", "pitch",
            "strength", "tag", "about", "need", "interest".
    """

    score: float
    why: str
    mine: str = ""
    theirs: str = ""
    person_id: int | None = None
    how: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Something of a person (or of you) that can meet a need or an ask.

    Attributes:
        text: as typed.
        kind: "offer", "role", "company", "pitch", "strength", "tag" or "about".
        factor: how much a match through it counts (explicit offers and strengths 1).
        free: free text (a pitch, an about): only the need's side is covered.
    """

    text: str
    kind: str
    factor: float
    free: bool = False


# What counts, and how much: explicit offers and strengths first, then role, company, free text.
_MINE = (("offers", "offer", 1.0), ("role", "role", 0.9), ("company", "company", 0.75), ("pitch", "pitch", 0.6))
_THEIRS = (
    ("strengths", "strength", 1.0),
    ("role", "role", 0.9),
    ("company", "company", 0.75),
    ("tags", "tag", 0.6),
    ("about", "about", 0.55),
)
_FREE = {"pitch", "about"}
IMPLIED = frozenset({"role", "company", "pitch", "about"})
"""Sources that imply what someone brings rather than state it: words that say little cannot match there."""
_SUFFIX = " ({how})"


def _sources(obj: Profile | Person, table: tuple[tuple[str, str, float], ...]) -> list[Source]:
    out = []
    for attr, kind, factor in table:
        value = getattr(obj, attr)
        for text in value if isinstance(value, tuple) else ((value,) if value else ()):
            out.append(Source(text, kind, factor, kind in _FREE))
    return out


def my_side(profile: Profile) -> list[Source]:
    """What you bring: your offers, role, company and pitch."""
    return _sources(profile, _MINE)


def their_side(person: Person) -> list[Source]:
    """What a person brings: their strengths, role, company, tags and about."""
    return _sources(person, _THEIRS)


def best_match(phrase: str, sources: Iterable[Source], lexicon: Lexicon) -> tuple[Source, PhraseMatch, float] | None:
    """The source that meets `phrase` best, its match and its score (similarity × factor), or None.

    Ties keep the order of `sources` (explicit offers and strengths come first).
    """
    terms = lexicon.terms(phrase)
    if not terms:
        return None
    best = None
    for source in sources:
        found = similarity(
            terms,
            lexicon.terms(source.text),
            text=source.free,
            content=source.kind in IMPLIED,
        )
        if found is not None:
            score = round(found.score * source.factor, 3)
            if best is None or score > best[2]:
                best = (source, found, score)
    return best


def quote(source: Source, match: PhraseMatch) -> str:
    """A source as a why names it: the whole phrase, or for free text the word that matched."""
    if not source.free:
        return f'"{source.text}"'
    return f'("{_word_in(source.text, match.word)}")'


def _word_in(text: str, folded: str) -> str:
    """The word of `text` as typed (with its hyphenated neighbours) whose folded form holds `folded`."""
    for token in text.split():
        words = [fold(w) for w in WORD.findall(token)]
        if any(folded in w or w in folded for w in words if len(w) > 1):
            return token.strip(".,;:!?()\"'")
    return folded


def how_suffix(match: PhraseMatch) -> str:
    """ " (same meaning)" and the like for a why; "" for the same word."""
    return _SUFFIX.format(how=_(match.how)) if match.how else ""  # HOW keeps English: translated here
