"""Numbers, money, shares, durations and dates as the current language writes them.

Danish follows CLDR (via the table in `cldr.py`): `1.195 kr`, `26.500 kr`,
`12,5 %`, `1 t 30 min`, `1. dec. 2026` in prose and `01-12-2026` in a field.
English keeps netevent's own forms: `1,195 kr`, `12.5 %`, `1 h 30 min` and
ISO dates (`2026-12-01`) in prose and fields alike.
"""

from __future__ import annotations

import datetime as _dt

from netevent.i18n.catalogue import language
from netevent.i18n.cldr import CONVENTIONS

__all__ = [
    "format_number",
    "format_amount",
    "format_percent",
    "format_hours",
    "format_date",
    "format_date_field",
]


def format_number(value: float, decimals: int = 0) -> str:
    """`1195.5, 2` → "1.195,50" in Danish, "1,195.50" in English."""
    text = f"{value:,.{decimals}f}"
    c = CONVENTIONS[language()]
    if c.decimal == ".":
        return text
    return text.translate({ord(","): c.group, ord("."): c.decimal})


def format_amount(amount: float | None, unit: str = "kr") -> str:
    """`1195` → "1.195 kr" (Danish) or "1,195 kr"; whole amounts without decimals, others with two; None → "—"."""
    if amount is None:
        return "—"
    text = format_number(amount, 0 if float(amount).is_integer() else 2)
    return f"{text} {unit}".strip()


def format_percent(share: float | None) -> str:
    """`0.125` → "12,5 %" (Danish) or "12.5 %"; `0.833` → "83 %"; None → "—".

    Whole percents, except a share that is exact to a tenth (one in eight is
    12,5 %, not a rounded 12 %).
    """
    if share is None:
        return "—"
    value = share * 100
    tenth = round(value, 1)
    if abs(value - tenth) < 1e-9 and not float(tenth).is_integer():
        return f"{format_number(tenth, 1)} %"
    return f"{round(value):d} %"


def format_hours(minutes: int) -> str:
    """`90` → "1 t 30 min" (Danish) or "1 h 30 min"; `120` → "2 t"; `45` → "45 min"; `0` → "0 min"."""
    h, m = divmod(max(0, int(minutes)), 60)
    unit = CONVENTIONS[language()].hour
    if h and m:
        return f"{h} {unit} {m} min"
    if h:
        return f"{h} {unit}"
    return f"{m} min"


def _date(value: str | _dt.date | None) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def format_date(value: str | _dt.date | None) -> str:
    """A date in running text: "1. dec. 2026" (Danish, CLDR's medium date) or "2026-12-01".

    Text that is not an ISO date is returned as it is ("" stays "").
    """
    day = _date(value)
    if day is None:
        return "" if value is None else str(value)
    if language() == "en":
        return day.isoformat()
    return f"{day.day}. {CONVENTIONS['da'].months_short[day.month - 1]} {day.year}"


def format_date_field(value: str | _dt.date | None) -> str:
    """A date to edit in a field: "01-12-2026" (Danish) or "2026-12-01"; `read_date` reads both back."""
    day = _date(value)
    if day is None:
        return "" if value is None else str(value)
    if language() == "en":
        return day.isoformat()
    return day.strftime("%d-%m-%Y")
