"""Follow-ups hiding in notes: a line such as `TODO send the deck by 2026-12-01` is one.

Pure Python. `→ ring Jens inden 1/12` and `opfølgning: tilbud (due 2026-12-01)`
count too, with a due date in the forms people write in Danish and English.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from netevent.domain.models import parse_date, today_iso

__all__ = ["ExtractedFollowUp", "extract_followup_items", "extract_followups"]


@dataclass(frozen=True, slots=True)
class ExtractedFollowUp:
    """An action found in a note line, and its due date ("" when none was written)."""

    action: str
    due: str = ""


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
