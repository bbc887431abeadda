"""The data file's schema version and the migrations that bring old files forward.

Pure Python. A migration is a function from the raw TinyDB data of version N
to version N+1. The repository backs the file up before it runs any.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from netevent.storage.errors import CorruptFileError, NewerSchemaError

__all__ = ["SCHEMA_VERSION", "TABLES", "file_version", "migrate", "open_ask_doc"]

SCHEMA_VERSION = 3
"""The version this netevent writes."""

TABLES = (
    "meta", "profile", "settings", "people", "events", "notes", "ledger", "followups",
    "trash", "undo", "undo_images", "asks", "networks",
)  # fmt: skip
"""Every table of a netevent file.

`trash` keeps deleted people with everything that was theirs, to restore;
`undo` and `undo_images` are the undo journal: one entry per change, and the
documents as they were before it (see `netevent.storage.journal`); `asks`
holds what people are looking for with its fate (`netevent.storage.asks`),
`networks` what you set for a network (how often to keep in touch).
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


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 gives needs a fate: each need of a person becomes an open ask, and a referral a status.

    An ask made here is dated from when the person was first met, if that is
    known (when the need came up is not); referrals start as new. People in
    the trash and in the undo journal keep their needs: their asks are made
    when they come back (`storage.asks`).
    """
    asks = data.setdefault("asks", {})
    next_id = max((int(k) for k in asks), default=0) + 1
    for key, doc in data.get("people", {}).items():
        needs = doc.get("needs") if isinstance(doc, dict) else None
        if not isinstance(key, str) or not key.isdigit() or not isinstance(needs, list):
            continue  # a wrong document is named when it is read, not changed here
        since = doc.get("first_met_on") if isinstance(doc.get("first_met_on"), str) else ""
        for text in needs:
            if isinstance(text, str) and text.strip():
                asks[str(next_id)] = open_ask_doc(int(key), text, since or "", None)
                next_id += 1
    for doc in data.get("ledger", {}).values():
        if isinstance(doc, dict) and doc.get("kind") == "referral":
            doc.setdefault("status", "new")
            doc.setdefault("closed_on", "")
    return data


def open_ask_doc(person_id: int, text: str, since: str, event_id: int | None) -> dict[str, Any]:
    """The document of a new open ask (as `Ask.to_doc` writes it)."""
    doc: dict[str, Any] = {"person_id": person_id, "text": " ".join(text.split()), "since": since, "status": "open"}
    if event_id is not None:
        doc["event_id"] = event_id
    return doc


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}


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
