"""The data file's schema version and the migrations that bring old files forward.

Pure Python. A migration is a function from the raw TinyDB data of version N
to version N+1. The repository backs the file up before it runs any.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from netevent.storage.errors import CorruptFileError, NewerSchemaError

__all__ = ["SCHEMA_VERSION", "TABLES", "file_version", "migrate"]

SCHEMA_VERSION = 2
"""The version this netevent writes."""

TABLES = (
    "meta", "profile", "settings", "people", "events", "notes", "ledger", "followups",
    "trash", "undo", "undo_images",
)  # fmt: skip
"""Every table of a netevent file.

`trash` keeps deleted people with everything that was theirs, to restore;
`undo` and `undo_images` are the undo journal: one entry per change, and the
documents as they were before it (see `netevent.storage.journal`).
"""

_LIST_FIELDS = ("tags", "strengths", "needs", "interests")


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Files from before versioning: a bare TinyDB file with a `people` table.

    Such files stored list fields as one `;`-separated string and may lack
    tables; both are brought into shape.
    """
    for doc in data.get("people", {}).values():
        for key in _LIST_FIELDS:
            value = doc.get(key)
            if isinstance(value, str):
                doc[key] = [part.strip() for part in value.split(";") if part.strip()]
    return data


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 keeps a trash and an undo journal in the file; they start empty (added by `migrate`)."""
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1, 1: _v1_to_v2}


def file_version(data: dict[str, Any] | None, path: str = "the file") -> int:
    """The schema version recorded in raw data (0 for a file without one).

    Raises:
        CorruptFileError: the version is not a number (naming `path`).
    """
    if not data:
        return SCHEMA_VERSION
    meta = data.get("meta", {})
    doc = meta.get("1") if isinstance(meta, dict) else None
    if not doc:
        return 0
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise CorruptFileError(f"{path}: the schema version {version!r} is not a number; netevent has not changed it")
    return version


def migrate(data: dict[str, Any], path: str) -> tuple[dict[str, Any], int]:
    """Bring `data` up to `SCHEMA_VERSION`; return it and the version it had.

    Raises:
        NewerSchemaError: the file was written by a newer netevent.
    """
    version = file_version(data, path)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer netevent (schema {version}, this one knows "
            f"{SCHEMA_VERSION}); upgrade netevent to open it"
        )
    start = version
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    for table in TABLES:
        data.setdefault(table, {})
    data["meta"]["1"] = {"schema_version": SCHEMA_VERSION}
    return data, start
