"""Dates as people type them into a field, in the current language.

Pure Python. A form or a command reads what was typed with `read_date` and
stores the ISO date it returns, so the data file holds `2026-12-05` whether
it was typed as `fredag`, `5/12`, `5.12.2026` or `friday`.

Both languages take ISO (`2026-12-05`), day-first with dashes or dots
(`05-12-2026`, `5.12.2026`, the form netevent's Danish fields show), words
for days near today and weekday names. A slash follows the language: day
first in Danish (`5/12`), month first in English (`12/5`), as CLDR's short
dates do, unless only the other order makes a date (`28/11`). A day and
month without a year is the nearest such date to today.
"""

from __future__ import annotations

import datetime as _dt
import re

from netevent.domain.models import ValidationError
from netevent.domain.text import fold
from netevent.i18n import _, language
from netevent.i18n.cldr import CONVENTIONS

__all__ = ["read_date"]

_NEAR = {
    "da": {"i dag": 0, "idag": 0, "i morgen": 1, "imorgen": 1, "i overmorgen": 2, "overmorgen": 2, "i går": -1},
    "en": {"today": 0, "tomorrow": 1, "yesterday": -1, "day after tomorrow": 2},
}
_IN = {"da": r"(?:om|i)\s+(\d+)\s+(dag|dage|uge|uger)", "en": r"in\s+(\d+)\s+(day|days|week|weeks)"}
_NEXT = {"da": ("næste", "på", "kommende"), "en": ("next", "on", "this", "coming")}


def read_date(text: str, today: str | _dt.date | None = None, what: str = "") -> str:
    """The ISO date meant by `text`, or "" for an empty field.

    Args:
        text: what was typed: `2026-12-05`, `05-12-2026`, `5.12.2026`, `5/12`
            (Danish) or `12/5` (English), `fredag`/`friday` (the next one
            after today), `i morgen`/`tomorrow`, `om 3 dage`/`in 3 days`.
        today: the day the words count from (the app's clock); default today.
        what: the field's name, for the message.

    Returns:
        `YYYY-MM-DD`, or "".

    Raises:
        ValidationError: not a date, or a day that does not exist (`31/2`).
    """
    raw = " ".join((text or "").split())
    if not raw:
        return ""
    base = _dt.date.fromisoformat(str(today)[:10]) if today else _dt.date.today()
    lang = language()
    low = raw.casefold().rstrip(".")
    day = _words(low, base, lang) if any(ch.isalpha() for ch in low) else _digits(low, base, lang)
    if day is None:
        example = "5/12, 05-12-2026, fredag" if lang == "da" else "12/5, 2026-12-05, friday"
        message = _("{what} {text!r} is not a date (e.g. {example})")
        raise ValidationError(message.format(what=what or _("date"), text=raw, example=example))
    return day.isoformat()


def _words(low: str, base: _dt.date, lang: str) -> _dt.date | None:
    for near in (_NEAR[lang], _NEAR["en"]):
        if low in near:
            return base + _dt.timedelta(days=near[low])
    match = re.fullmatch(_IN[lang], low) or re.fullmatch(_IN["en"], low)
    if match:
        n = int(match.group(1))
        return base + _dt.timedelta(days=n * (7 if match.group(2).startswith(("u", "w")) else 1))
    words = low.split()
    if len(words) == 2 and words[0] in _NEXT[lang] + _NEXT["en"]:
        words = words[1:]
    if len(words) != 1:
        return None
    name = fold(words[0]).rstrip(".")
    for conventions in (CONVENTIONS[lang], CONVENTIONS["en"]):
        for i, (full, short) in enumerate(zip(conventions.weekdays, conventions.weekdays_short)):
            if name in (fold(full), fold(short).rstrip(".")) or (len(name) >= 3 and fold(full).startswith(name)):
                ahead = (i - base.weekday()) % 7 or 7  # "fredag" on a Friday is next week's
                return base + _dt.timedelta(days=ahead)
    return None


def _digits(low: str, base: _dt.date, lang: str) -> _dt.date | None:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", low):
            return _dt.date.fromisoformat(low)
        match = re.fullmatch(r"(\d{1,2})([-./])(\d{1,2})(?:\2(\d{2}|\d{4}))?", low)
        if not match:
            return None
        a, sep, b, year = int(match.group(1)), match.group(2), int(match.group(3)), match.group(4)
        day, month = (b, a) if sep == "/" and lang == "en" else (a, b)
        if month > 12 and day <= 12:  # "28/11" in English, "11/28" in Danish: only one way is a date
            day, month = month, day
        if year is None:
            return _nearest(day, month, base)
        y = int(year) + (2000 if len(year) == 2 else 0)
        return _dt.date(y, month, day)
    except ValueError:
        return None


def _nearest(day: int, month: int, base: _dt.date) -> _dt.date:
    """The date with this day and month nearest to `base` (5/1 typed in December is next January's)."""
    choices = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            choices.append(_dt.date(year, month, day))
        except ValueError:
            continue
    if not choices:
        raise ValueError("no such day")
    return min(choices, key=lambda d: (abs((d - base).days), d < base))
