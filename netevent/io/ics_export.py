"""Export follow-ups and coming events as iCalendar (.ics), so your calendar and phone remind you.

Pure Python, on the icalendar library. Each open follow-up is a `VTODO`
(due date, the action, the person and how to reach them, the event where it
came up); each event from today on is a `VEVENT` (start, length, place, your
purpose). UIDs are stable, so importing a newer export updates what the
calendar already has instead of adding it twice: a follow-up's UID is made
of its id and the day it was created, an event's is its invite's UID when
it came from one (the calendar then has it only once), else its id. A
follow-up marked done is simply not in the next export.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import icalendar

from netevent.domain.models import Event, FollowUp, today_iso

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["ics_text", "calendar_items", "event_uid", "followup_uid"]

PRODID = "-//netevent//netevent//EN"


def event_uid(event: Event) -> str:
    """The UID an event has in every export."""
    return event.calendar_uid or f"event-{event.key}@netevent"


def followup_uid(followup: FollowUp) -> str:
    """The UID a follow-up has in every export."""
    return f"followup-{followup.key}-{followup.created.replace('-', '')}@netevent"


def calendar_items(
    repo: Repository, event: Event | None = None, today: str | None = None
) -> tuple[list[Event], list[FollowUp]]:
    """What an export holds: the events (`event`, else every one from today on) and the open follow-ups (of it)."""
    today = today or today_iso()
    if event is not None:
        events = [event]
        followups = [f for f in repo.followups(open_only=True) if f.event_id == event.id]
    else:
        events = sorted((e for e in repo.events() if e.date and e.date >= today), key=lambda e: (e.date, e.time))
        followups = repo.followups(open_only=True)
    return events, followups


def ics_text(repo: Repository, event: Event | None = None, today: str | None = None) -> str:
    """The export as iCalendar text (CRLF line ends, as RFC 5545 asks)."""
    events, followups = calendar_items(repo, event, today)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "netevent")
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    for item in events:
        calendar.add_component(_vevent(item, stamp))
    for followup in followups:
        calendar.add_component(_vtodo(repo, followup, stamp))
    return str(calendar.to_ical().decode("utf-8"))


def _vevent(event: Event, stamp: dt.datetime) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", stamp)
    component.add("summary", event.name)
    day = dt.date.fromisoformat(event.date)
    start = _utc(day, event.time) if event.time else None
    if start is not None:
        component.add("dtstart", start)
        if event.minutes:
            component.add("dtend", start + dt.timedelta(minutes=event.minutes))
    else:
        component.add("dtstart", day)
        component.add("dtend", day + dt.timedelta(days=1))
    if event.place:
        component.add("location", event.place)
    about = [
        f"Network: {event.network}" if event.network else "",
        f"Your purpose: {event.purpose}" if event.purpose else "",
        *(f"Bring: {message}" for message in event.messages),
    ]
    if any(about):
        component.add("description", "\n".join(line for line in about if line))
    return component


def _utc(day: dt.date, time: str) -> dt.datetime | None:
    """A local date and time (as events keep them) as the moment in UTC; None when it is off the calendar."""
    try:
        return dt.datetime.combine(day, dt.time.fromisoformat(time)).astimezone().astimezone(dt.timezone.utc)
    except (OverflowError, ValueError, OSError):
        return None


def _vtodo(repo: Repository, followup: FollowUp, stamp: dt.datetime) -> icalendar.Todo:
    person = repo.person(followup.person_id) if followup.person_id is not None else None
    event = repo.event(followup.event_id) if followup.event_id is not None else None
    component = icalendar.Todo()
    component.add("uid", followup_uid(followup))
    component.add("dtstamp", stamp)
    component.add("summary", f"{followup.action} — {person.name}" if person else followup.action)
    if followup.due:
        component.add("due", dt.date.fromisoformat(followup.due))
    component.add("status", "NEEDS-ACTION")
    lines = [f"Action: {followup.action}"]
    if person is not None:
        lines.append(f"Person: {person.name}" + (f" ({person.headline})" if person.headline else ""))
        lines += [f"{label}: {value}" for label, value in (("Email", person.email), ("Phone", person.phone)) if value]
    if event is not None:
        lines.append(f"Event: {event.name}" + (f" ({event.date})" if event.date else ""))
    component.add("description", "\n".join(lines))
    component.add("categories", ["netevent"])
    return component
