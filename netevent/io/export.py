"""Export people as Markdown, CSV, vCard 4.0 or a complete JSON backup; follow-ups and events as iCalendar.

Pure Python. CSV uses netevent's own columns, so importing the file again
gives the same people back; the vCard and JSON exports round-trip too.
What a terminal or a spreadsheet will show never carries a control character
from the data: Markdown, CSV and vCard write them as visible escapes (`␛`,
`\x9b`, `\u202e`), and the JSON backup, which must give back exactly what
was stored, escapes them as JSON does (`\u001b`).
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

from netevent.domain.models import Event, Person
from netevent.domain.visible import visible
from netevent.io.select import people_for

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["EXPORT_FORMATS", "CSV_COLUMNS", "export_text", "csv_text", "join_list"]

EXPORT_FORMATS = ("md", "csv", "vcf", "json", "ics")
"""The formats `netevent export --format` accepts."""

CSV_COLUMNS = (
    "name",
    "company",
    "role",
    "email",
    "phone",
    "url",
    "tags",
    "strengths",
    "needs",
    "interests",
    "about",
    "first_met_on",
    "first_met_at",
    "extra",
)
"""netevent's own CSV columns, in the order they are written."""


def export_text(repo: Repository, fmt: str = "md", event: Event | None = None) -> str:
    """The export as text; `event` restricts it to that event's room (for `ics`: that event and its follow-ups).

    Raises:
        ValueError: an unknown format.
    """
    if fmt == "md":
        from netevent.io.markdown import markdown_text

        return markdown_text(repo, event)
    if fmt == "csv":
        return csv_text(people_for(repo, event))
    if fmt == "vcf":
        from netevent.io.vcard_export import vcard_text

        return vcard_text(people_for(repo, event))
    if fmt == "json":
        from netevent.io.json_io import backup_json

        return backup_json(repo, event)
    if fmt == "ics":
        from netevent.io.ics_export import ics_text

        return ics_text(repo, event)
    raise ValueError(f"unknown export format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")


def join_list(items: tuple[str, ...]) -> str:
    """A list cell: items joined by `; `.

    A single item with a comma gets a trailing `;`, so the importer (which
    splits a cell without `;` on commas) reads it back as one item.
    """
    text = "; ".join(items)
    if len(items) == 1 and "," in items[0]:
        text += ";"
    return text


_FORMULA_START = ("=", "+", "-", "@")


def _safe(value: str) -> str:
    """A cell a spreadsheet shows as text: never a formula, never a control character.

    A cell starting with `=`, `+`, `-` or `@` (after any spaces, tabs or
    line breaks, which spreadsheets skip) is run as a formula by Excel,
    LibreOffice and Google Sheets (`=HYPERLINK(…)`, `+45…`); a leading `'`
    makes it text, as those programs expect, and the importer takes it off
    again. Control characters and invisible formatting are written as
    visible escapes (line breaks inside a cell are kept).
    """
    if value.lstrip()[:1] in _FORMULA_START:
        value = "'" + value
    return visible(value)


def csv_text(people: list[Person]) -> str:
    """People in netevent's own CSV columns (comma-separated, one header row)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in people:
        row = [
            p.name,
            p.company,
            p.role,
            p.email,
            p.phone,
            p.url,
            join_list(p.tags),
            join_list(p.strengths),
            join_list(p.needs),
            join_list(p.interests),
            p.about,
            p.first_met_on,
            p.first_met_at,
            json.dumps(dict(p.extra), ensure_ascii=False) if p.extra else "",
        ]
        writer.writerow([_safe(cell) for cell in row])
    return buffer.getvalue()
