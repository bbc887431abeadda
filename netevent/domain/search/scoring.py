"""How people search ranks a hit: field tiers and weights, word bonuses, and the hit itself.

Pure Python. `SearchIndex` scores from these; `score_bounds` and `score_of`
work the same score out from a person's folded fields, for a one-off look-up
(`netevent who`) that indexes only the people who can make its top few.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from netevent.domain.search.fields import FIELD_TIER, NOTES, TIERS
from netevent.domain.text import WORD

__all__ = [
    "Hit", "score_bounds", "score_of", "TIERS", "NOTES", "FIELD_TIER", "WEIGHT", "PREFIX", "WHOLE",
    "EXACT_NAME", "WEIGHT_AT", "BONUS", "WHOLE_BONUS", "WORD",
]  # fmt: skip

# Points for a query word whose first hit is in a tier, plus a bonus when it
# starts a word there: a name substring (50) still beats a company prefix (45).
WEIGHT = (50.0, 40.0, 30.0, 20.0, 15.0, 10.0)
PREFIX = 5.0
WHOLE = 2.0  # and a little more when it is the whole word: "søren" ranks Søren above Sørensen
EXACT_NAME = 100.0  # the whole query is the whole name
WEIGHT_AT = (0.0, *WEIGHT)  # by 1 + tier, what bisect_right over an entry's ends gives
BONUS = (0.0, PREFIX)  # by "does it start a word there"
WHOLE_BONUS = (0.0, WHOLE)  # by "is it a whole word there"


class Hit:
    """One search result: who, how well, and a short reason ("company: Holm Advokater").

    A value: it cannot be changed, and equal hits compare equal. The reason
    may be given as a function, worked out when first read: the list shows
    up to 500 hits and reads no reason (working them all out cost 15 µs a hit).
    """

    __slots__ = ("person_id", "score", "_why")

    person_id: int
    score: float
    _why: str | Callable[[], str]

    def __init__(self, person_id: int, score: float, why: str | Callable[[], str]) -> None:
        object.__setattr__(self, "person_id", person_id)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "_why", why)

    @property
    def why(self) -> str:
        """Where the query was found, e.g. "name" or "strength: moms"."""
        why = self._why
        if callable(why):
            why = why()
            object.__setattr__(self, "_why", why)
        return str(why)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Hit cannot be changed ({name})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return (self.person_id, self.score, self.why) == (other.person_id, other.score, other.why)

    def __hash__(self) -> int:
        return hash((self.person_id, self.score))

    def __repr__(self) -> str:
        return f"Hit(person_id={self.person_id!r}, score={self.score!r}, why={self.why!r})"


def _first_tier(word: str, fields: Sequence[str]) -> int:
    """The tier of the first of `fields` (see `score_bounds`) that holds `word`; notes if none does."""
    return next((tier for text, tier in zip(fields, FIELD_TIER) if word in text), NOTES)


def score_bounds(qwords: Sequence[str], fields: Sequence[str]) -> tuple[float, float]:
    """The lowest and highest score `SearchIndex.search` can give someone for `qwords`.

    `fields` are their folded name, company, role, strengths, tags, needs,
    interests and email. Each word scores by the first field it is in, plus
    up to `PREFIX + WHOLE` for where in it; the whole name ranks first of all.
    """
    if len(fields) != len(FIELD_TIER):
        return 0.0, math.inf
    low = sum(WEIGHT[_first_tier(word, fields)] for word in qwords)
    if WORD.findall(fields[0]) == list(qwords):
        return low, math.inf
    return low, low + len(qwords) * (PREFIX + WHOLE)


def score_of(qwords: Sequence[str], fields: Sequence[str]) -> float:
    """The score `SearchIndex.search` gives someone for `qwords` (`math.inf` for the whole name).

    `fields` as for `score_bounds`; words found only in notes count as notes.
    """
    if len(fields) != len(FIELD_TIER) or WORD.findall(fields[0]) == list(qwords):
        return math.inf
    in_tier: dict[int, list[str]] = {}
    total = 0.0
    for word in qwords:
        tier = _first_tier(word, fields)
        total += WEIGHT[tier]
        if tier == NOTES:
            continue
        if tier not in in_tier:
            in_tier[tier] = WORD.findall(" ".join(text for text, t in zip(fields, FIELD_TIER) if t == tier))
        tier_words = in_tier[tier]
        total += BONUS[any(w.startswith(word) for w in tier_words)]
        total += WHOLE_BONUS[word in tier_words]
    return total
