"""Where a CSV file's rows are: the delimiter, the header row, every record, and whether the file is whole.

Pure Python. The delimiter (comma, semicolon, tab or bar) is sniffed and
checked against the header: the header is the first row with a name
column (LinkedIn puts notes above it). A quote that is never closed, and a
file that ends in the middle of a row, are refused with the row they are on.
"""

from __future__ import annotations

import csv
import io

from netevent.io.columns import classify, is_name_column
from netevent.io.incoming import ImportFailed

__all__ = ["DELIMITER_NAMES", "find_layout", "read_records", "check_complete"]

_DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
_HEADER_SEARCH = 30  # rows: LinkedIn's notes preamble is three

csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))


def _candidates(text: str) -> list[str]:
    """Delimiters to try: the sniffed one first, then by how often they occur near the top."""
    sample = text[:16384]
    order: list[str] = []
    try:
        order.append(csv.Sniffer().sniff(sample, delimiters="".join(_DELIMITERS)).delimiter)
    except csv.Error:
        pass
    top = "\n".join(line for line in sample.splitlines()[:40] if line.strip())
    order.extend(sorted(_DELIMITERS, key=lambda d: -top.count(d)))
    return list(dict.fromkeys(order))


def _head(text: str, delimiter: str) -> list[list[str]]:
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text[:65536], newline=""), delimiter=delimiter)
    try:
        for row in reader:
            rows.append(row)
            if len(rows) >= _HEADER_SEARCH:
                break
    except csv.Error:
        pass
    return rows


def find_layout(text: str, path: str) -> tuple[str, int]:
    """The delimiter and the index of the header row: the first row with a name column."""
    candidates = _candidates(text)
    for delimiter in candidates:
        for index, row in enumerate(_head(text, delimiter)):
            if any(is_name_column(classify(i, cell)) for i, cell in enumerate(row)):
                return delimiter, index
    best = max((_head(text, d) for d in candidates), key=lambda rows: max((len(r) for r in rows), default=0))
    first = next(((i, r) for i, r in enumerate(best) if any(c.strip() for c in r)), (0, []))
    found = ", ".join(repr(c.strip()) for c in first[1] if c.strip())[:300] or "none"
    raise ImportFailed(
        f"{path} row {first[0] + 1}: no name column found (columns: {found}); "
        "expected a column like Name, or First Name and Last Name"
    )


def read_records(text: str, delimiter: str, path: str) -> list[list[str]]:
    """Every row; a quote that is never closed would swallow the rest of the file, so it is an error."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for row in reader:
            rows.append(row)
        return rows
    except csv.Error as error:
        if "unexpected end of data" in str(error) or "EOF" in str(error):
            raise ImportFailed(
                f"{path} row {len(rows) + 1}: a quoted cell is never closed (the quote runs to the end "
                "of the file); fix the quote and import again"
            ) from None
        if "field larger" in str(error):
            raise ImportFailed(f"{path} row {len(rows) + 1}: a cell is too large ({error})") from None
    # Sloppy quoting inside cells (`5" screen`): read it the forgiving way.
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def check_complete(text: str, records: list[list[str]], header_index: int, path: str) -> None:
    """Refuse a file that ends in the middle of a row: the last row is short and has no line end.

    Raises:
        ImportFailed: the file looks cut off.
    """
    if text.endswith(("\n", "\r")) or len(records) <= header_index + 2:
        return
    width = len(records[header_index])
    last = records[-1]
    if len(last) >= width:
        return
    others = [len(r) for r in records[header_index + 1 : -1] if any(c.strip() for c in r)]
    if not others or sum(1 for w in others if w >= width) < 0.9 * len(others):
        return  # short rows are normal in this file
    raise ImportFailed(
        f"{path} row {len(records)}: the file ends in the middle of this row ({len(last)} of {width} columns, "
        "no line end): it looks cut off, so nothing was imported; download or export it again"
    )
