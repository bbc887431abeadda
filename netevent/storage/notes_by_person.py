"""The note ids of each person, filed once the notes are read.

Pure Python. The notes are most of a data file; the app files them in the
background after its first screen, and a look-up before that reads only
the one person's lines (`AtomicJSONStorage.find`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from netevent.storage.errors import CorruptFileError

__all__ = ["NotesByPerson"]


class NotesByPerson:
    """Person id → their note ids, made from the notes table on first use and kept up to date.

    Args:
        raw: returns the notes table's `{str(id): document}` data.
        path: the data file (for messages).
    """

    def __init__(self, raw: Callable[[], dict[str, dict[str, Any]]], path: Path) -> None:
        self._raw = raw
        self._path = path
        self._ids: dict[int, list[int]] | None = None

    @property
    def filed(self) -> bool:
        """True once the notes are filed (asking for them then costs nothing)."""
        return self._ids is not None

    def reset(self) -> None:
        """Forget the filing (the data was read again)."""
        self._ids = None

    def ids(self) -> dict[int, list[int]]:
        """Person id → note ids, filing every note now if that is not done yet.

        Raises:
            CorruptFileError: a note names no person.
        """
        filed = self._ids
        if filed is None:
            filed = {}
            for key, doc in self._raw().items():
                person_id = doc.get("person_id")
                if not isinstance(person_id, int):
                    raise CorruptFileError(
                        f"{self._path}: document {key} in table 'notes' has no person; "
                        "netevent has not changed the file"
                    )
                filed.setdefault(person_id, []).append(int(key))
            self._ids = filed
        return filed

    def add(self, person_id: int, note_id: int) -> None:
        """A note about this person was stored."""
        if self._ids is not None:
            mine = self._ids.setdefault(person_id, [])
            if note_id not in mine:
                mine.append(note_id)

    def drop(self, person_id: int, note_id: int) -> None:
        """A note was removed."""
        if self._ids is not None and note_id in self._ids.get(person_id, ()):
            self._ids[person_id].remove(note_id)

    def pop(self, person_id: int) -> list[int]:
        """Forget and return all of this person's note ids (the person is being removed)."""
        return self.ids().pop(person_id, [])
