"""Read a file to import, decode it and tell CSV, vCard and JSON apart by their content.

Pure Python. Every problem that makes the whole file unusable becomes one
`ImportFailed` naming the file: missing, a folder, empty, binary, unreadable.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from netevent.io.incoming import ImportFailed

__all__ = ["read_text", "detect_format", "Decoded"]

_MAGIC = (
    (b"PK\x03\x04", "a zip file (an Excel .xlsx or Numbers file?)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel or Word file"),
    (b"%PDF", "a PDF"),
)
_VCARD = re.compile(r"^\s*BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)


class Decoded(str):
    """The file's text, remembering which encoding it was read with."""

    encoding: str

    def __new__(cls, text: str, encoding: str) -> Decoded:
        """`text`, read with `encoding`."""
        obj = super().__new__(cls, text)
        obj.encoding = encoding
        return obj


def read_text(path: str | Path) -> Decoded:
    """The file's text: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252.

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
    """Decode the bytes of a file called `name` (see `read_text`)."""
    if not raw.strip():
        raise ImportFailed(f"{name} is empty: there is nothing to import")
    # Spreadsheet programs save "Unicode text" as UTF-16 with a byte-order mark.
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom) and not raw.startswith(codecs.BOM_UTF8):
            try:
                return _checked(raw[len(bom) :].decode(encoding), "UTF-16", name)
            except UnicodeDecodeError as error:
                raise ImportFailed(f"{name} starts like UTF-16 text but is not ({error.reason})") from None
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise ImportFailed(f"{name} is {what}, not CSV, vCard or JSON text; save or export it as CSV (UTF-8) first")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise ImportFailed(
            f"{name} looks like a binary file (a NUL byte at byte {nul + 1}), not CSV, vCard or JSON text"
        )
    try:
        return _checked(raw.decode("utf-8-sig"), "UTF-8", name)
    except UnicodeDecodeError:
        pass
    # Not UTF-8 as a whole: decode line by line, so a file pasted together from a
    # UTF-8 and a Windows-1252 source keeps its letters right in both parts.
    lines: list[str] = []
    utf8 = False
    for line in raw.splitlines(keepends=True):
        try:
            text = line.decode("utf-8")
            utf8 = utf8 or not line.isascii()
        except UnicodeDecodeError:
            try:
                text = line.decode("cp1252")
            except UnicodeDecodeError as error:
                number = len(lines) + 1
                raise ImportFailed(
                    f"{name} line {number}: byte 0x{line[error.start]:02x} is neither UTF-8 nor Windows-1252 "
                    "text; is this a binary file?"
                ) from None
        lines.append(text)
    text = "".join(lines)
    if text.startswith("\ufeff"):
        text = text[1:]
    return _checked(text, "UTF-8 and Windows-1252 mixed" if utf8 else "Windows-1252", name)


def _checked(text: str, encoding: str, name: str) -> Decoded:
    """Refuse text that is mostly control characters: a binary file that happened to decode."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    if controls > max(8, len(sample) // 20):
        raise ImportFailed(f"{name} looks like a binary file, not CSV, vCard or JSON text")
    if not text.strip():
        raise ImportFailed(f"{name} is empty: there is nothing to import")
    return Decoded(text, encoding)


def detect_format(text: str) -> str:
    """'json', 'vcard' or 'csv', judged by the content rather than the file name."""
    start = text.lstrip("\ufeff \t\r\n")
    if start[:1] in "{[":
        return "json"
    if _VCARD.search(text[:65536]):
        return "vcard"
    return "csv"
