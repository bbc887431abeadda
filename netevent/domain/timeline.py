"""A person's history as one list of moments, oldest first.

Pure Python. The services gather the moments (rooms, notes, gives and gets,
asks and their fate, referrals, follow-ups); `in_order` puts them in the
order they happened. Within one day a meeting comes first, then what was
written and asked there, then what changed hands, then promises, then what
became of earlier asks, referrals and promises. Moments without a date
(an ask from before netevent kept dates) come first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Moment", "KINDS", "in_order", "told"]

KINDS = ("first met", "event", "note", "ask", "gave", "got", "referral", "promise", "fate", "done")
"""The kinds of moment, in the order they are told within one day."""

_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Moment:
    """One thing that happened with a person.

    Attributes:
        date: ISO date ("" when unknown).
        kind: one of `KINDS`.
        text: the line, e.g. "Netværk Nord — oktober: met ✓" (for a note: where it was written).
        note: what a note says, its first line (private: hidden while onlookers may read along).
        detail: more lines (the rest of a note), "" for none.
        ref: what it is about, to act on it: ("ask", id), ("referral", id), ("followup", id) or None.
        seq: the order of moments of one kind on one day (a note's time, an id).
    """

    date: str
    kind: str
    text: str
    detail: str = ""
    note: str = ""
    ref: tuple[str, int] | None = None
    seq: str = ""


def in_order(moments: Iterable[Moment]) -> list[Moment]:
    """The moments oldest first (see the module's rules)."""
    return sorted(moments, key=lambda m: (m.date, _RANK.get(m.kind, len(KINDS)), m.seq))


def told(moment: Moment) -> str:
    """The moment's line with a note's words: "Note at Netværk Nord: Kender alle…"."""
    return f"{moment.text}: {moment.note}" if moment.note else moment.text
