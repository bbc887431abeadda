"""Whom an export is about: everyone, or one event's room, in Danish alphabetical order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netevent.domain.models import Event, Person
from netevent.domain.text import sort_key

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["people_for"]


def people_for(repo: Repository, event: Event | None = None) -> list[Person]:
    """Everyone, or the event's room, in Danish alphabetical order."""
    if event is None:
        return repo.people()
    room = repo.people_in(event.person_ids)
    return sorted(room, key=lambda p: (sort_key(p.name), p.key))
