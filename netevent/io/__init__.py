"""Import and export: attendee lists and contacts in, summaries, contacts and backups out.

Pure Python, no Textual. `run_import(repo, path)` reads CSV (Eventbrite, Luma,
Meetup, LinkedIn, Google Contacts, Outlook, Thunderbird or plain columns),
vCard (2.1, 3.0, 4.0), MECARD or a netevent JSON backup (`read_bytes` the
same from standard input), merges it into the stored people without duplicating
anyone, and returns an `ImportReport`. `export_text(repo, fmt)` writes
Markdown, CSV, vCard 4.0 or a complete JSON backup.
"""

from __future__ import annotations

from netevent.io.export import EXPORT_FORMATS, export_text
from netevent.io.importer import import_parsed, read_bytes, read_file, run_import
from netevent.io.incoming import ImportFailed
from netevent.io.report import ImportReport, RowResult

__all__ = [
    "run_import",
    "read_file",
    "read_bytes",
    "import_parsed",
    "ImportReport",
    "RowResult",
    "ImportFailed",
    "export_text",
    "EXPORT_FORMATS",
]
