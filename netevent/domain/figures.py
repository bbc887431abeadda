"""Numbers as people type and read them: money, minutes, shares and column widths.

Pure Python. Shared by the briefing, the review, the network report, every
form and the command line, so that "1.500 kr" and "1 t 30 min" look the same
everywhere and an amount is read one way wherever it is typed. Both follow
the current language (`netevent.i18n`).
"""

from __future__ import annotations

import re
import unicodedata

from netevent.domain.models import ValidationError
from netevent.domain.visible import visible
from netevent.i18n import _, format_amount, format_hours, format_number, format_percent, language
from netevent.i18n.cldr import CONVENTIONS

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
    """`1500` → "1.500 kr" in Danish, "1,500 kr" in English; whole amounts without decimals, others with two."""
    return format_amount(amount, unit)


def hours(minutes: int) -> str:
    """`90` → "1 t 30 min" in Danish, "1 h 30 min" in English; `120` → "2 t"; `45` → "45 min"."""
    return format_hours(minutes)


def percent(share: float | None) -> str:
    """`0.833` → "83 %", `0.125` → "12,5 %" in Danish ("12.5 %"); None → "—"."""
    return format_percent(share)


_CURRENCY = re.compile(r"(?i)\b(?:dkk|kr\.?|kroner|eur|euro|sek|nok|usd)(?!\w)|[€$£]")
_WHOLE = re.compile(r"[.,][-–]$")  # "1.500,-": whole kroner, as Danish price tags write it


def parse_amount(text: str | float | int | None, what: str = "") -> float:
    """An amount of money as typed in the current language; "" is 0.

    Danish: "1500", "1.500", "1.500,00 kr", "12,5", "1 500", "1.500,-".
    English: "1500", "1,500", "1,500.00", "12.5". With both separators the
    last one is the decimal point, in either language ("1,500.50").

    What could mean two things is refused rather than guessed: a single
    separator followed by exactly three digits, written the other language's
    way ("1,500" in Danish could be fifteen hundred or one and a half).

    Raises:
        ValidationError: not a number, ambiguous, or negative.
    """
    what = what or _("amount")
    if text is None or text == "":
        return 0.0
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        raw = _CURRENCY.sub("", str(text)).strip()
        raw = _WHOLE.sub("", raw)
        raw = re.sub(r"[\s_\u00a0\u202f']", "", raw)
        value = _number(raw, str(text).strip(), what)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValidationError(_("{what} {text!r} is not a number").format(what=what, text=text))
    if value < 0:
        raise ValidationError(_("{what} cannot be negative ({text})").format(what=what, text=text))
    return value


def _number(raw: str, original: str, what: str) -> float:
    def bad() -> ValidationError:
        return ValidationError(_("{what} {text!r} is not a number").format(what=what, text=original))

    sign = -1.0 if raw.startswith("-") else 1.0
    body = raw.lstrip("+-")
    if not re.fullmatch(r"[0-9.,]*[0-9][0-9.,]*", body) or body[0] in ".," and len(body) > 1 and body[1] in ".,":
        raise bad()
    seps = [c for c in body if c in ".,"]
    if not seps:
        return sign * float(body)
    parts = re.split(r"[.,]", body)
    conventions = CONVENTIONS[language()]
    if len(set(seps)) == 2:  # both: the last one is the decimal point
        point = body[max(body.rfind("."), body.rfind(","))]
        if seps.count(point) > 1 or body.rfind(point) < max(body.find(c) for c in seps):
            raise bad()
        groups, frac = parts[:-1], parts[-1]
        if not groups[0] or any(len(g) != 3 for g in groups[1:]):
            raise bad()
        return sign * float(f"{''.join(groups)}.{frac or '0'}")
    sep = seps[0]
    if len(seps) > 1:  # "1.500.000": only thousands separators
        if not parts[0] or any(len(g) != 3 for g in parts[1:]):
            raise bad()
        return sign * float("".join(parts))
    whole, frac = parts
    if len(frac) == 3 and whole not in ("", "0"):
        if sep == conventions.group:
            return sign * float(whole + frac)
        raise ValidationError(_ambiguous(what, original, whole, frac))
    if not frac:
        raise bad()
    return sign * float(f"{whole or '0'}.{frac}")


def _ambiguous(what: str, original: str, whole: str, frac: str) -> str:
    """The message for "1,500" in Danish or "1.500" in English: say both ways to write it."""
    thousands = format_number(float(whole + frac))
    decimal = format_number(float(f"{whole}.{frac}"), len(frac.rstrip("0")))
    return _("{what} {text!r} is ambiguous: write {thousands} or {decimal}").format(
        what=what, text=original, thousands=thousands, decimal=decimal
    )


_DURATION = re.compile(
    r"^(?:(?P<h>\d+(?:[.,]\d+)?)\s*(?:h|t|hours?|hrs?|timer?)\.?\s*)?"
    r"(?:(?P<m>\d+)\s*(?:m|min|mins|minutes?|minutter)?\.?)?$"
)


def parse_minutes(text: str | int | None, what: str = "") -> int:
    """Time spent as typed: "90", "90 min", "2h", "1h30", "1,5 t", "1.5 h", "1:30", "2 timer", "1 t 30 min".

    Raises:
        ValidationError: not a duration, or negative.
    """
    what = what or _("minutes")
    if text is None or text == "":
        return 0
    if isinstance(text, int):
        value = text
    else:
        raw = str(text).strip().casefold()
        if raw.startswith("-"):
            raise ValidationError(_("{what} cannot be negative ({text})").format(what=what, text=text))
        clock = re.fullmatch(r"(\d+):([0-5]\d)", raw)
        match = _DURATION.match(raw) if not clock else None
        if clock:
            value = int(clock.group(1)) * 60 + int(clock.group(2))
        elif match and (match.group("h") or match.group("m")):
            h = float(match.group("h").replace(",", ".")) if match.group("h") else 0.0
            value = round(h * 60) + int(match.group("m") or 0)
        else:
            raise ValidationError(
                _("{what} {text!r} is not a duration (e.g. 90, 1h30 or 2 h)").format(what=what, text=text)
            )
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
