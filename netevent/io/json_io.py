"""netevent's JSON backup: every table written out, and read back for a restore.

Pure Python. The backup is one readable JSON document: the profile, settings,
and lists of people, events (with their rooms and reviews), notes, ledger
entries and follow-ups, each with the id it had, so references between them
can be remapped when they are restored into another file. A netevent data
file itself (or its `.bak`) is read the same way.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

from netevent.domain.models import Event, FollowUp, LedgerEntry, Note, Person, Profile, SchemaError, now_iso, replace
from netevent.domain.visible import BEYOND_C0
from netevent.io.incoming import ImportFailed, Incoming, Parsed
from netevent.storage.errors import StorageError
from netevent.storage.schema import SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["BACKUP_FORMAT", "Backup", "backup_document", "backup_json", "parse_json"]

BACKUP_FORMAT = "netevent-backup"
_TABLES = ("people", "events", "notes", "ledger", "followups")


@dataclass
class Backup:
    """Everything a backup holds, as models with the ids they had in the backup."""

    profile: Profile | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    ledger: list[LedgerEntry] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to restore."""
        has_profile = self.profile is not None and not self.profile.is_empty
        return not (has_profile or self.people or self.events or self.notes or self.ledger or self.followups)


# ------------------------------------------------------------------ export


def backup_document(repo: Repository, event: Event | None = None) -> dict[str, Any]:
    """The whole file as a backup document, or only one event, its room and what concerns them."""
    people = repo.people()
    events = repo.events()
    notes, ledger, followups = repo.notes(), repo.ledger(), repo.followups()
    settings: dict[str, Any] = dict(repo.settings)
    if event is not None:
        room = set(event.person_ids)
        people = [p for p in people if p.id in room]
        events = [event]
        settings = {}

        def here(item: Any) -> bool:
            return item.person_id in room and item.event_id in (None, event.id)

        notes = [n for n in notes if here(n)]
        kept_notes = {n.id for n in notes}
        ledger = [
            e if e.with_person_id in room or e.with_person_id is None else replace(e, with_person_id=None)
            for e in ledger
            if here(e)
        ]
        followups = [
            f if f.note_id in kept_notes or f.note_id is None else replace(f, note_id=None)
            for f in followups
            if here(f)
        ]

    def rows(items: list[Any]) -> list[dict[str, Any]]:
        return [{"id": item.id, **item.to_doc()} for item in sorted(items, key=lambda m: m.id)]

    return {
        "format": BACKUP_FORMAT,
        "version": 1,
        "schema_version": SCHEMA_VERSION,
        "exported": now_iso(),
        "profile": repo.profile.to_doc(),
        "settings": settings,
        "people": rows(people),
        "events": rows(events),
        "notes": rows(notes),
        "ledger": rows(ledger),
        "followups": rows(followups),
    }


def backup_json(repo: Repository, event: Event | None = None) -> str:
    """The backup document as indented JSON text (letters like æ, ø, å kept as they are).

    orjson escapes C0 control characters; DEL, C1 controls (which some
    terminals obey) and invisible formatting are escaped here too, so the
    backup printed to a terminal cannot drive it, and reads back exactly.
    """
    text = orjson.dumps(backup_document(repo, event), option=orjson.OPT_INDENT_2).decode()
    # Outside strings JSON is plain ASCII, so every match is inside a string.
    return BEYOND_C0.sub(_json_escape, text) + "\n"


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # as a UTF-16 surrogate pair, the way JSON spells it
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


# ------------------------------------------------------------------ import


def parse_json(text: str, path: str) -> Parsed:
    """Read a netevent backup, a netevent data file, or a list of people.

    Raises:
        ImportFailed: invalid JSON, JSON of another shape, an entry that is
            wrong, or anything netevent could not keep exactly (see `_strict_loads`).
    """
    data = _strict_loads(text, path)
    if isinstance(data, list):
        backup = Backup(people=_build(path, "people", _numbered(data), Person.from_doc))
        label = "list of people (JSON)"
    elif isinstance(data, dict) and data.get("format") == BACKUP_FORMAT:
        backup = _from_backup(path, data)
        label = "netevent backup (JSON)"
    elif isinstance(data, dict) and isinstance(data.get("people"), dict):
        backup = _from_data_file(path, data)
        label = "netevent data file (JSON)"
    else:
        raise ImportFailed(
            f"{path} is JSON, but not a netevent backup (export one with `netevent export --format json`)"
        )
    incoming = tuple(Incoming(replace(p, id=None), f"person {p.id}", old_id=p.id) for p in backup.people)
    return Parsed(path, label, incoming, backup=backup)


def _strict_loads(text: str, path: str) -> Any:
    """Parse JSON, refusing whatever would otherwise be dropped or changed without a word.

    Python's reader takes NaN and Infinity (which become `null` when saved),
    integers of any length (which orjson cannot save), a key twice in one
    object (keeping only the last) and nesting until the interpreter's stack
    runs out; each of these is one clear `ImportFailed` instead.
    """

    def constant(name: str) -> Any:
        raise ImportFailed(f"{path}: {name} is not a number netevent can keep; nothing was imported")

    def integer(digits: str) -> int:
        if len(digits.lstrip("-")) > 19 or not -(2**63) <= int(digits) < 2**63:
            shown = digits if len(digits) <= 24 else f"{digits[:12]}… ({len(digits.lstrip('-'))} digits)"
            raise ImportFailed(f"{path}: the number {shown} is too large to keep exactly; nothing was imported")
        return int(digits)

    def real(digits: str) -> float:
        value = float(digits)
        if math.isinf(value):
            raise ImportFailed(f"{path}: the number {digits[:24]} is too large to keep; nothing was imported")
        return value

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items):
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    raise ImportFailed(
                        f"{path}: the key {key!r} appears twice in one entry, and JSON keeps only the last; "
                        "nothing was imported"
                    )
                seen.add(key)
        return out

    try:
        return json.loads(text, parse_constant=constant, parse_int=integer, parse_float=real, object_pairs_hook=pairs)
    except ImportFailed:
        raise
    except json.JSONDecodeError as error:
        raise ImportFailed(
            f"{path} line {error.lineno}: not valid JSON ({error.msg} at column {error.colno})"
        ) from None
    except RecursionError:
        raise ImportFailed(f"{path} is nested too deeply to be a netevent backup; nothing was imported") from None


def _numbered(items: list[Any]) -> dict[str, Any]:
    return {str(i): item for i, item in enumerate(items, start=1)}


def _from_backup(path: str, data: dict[str, Any]) -> Backup:
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise ImportFailed(f"{path} was exported by a newer netevent (schema {version}); upgrade netevent to import it")
    tables: dict[str, dict[str, Any]] = {}
    for table in _TABLES:
        items = data.get(table) or []
        if not isinstance(items, list):
            raise ImportFailed(f"{path}: {table!r} should be a list")
        tables[table] = {}
        first: dict[int, int] = {}
        for index, item in enumerate(items, start=1):
            if not isinstance(item, dict) or not isinstance(item.get("id"), int):
                raise ImportFailed(f"{path}: {table} entry {index} has no numeric id")
            doc = dict(item)
            doc_id = doc.pop("id")
            if doc_id in first:
                # Notes, events and the ledger refer to entries by id: which one they meant cannot be told.
                raise ImportFailed(
                    f"{path}: {table} entries {first[doc_id]} and {index} both have id {doc_id}, so what "
                    "refers to it is ambiguous; nothing was imported (give one of them another id)"
                )
            first[doc_id] = index
            tables[table][str(doc_id)] = doc
    return _tables_to_backup(path, tables, data.get("profile"), data.get("settings"))


def _from_data_file(path: str, data: dict[str, Any]) -> Backup:
    try:
        data, _ = migrate(data, path)
    except StorageError as error:
        raise ImportFailed(str(error)) from None
    profile = (data.get("profile") or {}).get("1")
    settings = (data.get("settings") or {}).get("1")
    return _tables_to_backup(path, {t: data.get(t) or {} for t in _TABLES}, profile, settings)


def _tables_to_backup(path: str, tables: dict[str, Any], profile: Any, settings: Any) -> Backup:
    backup = Backup(
        profile=_build_one(path, "profile", profile, Profile.from_doc) if profile else None,
        settings=dict(settings) if isinstance(settings, dict) else {},
    )
    backup.people = _build(path, "people", tables["people"], Person.from_doc)
    backup.events = _build(path, "events", tables["events"], Event.from_doc)
    backup.notes = _build(path, "notes", tables["notes"], Note.from_doc)
    backup.ledger = _build(path, "ledger", tables["ledger"], LedgerEntry.from_doc)
    backup.followups = _build(path, "followups", tables["followups"], FollowUp.from_doc)
    return backup


def _build_one(path: str, what: str, doc: Any, build: Callable[..., Any]) -> Any:
    try:
        return build(doc)
    except (SchemaError, TypeError, ValueError) as error:
        raise ImportFailed(f"{path}: the {what} is wrong: {error}") from None


def _build(path: str, table: str, docs: Any, build: Callable[..., Any]) -> list[Any]:
    if not isinstance(docs, dict):
        raise ImportFailed(f"{path}: {table!r} should be a table of entries")
    out = []
    for key, doc in docs.items():
        try:
            out.append(build(doc, id=int(key)))
        except (SchemaError, TypeError, ValueError) as error:
            raise ImportFailed(f"{path}: {table} entry {key} is wrong: {error}") from None
    return sorted(out, key=lambda m: m.id)
