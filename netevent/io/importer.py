"""Import a file: read it, merge it into the stored people, put them in an event's room, write once.

Pure Python. `read_file` does everything that can fail because of the file
before the data file is even opened; `import_parsed` plans every change in
memory (a dry run stops there) and writes it in one atomic write.
"""

from __future__ import annotations

from dataclasses import replace as dataclass_replace
from pathlib import Path
from typing import TYPE_CHECKING

from netevent.domain.models import Attendance, Event, Person, ValidationError, check_name, replace, today_iso
from netevent.io.changes import Changes
from netevent.io.csv_import import parse_csv
from netevent.io.detect import Decoded, decode, detect_format, read_text
from netevent.io.incoming import ImportFailed, Parsed
from netevent.io.json_io import parse_json
from netevent.io.mecard import parse_mecard
from netevent.io.merge import Merger, name_key
from netevent.io.report import SKIPPED, ImportReport, RowResult
from netevent.io.restore import plan_restore
from netevent.io.vcard_import import parse_vcard
from netevent.services.duplicates import DuplicateIndex

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["read_file", "read_bytes", "import_parsed", "run_import"]


def read_file(path: str | Path) -> Parsed:
    """Read and parse a CSV, vCard, MECARD, iCalendar or JSON file; the format is told by the content.

    Raises:
        ImportFailed: the file cannot be read, or holds nobody to import.
    """
    return _parse(read_text(path), str(path))


def read_bytes(raw: bytes, name: str = "stdin") -> Parsed:
    """Parse what was piped or pasted (`netevent import -`), like a file called `name`.

    Raises:
        ImportFailed: the text holds nobody to import.
    """
    return _parse(decode(raw, name), name)


def _parse(text: Decoded, name: str) -> Parsed:
    kind = detect_format(text)
    if kind == "json":
        parsed = parse_json(text, name)
    elif kind == "ics":
        from netevent.io.ics_import import parse_ics  # icalendar takes 70 ms to load: only for calendars

        parsed = parse_ics(text, name)
    elif kind == "vcard":
        parsed = parse_vcard(text, name, text.encoding)
    elif kind == "mecard":
        parsed = parse_mecard(text, name, text.encoding)
    else:
        parsed = parse_csv(text, name, text.encoding)
    if text.repaired:
        note = (
            f"letters on {text.repaired} line{'s' if text.repaired != 1 else ''} had been mis-read by another "
            f"program and were repaired ({text.example})"
        )
        parsed = dataclass_replace(parsed, warnings=(*parsed.warnings, note))
    parsed.require_something()
    return parsed


def run_import(
    repo: Repository, path: str | Path, *, event_name: str | None = None, dry_run: bool = False
) -> ImportReport:
    """Import a file into `repo` and return the report (the app's command palette calls this).

    Raises:
        ImportFailed: nothing useful could be read; the data file is unchanged.
        StorageError: the data file could not be written; it is unchanged.
    """
    return import_parsed(repo, read_file(path), event_name=event_name, dry_run=dry_run)


def import_parsed(
    repo: Repository, parsed: Parsed, *, event_name: str | None = None, dry_run: bool = False
) -> ImportReport:
    """Merge what was read into `repo` (unless `dry_run`) and report every row."""
    if parsed.calendar is not None:
        from netevent.io.calendar_import import import_calendar

        return import_calendar(repo, parsed, event_name=event_name, dry_run=dry_run)
    backup = parsed.backup
    merger = Merger(repo.people(), distinct=backup is not None)
    changes = Changes()
    rows: list[RowResult] = []
    imported: list[int] = []
    old_ids: dict[int, int] = {}
    for item in parsed.incoming:
        try:
            check_name(item.person.name)
        except ValidationError as error:  # "!!! ..." is no one's name: skipped, and said why
            rows.append(RowResult(item.source, item.person.name, SKIPPED, str(error)))
            continue
        taken = merger.take(item)
        rows.append(
            RowResult(item.source, item.person.name, taken.outcome, taken.detail, taken.conflicts, taken.question)
        )
        imported.append(taken.person_id)
        if item.old_id is not None:
            old_ids[item.old_id] = taken.person_id
    rows.extend(RowResult(s.source, s.name, SKIPPED, s.reason) for s in parsed.skipped)
    rows.sort(key=lambda r: _position(r.source))
    restored: list[str] = []
    warnings = list(parsed.warnings)
    if backup is not None:
        restored, more = plan_restore(repo, backup, old_ids, changes)
        warnings.extend(more)
    event_line = _plan_room(repo, merger, changes, imported, event_name) if event_name is not None else ""
    changes.new_people = merger.new_people()
    changes.changed_people = merger.changed_people()
    warnings.extend(_likely_duplicates(repo, [person for _pid, person in changes.new_people]))
    if not dry_run:
        changes.apply(repo, parsed.path)
    return ImportReport(
        path=parsed.path,
        format=parsed.format,
        rows=tuple(rows),
        dry_run=dry_run,
        changed=not changes.empty,
        written=not dry_run and not changes.empty,
        event=event_line,
        restored=tuple(restored),
        warnings=tuple(warnings),
        not_kept=parsed.not_kept,
    )


def _likely_duplicates(repo: Repository, added: list[Person]) -> list[str]:
    """Newcomers who look like someone stored although the merge kept them apart: reported, never merged."""
    if not added or not repo.people_count:
        return []
    index = DuplicateIndex(repo)
    out = []
    for person in added:
        found = index.looks_like(person)
        if found:
            out.append(
                f"{person.name} looks like {found[0].describe()}; if they are one person, merge them "
                "(`netevent check` lists the pair)"
            )
    return out


def _position(source: str) -> tuple[int, str]:
    """Sort rows by their place in the file: `row 10` after `row 9`."""
    word, _, number = source.rpartition(" ")
    return (int(number), word) if number.isdigit() else (0, source)


def _plan_room(repo: Repository, merger: Merger, changes: Changes, imported: list[int], event_name: str) -> str:
    """Put everyone imported in the event's room and record where you first met them."""
    name = " ".join(event_name.split())
    if not name:
        raise ImportFailed("give the event a name (--event NAME)")
    stored = repo.find_event(name)
    created = False
    if stored is not None:
        key = stored.key
        event = changes.events.get(key, stored)
    else:
        planned = [k for k, e in changes.events.items() if k < 0 and name_key(e.name) == name_key(name)]
        if planned:
            key, event = planned[0], changes.events[planned[0]]
        else:
            key, event, created = changes.new_event_id(), Event(name=name), True
    on, at = event.date or today_iso(), event.name
    people = list(dict.fromkeys(imported))
    filled = sum(merger.fill_first_met(pid, on, at) for pid in people)
    present = set(event.person_ids)
    new = [pid for pid in people if pid not in present]
    if new:
        event = replace(event, attendees=event.attendees + tuple(Attendance(person_id=pid) for pid in new))
    if created or new:
        changes.events[key] = event
    what = "created; " if created else ""
    return (
        f"Event {event.name!r}: {what}{len(new)} put in its room, {len(people) - len(new)} already there; "
        f"first met recorded for {filled}"
    )
