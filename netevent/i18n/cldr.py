"""The few CLDR facts netevent's formats need, per language, as Babel gives them.

Loading Babel and a CLDR locale costs tens of milliseconds, which the app's
first screen cannot spare, so the handful of symbols and names used here are
kept as a table; `tests/i18n/test_formats.py` checks every entry against
Babel's CLDR data, so the table cannot drift from it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Conventions", "CONVENTIONS"]


@dataclass(frozen=True)
class Conventions:
    """How a language writes numbers and dates (CLDR)."""

    decimal: str
    """The decimal separator."""
    group: str
    """The thousands separator."""
    months_short: tuple[str, ...]
    """Abbreviated month names, January first (format context)."""
    months: tuple[str, ...]
    """Month names, January first."""
    weekdays: tuple[str, ...]
    """Weekday names, Monday first."""
    weekdays_short: tuple[str, ...]
    """Abbreviated weekday names, Monday first."""
    hour: str
    """The narrow unit for hours ("t", "h")."""


CONVENTIONS: dict[str, Conventions] = {
    "da": Conventions(
        decimal=",",
        group=".",
        months_short=("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."),
        months=(
            "januar",
            "februar",
            "marts",
            "april",
            "maj",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "december",
        ),  # fmt: skip
        weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
        weekdays_short=("man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."),
        hour="t",
    ),
    "en": Conventions(
        decimal=".",
        group=",",
        months_short=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        months=(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),  # fmt: skip
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        weekdays_short=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        hour="h",
    ),
}
