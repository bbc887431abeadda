"""Read people from CSV files the way event platforms and contact tools export them.

Pure Python. Finds the delimiter (comma, semicolon, tab or bar) and the header
row (LinkedIn puts notes above it) by looking for a name column, maps the
columns by their headers (see `columns`), skips refunded, cancelled and
declined registrations, and keeps every other answer on the person. Row
numbers are the ones a spreadsheet shows: the header is row 1 when it is the
first line. A file that ends in the middle of a row was cut off (a download
that stopped, a copy that filled the disk) and is refused as a whole.
"""

from __future__ import annotations

import json
import re

from netevent.domain.models import ValidationError
from netevent.domain.text import fold
from netevent.io.columns import Column, classify, norm_header
from netevent.io.csv_layout import DELIMITER_NAMES, check_complete, find_layout, read_records
from netevent.io.incoming import Draft, Incoming, Parsed, Skipped, split_list
from netevent.io.values import NUMERIC_DATE

__all__ = ["parse_csv"]

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


def parse_csv(text: str, path: str, encoding: str = "UTF-8") -> Parsed:
    """Read every row of a CSV file into people to import and rows skipped.

    Raises:
        ImportFailed: no header with a name column, or a quote that is never closed.
    """
    delimiter, header_index = find_layout(text, path)
    records = read_records(text, delimiter, path)
    check_complete(text, records, header_index, path)
    header = records[header_index]
    columns = _columns(header)
    keys = {norm_header(h) for h in header}
    shape = _shape(keys)
    dayfirst = _date_order(records[header_index + 1 :], columns, shape)
    ignored = [c for c in columns if c.kind == "ignore" and c.label.strip()]
    unkept: dict[str, None] = {}
    incoming: list[Incoming] = []
    skipped: list[Skipped] = []
    for index in range(header_index + 1, len(records)):
        cells = [_cell(c) for c in records[index]]
        if not any(cells):
            continue
        source = f"row {index + 1}"
        for column in ignored:
            if column.label not in unkept and column.index < len(cells) and cells[column.index]:
                unkept[column.label] = None
        draft, statuses = _read_row(cells, columns, len(header), dayfirst)
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
    label = f"{shape} (CSV, {DELIMITER_NAMES[delimiter]}-separated, {encoding})"
    not_kept = (f"columns: {', '.join(unkept)}",) if unkept else ()
    return Parsed(path, label, tuple(incoming), tuple(skipped), not_kept=not_kept)


def _cell(value: str) -> str:
    """A cell without surrounding spaces; a line break inside it (CRLF, CR) becomes a plain newline."""
    value = value.strip()
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def _date_order(rows: list[list[str]], columns: list[Column], shape: str) -> bool | None:
    """Whether `1/8/18` in this file's date columns is 1 August (True) or January 8 (False).

    A day above 12 in either place settles it; otherwise LinkedIn writes the
    month first, and other files are read the Danish way (None).
    """
    indexes = [c.index for c in columns if c.kind == "field" and c.field == "first_met_on"]
    first_big = second_big = False
    for row in rows if indexes else ():
        for index in indexes:
            match = NUMERIC_DATE.match(row[index].strip()) if index < len(row) else None
            if match:
                first_big = first_big or int(match.group(1)) > 12
                second_big = second_big or int(match.group(2)) > 12
    if first_big != second_big:
        return first_big
    return False if shape == "LinkedIn connections" else None


def _skip(value: str) -> bool:
    return " ".join(fold(value).split()) in _SKIP_STATUS


def _glimpse(cells: list[str]) -> str:
    """A few cells of a row without a name, so the person can find it."""
    return ", ".join(c for c in cells if c)[:60]


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
    if {"phone numbers", "instant message handles"} <= keys:
        return "LinkedIn imported contacts"
    if {"primary email", "display name"} <= keys:
        return "Thunderbird address book"
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


def _read_row(
    cells: list[str], columns: list[Column], width: int, dayfirst: bool | None
) -> tuple[Draft, list[tuple[str, str]]]:
    draft = Draft(dayfirst=dayfirst)
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
            draft.labels[field] = column.label
    elif field == "about":
        draft.add_about(value)
    elif field in ("email", "phone", "url"):
        for part in value.split(":::"):  # Google puts several values in one cell
            if field == "email" and part.count("@") > 1:  # "a@x.dk; b@y.dk" typed by hand
                for address in re.split(r"[;,\s]+", part):
                    draft.set(field, address, column.label)
            elif field == "phone" and _several_numbers(part):  # LinkedIn: "+4512345678, +45 12 34 56 78"
                for number in re.split(r"[;,]", part):
                    draft.set(field, number, column.label)
            else:
                draft.set(field, part, column.label)
    else:
        draft.set(field, value, column.label)


def _several_numbers(cell: str) -> bool:
    """True for a cell that lists phone numbers separated by commas or semicolons."""
    parts = re.split(r"[;,]", cell)
    return len(parts) > 1 and all(len(re.sub(r"\D", "", p)) >= 6 for p in parts)


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
