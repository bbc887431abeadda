"""The prep briefing: decide at home whom you want to talk to and what you bring.

Pure Python. `since_last_time` gathers, for one person, what happened the
last time you met and what is still open between you; `briefing_markdown`
(`io.briefing_markdown`) puts an event's purpose, cost, targets (each with
that brief), messages and your pitch on one Markdown page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.models import Event, FollowUp, LedgerEntry, today_iso
from netevent.services.events import get_person
from netevent.services.followups import is_overdue
from netevent.services.ledger import LedgerSummary, summarize

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["Brief", "since_last_time", "first_line"]


@dataclass(frozen=True, slots=True)
class Brief:
    """What to remember about a person before meeting them again.

    `open_asks` are their needs (what they are looking for); `promises_not_kept`
    are your follow-ups to them that are still open, oldest due date first.
    `gave`/`got` list what changed hands before this event, newest first.
    """

    person_id: int
    name: str
    headline: str
    last_event: str
    last_date: str
    last_note: str
    open_asks: tuple[str, ...]
    promises_not_kept: tuple[FollowUp, ...]
    overdue: tuple[FollowUp, ...]
    gave: tuple[LedgerEntry, ...]
    got: tuple[LedgerEntry, ...]
    ledger: LedgerSummary

    @property
    def met_before(self) -> bool:
        """True when there is a last time to speak of."""
        return bool(self.last_event or self.last_date)


def first_line(text: str) -> str:
    """The first non-empty line of a note, with runs of spaces collapsed."""
    for line in (text or "").splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def _before(event: Event | None, reference: str, item_event: int | None, item_date: str) -> bool:
    """True for history from before `event`: not at it, and not dated after it."""
    if event is not None and item_event is not None and item_event == event.id:
        return False
    return not item_date or item_date[:10] <= reference


def since_last_time(repo: Repository, person_id: int, before_event: Event | None) -> Brief:
    """Everything from before `before_event` (or from before today) worth knowing about a person.

    The last meeting is the latest earlier event where you met them or wrote
    a note about them; without one, the latest note's date counts.

    Raises:
        NotFound: there is no such person.
    """
    person = get_person(repo, person_id)
    reference = (before_event.date if before_event and before_event.date else "") or today_iso()
    last_event: Event | None = None
    for event in repo.events():  # newest first
        if before_event is not None and event.id == before_event.id:
            continue
        if event.date and event.date > reference:
            continue
        attendance = event.attendance(person_id)
        if (attendance and attendance.met) or repo.note_for(person_id, event.id) is not None:
            last_event = event
            break
    last_note, last_date = "", ""
    if last_event is not None:
        note = repo.note_for(person_id, last_event.id)
        last_note = first_line(note.text) if note else ""
        last_date = last_event.date or (note.created[:10] if note else "")
    else:
        for note in repo.notes_for(person_id):  # newest first
            stamp = (note.created or note.updated)[:10]
            if _before(before_event, reference, note.event_id, stamp) and first_line(note.text):
                last_note, last_date = first_line(note.text), stamp
                break
    promises = tuple(
        f
        for f in repo.followups(person_id=person_id, open_only=True)
        if _before(before_event, reference, f.event_id, f.created)
    )
    entries = [e for e in repo.ledger(person_id=person_id) if _before(before_event, reference, e.event_id, e.date)]
    return Brief(
        person_id=person_id,
        name=person.name,
        headline=person.headline,
        last_event=last_event.name if last_event else "",
        last_date=last_date,
        last_note=last_note,
        open_asks=person.needs,
        promises_not_kept=promises,
        overdue=tuple(f for f in promises if is_overdue(f, reference)),
        gave=tuple(reversed([e for e in entries if e.direction == "gave"])),
        got=tuple(reversed([e for e in entries if e.direction == "got"])),
        ledger=summarize(entries),
    )
