"""How imported values are compared and read: emails, phone numbers, web addresses, dates, group names.

Pure Python. Phone numbers are compared as numbers (python-phonenumbers):
`+45 24 19 12 90`, `0045 24191290` and `24191290` are one number. A number
written without a country code is read in the default region: the
country of the locale, Denmark when the locale is Danish or says no
country. Dates come in the forms exports write (`15 Jan 2024`,
`1/8/18, 6:14 PM`); python-dateutil reads what the fixed forms do not.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import re
from collections.abc import Callable

from netevent.domain.models import ValidationError, parse_date

__all__ = [
    "email_key",
    "phone_key",
    "url_key",
    "profile_key",
    "value_key",
    "plain",
    "lenient_date",
    "NUMERIC_DATE",
    "default_region",
    "is_system_group",
]


def plain(value: str) -> str:
    """Text compared with case and runs of whitespace ignored."""
    return " ".join(value.split()).casefold()


def email_key(value: str) -> str:
    """An email address compared case-insensitively, without a `mailto:` prefix."""
    text = value.strip().casefold()
    if text.startswith("mailto:"):
        text = text[7:]
    return text


@functools.lru_cache(maxsize=1)
def default_region() -> str:
    """The region a phone number without a country code belongs to: the locale's country, else Denmark."""
    for variable in ("LC_ALL", "LC_TELEPHONE", "LANG"):
        value = os.environ.get(variable, "")
        if not value:
            continue
        language, _, rest = value.partition("_")
        country = rest[:2].upper()
        if language.lower() == "da" or not country.isalpha() or len(country) != 2:
            return "DK"
        from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

        known = {region for regions in COUNTRY_CODE_TO_REGION_CODE.values() for region in regions}
        return country if country in known else "DK"
    return "DK"


@functools.lru_cache(maxsize=65536)
def phone_key(value: str) -> str:
    """A phone number as its national digits (`+45 24 19 12 90` → `24191290`); "" if too short to trust.

    The country code is left out on purpose: a number typed without one must
    meet the same number typed with it, whatever the default region.
    """
    digits = re.sub(r"\D", "", value)
    if len(digits) < 6:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, default_region())
    except phonenumbers.NumberParseException:
        return digits
    if not phonenumbers.is_possible_number(number) and not value.lstrip().startswith("+"):
        try:  # "4512345678" or "1 323-335-5555": a country code written without its +
            other = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            other = None
        if other is not None and phonenumbers.is_possible_number(other):
            number = other
    return str(phonenumbers.national_significant_number(number))


def url_key(value: str) -> str:
    """A web address compared without scheme, `www.` and trailing slash."""
    text = value.strip().casefold()
    text = re.sub(r"^[a-z]+://", "", text)
    if text.startswith("www."):
        text = text[4:]
    return text.rstrip("/")


# Addresses that name one person: a LinkedIn or XING profile, a personal page on a social network.
_PROFILE = re.compile(
    r"(?:[a-z]{2,3}\.)?(linkedin\.com/(?:in|pub)/[^/?#]+|xing\.com/profile/[^/?#]+"
    r"|(?:twitter|x)\.com/[^/?#]+|facebook\.com/[^/?#]+|github\.com/[^/?#]+|meetup\.com/members/\d+)"
)


def profile_key(value: str) -> str:
    """The profile a web address names (`linkedin.com/in/jane-doe`), or "" for any other address.

    A company's website is shared by everyone who works there; a profile
    address belongs to one person, so it can tell two people apart.
    """
    from urllib.parse import unquote

    match = _PROFILE.match(unquote(url_key(value)))
    return match.group(1) if match else ""


def value_key(name: str) -> Callable[[str], str]:
    """How two values of a single field are compared: emails, phones and web addresses by their key."""
    if name == "email":
        return email_key
    if name == "phone":
        return lambda v: phone_key(v) or plain(v)
    if name == "url":
        return url_key
    return plain


_MONTH_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%Y/%m/%d")
NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
"""`1/8/18`, `16.05.2024`: a date whose day and month order has to be known."""
_NO_YEAR = _dt.datetime(1, 1, 1)
_NUMERIC_WITH_TIME = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?"
)


def _numeric_date(match: re.Match[str], dayfirst: bool) -> str | None:
    """`1/8/18` as a date, the day first or the month first; a day above 12 decides by itself."""
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if year < 100:
        year += 2000 if year < 70 else 1900
    day, month = (first, second) if dayfirst else (second, first)
    if month > 12 >= day:
        day, month = month, day
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def lenient_date(value: str, *, dayfirst: bool | None = None) -> str | None:
    """An ISO date from the forms export files use; "" when empty, None if it is not a date.

    Args:
        value: `15 Jan 2024`, `2024-01-15T10:00Z`, `16.05.2024`, `1/8/18, 6:14 PM`…
        dayfirst: how `1/8/18` is read: True for 1 August (the Danish way, the
            default), False for January 8 (as LinkedIn writes it).
    """
    text = " ".join(value.split())
    if not text:
        return ""
    if dayfirst is not False:
        try:
            return parse_date(text)
        except ValidationError:
            pass
    else:
        try:
            return _dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            pass
    for fmt in _MONTH_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    numeric = _NUMERIC_WITH_TIME.fullmatch(text)
    if numeric:  # "1/8/18, 6:14 PM": read here, ten thousand rows would wait for dateutil
        return _numeric_date(numeric, dayfirst is not False)
    if not (NUMERIC_DATE.search(text) or re.search(r"[A-Za-z]{3}", text) and re.search(r"\d{4}", text)):
        return None  # "12" or "last spring": dateutil would make a date of anything
    from dateutil import parser

    try:
        parsed = parser.parse(text, dayfirst=dayfirst is not False, default=_NO_YEAR)
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1:
        return None
    return str(parsed.date().isoformat())


# Google's and Android's own groups: every contact is in them, so they say nothing about the person.
_SYSTEM_GROUPS = frozenset(
    plain(g) for g in ("myContacts", "My Contacts", "starred", "Starred in Android", "Mine kontakter", "Meine Kontakte")
)


def is_system_group(name: str) -> bool:
    """True for a group every contact of a Google or Android account is in (`myContacts`, `* starred`)."""
    text = name.strip()
    return text.startswith("*") or plain(text) in _SYSTEM_GROUPS
