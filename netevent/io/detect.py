"""Read a file to import, decode it and tell CSV, vCard, MECARD, iCalendar and JSON apart by their content.

Pure Python. Every problem that makes the whole file unusable becomes one
`ImportFailed` naming the file: missing, a folder, empty, binary, unreadable.
How the bytes become text (UTF-8, UTF-16 with or without a byte-order mark,
or an older one-byte code page, with letters mis-read by another program
repaired) is `encodings`' job.
"""

from __future__ import annotations

import re
from pathlib import Path

from netevent.io.encodings import Decoded, decode_bytes
from netevent.io.incoming import ImportFailed

__all__ = ["read_text", "decode", "detect_format", "Decoded"]

_MAGIC = (
    (b"PK\x03\x04", "a zip file (an Excel .xlsx or Numbers file?)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel or Word file"),
    (b"%PDF", "a PDF"),
)
_VCARD = re.compile(r"^\s*BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_CALENDAR = re.compile(r"BEGIN:VCALENDAR\s*$", re.IGNORECASE | re.MULTILINE)
_MECARD = re.compile(r"^\s*MECARD:", re.IGNORECASE)


def read_text(path: str | Path) -> Decoded:
    """The file's text, decoded (see `decode`).

    Raises:
        ImportFailed: the file is missing, a folder, unreadable, empty or binary.
    """
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ImportFailed(f"{path} is a folder, not a file to import") from None
    except PermissionError:
        raise ImportFailed(f"cannot read {path}: permission denied") from None
    except OSError as error:
        raise ImportFailed(f"cannot read {path}: {error.strerror or error}") from None
    return decode(raw, str(path))


def decode(raw: bytes, name: str) -> Decoded:
    """Decode the bytes of a file called `name`, refusing what is not text.

    Raises:
        ImportFailed: the bytes are empty, a spreadsheet, a PDF or binary.
    """
    if not raw.strip():
        raise ImportFailed(f"{name} is empty: there is nothing to import")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise ImportFailed(f"{name} is {what}, not CSV, vCard or JSON text; save or export it as CSV (UTF-8) first")
    text = decode_bytes(raw, name)
    return _checked(text, name)


def _checked(text: Decoded, name: str) -> Decoded:
    """Refuse text that is mostly control characters: a binary file that happened to decode."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    if controls > max(8, len(sample) // 20):
        raise ImportFailed(f"{name} looks like a binary file, not CSV, vCard or JSON text")
    if not text.strip():
        raise ImportFailed(f"{name} is empty: there is nothing to import")
    return text


def detect_format(text: str) -> str:
    """'json', 'ics', 'vcard', 'mecard' or 'csv', judged by the content rather than the file name."""
    start = text.lstrip("\ufeff \t\r\n")
    if start[:1] in "{[":
        return "json"
    if _CALENDAR.match(start):
        return "ics"
    if _VCARD.search(text[:65536]):
        return "vcard"
    if _MECARD.match(start):
        return "mecard"
    return "csv"
