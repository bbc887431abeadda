"""Fix a mistake: edit a person, delete them (into the trash), restore them, undo the last changes.

Pure Python. Like every service, each function checks its input first,
then makes one atomic write (or none) and returns what it stored; bad input
raises `ValidationError` (`NotFound` for an unknown person) and changes
nothing. Every change, whatever service made it, is in the undo journal
(`netevent.storage.journal`): `undo` takes back the newest, and the one
before it when called again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from netevent.domain.models import NotFound, Person, ValidationError, check_name, clean_list, replace
from netevent.domain.text import fold, words
from netevent.i18n import N_, Np_, _, ngettext
from netevent.services.events import get_person

if TYPE_CHECKING:
    from netevent.storage.journal import UndoEntry
    from netevent.storage.repository import Repository
    from netevent.storage.trash import Trashed

__all__ = [
    "EDITABLE_FIELDS",
    "LIST_FIELDS",
    "edit_person",
    "changed_items",
    "belongings",
    "delete_person",
    "find_trashed",
    "restore_person",
    "undo",
    "undo_history",
]

LIST_FIELDS = ("tags", "strengths", "needs", "interests", "goals", "accomplishments", "networks")
"""The fields that are lists of items (needs are their open asks; the last three are GAINS)."""

EDITABLE_FIELDS = ("name", "company", "role", "email", "phone", "url", "about", *LIST_FIELDS, "keep_in_touch")
"""The fields `edit_person` changes (`keep_in_touch`: days, None for their networks' rhythm, 0 for never)."""


def edit_person(repo: Repository, person_id: int, **changes: Any) -> Person:
    """Change a person's fields (list fields are replaced whole); one atomic write, none when nothing changes.

    Raises:
        NotFound: no such person.
        ValidationError: an unknown field, a bad value or a name without letters; nothing is written.
    """
    person = get_person(repo, person_id)
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValidationError(_("a person has no field {join}").format(join=", ".join(unknown)))
    if "name" in changes:
        changes["name"] = check_name(changes["name"])
    for field in LIST_FIELDS:
        if field in changes:
            changes[field] = clean_list(changes[field])
    if changes.get("keep_in_touch") is not None and changes["keep_in_touch"] < 0:
        raise ValidationError(_("keep in touch every … cannot be negative"))
    updated = replace(person, **changes)
    if updated == person:
        return person
    renamed = N_(" (now {name})").format(name=updated.name) if updated.name != person.name else ""  # kept in the file
    with repo.batch(N_("Edited {name}{renamed}").format(name=person.name, renamed=renamed)):
        saved: Person = repo.save_person(updated)
    return saved


def changed_items(current: Iterable[str], add: Iterable[str], remove: Iterable[str], what: str) -> tuple[str, ...]:
    """`current` without the items of `remove` (in any case, with or without accents), then `add`.

    Args:
        what: the field, for the message (e.g. "strength").

    Raises:
        ValidationError: an item to remove is not there (the message lists what is).
    """
    before = list(current)
    items = list(before)
    for item in remove:
        wanted = fold(" ".join(item.split()))
        kept = [x for x in items if fold(x) != wanted]
        if len(kept) == len(items):
            have = "; ".join(before) or "none"
            raise ValidationError(
                _("there is no {what} {item!r} to remove ({what}s: {have})").format(what=what, item=item, have=have)
            )
        items = kept
    return clean_list([*items, *add])


def belongings(repo: Repository, person_id: int) -> str:
    """What goes with a person when they are deleted, e.g. "3 notes, 1 ledger entry and 2 room places"."""
    repo.expect_notes_of(1)
    rooms = sum(1 for e in repo.events() if e.attendance(person_id) is not None)
    counts = [
        (len(repo.notes_for(person_id)), *Np_("{count} note", "{count} notes")),
        (len(repo.ledger(person_id=person_id)), *Np_("{count} ledger entry", "{count} ledger entries")),
        (len(repo.followups(person_id=person_id)), *Np_("{count} follow-up", "{count} follow-ups")),
        (len(repo.asks(person_id)), *Np_("{count} ask", "{count} asks")),
        (rooms, *Np_("{count} room place", "{count} room places")),
    ]
    parts = [ngettext(one, many, n).format(count=n) for n, one, many in counts if n]
    if not parts:
        return _("nothing else")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + _(" and ") + parts[-1]


def delete_person(repo: Repository, person_id: int) -> Trashed:
    """Move a person with their notes, ledger entries, follow-ups and room places to the trash (one write).

    `restore_person` or `undo` brings all of it back.

    Raises:
        NotFound: no such person; nothing is written.
    """
    person = get_person(repo, person_id)
    with repo.batch(N_("Deleted {name}").format(name=person.name)):
        trash_id = repo.delete_person(person.key)
    return next(t for t in repo.trashed() if t.id == trash_id)


def find_trashed(repo: Repository, query: str) -> Trashed:
    """The one person in the trash that `query` names: `#ID` (their old id), a full name, or words of it.

    Raises:
        NotFound: nobody of that name or id is in the trash.
        ValidationError: several are (the message names them).
    """
    text = " ".join((query or "").split())
    if not text:
        raise ValidationError(_("name a person in the trash"))
    items = repo.trashed()
    if text.startswith("#") and text[1:].isdigit():
        found = [t for t in items if t.person_id == int(text[1:])]
    else:
        found = [t for t in items if fold(t.name) == fold(text)]
        wanted = words(text)
        found = found or [
            t for t in items if wanted and all(any(w.startswith(q) for w in words(t.name)) for q in wanted)
        ]
    if not found:
        names = ", ".join(f"{t.name} (#{t.person_id})" for t in items[:5])
        raise NotFound(
            _("nobody called {text!r} is in the trash").format(text=text)
            + (_(" (it holds {names})").format(names=names) if names else _(" (it is empty)"))
        )
    if len(found) > 1:
        names = ", ".join(f"{t.name} (#{t.person_id}, deleted {t.deleted[:16].replace('T', ' ')})" for t in found[:5])
        raise ValidationError(
            _("{found} people in the trash match {text!r}: {names} — use #ID").format(
                found=len(found), text=text, names=names
            )
        )
    return found[0]


def restore_person(repo: Repository, trash_id: int) -> Person:
    """Bring a deleted person back from the trash with everything they took along (one write).

    Raises:
        NotFound: no such trash entry. Nothing is written then.
    """
    item = next((t for t in repo.trashed() if t.id == trash_id), None)
    if item is None:
        raise NotFound(_("there is no one in the trash under #{trash_id}").format(trash_id=trash_id))
    with repo.batch(N_("Restored {name}").format(name=item.name)):
        return repo.restore_person(trash_id)


def undo(repo: Repository) -> UndoEntry:
    """Take back the newest change (one write); call again for the one before it. Returns what was undone.

    Raises:
        NothingToUndo: there is no change to undo (a `ValidationError`).
        UndoRefused: what the change touched was changed outside netevent since; nothing is undone.
    """
    return repo.undo()


def undo_history(repo: Repository) -> list[UndoEntry]:
    """The changes `undo` can take back, newest first."""
    return repo.undo_entries()
