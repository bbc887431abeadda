"""`netevent import` and `netevent export`: attendee lists and contacts in, summaries and backups out."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from netevent.cli.common import Fail, db_option, echo, open_repo, write_file
from netevent.i18n import _, ngettext

if TYPE_CHECKING:
    from netevent.io.incoming import Parsed
    from netevent.storage.repository import Repository

__all__ = ["import_command", "export_command"]

_SUFFIX_FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".csv": "csv",
    ".vcf": "vcf",
    ".vcard": "vcf",
    ".json": "json",
    ".ics": "ics",
}


@click.command("import")
@click.argument("file", type=click.Path(path_type=str, readable=False))
@click.option(
    "--event", "event_name", default=None, help=_("Put everyone imported in this event's room (created if needed).")
)
@click.option("--dry-run", is_flag=True, help=_("Show what would be added, merged and skipped; write nothing."))
@db_option
def import_command(file: str, event_name: str | None, dry_run: bool, db: str | None) -> None:
    """Import people from CSV, vCard (.vcf), MECARD or a netevent JSON backup, events from an .ics; `-` reads stdin.

    CSV from Eventbrite, Luma, Meetup, LinkedIn, Google Contacts, Outlook,
    Thunderbird or any file with a name column; the format and the encoding
    are told by the content. People already known are merged, never
    duplicated; the report lists every row and everything not kept.

    A calendar invite (.ics from Luma, Eventbrite, Meetup, Google, Outlook,
    iCloud) creates or updates its event (name, date, start, place, minutes);
    attendees you already know join its room. Importing it again changes nothing.
    """
    from netevent.io import ImportFailed, import_parsed, read_bytes, read_file

    try:
        parsed = _read_stdin(read_bytes) if file == "-" else read_file(file)
    except ImportFailed as error:
        raise Fail(str(error)) from None
    for problem in parsed.errors:
        echo(_("netevent: {problem}").format(problem=problem), err=True)
    opener = _open_dry(db) if dry_run else open_repo(db)
    with opener as repo:
        try:
            report = import_parsed(repo, parsed, event_name=event_name, dry_run=dry_run)
        except ImportFailed as error:
            raise Fail(str(error)) from None
    for line in report.lines():
        echo(line)


def _read_stdin(read_bytes: Callable[[bytes, str], Parsed]) -> Parsed:
    """What is piped in, or pasted at the terminal (a vCard or MECARD from a phone) until Ctrl+D."""
    if sys.stdin.isatty():
        click.echo(_("Paste a vCard, MECARD or CSV, then press Ctrl+D on a line of its own:"), err=True)
    return read_bytes(sys.stdin.buffer.read(), "stdin")


@contextmanager
def _open_dry(db: str | None) -> Iterator[Repository]:
    """Open the data file read-only for a dry run; a file that does not exist yet counts as empty."""
    from netevent.config import resolve_db_path
    from netevent.storage.errors import StorageError
    from netevent.storage.repository import Repository

    if db is None:
        ctx = click.get_current_context(silent=True)
        obj = ctx.find_root().obj if ctx is not None else None
        db = obj.get("db") if isinstance(obj, dict) else None
    path = resolve_db_path(db)
    if path.exists():
        with open_repo(str(path), read_only=True) as repo:
            yield repo
        return
    try:
        repo = Repository.open(path, read_only=True)
    except StorageError as error:
        raise Fail(str(error)) from None
    try:
        yield repo
    finally:
        repo.close()


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "csv", "vcf", "json", "ics"]),
    default=None,
    help=_(
        "md (default; or from the -o file's extension), csv, vcf, json (a "
        "complete backup) or ics (open follow-ups as to-dos and coming events, "
        "for your calendar)."
    ),
)
@click.option("--event", "event_name", default=None, help=_("Only this event: its briefing and room."))
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(path_type=str, readable=False),
    help=_("Write to this file instead of stdout."),
)
@db_option
def export_command(fmt: str | None, event_name: str | None, output: str | None, db: str | None) -> None:
    """Export people as Markdown, CSV, vCard or a complete JSON backup; follow-ups and events as iCalendar.

    `--format ics` writes one to-do per open follow-up (due date, person,
    event, action) and one event per event from today on; importing a newer
    export into your calendar updates it instead of adding everything twice.
    """
    from netevent.io import export_text

    if fmt is None:
        fmt = _SUFFIX_FORMATS.get(Path(output).suffix.lower(), "md") if output else "md"
    with open_repo(db, read_only=True) as repo:
        event = None
        if event_name is not None:
            event = repo.find_event(event_name)
            if event is None:
                raise Fail(
                    _("there is no event called {event_name!r} (see `netevent event list`)").format(
                        event_name=event_name
                    )
                )
        text = export_text(repo, fmt, event)
        if fmt == "ics":
            from netevent.io.ics_export import calendar_items

            events, followups = calendar_items(repo, event)
            what = _("{count} and {count2}").format(
                count=_count(len(followups), "follow-up"),
                count2=_count(len(events), "event"),
            )
        else:
            count = len(event.person_ids) if event is not None else repo.people_count
            what = ngettext("{count} person", "{count} people", count).format(count=count)
    if output is None:
        # Each format already shows control characters visibly (JSON escapes
        # them); the text goes out byte for byte, CRLF line ends included.
        click.echo(text, nl=False)
        return
    _write(Path(output).expanduser(), text, bom=fmt == "csv")
    echo(_("Wrote {what} as {fmt} to {output}").format(what=what, fmt=fmt, output=output))


def _count(number: int, noun: str) -> str:
    if noun == "event":
        return ngettext("{count} event", "{count} events", number).format(count=number)
    return ngettext("{count} follow-up", "{count} follow-ups", number).format(count=number)


def _write(path: Path, text: str, *, bom: bool) -> None:
    """Write the export atomically; a BOM on CSV makes spreadsheet programs read æ, ø, å right."""
    write_file(path, text.encode("utf-8-sig" if bom else "utf-8"))
