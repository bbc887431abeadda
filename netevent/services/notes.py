"""Saving the live note: one note per person and event, written as it is typed.

Pure Python. Runs on the writer thread, so it looks the note up at the moment
it writes: two saves queued before the first finished still make one note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netevent.domain.models import Note, NotFound, replace
from netevent.i18n import N_, _
from netevent.services.followups import sync_note_followups

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["save_live_note"]


def save_live_note(repo: Repository, person_id: int, event_id: int | None, text: str) -> Note | None:
    """Store `text` as this person's note at this event; an emptied note is removed.

    A line starting with `TODO`, `→` or `follow up:` becomes a follow-up in
    the same write. Returns the stored note, or None when there is (now) no note.

    Raises:
        NotFound: there is no such person (any more); nothing is written.
    """
    person = repo.person(person_id)
    if person is None:  # deleted or merged away meanwhile: a note about nobody helps no one
        raise NotFound(_("there is no person #{person_id} to write a note about").format(person_id=person_id))
    # The saves of one note while it is typed are one change to undo.
    with repo.batch(N_("Note about {name}").format(name=person.name), group=f"note:{person_id}:{event_id}"):
        return _save(repo, person_id, event_id, text)


def _save(repo: Repository, person_id: int, event_id: int | None, text: str) -> Note | None:
    existing = repo.note_for(person_id, event_id)
    if existing is None:
        if not text.strip():
            return None
        note = repo.save_note(Note(person_id=person_id, event_id=event_id, text=text))
    elif not text.strip():
        # Its open follow-ups go with it; done ones stay as history.
        sync_note_followups(repo, replace(existing, text=""))
        repo.delete_note(existing.key)
        return None
    elif existing.text == text:
        return existing
    else:
        note = repo.save_note(replace(existing, text=text))
    sync_note_followups(repo, note)
    return note
