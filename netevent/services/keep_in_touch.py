"""Who you are losing touch with: keep-in-touch cadences, the stale list and a network's one-to-one coverage.

Pure Python. A network's members are everyone who was in the room at one of
its events. How often to be in touch: a person's own cadence, else the
network's (as you set it, else twice its meeting rhythm: a network that
meets monthly makes its members due after two months), the shortest of
their networks'. Your last contact with someone is the latest of: a meeting
(met at an event, or first met), a note, a give. Someone you have never
been in touch with is not losing touch; the coverage names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NoReturn

from netevent.domain.cadence import DEFAULT_DAYS, MONTH, cadence_from_rhythm, describe, months_ago, rhythm, short
from netevent.domain.keep_in_touch import COVERAGE_MONTHS, Contact, Coverage, Due, coverage, due_people, newer
from netevent.domain.models import Event, Person, ValidationError, replace, today_iso
from netevent.domain.text import fold
from netevent.i18n import N_, _
from netevent.services.events import get_person, networks, same_network

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = [
    "StaleRow",
    "NetworkCadence",
    "last_contacts",
    "network_cadences",
    "network_cadence",
    "stale",
    "network_coverage",
    "set_keep_in_touch",
    "set_network_keep_in_touch",
    "due_ids",
    "members_of",
]


@dataclass(frozen=True, slots=True)
class StaleRow:
    """Someone due a keep-in-touch, for a list."""

    person: Person
    due: Due

    @property
    def every(self) -> str:
        """The cadence in words ("every 2 months")."""
        return describe(self.due.cadence)


@dataclass(frozen=True, slots=True)
class NetworkCadence:
    """How often to keep in touch with a network's members, and where that comes from."""

    network: str
    days: int
    source: str
    """"set" (by you), "rhythm" (twice its meeting rhythm) or "default" (too few meetings: six months)."""
    rhythm: int | None

    def describe(self) -> str:
        """E.g. "every 2 months (twice its rhythm of every 4 weeks)"."""
        every = describe(self.days)
        if self.source == "set":
            return _("{every} (as you set it)").format(every=every)
        if self.source == "rhythm":
            return _("{every} (twice its rhythm: it meets {rhythm})").format(every=every, rhythm=describe(self.rhythm))
        return _("{every} (it has met too seldom to have a rhythm)").format(every=every)


_PERSON_LABELS = (
    N_("Keep in touch with {name}: as their networks say"),
    N_("Keep in touch with {name}: never"),
    N_("Keep in touch with {name}: {every}"),
)
_NETWORK_LABELS = (
    N_("Keep in touch with {name}'s members: from its rhythm"),
    N_("Keep in touch with {name}'s members: never"),
    N_("Keep in touch with {name}'s members: {every}"),
)
"""The undo journal's lines (kept in English in the file, shown translated): by default, never, or as typed (3m)."""


def _label(labels: tuple[str, str, str], days: int | None, name: str) -> str:
    return labels[0 if days is None else 1 if days == 0 else 2].format(name=name, every=short(days))


def _no_network(repo: Repository, network: str) -> NoReturn:
    known = ", ".join(networks(repo)) or _("none yet")
    raise ValidationError(
        _("there is no network called {network!r} (networks: {known})").format(network=network, known=known)
    )


def members_of(events: list[Event]) -> dict[str, set[int]]:
    """Network name (folded) → everyone who was in the room at one of its events."""
    out: dict[str, set[int]] = {}
    for event in events:
        if event.network:
            out.setdefault(fold(event.network), set()).update(event.person_ids)
    return out


def network_cadences(repo: Repository, today: str | None = None) -> dict[str, NetworkCadence]:
    """Every network (folded name) with its keep-in-touch cadence."""
    day = today or today_iso()
    events = repo.events()
    out = {}
    for name in networks(repo):
        # The group's meetings make its rhythm; a one-to-one is not one of them.
        dates = [
            e.date for e in events if e.date and e.date <= day and not e.one_to_one and same_network(e.network, name)
        ]
        gap = rhythm(dates)
        chosen = repo.networks.cadence(name)
        if chosen is not None:
            out[fold(name)] = NetworkCadence(name, chosen, "set", gap)
        else:
            out[fold(name)] = NetworkCadence(name, cadence_from_rhythm(gap), "rhythm" if gap else "default", gap)
    return out


def network_cadence(repo: Repository, network: str, today: str | None = None) -> NetworkCadence | None:
    """The keep-in-touch cadence of the network called `network` (any case, accents optional), or None."""
    return network_cadences(repo, today).get(fold(" ".join(network.split())))


def last_contacts(repo: Repository, today: str | None = None) -> dict[int, Contact]:
    """Person id → your last contact with them on or before `today` (a meeting, a note or a give)."""
    day = today or today_iso()
    last: dict[int, Contact] = {}
    met_at, first_at, first, note, gave = (
        _("met at {name}"), _("first met at {place}"), _("first met"), _("a note"), _("gave: {what}")
    )  # fmt: skip
    for event in repo.events():  # newest first: on one day the newest event names it
        if event.date and event.date <= day:
            for place in event.attendees:
                if place.met:
                    newer(last, place.person_id, event.date, met_at.format(name=event.name))
    for person in repo.everyone():
        if person.first_met_on and person.first_met_on <= day:
            where = first_at.format(place=person.first_met_at) if person.first_met_at else first
            newer(last, person.key, person.first_met_on, where)
    for doc in repo.raw("notes").values():  # the documents: building 250,000 note models is not needed here
        stamp, owner = str(doc.get("updated") or doc.get("created") or "")[:10], doc.get("person_id")
        if isinstance(owner, int) and stamp and stamp <= day:
            newer(last, owner, stamp, note)
    for entry in repo.ledger():
        if entry.direction == "gave" and entry.date and entry.date <= day:
            newer(last, entry.person_id, entry.date, gave.format(what=entry.what))
    return last


def _cadences(repo: Repository, network: str | None, months: float | None, today: str) -> dict[int, int]:
    """Person id → the days they may go without contact, for everyone the stale list looks at."""
    events = repo.events()
    members = members_of(events)
    cadence = network_cadences(repo, today)
    if network is not None:
        wanted = [key for key in members if same_network(key, network)]
        if not wanted:
            _no_network(repo, network)
        members = {key: members[key] for key in wanted}
    out: dict[int, int] = {}
    for key, ids in members.items():
        days = round(months * MONTH) if months is not None else cadence[key].days if key in cadence else DEFAULT_DAYS
        for pid in ids:
            out[pid] = min(out.get(pid, days), days)
    if months is not None and network is None:
        out = dict.fromkeys((p.key for p in repo.everyone()), round(months * MONTH))
    for person in repo.people_in(list(out)) if network is not None else repo.everyone():
        if person.keep_in_touch is not None and months is None:
            out[person.key] = person.keep_in_touch
        elif person.keep_in_touch == 0:
            out[person.key] = 0  # never due, whatever the months
    return out


def stale(
    repo: Repository, *, months: float | None = None, network: str | None = None, today: str | None = None
) -> list[StaleRow]:
    """Everyone whose last contact is older than their cadence (or `months`), the longest out of touch first.

    Args:
        months: one cadence for everyone instead of their own (e.g. 6).
        network: only this network's members.

    Raises:
        ValidationError: no such network, or a number of months that is not positive.
    """
    if months is not None and months <= 0:
        raise ValidationError(_("--months must be more than 0, not {months}").format(months=f"{months:g}"))
    day = today or today_iso()
    cadences = _cadences(repo, network, months, day)
    due = due_people(last_contacts(repo, day), cadences, day)
    people = {p.key: p for p in repo.people_in([d.person_id for d in due])}
    return [StaleRow(people[d.person_id], d) for d in due if d.person_id in people]


def due_ids(repo: Repository, today: str | None = None) -> list[int]:
    """The ids of everyone due a keep-in-touch, the longest out of touch first (the app's "due" list)."""
    return [row.person.key for row in stale(repo, today=today)]


def network_coverage(repo: Repository, network: str, today: str | None = None) -> Coverage:
    """How many of a network's members you were in touch with in the last six months, and the others."""
    day = today or today_iso()
    ids = members_of(repo.events()).get(fold(network), set())
    return coverage(ids, last_contacts(repo, day), months_ago(day, COVERAGE_MONTHS))


def set_keep_in_touch(repo: Repository, person_id: int, days: int | None) -> Person:
    """Set how often to keep in touch with a person (None: as their networks say; 0: never due).

    Raises:
        NotFound: no such person.
    """
    person = get_person(repo, person_id)
    if person.keep_in_touch == days:
        return person
    with repo.batch(_label(_PERSON_LABELS, days, person.name)):
        saved: Person = repo.save_person(replace(person, keep_in_touch=days))
    return saved


def set_network_keep_in_touch(repo: Repository, network: str, days: int | None) -> str:
    """Set how often to keep in touch with a network's members (None: from its rhythm); returns its name.

    Raises:
        ValidationError: no event belongs to a network of that name.
    """
    name = next((n for n in networks(repo) if same_network(n, network)), None)
    if name is None:
        _no_network(repo, network)
    with repo.batch(_label(_NETWORK_LABELS, days, name)):
        repo.networks.set_cadence(name, days)
    return name
