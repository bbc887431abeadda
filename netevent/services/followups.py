"""Follow-ups: what you promised after a meeting, and the ones hiding in your notes.

Pure Python. A note line such as `TODO send the deck by 2026-12-01`,
`→ ring Jens inden 1/12` or `opfølgning: tilbud (due 2026-12-01)` becomes a
follow-up when the note is saved. Saving the same note again changes nothing;
editing such a line edits its follow-up, and deleting the line removes the
follow-up unless it was already done.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.models import FollowUp, Note, ValidationError, parse_date, replace, today_iso
from netevent.services.events import get_event, get_person
from netevent.domain.text import fold

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = [
    "FollowUpItem",
    "ExtractedFollowUp",
    "add_followup",
    "complete_followup",
    "reopen_followup",
    "followup_list",
    "is_overdue",
    "extract_followups",
    "extract_followup_items",
    "sync_note_followups",
]


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    """A follow-up as a list shows it: with the person's name and whether it is late."""

    followup: FollowUp
    person_name: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class ExtractedFollowUp:
    """An action found in a note line, and its due date ("" when none was written)."""

    action: str
    due: str = ""


# --------------------------------------------------------------- the store


def add_followup(
    repo: Repository,
    person_id: int | None,
    action: str,
    *,
    due: str = "",
    event_id: int | None = None,
    note_id: int | None = None,
) -> FollowUp:
    """Store a new follow-up (about a person, or about nobody in particular).

    Raises:
        ValidationError: empty action, bad date, unknown person or event.
    """
    if person_id is not None:
        get_person(repo, person_id)
    if event_id is not None:
        get_event(repo, event_id)
    followup = FollowUp(person_id=person_id, action=action, due=due, event_id=event_id, note_id=note_id)
    return repo.save_followup(followup)


def _stored(repo: Repository, followup_id: int) -> FollowUp:
    for followup in repo.followups():
        if followup.id == followup_id:
            return followup
    raise ValidationError(f"there is no follow-up #{followup_id}")


def complete_followup(repo: Repository, followup_id: int, *, on: str | None = None) -> FollowUp:
    """Tick a follow-up off as done today (or on the date `on`)."""
    followup = _stored(repo, followup_id)
    return repo.save_followup(replace(followup, done=True, done_on=parse_date(on or today_iso(), "done date")))


def reopen_followup(repo: Repository, followup_id: int) -> FollowUp:
    """Undo `complete_followup`."""
    followup = _stored(repo, followup_id)
    return repo.save_followup(replace(followup, done=False, done_on=""))


def is_overdue(followup: FollowUp, today: str | None = None) -> bool:
    """True for an open follow-up whose due date has passed."""
    return bool(followup.due) and not followup.done and followup.due < (today or today_iso())


def followup_list(
    repo: Repository,
    *,
    person_id: int | None = None,
    include_done: bool = False,
    today: str | None = None,
) -> list[FollowUpItem]:
    """Follow-ups by due date: overdue ones first, then due, then undated, then done."""
    today = today or today_iso()
    items = []
    for followup in repo.followups(person_id=person_id, open_only=not include_done):
        person = repo.person(followup.person_id) if followup.person_id is not None else None
        items.append(FollowUpItem(followup, person.name if person else "", is_overdue(followup, today)))
    return sorted(
        items,
        key=lambda i: (i.followup.done, not i.overdue, i.followup.due or "9999", i.followup.id or 0),
    )


# -------------------------------------------------------------- extraction

_BULLET = r"(?:(?:[-*•·+▪‣◦–]|\d{1,3}[.)])\s+)*"
_MARKER = re.compile(
    rf"^\s*{_BULLET}(?:todo\b|→|->|follow[- ]?up\s*:|opf(?:ø|o|oe)lgning\s*:)",
    re.IGNORECASE,
)
_LEADING_JUNK = " \t:;,.-–—>"

_MONTHS = {
    "jan": 1, "januar": 1, "january": 1,
    "feb": 2, "februar": 2, "february": 2,
    "mar": 3, "marts": 3, "march": 3,
    "apr": 4, "april": 4,
    "maj": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oct": 10, "oktober": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = (
    r"(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<d>\d{1,2})[./-](?P<m>\d{1,2})(?:[./-](?P<y>\d{2}|\d{4}))?\.?"
    rf"|(?P<d2>\d{{1,2}})\.?\s*(?P<mon>{_MONTH})\.?(?:\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<mon3>{_MONTH})\.?\s+(?P<d3>\d{{1,2}})(?:,?\s+(?P<y3>\d{{4}}))?"
)
_KEYWORD = r"(?:by|before|due|until|deadline|inden|senest|før|foer|frist)(?:\s+(?:den|the|d\.))?\s*:?"
_DUE_AT_END = re.compile(
    rf"(?:(?P<open>[(\[])\s*|\b)(?P<kw>{_KEYWORD}\s*)?(?:{_DATE})\s*(?P<close>[)\]])?[\s.!]*$",
    re.IGNORECASE,
)
_PAIRS = {"(": ")", "[": "]"}
# A date more than this long before the note was written means next year's.
_GRACE = _dt.timedelta(days=60)


def _resolve(match: re.Match[str], reference: _dt.date) -> str:
    """The ISO date a due-date match names, or "" when it is not a real date."""
    g = match.groupdict()
    if g["iso"]:
        try:
            return _dt.date.fromisoformat(g["iso"]).isoformat()
        except ValueError:
            return ""
    if g["d"]:
        day, month, year = int(g["d"]), int(g["m"]), g["y"]
    elif g["d2"]:
        day, month, year = int(g["d2"]), _MONTHS[g["mon"].casefold()], g["y2"]
    else:
        day, month, year = int(g["d3"]), _MONTHS[g["mon3"].casefold()], g["y3"]
    try:
        if year:
            full = int(year) + 2000 if len(year) == 2 else int(year)
            return _dt.date(full, month, day).isoformat()
        candidate = _dt.date(reference.year, month, day)
        if candidate < reference - _GRACE:
            candidate = _dt.date(reference.year + 1, month, day)
        return candidate.isoformat()
    except ValueError:
        return ""


def _parse_line(line: str, reference: _dt.date) -> ExtractedFollowUp | None:
    marker = _MARKER.match(line)
    if marker is None:
        return None
    action = line[marker.end() :].strip().lstrip(_LEADING_JUNK).strip()
    due = ""
    found = _DUE_AT_END.search(action)
    if found and (
        _PAIRS.get(found["open"] or "") == found["close"] if found["open"] or found["close"] else found["kw"]
    ):
        due = _resolve(found, reference)
        if due:
            action = action[: found.start()].rstrip().rstrip(",;:-–—").rstrip()
    action = " ".join(action.split())
    return ExtractedFollowUp(action, due) if action else None


def extract_followup_items(text: str, *, today: str | None = None) -> list[ExtractedFollowUp]:
    """Every follow-up line in a note, with due dates resolved against `today`.

    A day and month without a year ("inden 1/12") means the next such date,
    allowing a late note up to two months after the date it names.
    """
    reference = _dt.date.fromisoformat(parse_date(today or today_iso()) or today_iso())
    found = []
    for line in (text or "").splitlines():
        item = _parse_line(line, reference)
        if item is not None:
            found.append(item)
    return found


def extract_followups(text: str) -> list[str]:
    """The follow-up actions in a note, without their markers and due dates.

    A line counts when it starts (after optional bullets and spaces) with
    `TODO`, `→`, `->`, `follow up:`, `follow-up:` or `opfølgning:`, in any case.

    >>> extract_followups("Nice chat.\\n- TODO send deck by 2026-12-01\\n→ intro to Bo")
    ['send deck', 'intro to Bo']
    """
    return [item.action for item in extract_followup_items(text)]


def sync_note_followups(repo: Repository, note: Note, *, today: str | None = None) -> list[FollowUp]:
    """Bring the follow-ups made from a saved note in line with its text.

    New lines create follow-ups (for the note's person and event); an edited
    line changes its open follow-up instead of adding another; a removed line
    removes its follow-up unless it is done. Done follow-ups are never
    touched. Returns the follow-ups created or changed (empty when the note's
    follow-up lines did not change), all written in one atomic write.

    Raises:
        ValidationError: the note has not been saved yet.
    """
    if note.id is None:
        raise ValidationError("save the note before looking for follow-ups in it")
    reference = today or (note.created[:10] if note.created else None)
    items = extract_followup_items(note.text, today=reference)
    linked = [f for f in repo.followups() if f.note_id == note.id]
    linked.sort(key=lambda f: f.id or 0)
    remaining = list(linked)
    unmatched: list[ExtractedFollowUp] = []
    changes: list[FollowUp] = []
    for item in items:
        match = next((f for f in remaining if fold(f.action) == fold(item.action)), None)
        if match is None:
            unmatched.append(item)
            continue
        remaining.remove(match)
        if not match.done and item.due and item.due != match.due:
            changes.append(replace(match, due=item.due))
    reusable = [f for f in remaining if not f.done]
    for item in unmatched:
        if reusable:  # the line was edited: keep its follow-up, change its words
            changes.append(replace(reusable.pop(0), action=item.action, due=item.due))
        else:
            changes.append(
                FollowUp(
                    person_id=note.person_id,
                    action=item.action,
                    due=item.due,
                    event_id=note.event_id,
                    note_id=note.id,
                )
            )
    if not changes and not reusable:
        return []
    with repo.batch():
        saved = [repo.save_followup(f) for f in changes]
        for gone in reusable:
            repo.delete_followup(gone.id)  # type: ignore[arg-type]
    return saved
