"""Read MECARD, the one-line contact that phone QR-code scanners copy: `MECARD:N:Nørby,Pia;TEL:…;;`.

Pure Python. Fields are `KEY:value` separated by `;`, the card ends with
`;;`, and `\\` escapes `;`, `:`, `,` and itself. `N` is `last,first`;
`TEL`, `EMAIL`, `URL`, `ORG`, `TITLE`, `NOTE`, `NICKNAME`, `BDAY` and `ADR`
are read; anything else is kept as an extra. One card a line.
"""

from __future__ import annotations

import re

from netevent.domain.models import ValidationError
from netevent.io.incoming import Draft, Incoming, Parsed, Skipped

__all__ = ["parse_mecard", "is_mecard"]

_START = re.compile(r"\s*MECARD:", re.IGNORECASE)
_FIELDS = {"TEL": "phone", "TEL-AV": "phone", "EMAIL": "email", "URL": "url", "ORG": "company", "TITLE": "role"}
_EXTRAS = {"NICKNAME": "Nickname", "BDAY": "Birthday", "ADR": "Address", "SOUND": "Name (reading)"}


def is_mecard(text: str) -> bool:
    """True when the text starts with `MECARD:`."""
    return bool(_START.match(text))


def parse_mecard(text: str, path: str, encoding: str = "UTF-8") -> Parsed:
    """Every MECARD in the text (one a line) as people to import."""
    incoming: list[Incoming] = []
    skipped: list[Skipped] = []
    warnings: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"line {number}"
        match = _START.match(line)
        if not match:
            warnings.append(f"{source}: not a MECARD, ignored: {line.strip()[:40]!r}")
            continue
        draft = read_mecard(line[match.end() :])
        if not draft.full_name():
            # A scanner's card without N: is a fragment; naming a contact by its number is a guess to refuse.
            skipped.append(Skipped(source, "", "the MECARD has no name (N:)"))
            continue
        try:
            incoming.append(Incoming(draft.person(), source, tuple(draft.remarks)))
        except ValidationError:
            skipped.append(Skipped(source, "", "no name, email or phone number in the MECARD"))
    return Parsed(path, f"MECARD ({encoding})", tuple(incoming), tuple(skipped), tuple(warnings))


def read_mecard(body: str) -> Draft:
    """The fields of one MECARD, without its `MECARD:` prefix."""
    draft = Draft()
    for part in _split(body, ";"):
        key, sep, value = part.partition(":")
        key = key.strip().upper()
        if not sep or not value.strip():
            continue
        raw, value = value, _unescape(value)
        if key == "N":
            names = [_unescape(p).strip() for p in _split(raw, ",")]
            draft.last = names[0]
            draft.first = names[1] if len(names) > 1 else ""
        elif key in _FIELDS:
            draft.set(_FIELDS[key], value, key.capitalize())
        elif key == "NOTE":
            draft.add_about(value)
        else:
            draft.add_extra(_EXTRAS.get(key, key.capitalize()), value)
    return draft


def _split(text: str, sep: str) -> list[str]:
    """Split on `sep` where it is not escaped with a backslash; escapes stay for `_unescape`."""
    parts, buf, index = [], [], 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            buf.append(text[index : index + 2])
            index += 2
            continue
        if ch == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
        index += 1
    parts.append("".join(buf))
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)
