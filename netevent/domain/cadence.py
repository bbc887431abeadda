"""How often to be in touch: a keep-in-touch cadence as people type it, and a network's meeting rhythm.

Pure Python. A cadence is a number of days: `3m` (three months), `6w`,
`90d`, a bare number of months, or `never` (0: never due). A network's
rhythm is the usual gap between its meetings; its members are due when two
of those gaps pass without contact, so a network that meets monthly makes
its members due after about two months.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from statistics import median

from netevent.domain.models import ValidationError
from netevent.i18n import _, ngettext

__all__ = ["DEFAULT_DAYS", "RHYTHMS", "MONTH", "parse_cadence", "describe", "short", "rhythm",
           "cadence_from_rhythm", "months_ago"]  # fmt: skip

MONTH = 30.44
"""Days in an average month."""

DEFAULT_DAYS = 182
"""Six months: the cadence for anyone whose networks have no rhythm yet (fewer than two dated meetings)."""

RHYTHMS = 2
"""A network's members are due when this many of its meeting gaps pass without contact."""

_FORM = re.compile(r"(\d+(?:[.,]\d+)?)\s*(d|days?|dage?|w|weeks?|uger?|m|months?|mdr?|måneder?|y|years?|år)?")
_UNIT = {"d": 1.0, "w": 7.0, "u": 7.0, "m": MONTH, "y": 365.0, "å": 365.0}


def parse_cadence(text: str) -> int | None:
    """Days from `3m`, `6w`, `90d`, `1y`, `2` (months) or `never`; None for `default` or nothing.

    Raises:
        ValidationError: not a cadence (the message shows the forms).
    """
    word = " ".join((text or "").split()).casefold()
    if word in ("", "default", "standard"):
        return None
    if word in ("never", "aldrig", "off", "0"):
        return 0
    match = _FORM.fullmatch(word)
    if match is None:
        raise ValidationError(
            _("{text!r} is not a keep-in-touch cadence (use e.g. 3m, 6w, 90d, or never)").format(text=text)
        )
    number = float(match.group(1).replace(",", "."))
    unit = (match.group(2) or "m")[0]
    days = round(number * _UNIT.get(unit, MONTH))
    if days <= 0 or days > 3660:
        raise ValidationError(
            _("{text!r} is not a keep-in-touch cadence between a day and ten years").format(text=text)
        )
    return days


def describe(days: int | None) -> str:
    """`61` → "every 2 months" ("hver 2. måned"), `14` → "every 2 weeks", `0` → "never", None → "default"."""
    if days is None:
        return _("default")
    if days == 0:
        return _("never")
    months = days / MONTH
    if days >= 28 and abs(months - round(months)) < 0.15:
        count = round(months)
        return (
            _("every month")
            if count == 1
            else ngettext("every {count} month", "every {count} months", count).format(count=count)
        )
    if days % 7 == 0:
        weeks = days // 7
        return (
            _("every week")
            if weeks == 1
            else ngettext("every {count} week", "every {count} weeks", weeks).format(count=weeks)
        )
    return _("every day") if days == 1 else ngettext("every {count} day", "every {count} days", days).format(count=days)


def short(days: int | None) -> str:
    """A cadence as it is typed back: None → "", 0 → "never" ("aldrig"), 61 → "2m", 42 → "6w", 90 → "90d"."""
    if days is None:
        return ""
    if days == 0:
        return _("never")
    months = days / MONTH
    if days >= 28 and abs(months - round(months)) < 0.15 and round(round(months) * MONTH) == days:
        return f"{round(months)}m"
    return f"{days // 7}w" if days % 7 == 0 else f"{days}d"


def rhythm(dates: Iterable[str]) -> int | None:
    """The usual number of days between meetings on these ISO dates (the median gap), or None for fewer than two."""
    days = sorted({_dt.date.fromisoformat(d[:10]) for d in dates if d})
    gaps = [(b - a).days for a, b in zip(days, days[1:])]
    return round(median(gaps)) if gaps else None


def cadence_from_rhythm(gap: int | None) -> int:
    """The cadence a network's rhythm gives its members (`DEFAULT_DAYS` without one)."""
    return DEFAULT_DAYS if gap is None else max(1, gap * RHYTHMS)


def months_ago(today: str, months: float) -> str:
    """The ISO date `months` months before `today`."""
    then = _dt.date.fromisoformat(today) - _dt.timedelta(days=round(months * MONTH))
    return then.isoformat()
