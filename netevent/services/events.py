"""Events and the networks they belong to: create, look up, change, and re-use last time's room.

Pure Python. Every function takes the repository, checks its input, writes
once (or not at all) and returns the changed, immutable `Event`. Bad input
raises `ValidationError` (or its subclass `NotFound`) before anything is
written, so callers can show the message as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from netevent.domain.models import Attendance, Event, NotFound, Person, ValidationError, replace
from netevent.domain.text import fold, sort_key
from netevent.i18n import N_, _, format_date

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = [
    "NotFound",
    "NO_NETWORK",
    "network_name",
    "get_event",
    "event_by_name",
    "get_person",
    "create_event",
    "update_event",
    "use_event",
    "EDITABLE",
    "networks",
    "same_network",
    "previous_event",
    "reuse_roster",
]

NO_NETWORK = N_("(no network)")
"""The label for one-off events that belong to no network (a key: `network_name` shows it translated)."""


def network_name(network: str) -> str:
    """A network's name as shown: its own name (data, never translated), or "(intet netværk)" for none."""
    return _(NO_NETWORK) if network == NO_NETWORK else network


# ------------------------------------------------------------------ look-ups


def get_event(repo: Repository, event_id: int | None) -> Event:
    """The stored event with this id.

    Raises:
        NotFound: there is no such event.
    """
    event = repo.event(event_id)
    if event is None:
        raise NotFound(_("there is no event #{event_id}").format(event_id=event_id))
    return event


def event_by_name(repo: Repository, name: str) -> Event:
    """The newest event called `name` (case- and accent-insensitive), or `#ID`.

    Raises:
        NotFound: no event has that name; the message says how to list them.
    """
    text = (name or "").strip()
    by_id = repo.event(int(text[1:])) if text.startswith("#") and text[1:].isdigit() else None
    event = by_id or (repo.find_event(text) if text else None)
    if event is None:
        raise NotFound(_("there is no event called {text!r} (see `netevent event list`)").format(text=text))
    return event


def get_person(repo: Repository, person_id: int | None) -> Person:
    """The stored person with this id.

    Raises:
        NotFound: there is no such person.
    """
    person = repo.person(person_id) if person_id is not None else None
    if person is None:
        raise NotFound(_("there is no person #{person_id}").format(person_id=person_id))
    return person


def same_network(a: str, b: str) -> bool:
    """True when two network names mean the same group ("Erhverv Nord" = "erhverv nord")."""
    return fold(" ".join(a.split())) == fold(" ".join(b.split()))


def networks(repo: Repository) -> list[str]:
    """Every network name, spelled as in its newest event, in alphabetical order."""
    names: dict[str, str] = {}
    for event in repo.events():  # newest first, so the newest spelling wins
        if event.network:
            names.setdefault(fold(event.network), event.network)
    return sorted(names.values(), key=sort_key)


# ------------------------------------------------------------------- events


def create_event(
    repo: Repository,
    name: str,
    *,
    network: str = "",
    date: str = "",
    time: str = "",
    place: str = "",
    purpose: str = "",
    purpose_others: str = "",
    minutes: int = 0,
    cost: float = 0.0,
    messages: Iterable[str] = (),
    reuse_roster: bool = False,
    make_current: bool = False,
    one_to_one: bool = False,
    one_to_one_with: int | None = None,
) -> Event:
    """Store a new event; optionally fill its room from the network's last event.

    Args:
        one_to_one: it is a one-to-one (its brief is a GAINS worksheet).
        one_to_one_with: make it a one-to-one with this person (they are its room).

    Raises:
        ValidationError: a bad field, an event of that name on that date
            already exists, or `reuse_roster` finds no earlier event. Nothing
            is written then.
    """
    # A network typed in another case or without accents is the same group: keep its spelling.
    network = next((n for n in networks(repo) if same_network(n, network or "")), network)
    if same_network(network or "", NO_NETWORK):
        network = ""
    event = Event(
        name=name,
        network=network,
        date=date,
        time=time,
        place=place,
        purpose=(purpose or "").strip(),
        purpose_others=(purpose_others or "").strip(),
        minutes=minutes,
        cost=cost,
        messages=tuple(messages),
        one_to_one=one_to_one or one_to_one_with is not None,
        attendees=(Attendance(get_person(repo, one_to_one_with).key),) if one_to_one_with is not None else (),
    )
    if one_to_one_with is not None and reuse_roster:
        raise ValidationError(_("a one-to-one has one person in its room: it takes no roster"))
    for other in repo.events():
        if fold(other.name) == fold(event.name) and other.date == event.date:
            when = _("on {date}").format(date=format_date(event.date)) if event.date else _("without a date")
            raise ValidationError(
                _("there is already an event called {name!r} {when}").format(name=other.name, when=when)
            )
    if reuse_roster:
        _previous_or_fail(repo, event)
    with repo.batch():
        event = repo.save_event(event)
        if reuse_roster:
            event = _copy_roster(repo, event.key)
        if make_current:
            repo.set_current_event(event.id)
    return event


EDITABLE = (
    "name", "network", "date", "time", "place", "purpose", "purpose_others", "minutes", "cost", "messages",
    "one_to_one",
)  # fmt: skip
"""The plain fields of an event that `update_event` changes."""


def update_event(repo: Repository, event_id: int, **changes: Any) -> Event:
    """Change an event's plain fields (name, network, date, place, purpose, …, messages).

    Raises:
        NotFound: no such event.
        ValidationError: an unknown field or a bad value; nothing is written.
    """
    event = get_event(repo, event_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(_("an event has no field {join}").format(join=", ".join(sorted(unknown))))
    if "messages" in changes:
        changes["messages"] = tuple(changes["messages"])
    return repo.save_event(replace(event, **changes))


def use_event(repo: Repository, event_id: int | None) -> Event | None:
    """Make this event the one you are at now (None: no event, the list shows everyone).

    Raises:
        NotFound: there is no such event.
    """
    event = get_event(repo, event_id) if event_id is not None else None
    repo.set_current_event(event_id)
    return event


def previous_event(repo: Repository, event: Event) -> Event | None:
    """The network's event just before this one (by date, then by when it was added)."""
    if not event.network:
        return None
    key = (event.date, event.id if event.id is not None else float("inf"))
    earlier = [
        e
        for e in repo.events()
        if e.id != event.id and same_network(e.network, event.network) and (e.date, e.id or 0) < key
    ]
    return max(earlier, key=lambda e: (e.date, e.id or 0), default=None)


def _previous_or_fail(repo: Repository, event: Event) -> Event:
    if not event.network:
        raise ValidationError(
            _("{name!r} belongs to no network, so there is no last time to copy").format(name=event.name)
        )
    previous = previous_event(repo, event)
    if previous is None:
        raise ValidationError(
            _("there is no earlier event of {network!r} to copy the room from").format(network=event.network)
        )
    return previous


def reuse_roster(repo: Repository, event_id: int) -> Event:
    """Put everyone from the network's previous event into this event's room.

    People already in the room keep their flags; the newcomers start as not
    met and not targets. People deleted since last time are skipped.

    Raises:
        NotFound: no such event.
        ValidationError: the event has no network or no earlier event.
    """
    return _copy_roster(repo, event_id)


def _copy_roster(repo: Repository, event_id: int) -> Event:
    # A separate name because `create_event` has a parameter called `reuse_roster`.
    event = get_event(repo, event_id)
    previous = _previous_or_fail(repo, event)
    present = set(event.person_ids)
    added = tuple(
        Attendance(person_id=a.person_id)
        for a in previous.attendees
        if a.person_id not in present and repo.person(a.person_id) is not None
    )
    if not added:
        return event
    return repo.save_event(replace(event, attendees=event.attendees + added))
