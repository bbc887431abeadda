"""Read calendar invites (.ics) from Luma, Eventbrite, Meetup, Google, Outlook or iCloud into events to import.

Pure Python, on the icalendar library, which understands every producer's
time zones (Outlook's Windows names such as "Romance Standard Time"
included). Each `VEVENT` becomes an `Invite`: its title, the local date and
time it starts (a time given in another zone is turned into this computer's
time, as a phone calendar shows it), its place, its length in minutes, its
UID and the email addresses of its attendees. What the file says oddly is
read as meant: a value escaped twice (`Olympia Hall\\, Paris`), a title given
twice, an event without a UID or an end. A repeating event is read once, on
its first date; a cancelled one is marked so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import icalendar

from netevent.io.incoming import ImportFailed, Parsed, Skipped
from netevent.io.values import email_key

__all__ = ["Invite", "Calendar", "parse_ics"]


@dataclass(frozen=True)
class Invite:
    """One event of a calendar file, as netevent keeps it."""

    source: str
    """Where in the file: `event 2` (the second VEVENT)."""
    name: str
    date: str
    time: str = ""
    """`HH:MM` local time; "" for an all-day event."""
    place: str = ""
    minutes: int = 0
    """How long it lasts; 0 for an all-day event or one without an end."""
    uid: str = ""
    attendees: tuple[tuple[str, str], ...] = ()
    """(email as compared, name or the address as written) of every attendee."""
    cancelled: bool = False
    remarks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Calendar:
    """The events read from a calendar file."""

    invites: tuple[Invite, ...]

    @property
    def is_empty(self) -> bool:
        """True when the file held no event to import."""
        return not self.invites


# A backslash left before `,` or `;` by a producer that escaped the value twice.
_LEFT_ESCAPE = re.compile(r"\\([,;\\])")
_END = re.compile(r"^END:VCALENDAR\s*$", re.IGNORECASE | re.MULTILINE)


def parse_ics(text: str, path: str) -> Parsed:
    """Every event in a calendar file.

    Raises:
        ImportFailed: the text is not iCalendar, was cut off, or holds no event that has a start.
    """
    if not _END.search(text):
        # Importing the events that arrived would leave you not knowing which are missing.
        raise ImportFailed(f"{path} was cut off: it ends inside the calendar (no END:VCALENDAR); download it again")
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except ValueError as error:
        raise ImportFailed(f"{path} is not a calendar file that can be read: {error}") from None
    invites: list[Invite] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    number = 0
    for calendar in calendars:
        cancelling = str(calendar.get("METHOD", "")).upper() == "CANCEL"
        for component in calendar.walk("VEVENT"):
            number += 1
            source = f"event {number}"
            uid = _text(component.get("UID"))
            if uid and uid in seen:
                continue  # a changed instance of a repeating event: the event itself is already read
            try:
                invite = _invite(component, source, uid, cancelling)
            except ImportFailed as error:
                skipped.append(Skipped(source, _text(component.get("SUMMARY")), str(error)))
                continue
            if uid:
                seen.add(uid)
            invites.append(invite)
    if not invites:
        why = f"{skipped[0].source}: {skipped[0].reason}" if skipped else "the calendar holds no event (VEVENT)"
        raise ImportFailed(f"{path}: nothing to import: {why}")
    return Parsed(path, "iCalendar", skipped=tuple(skipped), calendar=Calendar(tuple(invites)))


def _invite(component: Any, source: str, uid: str, cancelling: bool) -> Invite:
    """One VEVENT as an `Invite`.

    Raises:
        ImportFailed: it has no title or no start that can be read (the message says which).
    """
    name = _text(component.get("SUMMARY"))
    if not name:
        raise ImportFailed("no title (SUMMARY)")
    remarks: list[str] = []
    try:
        start, length = component.start, component.duration
    except icalendar.error.IncompleteComponent:
        raise ImportFailed("no start (DTSTART)") from None
    except ValueError as error:  # icalendar's InvalidCalendar and its kin
        # An end of another kind than the start (a date after a time) says nothing about the start.
        start = component.DTSTART
        if not isinstance(start, dt.date):
            raise ImportFailed(f"a start that cannot be read (DTSTART): {error}") from None
        length = dt.timedelta(0)
        remarks.append("its end (DTEND) does not fit its start: imported without a length")
    if isinstance(start, dt.datetime):
        try:
            local = start.astimezone() if start.tzinfo is not None else start
        except (OverflowError, ValueError, OSError):  # year 9999 in UTC is year 10000 here
            raise ImportFailed(f"a start outside the calendar netevent keeps (DTSTART {start})") from None
        date, time = local.date().isoformat(), local.strftime("%H:%M")
        minutes = max(0, int(length.total_seconds() // 60))
    else:
        date, time, minutes = start.isoformat(), "", 0
    if component.get("RRULE") is not None:
        remarks.append("it repeats: imported once, on its first date")
    status = _text(component.get("STATUS")).upper()
    return Invite(
        source=source,
        name=name,
        date=date,
        time=time,
        place=_text(component.get("LOCATION")),
        minutes=minutes,
        uid=uid,
        attendees=_attendees(component.get("ATTENDEE")),
        cancelled=cancelling or status == "CANCELLED",
        remarks=tuple(remarks),
    )


def _attendees(value: Any) -> tuple[tuple[str, str], ...]:
    """(compared email, name) of each ATTENDEE that has an email address, in the file's order."""
    items = value if isinstance(value, list) else [value] if value is not None else []
    out: dict[str, str] = {}
    for item in items:
        params = getattr(item, "params", {})
        if str(params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
            continue  # a meeting room or a projector booked as an attendee
        address = str(params.get("EMAIL") or item)
        key = email_key(address)
        if "@" not in key:
            continue
        name = _text(params.get("CN"))
        out.setdefault(key, name if name and "@" not in name else key)
    return tuple(out.items())


_NOT_PEOPLE = frozenset({"RESOURCE", "ROOM"})
"""Attendee kinds (CUTYPE) that are no one to meet."""


def _text(value: Any) -> str:
    """A property as one clean line of text: the first of several, with stray escapes and runs of spaces gone."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if value is None:
        return ""
    return " ".join(_LEFT_ESCAPE.sub(r"\1", str(value)).split())
