"""Import from inside the app: type a path, see the plan, press Enter again to import."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Static

from netevent.i18n import N_, _
from netevent.io import run_import
from netevent.io.report import ImportReport
from netevent.tui.host import host

__all__ = ["ImportModal"]


def _report_text(report: ImportReport) -> str:
    # A 10,000-row file has a 10,000-line report: show the summary and the first rows.
    return "\n".join(report.lines(limit=30))


class ImportModal(ModalScreen[bool]):
    """A two-step import: Enter shows what would change, Enter again does it (one atomic write)."""

    BINDINGS = [Binding("escape", "close", N_("Close"), id="import-close")]

    def __init__(self) -> None:
        super().__init__()
        self._planned: tuple[str, bool] | None = None
        self._imported = False

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        event = host(self).repo.current_event()
        with Vertical(id="form-box"):
            yield Label(_("Import people"), id="form-title")
            yield Label(_("CSV (Eventbrite, Luma, LinkedIn…), vCard, an .ics invite or a backup"), classes="form-label")
            yield Input(placeholder=_("~/Downloads/attendees.csv"), id="import-path")
            yield Checkbox(
                _("Add everyone to the room of {name}").format(name=event.name) if event else _("No current event"),
                value=event is not None,
                disabled=event is None,
                id="import-room",
            )
            with VerticalScroll(id="import-report"):
                yield Static("", id="import-report-text", markup=False)
            yield Label(_("Enter shows the plan · Enter again imports · Esc closes"), id="form-hint")

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.query_one("#import-path", Input).focus()

    @on(Input.Changed, "#import-path")
    def _path_changed(self) -> None:
        self._planned = None

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = str(Path(event.value.strip()).expanduser()) if event.value.strip() else ""
        if not path:
            self._show(_("Type the path of a file to import."))
            return
        in_room = self.query_one("#import-room", Checkbox).value
        dry_run = self._planned != (path, in_room)
        repo = host(self).repo
        room = repo.current_event()
        job = partial(
            run_import, repo, Path(path), event_name=room.name if (in_room and room) else None, dry_run=dry_run
        )
        self._show(_("Reading the file…") if dry_run else _("Importing…"))
        host(self).write(
            job,
            partial(self._done, path, in_room, dry_run),
            on_error=lambda error: self._show(_("Nothing was imported: {error}").format(error=error)),
            notify=False,
        )

    def _done(self, path: str, in_room: bool, dry_run: bool, report: ImportReport) -> None:
        if dry_run:
            self._planned = (path, in_room)
            self._show(_report_text(report) + _("\n\nPress Enter to import, Esc to cancel."))
        else:
            self._planned = None
            self._imported = True
            self._show(_report_text(report) + _("\n\nImported. Esc closes."))

    def _show(self, text: str) -> None:
        self.query_one("#import-report-text", Static).update(Text(text))

    def action_close(self) -> None:
        """Close; the main screen refreshes if anything was imported."""
        self.dismiss(self._imported)
