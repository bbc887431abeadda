"""Follow-ups: what you promised after a meeting, and the ones hiding in your notes.

Pure Python. A note line such as `TODO send the deck by 2026-12-01`,
`→ ring Jens inden 1/12` or `opfølgning: tilbud (due 2026-12-01)` becomes a
follow-up when the note is saved. Saving the same note again changes nothing;
editing such a line edits its follow-up, and deleting the line removes the
follow-up unless it was already done.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.followup_lines import ExtractedFollowUp, extract_followup_items, extract_followups
from netevent.domain.models import FollowUp, Note, NotFound, ValidationError, parse_date, replace, today_iso
from netevent.domain.text import fold
from netevent.i18n import _
from netevent.services.events import get_event, get_person

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = [
    "FollowUpItem",
    "ExtractedFollowUp",
    "add_followup",
    "complete_followup",
    "reopen_followup",
    "followup_list",
    "is_overdue",
    "extract_followups",
    "extract_followup_items",
    "sync_note_followups",
]


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    """A follow-up as a list shows it: with the person's name and whether it is late."""

    followup: FollowUp
    person_name: str
    overdue: bool


# --------------------------------------------------------------- the store


def add_followup(
    repo: Repository,
    person_id: int | None,
    action: str,
    *,
    due: str = "",
    event_id: int | None = None,
    note_id: int | None = None,
    today: str | None = None,
) -> FollowUp:
    """Store a new follow-up (about a person, or about nobody in particular), made `today`.

    Raises:
        ValidationError: empty action, bad date, unknown person or event.
    """
    if person_id is not None:
        get_person(repo, person_id)
    if event_id is not None:
        get_event(repo, event_id)
    followup = FollowUp(
        person_id=person_id, action=action, due=due, event_id=event_id, note_id=note_id, created=today or today_iso()
    )
    return repo.save_followup(followup)


def _stored(repo: Repository, followup_id: int) -> FollowUp:
    followup = repo.followup(followup_id)
    if followup is None:
        raise NotFound(_("there is no follow-up #{followup_id}").format(followup_id=followup_id))
    return followup


def complete_followup(repo: Repository, followup_id: int, *, on: str | None = None) -> FollowUp:
    """Tick a follow-up off as done today (or on the date `on`)."""
    followup = _stored(repo, followup_id)
    return repo.save_followup(replace(followup, done=True, done_on=parse_date(on or today_iso(), _("done date"))))


def reopen_followup(repo: Repository, followup_id: int) -> FollowUp:
    """Undo `complete_followup`."""
    followup = _stored(repo, followup_id)
    return repo.save_followup(replace(followup, done=False, done_on=""))


def is_overdue(followup: FollowUp, today: str | None = None) -> bool:
    """True for an open follow-up whose due date has passed."""
    return bool(followup.due) and not followup.done and followup.due < (today or today_iso())


def followup_list(
    repo: Repository,
    *,
    person_id: int | None = None,
    include_done: bool = False,
    today: str | None = None,
) -> list[FollowUpItem]:
    """Follow-ups by due date: overdue ones first, then due, then undated, then done."""
    today = today or today_iso()
    items = []
    for followup in repo.followups(person_id=person_id, open_only=not include_done):
        person = repo.person(followup.person_id) if followup.person_id is not None else None
        items.append(FollowUpItem(followup, person.name if person else "", is_overdue(followup, today)))
    return sorted(
        items,
        key=lambda i: (i.followup.done, not i.overdue, i.followup.due or "9999", i.followup.id or 0),
    )


def sync_note_followups(repo: Repository, note: Note, *, today: str | None = None) -> list[FollowUp]:
    """Bring the follow-ups made from a saved note in line with its text.

    New lines create follow-ups (for the note's person and event); an edited
    line changes its open follow-up instead of adding another; a removed line
    removes its follow-up unless it is done. Done follow-ups are never
    touched. Returns the follow-ups created or changed (empty when the note's
    follow-up lines did not change), all written in one atomic write.

    Raises:
        ValidationError: the note has not been saved yet.
    """
    if note.id is None:
        raise ValidationError(_("save the note before looking for follow-ups in it"))
    reference = today or (note.created[:10] if note.created else None)
    items = extract_followup_items(note.text, today=reference)
    linked = [f for f in repo.followups() if f.note_id == note.id]
    linked.sort(key=lambda f: f.id or 0)
    remaining = list(linked)
    unmatched: list[ExtractedFollowUp] = []
    changes: list[FollowUp] = []
    for item in items:
        match = next((f for f in remaining if fold(f.action) == fold(item.action)), None)
        if match is None:
            unmatched.append(item)
            continue
        remaining.remove(match)
        if not match.done and item.due and item.due != match.due:
            changes.append(replace(match, due=item.due))
    reusable = [f for f in remaining if not f.done]
    for item in unmatched:
        if reusable:  # the line was edited: keep its follow-up, change its words
            changes.append(replace(reusable.pop(0), action=item.action, due=item.due))
        else:
            changes.append(
                FollowUp(
                    person_id=note.person_id,
                    action=item.action,
                    due=item.due,
                    event_id=note.event_id,
                    note_id=note.id,
                )
            )
    if not changes and not reusable:
        return []
    with repo.batch():
        saved = [repo.save_followup(f) for f in changes]
        for gone in reusable:
            repo.delete_followup(gone.key)
    return saved
