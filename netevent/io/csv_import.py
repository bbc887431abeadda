"""Read people from CSV files the way event platforms and contact tools export them.

Pure Python. Finds the delimiter (comma, semicolon, tab or bar) and the header
row (LinkedIn puts notes above it) by looking for a name column, maps the
columns by their headers (see `columns`), skips refunded, cancelled and
declined registrations, and keeps every other answer on the person. Row
numbers are the ones a spreadsheet shows: the header is row 1 when it is the
first line.
"""

from __future__ import annotations

import csv
import io
import json
import re

from netevent.domain.models import ValidationError
from netevent.domain.text import fold
from netevent.io.columns import Column, classify, is_name_column, norm_header
from netevent.io.incoming import Draft, ImportFailed, Incoming, Parsed, Skipped, split_list

__all__ = ["parse_csv"]

_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
_HEADER_SEARCH = 30  # rows: LinkedIn's notes preamble is three
_SKIP_STATUS = {
    " ".join(fold(s).split())
    for s in [
        "refunded",
        "refund",
        "cancelled",
        "canceled",
        "deleted",
        "declined",
        "rejected",
        "no",
        "not attending",
        "not going",
        "\n        afmeldt",
        "aflyst",
        "annulleret",
        "refunderet",
        "nej",
        "afvist",
        "ikke deltagende",
    ]
}
"""Registration states that mean the person is not coming (Eventbrite, Luma, Meetup, Danish lists)."""

_JOB_TITLES = {"job title", "position", "organization 1 - title", "organization title", "jobtitel", "stilling"}

csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))


def parse_csv(text: str, path: str, encoding: str = "UTF-8") -> Parsed:
    """Read every row of a CSV file into people to import and rows skipped.

    Raises:
        ImportFailed: no header with a name column, or a quote that is never closed.
    """
    delimiter, header_index = _layout(text, path)
    records = _records(text, delimiter, path)
    header = records[header_index]
    columns = _columns(header)
    keys = {norm_header(h) for h in header}
    incoming: list[Incoming] = []
    skipped: list[Skipped] = []
    for index in range(header_index + 1, len(records)):
        cells = [c.strip() for c in records[index]]
        if not any(cells):
            continue
        source = f"row {index + 1}"
        draft, statuses = _read_row(cells, columns, len(header))
        name = draft.full_name() or draft.single.get("email", "")
        stop = next(((label, value) for label, value in statuses if _skip(value)), None)
        if stop:
            skipped.append(Skipped(source, name, f'{stop[0]} is "{stop[1]}"'))
            continue
        try:
            person = draft.person()
        except ValidationError as error:
            reason = "no name or email" if str(error) == "no name" else str(error)
            skipped.append(Skipped(source, name or _glimpse(cells), reason))
            continue
        incoming.append(Incoming(person, source, tuple(draft.remarks)))
    label = f"{_shape(keys)} (CSV, {_DELIMITER_NAMES[delimiter]}-separated, {encoding})"
    return Parsed(path, label, tuple(incoming), tuple(skipped))


def _skip(value: str) -> bool:
    return " ".join(fold(value).split()) in _SKIP_STATUS


def _glimpse(cells: list[str]) -> str:
    """A few cells of a row without a name, so the person can find it."""
    return ", ".join(c for c in cells if c)[:60]


# ---------------------------------------------------------------- layout


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


def _layout(text: str, path: str) -> tuple[str, int]:
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


def _records(text: str, delimiter: str, path: str) -> list[list[str]]:
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


def _columns(header: list[str]) -> list[Column]:
    columns = [classify(i, h.strip()) for i, h in enumerate(header)]
    keys = [norm_header(h) for h in header]
    if "ticket name" in keys and "approval status" in keys:
        # Luma: bookkeeping columns come before `ticket_name`, questions after it.
        cut = keys.index("ticket name")
        columns = [Column(c.index, c.label, "ignore") if c.kind == "extra" and c.index < cut else c for c in columns]
    if "title" in keys and _JOB_TITLES & set(keys):
        # Outlook's "Title" is Mr./Dr. when there is a "Job Title" too.
        columns = [Column(c.index, c.label, "extra") if keys[c.index] == "title" else c for c in columns]
    if "url of member profile" in keys:
        # Meetup's "Title" is the member's title in the group (Organizer), not a job title.
        columns = [
            Column(c.index, c.label, "extra") if c.field == "role" and keys[c.index] == "title" else c for c in columns
        ]
    return columns


def _shape(keys: set[str]) -> str:
    """Which tool the file most likely came from, for the report."""
    if "attendee status" in keys or "order #" in keys or "eventbrite fees" in keys:
        return "Eventbrite attendee report"
    if "approval status" in keys or "ticket name" in keys or "api id" in keys:
        return "Luma guest list"
    if "url of member profile" in keys or "rsvp" in keys:
        return "Meetup attendee list"
    if "connected on" in keys:
        return "LinkedIn connections"
    if "e-mail 1 - value" in keys or "group membership" in keys or "given name" in keys or "labels" in keys:
        return "Google Contacts"
    if {"name", "strengths", "needs"} <= keys:
        return "netevent people list"
    return "people list"


# ------------------------------------------------------------------- rows


def _unformula(value: str) -> str:
    """Undo the apostrophe that keeps spreadsheets from running `=…` or `+45…` as a formula."""
    if len(value) > 1 and value[0] == "'" and value[1:].lstrip()[:1] in ("=", "+", "-", "@"):
        return value[1:]
    return value


def _read_row(cells: list[str], columns: list[Column], width: int) -> tuple[Draft, list[tuple[str, str]]]:
    draft = Draft()
    statuses: list[tuple[str, str]] = []
    for column in columns:
        if column.index >= len(cells) or column.kind == "ignore":
            continue
        value = _unformula(cells[column.index])
        if not value:
            continue
        if column.kind == "field":
            _set_field(draft, column, value)
        elif column.kind == "list":
            items = split_list(value)
            if column.field == "tags":
                # Google's system groups ("* myContacts", "* starred") are not the person's tags.
                items = [i for i in items if not i.startswith("*")]
            draft.add_list(column.field, items)
        elif column.kind == "status":
            statuses.append((column.label, value))
            if norm_header(column.label) == "status" and not _skip(value):
                draft.add_extra(column.label, value)  # a plain "Status" may be the user's own (lead, customer)
        elif column.kind == "extra_json":
            _read_extra_json(draft, column.label, value)
        else:
            draft.add_extra(column.label, value)
    for index in range(width, len(cells)):
        if cells[index]:
            draft.add_extra(f"Column {index + 1}", cells[index])
    return draft, statuses


def _set_field(draft: Draft, column: Column, value: str) -> None:
    field = column.field
    if field in ("name", "first", "middle", "last"):
        if getattr(draft, field):
            draft.add_extra(column.label, value)
        else:
            setattr(draft, field, value)
    elif field == "about":
        draft.add_about(value)
    elif field in ("email", "phone", "url"):
        for part in value.split(":::"):  # Google puts several values in one cell
            if field == "email" and part.count("@") > 1:  # "a@x.dk; b@y.dk" typed by hand
                for address in re.split(r"[;,\s]+", part):
                    draft.set(field, address, column.label)
            else:
                draft.set(field, part, column.label)
    else:
        draft.set(field, value, column.label)


def _read_extra_json(draft: Draft, label: str, value: str) -> None:
    """netevent's own `extra` column: a JSON object of label → answer."""
    try:
        data = json.loads(value)
    except ValueError:
        data = None
    if isinstance(data, dict):
        for key, answer in data.items():
            draft.add_extra(str(key), str(answer))
    else:
        draft.add_extra(label, value)
