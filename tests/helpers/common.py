"""Builders and readers many test modules share: people, a file reopened, import files and their results."""

from __future__ import annotations

from pathlib import Path

from netevent.domain.models import Note, Person
from netevent.storage.repository import Repository


def person(pid: int, name: str, **fields: object) -> Person:
    """A person with an id, as if stored, without a file (for index tests)."""
    return Person(id=pid, name=name, **fields)  # type: ignore[arg-type]


def save_people(repo: Repository, *names: str) -> list[int]:
    """Store one person per name; their ids in the same order."""
    return [repo.save_person(Person(name=name)).id for name in names]  # type: ignore[misc]


def named(repo: Repository, name: str) -> Person:
    """The stored person with exactly this name."""
    return next(p for p in repo.people() if p.name == name)


def reopen(path: Path) -> Repository:
    """Read what is on disk now, as a new process would (use it in a `with`)."""
    return Repository.open(path, read_only=True)


def read_text(folder: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    """Write `text` as UTF-8 to `folder/name` and read it as an import file."""
    from netevent.io import read_file

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return read_file(path)


def saved_note(path: Path, name: str) -> Note | None:
    """The note about the person called `name` at the current event, as the file holds it now."""
    with reopen(path) as saved:
        return saved.note_for(named(saved, name).id, saved.current_event_id)  # type: ignore[arg-type]


def by_name(parsed) -> dict:  # type: ignore[no-untyped-def]
    """The people an import read from a file, by name."""
    return {item.person.name: item for item in parsed.incoming}
