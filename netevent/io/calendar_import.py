"""Import a calendar file: create or update an event for each invite, and put its known attendees in the room.

Pure Python. An invite is the stored event with the same calendar UID, else
the one with the same name on the same date (an invite without a UID, as
Meetup writes them); otherwise it is a new event. The invite sets the name,
date, start time and place; its length fills the minutes only when the event
has none yet (you may have added travel time). Attendees whose email belongs
to someone you know join the room; the others are named in the report, not
added (an attendee list import adds people). Importing the same file again
changes nothing. Everything is written in one atomic write, or nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from netevent.domain.models import Attendance, Event
from netevent.domain.text import fold
from netevent.i18n import _
from netevent.io.changes import Changes
from netevent.io.ics_import import Calendar, Invite
from netevent.io.report import ADDED, MERGED, SKIPPED, UNCHANGED, ImportReport, RowResult
from netevent.io.sameness import emails
from netevent.io.values import email_key

if TYPE_CHECKING:
    from netevent.io.incoming import Parsed
    from netevent.storage.repository import Repository

__all__ = ["import_calendar"]

_SHOWN = 5
"""Attendees named in a report row before it says how many more."""


def import_calendar(repo: Repository, parsed: Parsed, *, event_name: str | None, dry_run: bool) -> ImportReport:
    """Create or update the calendar's events in `repo` (unless `dry_run`) and report each one."""
    calendar: Calendar = parsed.calendar
    known = _people_by_email(repo)
    you = email_key(repo.profile.email) if repo.profile.email else ""
    changes = Changes()
    rows: list[RowResult] = []
    for invite in calendar.invites:
        if invite.cancelled:
            rows.append(RowResult(invite.source, invite.name, SKIPPED, "cancelled in the calendar; nothing changed"))
            continue
        key, stored = _find(repo, changes, invite)
        event = _updated(stored or Event(name=invite.name), invite)
        joined, strangers = _room(event, invite, known, you)
        if joined:
            event = replace(event, attendees=event.attendees + tuple(Attendance(person_id=pid) for pid, _ in joined))
        if stored is None:
            outcome, key = ADDED, changes.new_event_id()
        else:
            outcome = UNCHANGED if event == stored else MERGED
        if outcome != UNCHANGED:
            changes.events[key] = event
        detail = _detail(event, stored, joined, strangers, invite.remarks)
        rows.append(RowResult(invite.source, event.name, outcome, detail))
    rows.extend(RowResult(s.source, s.name, SKIPPED, s.reason) for s in parsed.skipped)
    rows.sort(key=lambda row: int(row.source.rpartition(" ")[2]))
    warnings = list(parsed.warnings)
    if event_name:
        warnings.append(_("a calendar file names its own events, so {name!r} was not used").format(name=event_name))
    if not dry_run:
        changes.apply(repo, parsed.path)
    return ImportReport(
        path=parsed.path,
        format=parsed.format,
        rows=tuple(rows),
        dry_run=dry_run,
        changed=not changes.empty,
        written=not dry_run and not changes.empty,
        warnings=tuple(warnings),
        what="events",
    )


def _people_by_email(repo: Repository) -> dict[str, tuple[int, str]]:
    """Every email address you know (extra ones too) → (person id, name)."""
    out: dict[str, tuple[int, str]] = {}
    for person in repo.people():
        for key in emails(person):
            out.setdefault(key, (person.key, person.name))
    return out


def _find(repo: Repository, changes: Changes, invite: Invite) -> tuple[int, Event | None]:
    """The event this invite is about (as planned so far in this import), by its UID, else by name and date."""
    planned = {key: event for key, event in changes.events.items()}
    candidates: list[tuple[int, Event]] = [(k, e) for k, e in planned.items()]
    candidates += [(e.key, e) for e in repo.events() if e.key not in planned]
    if invite.uid:
        for key, event in candidates:
            if event.calendar_uid == invite.uid:
                return key, event
    for key, event in candidates:
        same_name = fold(event.name) == fold(invite.name)
        if same_name and event.date == invite.date and (not event.calendar_uid or not invite.uid):
            return key, event
    return 0, None


def _updated(event: Event, invite: Invite) -> Event:
    """The event with what the invite says: its name, day, start, place and UID; its length if none is set."""
    values: dict[str, Any] = {"name": invite.name, "date": invite.date, "time": invite.time}
    if invite.place:
        values["place"] = invite.place
    if invite.uid:
        values["calendar_uid"] = invite.uid
    if invite.minutes and not event.minutes:
        values["minutes"] = invite.minutes
    return replace(event, **values)


def _room(
    event: Event, invite: Invite, known: dict[str, tuple[int, str]], you: str
) -> tuple[list[tuple[int, str]], list[str]]:
    """The known attendees to put in the room (id, name), and the attendees nobody knows (as the file names them)."""
    present = set(event.person_ids)
    joined: list[tuple[int, str]] = []
    strangers: list[str] = []
    for key, name in invite.attendees:
        if key == you:
            continue  # the invite is addressed to you
        if key in known:
            pid, person = known[key]
            if pid not in present:
                present.add(pid)
                joined.append((pid, person))
        else:
            strangers.append(name if name == key else f"{name} <{key}>")
    return joined, strangers


def _detail(
    event: Event, stored: Event | None, joined: list[tuple[int, str]], strangers: list[str], remarks: tuple[str, ...]
) -> str:
    """What the report says about one invite: when and where, what changed, who joined the room."""
    parts: list[str] = []
    if stored is None:
        parts.append(
            ", ".join(x for x in (event.when, f"{event.minutes} minutes" if event.minutes else "", event.place) if x)
        )
    else:
        for label, before, after in (
            ("name", stored.name, event.name),
            ("date", stored.date, event.date),
            ("time", stored.time, event.time),
            ("place", stored.place, event.place),
            ("minutes", str(stored.minutes or ""), str(event.minutes or "")),
        ):
            if before != after:
                parts.append(f"{label} {before or '—'} → {after or '—'}")
    if joined:
        parts.append(f"{len(joined)} put in the room: {_names([name for _, name in joined])}")
    if strangers:
        parts.append(f"{len(strangers)} not among your people: {_names(strangers)}")
    parts.extend(remarks)
    return "; ".join(parts)


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:_SHOWN])
    return shown + (f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else "")
