"""The data file's layout: TinyDB's JSON with one document per line, written in pieces.

Pure Python, no Textual. Writing: `iter_dumps` serialises `{table: {id: doc}}`
chunk by chunk, so a save never holds the interpreter for long and never
builds the whole file in memory. Reading: `split_tables` finds where each
table starts and ends without parsing, so the big notes table can wait.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

import orjson

__all__ = [
    "CHUNK",
    "DEFERRED_TABLES",
    "dumps",
    "iter_dumps",
    "parse_in_pieces",
    "split_tables",
    "maybe_inexact",
    "exact_problem",
]


def _no_pace() -> None:
    return None


CHUNK = 1000  # documents per orjson call: each call holds the GIL for ~1 ms at most


def iter_dumps(data: dict[str, Any]) -> Iterator[bytes]:
    """Serialise TinyDB's `{table: {id: doc}}` data as JSON with one document per line, in pieces.

    One document per line keeps the file readable and diff-friendly in any
    editor while staying about a third smaller (and faster to read) than
    indented JSON. The pieces are small on purpose: each C call (serialise a
    chunk, write it) is short, so a save on a worker thread never holds the
    interpreter for long, and no copy of the whole file is ever made in memory
    (joining 70 MB into one bytes object alone froze the screen for ~100 ms).
    """
    yield b"{"
    for t_index, (name, table) in enumerate(data.items()):
        yield (b"," if t_index else b"") + b"\n" + orjson.dumps(name) + b": {"
        # islice, not list(items()): listing 250,000 notes is one 45 ms C call.
        items = iter(table.items())
        first = True
        while chunk := dict(islice(items, CHUNK)):
            body = orjson.dumps(chunk)[1:-1]
            # Inside a JSON string every quote is escaped, so `},"` only
            # occurs between a document and the next key.
            yield (b"\n" if first else b",\n") + body.replace(b'},"', b'},\n"')
            first = False
        yield b"\n}"
    yield b"\n}\n"


def dumps(data: dict[str, Any]) -> bytes:
    """The whole file as one bytes object (see `iter_dumps`)."""
    return b"".join(iter_dumps(data))


DEFERRED_TABLES = frozenset({"notes", "trash", "undo_images", "asks"})
"""Tables parsed only when first needed: the notes are most of a file's bytes, the
trash and the undo journal's documents are read only by a write, and the asks by a
person's history or a change of needs (the card reads the open ones from the person)."""


def split_tables(raw: bytes) -> list[tuple[str, int, int]] | None:
    """Cut a file in `iter_dumps`'s layout into (table name, table JSON) without parsing it.

    Returns None when the file does not start the way that layout does; it
    is then parsed whole. In that layout documents never contain a raw line
    break, so a line starting with `}` ends a table. A file edited into some
    other shape that still starts the same way fails to parse table by table,
    and the caller then parses it whole, so the split never changes what a
    valid file means. Returns offsets, not copies: slicing 10 MB of notes
    costs time.
    """
    if not raw.startswith(b'{\n"'):
        return None
    out: list[tuple[str, int, int]] = []
    pos = 1
    while True:
        if raw.startswith(b"\n}", pos):
            return out if not raw[pos + 2 :].strip() else None
        if not raw.startswith(b'\n"', pos):
            return None
        head_end = raw.find(b'": {', pos)
        if head_end < 0:
            return None
        try:
            name = orjson.loads(raw[pos + 1 : head_end + 1])
        except orjson.JSONDecodeError:
            return None
        start = head_end + 3
        close = raw.find(b"\n}", start)
        if not isinstance(name, str) or close < 0:
            return None
        out.append((name, start, close + 2))
        pos = close + 2
        if raw.startswith(b",", pos):
            pos += 1


PIECE = 256 * 1024
"""Bytes of documents parsed per orjson call when a big table is read in pieces."""


def parse_in_pieces(raw: bytes, start: int, stop: int) -> dict[str, Any] | None:
    """Parse the table `raw[start:stop]` (as `split_tables` found it) a few hundred kB at a time.

    One orjson call over 50 MB of notes holds the interpreter for 200 ms,
    long enough to freeze the screen while the app reads them in the
    background; pieces of whole lines keep each call to a millisecond or two.
    Returns None when a piece does not parse on its own (a document spread
    over lines by hand), and the caller parses the table whole.
    """
    table: dict[str, Any] = {}
    last = stop - 2  # the table's closing "\n}"
    pos = start + 1  # after its opening "{"
    while pos < last:
        end = raw.find(b"\n", min(pos + PIECE, last), last)
        if end < 0:
            end = last
        piece = raw[pos:end].strip().rstrip(b",")
        if piece:
            try:
                part = orjson.loads(b"{" + piece + b"}")
            except orjson.JSONDecodeError:
                return None
            if not isinstance(part, dict):
                return None
            table.update(part)
        pos = end
    return table


# ------------------------------------------------------------ read exactly
# orjson keeps the last of two equal keys and reads an integer beyond 64 bits
# as a float, both without a word: a hand edit that duplicated a line would
# lose a person at the next write, and a 20-digit number would come back as
# 1e20. Two quick byte scans tell when a table might hold either; only then
# Python's own reader (exact integers, every key seen) looks closely.

_DIGITS = bytes(48 if 48 <= i <= 57 else i for i in range(256))
_LONG_NUMBER = b"0" * 20


SCAN = 1 << 20
"""Bytes scanned per C call (about a millisecond), so the scan can step aside for the screen."""


def maybe_inexact(raw: bytes, start: int, stop: int, documents: int, pace: Callable[[], None] = _no_pace) -> bool:
    """True when the table `raw[start:stop]`, read into `documents` documents, may have lost something.

    In `iter_dumps`'s layout every document starts a line (a raw line break
    cannot occur inside a JSON string), so more lines than documents means a
    key was read twice, or the table was spread over lines by hand; a run of
    20 digits may be a number too large for orjson to keep exactly. Scanned
    in pieces, calling `pace` between them.
    """
    lines = 0
    long_run = len(_LONG_NUMBER)
    for at in range(start, stop, SCAN):
        end = min(at + SCAN, stop)
        # Each piece reaches a little into the next, for a match across the cut.
        lines += raw.count(b'\n"', at, min(end + 1, stop))
        if raw[at : min(end + long_run - 1, stop)].translate(_DIGITS).find(_LONG_NUMBER) >= 0:
            return True
        pace()
    return lines != documents


def exact_problem(body: bytes | memoryview, where: str) -> str | None:
    """What orjson would have read inexactly in this JSON, or None.

    Args:
        body: a table's JSON (or the whole file's).
        where: how to name the table in the message ("table 'people'").

    Returns:
        A duplicated document id or field, or an integer beyond 64 bits.
    """
    repeated: list[tuple[bool, str]] = []  # (the keys are ids, the key seen twice)
    big: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: set[str] = set()
        for key, _ in items:
            if key in seen:
                repeated.append((all(k.isdigit() for k, _ in items), key))
            seen.add(key)
        return dict(items)

    def integer(text: str) -> int:
        digits = text.lstrip("-")
        if len(digits) > 20 or not -(2**63) <= int(text) < 2**64:
            big.append(text if len(text) <= 30 else f"{text[:12]}… ({len(digits)} digits)")
            return 0
        return int(text)

    try:
        json.loads(bytes(body), object_pairs_hook=pairs, parse_int=integer)
    except (ValueError, RecursionError):
        return None  # orjson read it; this reader cannot say more
    for is_id, key in repeated:
        if is_id:
            return f"document id {key} appears twice in {where} (only the last would be kept)"
    if repeated:
        return f"a document in {where} has the field {repeated[0][1]!r} twice (only the last would be kept)"
    if big:
        return f"{where} holds the number {big[0]}, too large to keep exactly"
    return None
