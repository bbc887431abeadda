"""The report of an import: what was added, merged, left unchanged and skipped, and why.

Pure data. The command line prints `lines()`; the app shows the same lines,
with any control character from the file shown as a visible escape.
"""

from __future__ import annotations

from dataclasses import dataclass

from netevent.domain.visible import visible
from netevent.i18n import _

__all__ = ["RowResult", "ImportReport", "ADDED", "MERGED", "UNCHANGED", "SKIPPED"]

ADDED, MERGED, UNCHANGED, SKIPPED = "added", "merged", "unchanged", "skipped"

_EVENT_TITLES = ("Created", "Updated", "Unchanged", "Skipped")


@dataclass(frozen=True, slots=True)
class RowResult:
    """What happened to one row of a CSV file, one card of a vCard file or one person in a backup."""

    source: str
    """Where in the file: `row 7` (as a spreadsheet numbers rows) or `line 12` (where a card starts)."""
    name: str
    outcome: str
    detail: str = ""
    """For skipped rows the reason; for merged rows what changed."""
    conflicts: tuple[str, ...] = ()
    """Values that differed from what was stored; kept in the person's extra details."""
    question: str = ""
    """Added as someone new although a person of the same name is known, and why (another email…)."""


@dataclass(frozen=True)
class ImportReport:
    """The outcome of `netevent import`, also when it was only a dry run."""

    path: str
    format: str
    rows: tuple[RowResult, ...] = ()
    dry_run: bool = False
    changed: bool = False
    """True when the import changes the data file (in a dry run: would change it)."""
    written: bool = False
    """True when the data file was written (one atomic write)."""
    event: str = ""
    """What happened to the event's room, when an event was given."""
    restored: tuple[str, ...] = ()
    """For a backup: events, notes, ledger entries and follow-ups added."""
    warnings: tuple[str, ...] = ()
    not_kept: tuple[str, ...] = ()
    """What the file held that netevent has no place for (photos, bookkeeping columns…)."""
    what: str = "people"
    """What the rows are: `people`, or `events` for a calendar file (merged then means updated)."""

    def _with(self, outcome: str) -> list[RowResult]:
        return [row for row in self.rows if row.outcome == outcome]

    @property
    def added(self) -> list[RowResult]:
        """Rows that became new people."""
        return self._with(ADDED)

    @property
    def merged(self) -> list[RowResult]:
        """Rows that added details to someone already known."""
        return self._with(MERGED)

    @property
    def unchanged(self) -> list[RowResult]:
        """Rows about someone already known, with nothing new."""
        return self._with(UNCHANGED)

    @property
    def skipped(self) -> list[RowResult]:
        """Rows not imported, each with its reason."""
        return self._with(SKIPPED)

    @property
    def questions(self) -> list[RowResult]:
        """People added apart from a namesake: the user may know they are one person."""
        return [row for row in self.rows if row.question]

    @property
    def conflicts(self) -> list[tuple[RowResult, str]]:
        """Every conflicting value kept, with its row."""
        return [(row, conflict) for row in self.rows for conflict in row.conflicts]

    def summary(self) -> str:
        """One line: the counts."""
        if self.what == "events":
            added, updated, same, skipped = (
                len(rows) for rows in (self.added, self.merged, self.unchanged, self.skipped)
            )
            noun = "event" if added == 1 else "events"
            if self.dry_run:
                counts = _(
                    "would create {added} {noun}, update {updated}, leave {same} unchanged, skip {skipped}"
                ).format(added=added, noun=noun, updated=updated, same=same, skipped=skipped)
            else:
                counts = _("created {added} {noun}, updated {updated}, unchanged {same}, skipped {skipped}").format(
                    added=added, noun=noun, updated=updated, same=same, skipped=skipped
                )
        elif self.dry_run:
            counts = _("would add {added}, merge {merged}, leave {unchanged} unchanged, skip {skipped}").format(
                added=len(self.added), merged=len(self.merged), unchanged=len(self.unchanged), skipped=len(self.skipped)
            )
        else:
            counts = _("added {added}, merged {merged}, unchanged {unchanged}, skipped {skipped}").format(
                added=len(self.added), merged=len(self.merged), unchanged=len(self.unchanged), skipped=len(self.skipped)
            )
        prefix = _("Dry run, nothing written: ") if self.dry_run else ""
        return f"{prefix}{self.path} ({self.format}): {counts}"

    def lines(self, limit: int | None = None) -> list[str]:
        """The report as text lines; `limit` shortens each list to that many rows."""
        out = [self.summary()]
        if self.what == "events":
            titles = (_("To create"), _("To update"), "Unchanged", _("To skip")) if self.dry_run else _EVENT_TITLES
        elif self.dry_run:
            titles = (_("To add"), _("To merge"), "Unchanged", _("To skip"))
        else:
            titles = ("Added", "Merged", "Unchanged", "Skipped")
        sections = zip(titles, (self.added, self.merged, self.unchanged, self.skipped))
        for title, rows in sections:
            if not rows:
                continue
            out.append(f"{title} ({len(rows)}):")
            shown = rows if limit is None else rows[:limit]
            for row in shown:
                text = f"  {row.source}: {row.name or _('(no name)')}"
                if row.detail:
                    text += f" — {row.detail}"
                out.append(text)
            if len(shown) < len(rows):
                out.append(_("  … and {rows} more").format(rows=len(rows) - len(shown)))
        conflicts = self.conflicts
        if conflicts:
            out.append(_("Conflicts kept as extra details ({conflicts}):").format(conflicts=len(conflicts)))
            for row, conflict in conflicts if limit is None else conflicts[:limit]:
                out.append(f"  {row.source}: {row.name}: {conflict}")
        questions = self.questions
        if questions:
            out.append(
                _("Same name, kept apart: check whether they are one person ({questions}):").format(
                    questions=len(questions)
                )
            )
            for row in questions if limit is None else questions[:limit]:
                out.append(f"  {row.source}: {row.name}: {row.question}")
        if self.not_kept:
            out.append(_("Not kept (netevent has no place for these):"))
            out.extend(f"  {line}" for line in self.not_kept)
        out.extend(self.restored)
        if self.event:
            out.append(self.event)
        out.extend(_("Warning: {w}").format(w=w) for w in self.warnings)
        if not self.changed:
            out.append(
                _("Nothing new: the data file ") + (_("would not change.") if self.dry_run else _("was not written."))
            )
        # Names and cells come from the imported file: shown, never obeyed.
        return [visible(line, lines=False) for line in out]

    def __str__(self) -> str:
        return "\n".join(self.lines())
