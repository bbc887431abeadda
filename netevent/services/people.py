"""People: add a newcomer, find the one person a name means, and your own profile and pitch.

Pure Python. Like every service, each function checks its input, writes once
(one atomic write, or none) and returns what it stored; bad input raises
`ValidationError` (`NotFound` for an unknown person) before anything is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netevent.domain.models import (
    Attendance,
    Event,
    NotFound,
    Person,
    Profile,
    ValidationError,
    check_name,
    replace,
    today_iso,
)
from netevent.domain.text import fold, words
from netevent.i18n import N_, _
from netevent.services.events import get_event

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["add_person", "resolve_person", "save_pitch"]


def add_person(
    repo: Repository,
    person: Person,
    *,
    event_id: int | None = None,
    today: str | None = None,
    allow_duplicate: bool = False,
) -> Person:
    """Store a newcomer; at an event they join its room as met, first met there today.

    Args:
        allow_duplicate: add them even when they look like someone stored
            (the person said "add anyway").

    Raises:
        NotFound: there is no such event.
        ValidationError: the name has no letters.
        LooksLikeExisting: they look like someone stored (same email or
            phone, same name and company…; see `netevent.services.duplicates`).
        Nothing is written then.
    """
    if person.id is not None:
        raise ValidationError(_("that person is already stored"))
    check_name(person.name)
    event = get_event(repo, event_id) if event_id is not None else None
    if not allow_duplicate:
        from netevent.services.duplicates import LooksLikeExisting, looks_like  # not needed by the first screen

        found = looks_like(repo, person)
        if found:
            raise LooksLikeExisting(person, found)
    with repo.batch(N_("Added {name}").format(name=person.name)):
        if event is not None:
            person = replace(person, first_met_on=today or today_iso(), first_met_at=event.name)
        person = repo.save_person(person)
        if event is not None:
            repo.set_attendance(event.key, Attendance(person_id=person.key, met=True))
    return person


def resolve_person(repo: Repository, query: str) -> Person:
    """The one person `query` names: `#ID`, a full name, or words that start their name.

    Commands that write must not guess, so several matches are an error that lists them.

    Raises:
        NotFound: nobody is called that, or there is no such id.
        ValidationError: several people match (the message names them).
    """
    text = " ".join((query or "").split())
    if text.startswith("#") and text[1:].isdigit():
        person = repo.person(int(text[1:]))
        if person is None:
            raise NotFound(_("there is no person {text}").format(text=text))
        return person
    if not text:
        raise ValidationError(_("name a person"))
    exact = [p for p in repo.named_like(text) if fold(p.name) == fold(text)]
    if len(exact) == 1:
        return exact[0]
    wanted = words(text)
    found = exact or [
        p
        for p in repo.named_like(*wanted)
        if wanted and all(any(w.startswith(q) for w in words(p.name)) for q in wanted)
    ]
    if not found:
        raise NotFound(_("nobody is called {text!r} (try `netevent who {text}`)").format(text=text))
    if len(found) > 1:
        names = ", ".join(f"{p.name} (#{p.id})" for p in found[:5])
        raise ValidationError(
            _("{found} people match {text!r}: {names} — be more specific or use #ID").format(
                found=len(found), text=text, names=names
            )
        )
    return found[0]


def save_pitch(repo: Repository, profile: Profile, event: Event | None = None) -> Profile:
    """Store your profile and pitch and, if given, the current event's purpose and messages, in one write."""
    with repo.batch(N_("Changed your profile and pitch")):
        repo.set_profile(profile)
        if event is not None:
            get_event(repo, event.id)
            repo.save_event(event)
    return profile
