"""Tonight's introductions: the best pairs of other people in the room, each with its why.

Pure Python. Introducing two people is the cheapest give there is (a give to
both), so the board ranks every pair in the current event's room by how
well one's needs meet what the other brings (`domain.introductions`, with
your own synonyms), a pair that helps both ways first among equals; pairs
you already introduced keep their place, marked with the date. Logging one
is `services.ledger.log_introduction`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.models import Event, ValidationError
from netevent.i18n import _

if TYPE_CHECKING:
    from netevent.domain.matching import Match
    from netevent.storage.repository import Repository

__all__ = ["BoardPair", "Board", "intro_board"]

_PER_PERSON = 3  # the best helpers looked at for each person
_BOTH_WAYS = 0.25  # what the weaker direction of a pair adds to the stronger


@dataclass(frozen=True, slots=True)
class BoardPair:
    """Two people to introduce, and why.

    Attributes:
        first / second: their ids; `first` is the one whose need is met best.
        reason: how the second meets the first's need, e.g.
            `needs "IT-sikkerhed" — Søren Ærø is strong in "IT-sikkerhed"`.
        back_reason: the same the other way, when they help each other ("" if not).
        topic: what the introduction is about (the need), for the ledger.
        introduced: the date you last introduced them ("" if never).
    """

    first: int
    second: int
    first_name: str
    second_name: str
    score: float
    reason: str
    back_reason: str = ""
    topic: str = ""
    introduced: str = ""

    @property
    def why(self) -> str:
        """The reason as one line that names both: `Lars Holm needs "IT-sikkerhed" — Søren Ærø is …`."""
        return f"{self.first_name} {self.reason}"

    @property
    def back(self) -> str:
        """The other way round, named the same way ("" when it does not go both ways)."""
        return f"{self.second_name} {self.back_reason}" if self.back_reason else ""


@dataclass(frozen=True, slots=True)
class Board:
    """The board for one event: its pairs, best first."""

    event: Event
    pairs: tuple[BoardPair, ...]
    people: int


def _introduced(repo: Repository, room: set[int]) -> dict[frozenset[int], str]:
    """The latest date of every introduction you logged between two people of the room."""
    found: dict[frozenset[int], str] = {}
    for entry in repo.ledger():
        other = entry.with_person_id
        if entry.kind != "intro" or other is None or entry.person_id not in room or other not in room:
            continue
        key = frozenset((entry.person_id, other))
        if entry.date > found.get(key, ""):
            found[key] = entry.date
    return found


def intro_board(repo: Repository, *, event_id: int | None = None, limit: int = 30) -> Board:
    """The best introductions among the people in an event's room (the current event by default).

    Raises:
        ValidationError: there is no such event, or no current one.
    """
    from netevent.domain.introductions import IntroIndex
    from netevent.services.synonyms import lexicon

    event = repo.event(event_id) if event_id is not None else repo.current_event()
    if event is None:
        raise ValidationError(_("no event chosen: pick the event you are at first"))
    room = set(event.person_ids)
    people = [p for p in repo.people_in(event.person_ids)]
    index = IntroIndex(people, lexicon(repo))
    names = {p.key: p.name for p in people}
    best: dict[tuple[int, int], Match] = {}  # (needs, helps) → the best match
    for person in people:
        for match in index.introductions(person, limit=_PER_PERSON):
            if match.person_id is not None:
                best[(person.key, match.person_id)] = match
    done = _introduced(repo, room)
    pairs = []
    for (a, b), match in best.items():
        back = best.get((b, a))
        if back is not None and (back.score, b) > (match.score, a):
            continue  # the pair is told once, from its stronger side
        score = match.score + (_BOTH_WAYS * back.score if back is not None else 0.0)
        pairs.append(
            BoardPair(
                first=a, second=b, first_name=names[a], second_name=names[b], score=round(score, 3),
                reason=match.why, back_reason=back.why if back is not None else "",
                topic=match.mine, introduced=done.get(frozenset((a, b)), ""),
            )
        )  # fmt: skip
    pairs.sort(key=lambda p: (-p.score, p.first_name, p.second_name))
    return Board(event, tuple(pairs[:limit]), len(people))
