"""The review after an event: whom you met, what changed hands, and was it worth it.

Pure Python. Imagine 1,000 kr under the doormat as you walk in; on the way
out, ask whether you picked it up. `review_summary` collects the facts for
that question, `save_review` stores your answer on the event, and
`io.review_markdown` writes it all on one page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from netevent.domain.figures import hours, money
from netevent.domain.models import Attendance, Event, FollowUp, LedgerEntry, Note, Person, Review, replace, today_iso
from netevent.domain.text import sort_key
from netevent.i18n import N_, _
from netevent.services.events import get_event, update_event
from netevent.services.ledger import LedgerSummary, summarize

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["ReviewSummary", "review_summary", "save_review", "store_review", "doormat_answer", "DOORMAT",
           "outcome_words"]  # fmt: skip

DOORMAT = 1000.0
"""The article's imagined 1,000 kr under the doormat."""


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    """The facts of one event, gathered for the review."""

    event: Event
    met: tuple[Person, ...]
    missed_targets: tuple[Person, ...]
    notes: tuple[Note, ...]
    gave: tuple[LedgerEntry, ...]
    got: tuple[LedgerEntry, ...]
    ledger: LedgerSummary
    followups: tuple[FollowUp, ...]
    outcomes: tuple[str, ...]
    minutes: int
    cost: float
    value: float
    value_words: str
    picked_up: bool | None
    reviewed_on: str
    names: dict[int, str] = field(default_factory=dict)
    met_targets: tuple[tuple[Person, Attendance], ...] = ()
    """The targets you met, each with whether you got what you came for."""

    @property
    def reviewed(self) -> bool:
        """True once a review has been saved for the event."""
        return self.event.review is not None

    @property
    def net(self) -> float:
        """Value in money minus the money it cost (time is not priced)."""
        return self.value - self.cost

    def name(self, person_id: int | None) -> str:
        """A person's name as the summary knows it ("" for none)."""
        if person_id is None:
            return ""
        return self.names.get(person_id, f"#{person_id}")


def review_summary(repo: Repository, event: Event) -> ReviewSummary:
    """Collect whom you met, missed targets, notes, gives/gets, follow-ups, cost and value."""
    event = repo.event(event.id) or event  # the stored copy has the latest flags

    def people(ids: list[int]) -> tuple[Person, ...]:
        found = [p for p in (repo.person(i) for i in ids) if p is not None]
        return tuple(sorted(found, key=lambda p: sort_key(p.name)))

    met = people([a.person_id for a in event.attendees if a.met])
    missed = tuple(p for p in (repo.person(a.person_id) for a in event.targets if not a.met) if p is not None)
    met_targets = tuple((p, a) for a in event.targets if a.met and (p := repo.person(a.person_id)) is not None)
    notes = tuple(n for n in repo.notes() if n.event_id == event.id and n.text.strip())
    entries = repo.ledger(event_id=event.id) if event.id is not None else []
    followups = tuple(
        sorted(
            (f for f in repo.followups() if f.event_id == event.id),
            key=lambda f: (f.done, f.due or "9999", f.id or 0),
        )
    )
    ids = {p.id for p in met + missed} | {n.person_id for n in notes}
    ids |= {e.person_id for e in entries} | {f.person_id for f in followups if f.person_id is not None}
    names = {i: p.name for i in ids if i is not None and (p := repo.person(i)) is not None}
    review = event.review or Review()
    return ReviewSummary(
        event=event,
        met=met,
        missed_targets=missed,
        notes=notes,
        gave=tuple(e for e in entries if e.direction == "gave"),
        got=tuple(e for e in entries if e.direction == "got"),
        ledger=summarize(entries),
        followups=followups,
        outcomes=review.outcomes,
        minutes=event.minutes,
        cost=event.cost,
        value=review.value,
        value_words=review.value_words,
        picked_up=review.picked_up,
        reviewed_on=review.reviewed_on,
        names=names,
        met_targets=met_targets,
    )


def save_review(repo: Repository, event_id: int, review: Review) -> Event:
    """Store your review on the event (dated today unless it carries a date).

    Raises:
        NotFound: there is no such event.
    """
    event = get_event(repo, event_id)
    if not review.reviewed_on:
        review = replace(review, reviewed_on=today_iso())
    return repo.save_event(replace(event, review=review))


_OUTCOME_WORDS = {
    "yes": N_("got what you came for"),
    "no": N_("did not get what you came for"),
    "later": N_("not yet, later"),
}
"""What each outcome says (translated where it is shown)."""


def outcome_words(attendance: Attendance) -> str:
    """What a met target's outcome says: "got what you came for: fast pris på ejeraftaler", or "not said yet"."""
    words = _(_OUTCOME_WORDS.get(attendance.outcome, N_("not said yet")))
    return _("{words}: {line}").format(words=words, line=attendance.outcome_line) if attendance.outcome_line else words


def doormat_answer(summary: ReviewSummary) -> str:
    """The 1,000-kr question answered in one line."""
    spent = [hours(summary.minutes)] if summary.minutes else []
    if summary.cost:
        spent.append(money(summary.cost))
    against = _(" against {join}").format(join=_(" and ").join(spent)) if spent else ""
    value = _("value {money}{against}").format(money=money(summary.value), against=against)
    if summary.picked_up is True:
        return _("Yes — you picked up the {money}: {value}.").format(money=money(DOORMAT), value=value)
    if summary.picked_up is False:
        return _("No — the {money} stayed under the doormat: {value}.").format(money=money(DOORMAT), value=value)
    if not summary.reviewed:
        cost = _(" It cost {join}.").format(join=_(" and ").join(spent)) if spent else ""
        return _("Not reviewed yet: did you pick up the {money}?{cost}").format(money=money(DOORMAT), cost=cost)
    verdict = _("more than it cost") if summary.net > 0 else _("no more than it cost")
    return _("Undecided — {value}: {verdict} in money.").format(value=value, verdict=verdict)


def store_review(repo: Repository, event_id: int, review: Review, *, minutes: int, cost: float) -> Event:
    """Save a review with the event's real time and cost, in one atomic write."""
    with repo.batch():
        update_event(repo, event_id, minutes=minutes, cost=cost)
        return save_review(repo, event_id, review)
