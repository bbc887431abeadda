"""Is a network worth its time and money? Figures per network, over time.

Pure Python. Events are grouped by their network (one-off events under
"(no network)"). For each group: events, hours, money, people met, gives and
gets, outcomes, the value you put on it in your reviews, the business its
referrals closed (credited to the meeting they came from, however much later
they closed), how well you kept your follow-ups, and for a network how many
of its members you were in touch with in the last six months (naming the
others); plus one row per event for a small value-vs-cost chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.cadence import months_ago
from netevent.domain.keep_in_touch import COVERAGE_MONTHS, Contact, Coverage, coverage
from netevent.domain.models import Event, ValidationError, replace, today_iso
from netevent.domain.text import fold, sort_key
from netevent.i18n import _
from netevent.services.events import NO_NETWORK, networks, same_network
from netevent.services.ledger import LedgerSummary, summarize
from netevent.services.referrals import Business, business

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["EventRow", "NetworkReport", "Report", "build_report"]


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event of a network, for the chart."""

    event_id: int
    date: str
    name: str
    minutes: int
    cost: float
    value: float
    met: int
    picked_up: bool | None


@dataclass(frozen=True, slots=True)
class NetworkReport:
    """What one network gave you against what it cost, over all its events.

    Follow-ups count when they were made at one of the network's events: done
    on or before the due date (or without one) is on time, done after it is
    late, and the rest are open (`overdue` of them past their date).
    """

    network: str
    events: int
    minutes: int
    money: float
    people_met: int
    ledger: LedgerSummary
    outcomes: int
    value: float
    on_time: int
    late: int
    open: int
    overdue: int
    rows: tuple[EventRow, ...]
    business: Business = Business()
    """What the referrals made at its events brought, however much later they closed."""
    coverage: Coverage | None = None
    """Members in touch in the last six months (None for one-off events)."""
    out_of_touch: tuple[str, ...] = ()
    """The names of the members not in touch in that time, longest out of touch first."""
    keep_in_touch: str = ""
    """How often to keep in touch with its members, in words ("" for one-off events)."""

    @property
    def hours(self) -> float:
        """Time spent, in hours."""
        return self.minutes / 60

    @property
    def gave(self) -> int:
        """Gives logged at the network's events."""
        return self.ledger.gave

    @property
    def got(self) -> int:
        """Gets logged at the network's events."""
        return self.ledger.got

    @property
    def give_share(self) -> float | None:
        """gave / (gave + got), None without entries."""
        return self.ledger.give_share

    @property
    def net(self) -> float:
        """Value minus money spent."""
        return self.value - self.money

    @property
    def closed_business(self) -> float:
        """The business referrals you got here closed, in money."""
        return self.business.got_amount

    @property
    def first_date(self) -> str:
        """The date of the network's first dated event ("" if none)."""
        return next((r.date for r in self.rows if r.date), "")

    @property
    def last_date(self) -> str:
        """The date of the network's latest dated event ("" if none)."""
        return next((r.date for r in reversed(self.rows) if r.date), "")


@dataclass(frozen=True, slots=True)
class Report:
    """Every network's figures, in alphabetical order with one-off events last."""

    networks: tuple[NetworkReport, ...]
    today: str


def _network_report(
    repo: Repository, label: str, events: list[Event], today: str, last: dict[int, Contact] | None = None
) -> NetworkReport:
    events = sorted(events, key=lambda e: (e.date or "9999", e.id or 0))
    ids = {e.id for e in events}
    met = {a.person_id for e in events for a in e.attendees if a.met}
    entries = [x for x in repo.ledger() if x.event_id in ids]
    on_time = late = still_open = overdue = 0
    for followup in repo.followups():
        if followup.event_id not in ids:
            continue
        if not followup.done:
            still_open += 1
            overdue += bool(followup.due and followup.due < today)
        elif followup.due and followup.done_on and followup.done_on > followup.due:
            late += 1
        else:
            on_time += 1
    rows = tuple(
        EventRow(
            event_id=e.id or 0,
            date=e.date,
            name=e.name,
            minutes=e.minutes,
            cost=e.cost,
            value=e.review.value if e.review else 0.0,
            met=sum(1 for a in e.attendees if a.met),
            picked_up=e.review.picked_up if e.review else None,
        )
        for e in events
    )
    covered = None
    others: tuple[str, ...] = ()
    if last is not None:
        members = {a.person_id for e in events for a in e.attendees}
        covered = coverage(members, last, months_ago(today, COVERAGE_MONTHS))
        names = {p.key: p.name for p in repo.people_in(covered.others)}
        others = tuple(names[i] for i in covered.others if i in names)
    return NetworkReport(
        network=label,
        events=len(events),
        minutes=sum(e.minutes for e in events),
        money=sum(e.cost for e in events),
        people_met=len(met),
        ledger=summarize(entries),
        outcomes=sum(len(e.review.outcomes) for e in events if e.review),
        value=sum(r.value for r in rows),
        on_time=on_time,
        late=late,
        open=still_open,
        overdue=overdue,
        rows=rows,
        business=business(entries),
        coverage=covered,
        out_of_touch=others,
    )


def build_report(repo: Repository, network: str | None = None, *, today: str | None = None) -> Report:
    """The figures for every network, or only for `network` ("(no network)" for one-off events).

    Raises:
        ValidationError: `network` names no network; the message lists the known ones.
    """
    today = today or today_iso()
    known = networks(repo)
    if network is not None:
        wanted = network.strip()
        if fold(wanted) == fold(NO_NETWORK):
            chosen = [""]
        else:
            chosen = [n for n in known if same_network(n, wanted)]
            if not chosen:
                listed = ", ".join(known) if known else _("none yet")
                raise ValidationError(
                    _("there is no network called {wanted!r} (networks: {listed})").format(wanted=wanted, listed=listed)
                )
    else:
        chosen = known + [""]
    all_events = repo.events()
    from netevent.services.keep_in_touch import last_contacts, network_cadences

    last = last_contacts(repo, today) if any(chosen) else None
    cadences = network_cadences(repo, today) if any(chosen) else {}
    out = []
    for name in sorted((n for n in chosen if n), key=sort_key) + [n for n in chosen if not n]:
        events = [e for e in all_events if same_network(e.network, name)]
        if events or network is not None:
            made = _network_report(repo, name or NO_NETWORK, events, today, last if name else None)
            cadence = cadences.get(fold(name)) if name else None
            out.append(replace(made, keep_in_touch=cadence.describe()) if cadence else made)
    return Report(networks=tuple(out), today=today)
