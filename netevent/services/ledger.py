"""The give/get ledger: give before you get, and expect to give about 90 % of the time.

Pure Python. `log_give`, `log_get` and `log_introduction` check their input
and write once; the summaries count what changed hands per person, per event
and per network. An introduction between two people is a give to both of
them: two entries that point at each other through `with_person_id`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.figures import GIVE_AIM, percent
from netevent.domain.models import LEDGER_KINDS, LedgerEntry, ValidationError, today_iso
from netevent.i18n import N_, _
from netevent.services.events import NO_NETWORK, get_event, get_person, same_network

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = [
    "LedgerSummary",
    "log_give",
    "log_get",
    "log_introduction",
    "summarize",
    "person_summary",
    "event_summary",
    "network_summary",
    "give_share_label",
]


@dataclass(frozen=True, slots=True)
class LedgerSummary:
    """How much was given and received, in count and (where known) in money."""

    gave: int = 0
    got: int = 0
    gave_amount: float = 0.0
    got_amount: float = 0.0

    @property
    def total(self) -> int:
        """Entries in both directions."""
        return self.gave + self.got

    @property
    def give_share(self) -> float | None:
        """gave / (gave + got), or None when nothing was logged."""
        return self.gave / self.total if self.total else None


def _log(
    repo: Repository,
    direction: str,
    person_id: int,
    what: str,
    kind: str,
    amount: float | None,
    event_id: int | None,
    date: str | None,
    with_person_id: int | None = None,
    ask_id: int | None = None,
) -> LedgerEntry:
    person = get_person(repo, person_id)
    if event_id is not None:
        get_event(repo, event_id)
    if kind not in LEDGER_KINDS:
        raise ValidationError(
            _("kind must be one of {join}, not {kind!r}").format(join=", ".join(LEDGER_KINDS), kind=kind)
        )
    entry = LedgerEntry(
        direction=direction,
        person_id=person_id,
        what=what,
        kind=kind,
        amount=amount,
        event_id=event_id,
        with_person_id=with_person_id,
        date=date or today_iso(),
    )
    if ask_id is None:
        return repo.save_ledger(entry)
    from netevent.services.asks import answer_ask, get_ask

    ask = get_ask(repo, ask_id)
    label = (
        N_('Gave {name}: {what} (for their ask "{ask}")')
        if direction == "gave"
        else N_('Got from {name}: {what} (for their ask "{ask}")')
    )
    with repo.batch(label.format(name=person.name, what=entry.what, ask=ask.text)):
        saved = repo.save_ledger(entry)
        answer_ask(repo, ask_id, saved)
    return saved


def log_give(
    repo: Repository,
    person_id: int,
    what: str,
    *,
    kind: str = "other",
    amount: float | None = None,
    event_id: int | None = None,
    date: str | None = None,
    ask_id: int | None = None,
) -> LedgerEntry:
    """Record something you gave a person (advice, a referral, business…).

    Args:
        ask_id: the person's ask it answers: linked to it and marked helped, in the same write.

    Raises:
        ValidationError: unknown person, event or ask, empty `what`, bad kind,
            negative amount, a bad date, or an ask that is someone else's or
            no longer open. Nothing is written then.
    """
    return _log(repo, "gave", person_id, what, kind, amount, event_id, date, ask_id=ask_id)


def log_get(
    repo: Repository,
    person_id: int,
    what: str,
    *,
    kind: str = "other",
    amount: float | None = None,
    event_id: int | None = None,
    date: str | None = None,
    ask_id: int | None = None,
) -> LedgerEntry:
    """Record something a person gave you (`ask_id`: an ask of theirs it answered). Raises like `log_give`."""
    return _log(repo, "got", person_id, what, kind, amount, event_id, date, ask_id=ask_id)


def log_introduction(
    repo: Repository,
    a_id: int,
    b_id: int,
    *,
    event_id: int | None = None,
    what: str = "",
    date: str | None = None,
    ask_id: int | None = None,
) -> tuple[LedgerEntry, LedgerEntry]:
    """Record that you introduced two people: a give to each, linked to the other.

    Both entries are written in one atomic write, or neither is.

    Args:
        ask_id: the ask of the first person (`a_id`) the introduction answers: marked helped.

    Raises:
        ValidationError: the same person twice, an unknown person, event or ask.
    """
    if a_id == b_id:
        raise ValidationError(_("an introduction needs two different people"))
    a, b = get_person(repo, a_id), get_person(repo, b_id)
    topic = " ".join((what or "").split())
    suffix = f" — {topic}" if topic else ""
    with repo.batch(N_("Introduced {a} and {b}{suffix}").format(a=a.name, b=b.name, suffix=suffix)):
        first = _log(
            repo,
            "gave",
            a_id,
            _("Introduced to {name}{suffix}").format(name=b.name, suffix=suffix),
            "intro",
            None,
            event_id,
            date,
            b_id,
            ask_id=ask_id,
        )
        second = _log(
            repo,
            "gave",
            b_id,
            _("Introduced to {name}{suffix}").format(name=a.name, suffix=suffix),
            "intro",
            None,
            event_id,
            date,
            a_id,
        )
    return first, second


def summarize(entries: Iterable[LedgerEntry]) -> LedgerSummary:
    """Count and add up a set of ledger entries."""
    gave = got = 0
    gave_amount = got_amount = 0.0
    for entry in entries:
        if entry.direction == "gave":
            gave += 1
            gave_amount += entry.amount or 0.0
        else:
            got += 1
            got_amount += entry.amount or 0.0
    return LedgerSummary(gave=gave, got=got, gave_amount=gave_amount, got_amount=got_amount)


def person_summary(repo: Repository, person_id: int) -> LedgerSummary:
    """What you gave this person and got from them, over all time."""
    return summarize(repo.ledger(person_id=person_id))


def event_summary(repo: Repository, event_id: int) -> LedgerSummary:
    """What changed hands at one event (an introduction there counts for both people)."""
    return summarize(repo.ledger(event_id=event_id))


def network_summary(repo: Repository, network: str) -> LedgerSummary:
    """What changed hands at a network's events; "" or `NO_NETWORK` means one-off events.

    Entries logged without an event belong to no network and are not counted.
    """
    wanted = "" if network == NO_NETWORK else network
    ids = {e.id for e in repo.events() if same_network(e.network, wanted)}
    return summarize(e for e in repo.ledger() if e.event_id in ids)


def give_share_label(summary: LedgerSummary) -> str:
    """E.g. "give share 83 % (5 gave, 1 got) — aim for 90 %"."""
    if summary.give_share is None:
        return _("nothing given or received yet — aim to give {percent}").format(percent=percent(GIVE_AIM))
    counts = _("({gave} gave, {got} got)").format(gave=summary.gave, got=summary.got)
    aim = (
        _("aim for {percent}").format(percent=percent(GIVE_AIM))
        if summary.give_share < GIVE_AIM
        else _("at or above the {percent} aim").format(percent=percent(GIVE_AIM))
    )
    return _("give share {percent} {counts} — {aim}").format(
        percent=percent(summary.give_share), counts=counts, aim=aim
    )
