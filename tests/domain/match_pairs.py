"""The labelled offer/need pairs of `data/match_pairs.tsv`, and how a matcher scores on them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from netevent.domain.models import Person, Profile

PAIRS_FILE = Path(__file__).parent / "data" / "match_pairs.tsv"
MINE = {"offer": "offers", "role": "role", "company": "company", "pitch": "pitch"}
THEIRS = {"strength": "strengths", "their-role": "role", "their-company": "company", "tag": "tags", "about": "about"}


@dataclass(frozen=True)
class Pair:
    hit: bool
    kind: str
    need: str
    other: str


def read_pairs(path: Path = PAIRS_FILE) -> list[Pair]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, kind, need, other = line.split("\t")
        assert label in ("hit", "miss") and kind in {**MINE, **THEIRS}, line
        pairs.append(Pair(label == "hit", kind, need, other))
    return pairs


def _value(attr: str, text: str) -> object:
    return tuple(p.strip() for p in text.split(";")) if attr in ("offers", "strengths", "tags") else text


def sides(pair: Pair) -> tuple[Profile, Person, str]:
    """The profile and person a pair stands for, and which block should show it ("offer" or "help")."""
    if pair.kind in MINE:
        attr = MINE[pair.kind]
        return (
            Profile(name="Me", **{attr: _value(attr, pair.other)}),
            Person(id=1, name="Them", needs=(pair.need,)),
            "offer",
        )
    attr = THEIRS[pair.kind]
    return Profile(name="Me", asks=(pair.need,)), Person(id=1, name="Them", **{attr: _value(attr, pair.other)}), "help"


Matcher = Callable[[Profile, Person, str], bool]


def scores(matcher: Matcher, pairs: list[Pair]) -> tuple[float, float, list[Pair], list[Pair]]:
    """Precision, recall, the false hits and the missed hits of `matcher` over `pairs`."""
    false_hits, missed = [], []
    true = predicted = 0
    for pair in pairs:
        profile, person, block = sides(pair)
        found = matcher(profile, person, block)
        predicted += found
        true += found and pair.hit
        if found and not pair.hit:
            false_hits.append(pair)
        if pair.hit and not found:
            missed.append(pair)
    hits = sum(p.hit for p in pairs)
    return (true / predicted if predicted else 0.0), (true / hits if hits else 0.0), false_hits, missed
