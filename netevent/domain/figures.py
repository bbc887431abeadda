"""Numbers as people type and read them: money, minutes, shares and column widths.

Pure Python. Shared by the briefing, the review, the network report and the
command line so that "1,500 kr" and "1 h 30 min" look the same everywhere.
"""

from __future__ import annotations

import re
import unicodedata

from netevent.domain.models import ValidationError
from netevent.domain.visible import visible

__all__ = [
    "money",
    "hours",
    "percent",
    "parse_amount",
    "parse_minutes",
    "cell_width",
    "fit",
    "bar",
]

GIVE_AIM = 0.9
"""The article's rule of thumb: expect to give 90 % and get 10 %."""


def money(amount: float | None, unit: str = "kr") -> str:
    """`1500` → "1,500 kr"; whole amounts without decimals, others with two."""
    if amount is None:
        return "—"
    text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    return f"{text} {unit}".strip()


def hours(minutes: int) -> str:
    """`90` → "1 h 30 min", `120` → "2 h", `45` → "45 min", `0` → "0 min"."""
    h, m = divmod(max(0, int(minutes)), 60)
    if h and m:
        return f"{h} h {m} min"
    if h:
        return f"{h} h"
    return f"{m} min"


def percent(share: float | None) -> str:
    """`0.833` → "83 %"; None → "—"."""
    return "—" if share is None else f"{round(share * 100):d} %"


_CURRENCY = re.compile(r"(?i)\b(?:dkk|kr\.?|kroner|eur|euro|sek|nok|usd)\b|[€$£]")


def parse_amount(text: str | float | int | None, what: str = "amount") -> float:
    """An amount of money as typed: "1500", "1.500", "1,500", "1.500,50 kr", "450 DKK".

    A single separator followed by exactly three digits is a thousands
    separator (both "1.500" and "1,500" are fifteen hundred); otherwise the
    last separator is the decimal point ("12,5" is twelve and a half).

    Raises:
        ValidationError: not a number, or negative.
    """
    if text is None or text == "":
        return 0.0
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        raw = _CURRENCY.sub("", str(text)).replace(" ", "").replace("\u00a0", "").replace("_", "")
        value = _number(raw, str(text), what)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValidationError(f"{what} {text!r} is not a number")
    if value < 0:
        raise ValidationError(f"{what} cannot be negative ({text})")
    return value


def _number(raw: str, original: str, what: str) -> float:
    sign = -1.0 if raw.startswith("-") else 1.0
    body = raw.lstrip("+-")
    if not re.fullmatch(r"[0-9.,]*[0-9][0-9.,]*", body):
        raise ValidationError(f"{what} {original!r} is not a number")
    seps = [c for c in body if c in ".,"]
    if not seps:
        return sign * float(body)
    last = max(body.rfind("."), body.rfind(","))
    decimals = body[last + 1 :]
    first = re.split(r"[.,]", body)[0]
    if len(set(seps)) == 1 and (len(seps) > 1 or len(decimals) == 3) and first not in ("", "0"):
        if any(len(g) != 3 for g in re.split(r"[.,]", body)[1:]):
            raise ValidationError(f"{what} {original!r} is not a number")
        whole, frac = body.replace(seps[0], ""), ""  # only thousands separators
    else:
        whole = re.sub(r"[.,]", "", body[:last])
        frac = decimals
        groups = re.split(r"[.,]", body[:last])
        if "," in decimals or "." in decimals or any(len(g) != 3 for g in groups[1:]):
            raise ValidationError(f"{what} {original!r} is not a number")
    if not whole and not frac:
        raise ValidationError(f"{what} {original!r} is not a number")
    return sign * float(f"{whole or '0'}.{frac or '0'}")


_DURATION = re.compile(
    r"^(?:(?P<h>\d+(?:[.,]\d+)?)\s*(?:h|t|hours?|timer?)\s*)?(?:(?P<m>\d+)\s*(?:m|min|mins|minutes?|minutter)?)?$"
)


def parse_minutes(text: str | int | None, what: str = "minutes") -> int:
    """Time spent as typed: "90", "90 min", "2h", "1h30", "1.5 h", "1:30", "2 timer".

    Raises:
        ValidationError: not a duration, or negative.
    """
    if text is None or text == "":
        return 0
    if isinstance(text, int):
        value = text
    else:
        raw = str(text).strip().casefold()
        if raw.startswith("-"):
            raise ValidationError(f"{what} cannot be negative ({text})")
        clock = re.fullmatch(r"(\d+):([0-5]\d)", raw)
        match = _DURATION.match(raw) if not clock else None
        if clock:
            value = int(clock.group(1)) * 60 + int(clock.group(2))
        elif match and (match.group("h") or match.group("m")):
            h = float(match.group("h").replace(",", ".")) if match.group("h") else 0.0
            value = round(h * 60) + int(match.group("m") or 0)
        else:
            raise ValidationError(f"{what} {text!r} is not a duration (e.g. 90, 1h30 or 2 h)")
    if value < 0:
        raise ValidationError(f"{what} cannot be negative ({text})")
    return value


def cell_width(text: str) -> int:
    """How many terminal cells `text` takes (wide East Asian characters count two)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def fit(text: str, width: int, *, right: bool = False) -> str:
    """Pad or cut `text` to exactly `width` cells; a cut ends in "…".

    Control characters and invisible formatting are made visible first
    (`visible`): they would move the columns, and `fit` only makes text to show.
    """
    text = visible(" ".join(text.split()), lines=False)
    if cell_width(text) > width:
        out, used = "", 0
        for ch in text:
            w = cell_width(ch)
            if used + w > width - 1:
                break
            out += ch
            used += w
        text = out + "…"
    pad = " " * (width - cell_width(text))
    return pad + text if right else text + pad


_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, largest: float, width: int) -> str:
    """A horizontal bar of `width` cells at most, in eighths of a cell, padded to `width`."""
    if largest <= 0 or value <= 0:
        return " " * width
    eighths = max(1, round(min(value, largest) / largest * width * 8))
    full, part = divmod(eighths, 8)
    text = "█" * full + (_EIGHTHS[part] if part else "")
    return text + " " * (width - len(text))
