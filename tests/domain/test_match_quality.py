"""Matching measured: precision and recall over labelled offer/need pairs (`data/match_pairs.tsv`).

The pairs are Danish, English and mixed, from realistic profiles: hits a
person would agree with, and near-misses that share words but do not fit
(a regnskabsprogram is software, not an accountant).
"""

from __future__ import annotations

from netevent.domain.matching import they_can_help, you_can_offer
from netevent.domain.models import Person, Profile

from .match_pairs import read_pairs, scores

PRECISION = 0.90
RECALL = 0.90


def _matcher(profile: Profile, person: Person, block: str) -> bool:
    return bool(you_can_offer(profile, person) if block == "offer" else they_can_help(profile, person))


def test_the_labelled_set_is_large_and_mixed() -> None:
    pairs = read_pairs()
    assert len(pairs) >= 150
    assert sum(not p.hit for p in pairs) >= 50
    assert {"offer", "role", "company", "pitch", "strength", "their-role", "tag", "about"} <= {p.kind for p in pairs}


def test_precision_and_recall_over_the_labelled_pairs() -> None:
    precision, recall, false_hits, missed = scores(_matcher, read_pairs())
    report = f"precision {precision:.3f}, recall {recall:.3f}"
    print(report)
    assert precision >= PRECISION, (report, [(p.need, p.other) for p in false_hits])
    assert recall >= RECALL, (report, [(p.need, p.other) for p in missed])
