"""Referrals that run to closed business: give or receive one, follow it to closed (with its amount) or no business.

Pure Python. A referral is a ledger entry of kind `referral`: given to a
person (`gave`) or received from one (`got`), with a status `new → pending
→ closed` or `no business`. Closing it months later keeps it credited to
the event it came from, and so to that event's network in the report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.fates import check_referral_move, every_status, referral_status
from netevent.domain.models import (
    REFERRAL,
    LedgerEntry,
    NotFound,
    ValidationError,
    kind_name,
    parse_date,
    replace,
    today_iso,
)
from netevent.i18n import N_, _, format_date
from netevent.services.events import NO_NETWORK, get_person, same_network

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["ReferralRow", "Business", "get_referral", "add_referral", "set_referral_status", "referral_list",
           "business", "describe_referral"]  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReferralRow:
    """A referral with whom it is with and where it came from, for a list."""

    entry: LedgerEntry
    name: str
    event: str
    network: str


@dataclass(frozen=True, slots=True)
class Business:
    """What referrals brought: closed business in money, each way, and how many are still open."""

    got_closed: int = 0
    got_amount: float = 0.0
    gave_closed: int = 0
    gave_amount: float = 0.0
    still_open: int = 0
    no_business: int = 0

    @property
    def closed(self) -> int:
        """Referrals closed, both ways."""
        return self.got_closed + self.gave_closed


_MOVED = {
    "new": N_('Referral "{what}" with {name}: new'),
    "pending": N_('Referral "{what}" with {name}: pending'),
    "closed": N_('Referral "{what}" with {name}: closed'),
    "no business": N_('Referral "{what}" with {name}: no business'),
}
"""The undo journal's line for each move of a referral (kept in English in the file, shown translated)."""


def describe_referral(entry: LedgerEntry) -> str:
    """E.g. `referral #12 "Henviste generationsskiftet"`."""
    return _("referral #{id} {what!r}").format(id=entry.id, what=entry.what)


def get_referral(repo: Repository, entry_id: int) -> LedgerEntry:
    """The stored referral with this ledger id.

    Raises:
        NotFound: there is no such ledger entry.
        ValidationError: the entry is not a referral.
    """
    entry = repo.ledger_entry(entry_id)
    if entry is None:
        raise NotFound(_("there is no referral #{id} (see `netevent referral list`)").format(id=entry_id))
    if not entry.is_referral:
        raise ValidationError(
            _("ledger entry #{id} is {kind!r}, not a referral").format(id=entry_id, kind=kind_name(entry.kind))
        )
    return entry


def add_referral(
    repo: Repository,
    person_id: int,
    what: str,
    *,
    direction: str,
    event_id: int | None = None,
    date: str | None = None,
    ask_id: int | None = None,
) -> LedgerEntry:
    """Log a referral you gave a person (`gave`) or got from one (`got`); it starts as new.

    Args:
        ask_id: the person's ask it answers (a referral you gave), marked helped.

    Raises:
        NotFound: no such person, event or ask.
        ValidationError: an empty text, a bad date, a bad direction.
    """
    from netevent.services.ledger import log_get, log_give

    if direction not in ("gave", "got"):
        raise ValidationError(_("a referral is given (--to) or received (--from)"))
    log = log_give if direction == "gave" else log_get
    return log(repo, person_id, what, kind=REFERRAL, event_id=event_id, date=date, ask_id=ask_id)


def set_referral_status(
    repo: Repository, entry_id: int, status: str, *, amount: float | None = None, on: str | None = None
) -> LedgerEntry:
    """Move a referral on: pending, closed (with the business it brought and when) or no business.

    Args:
        amount: the closed business in money (only with `closed`).
        on: the date it closed or came to nothing (default today; only with those).

    Raises:
        NotFound: no such referral.
        ValidationError: a status that does not exist, a move that makes no
            sense, or an amount or date with a status that has none.
    """
    entry = get_referral(repo, entry_id)
    new = referral_status(status)
    check_referral_move(describe_referral(entry), entry.status, new)
    if amount is not None and new != "closed":
        raise ValidationError(_("an amount is the business a referral closed: give it with `closed`"))
    if on and new not in ("closed", "no business"):
        raise ValidationError(_("a date says when a referral closed or came to nothing: give it with one of those"))
    settled = new in ("closed", "no business")
    closed_on = parse_date(on or today_iso(), _("close date")) if settled else ""
    if closed_on and closed_on < entry.date:
        raise ValidationError(
            _("it cannot close on {closed_on}, before it was made ({date})").format(
                closed_on=format_date(closed_on), date=format_date(entry.date)
            )
        )
    changed = replace(entry, status=new, closed_on=closed_on, amount=amount if amount is not None else entry.amount)
    person = repo.person(entry.person_id)
    label = _MOVED[new].format(what=entry.what, name=person.name if person else f"#{entry.person_id}")
    with repo.batch(label):
        saved: LedgerEntry = repo.save_ledger(changed)
    return saved


def referral_list(
    repo: Repository, *, status: str | None = None, person_id: int | None = None, network: str | None = None
) -> list[ReferralRow]:
    """Referrals oldest first, optionally only with one status, person or network ("(no network)": none).

    Raises:
        ValidationError: a status that does not exist.
    """
    wanted = None if every_status(status) else referral_status(status or "")
    if person_id is not None:
        get_person(repo, person_id)
    events = {e.id: e for e in repo.events()}
    out = []
    for entry in repo.ledger(person_id=person_id):
        if not entry.is_referral or (wanted is not None and entry.status != wanted):
            continue
        event = events.get(entry.event_id)
        net = event.network if event else ""
        if network is not None and not same_network(net, "" if same_network(network, NO_NETWORK) else network):
            continue
        person = repo.person(entry.person_id)
        out.append(ReferralRow(entry, person.name if person else f"#{entry.person_id}", event.name if event else "",
                               net))  # fmt: skip
    return out


def business(entries: Iterable[LedgerEntry]) -> Business:
    """Add up the referrals among `entries`: closed business each way, open and no-business counts."""
    got_closed = gave_closed = still_open = nothing = 0
    got_amount = gave_amount = 0.0
    for entry in entries:
        if not entry.is_referral:
            continue
        if entry.status == "closed":
            if entry.direction == "got":
                got_closed += 1
                got_amount += entry.amount or 0.0
            else:
                gave_closed += 1
                gave_amount += entry.amount or 0.0
        elif entry.status == "no business":
            nothing += 1
        else:
            still_open += 1
    return Business(got_closed, got_amount, gave_closed, gave_amount, still_open, nothing)
