"""The main screen's keys for adding and for fixing a mistake: add, edit, delete, merge and undo.

Like every action, each asks in a dialog (opened at once, so the keys typed
next go to it), then hands one service call to the writer thread, and shows
the result when it is on disk. The services and dialogs are imported when a
key first needs them: the first screen waits for none of them. A newcomer who looks like someone you have
is asked about (open them, merge, add anyway) instead of added silently.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work

from netevent.domain.models import Person, ValidationError
from netevent.i18n import _, translate_stored
from netevent.services.notes import save_live_note
from netevent.services.people import add_person
from netevent.tui.screens.main.relations import MainRelations
from netevent.tui.widgets.attendees_panel import AttendeesPanel
from netevent.tui.widgets.notes_panel import NotesPanel
from netevent.tui.widgets.people_list import PeopleList

if TYPE_CHECKING:
    from netevent.services.duplicates import LooksLikeExisting
    from netevent.storage.journal import UndoEntry
    from netevent.tui.dialogs.chooser import ChooserModal
    from netevent.tui.dialogs.duplicate import NewPerson

__all__ = ["MainFixes"]


class MainFixes(MainRelations):
    """Add a person, and edit, delete, merge and undo (each a dialog and one service call)."""

    def save_note_first(self) -> None:
        """Queue the note being typed before a change that may touch it (delete, merge, undo).

        Queued here, not asked for by a message: a message would be handled
        after the change was queued, and the writer keeps the order it is given.
        """
        notes = self.query_one(NotesPanel)
        if not notes.dirty or notes.emptied or notes.person_id is None:
            return
        pid, eid, text = notes.person_id, notes.event_id, notes.text
        # Saved as far as the panel knows: its autosave timer must not send it
        # again after the change (it would write a note about a deleted person).
        notes.saved_text = text
        self.host.write(
            partial(save_live_note, self.host.repo, pid, eid, text),
            lambda _note: notes.mark_saved(pid, eid, text),
            on_error=lambda error: notes.mark_failed(str(error)),
        )

    # ------------------------------------------------------------------ add
    def action_add_person(self) -> None:
        """Add a person from one line (or the full form); at an event they join its room as met."""
        from netevent.services.duplicates import looks_like
        from netevent.tui.dialogs.add_person import AddPersonModal

        repo = self.host.repo
        self._added(self.ask(AddPersonModal(check=partial(looks_like, repo))))

    @work(group="dialog", exit_on_error=False)
    async def _added(self, answer: asyncio.Future[NewPerson | None]) -> None:
        from netevent.tui.dialogs.duplicate import ADD_ANYWAY, MERGE, OPEN

        result = await answer
        if result is None:
            return
        if result.choice == OPEN and result.existing is not None:
            self.open_person(result.existing)
        elif result.choice == MERGE and result.existing is not None:
            self._merge_new(result.person, result.existing)
        else:
            self._add(result.person, anyway=result.choice == ADD_ANYWAY)

    def _add(self, person: Person, *, anyway: bool) -> None:
        event = self.event

        def added(saved: Person) -> None:
            self.select_person(saved.key, force=True)
            self.after_write()
            # Clear the search so the newcomer is in the list, highlighted.
            if not self.query_one(AttendeesPanel).clear_search():
                self.run_search("")
            self.notify(_("Added {name}").format(name=saved.name), timeout=2, markup=False)

        def refused(error: Exception) -> None:
            from netevent.services.duplicates import LooksLikeExisting

            if isinstance(error, LooksLikeExisting):  # someone like them was added just before
                self._duplicate(error)
            else:
                self.host.report_error(error)

        job = partial(add_person, self.host.repo, person, event_id=event.id if event else None,
                      today=self.host.today(), allow_duplicate=anyway)  # fmt: skip
        self.host.write(job, added, on_error=refused, notify=False)

    def _duplicate(self, error: LooksLikeExisting) -> None:
        from netevent.tui.dialogs.duplicate import DuplicateModal

        found = error.found
        self._added_after_all(self.ask(DuplicateModal(error.person, found)), error.person, found[0].person.key)

    @work(group="dialog", exit_on_error=False)
    async def _added_after_all(self, answer: asyncio.Future[str | None], person: Person, existing: int) -> None:
        from netevent.tui.dialogs.duplicate import NewPerson

        choice = await answer
        if choice is not None:
            self._added_now(NewPerson(person, choice, existing))

    def _added_now(self, result: NewPerson) -> None:
        future: asyncio.Future[NewPerson | None] = asyncio.get_running_loop().create_future()
        future.set_result(result)
        self._added(future)

    def _merge_new(self, person: Person, existing: int) -> None:
        from netevent.services.merging import merge_into

        event = self.event

        def merged(saved: Person) -> None:
            self.open_person(saved.key)
            self.after_write()
            self.notify(
                _("Added the new details to {name} — u undoes").format(name=saved.name), timeout=3, markup=False
            )

        job = partial(merge_into, self.host.repo, existing, person, event_id=event.id if event else None,
                      today=self.host.today())  # fmt: skip
        self.host.write(job, merged)

    # ----------------------------------------------------------------- edit
    def action_edit_person(self) -> None:
        """Edit every detail of the highlighted person in the person form."""
        from netevent.tui.dialogs.edit_person import EditPersonModal

        person = self.need_person()
        if person is not None:
            self._edited(self.ask(EditPersonModal(person)), person)

    @work(group="dialog", exit_on_error=False)
    async def _edited(self, answer: asyncio.Future[dict[str, object] | None], person: Person) -> None:
        from netevent.services.editing import edit_person

        changes = await answer
        if not changes:
            return

        self.host.write(partial(edit_person, self.host.repo, person.key, **changes), partial(self._edit_saved, person))

    def _edit_saved(self, before: Person, after: Person) -> None:
        """An edit is on disk: a new name moves them in the list; otherwise only their row and card change."""
        if after.name != before.name:
            self.after_write(research=True)
        else:
            # Repainting one row, not the whole list: an edit stalls the screen no more than a note save.
            self.query_one(PeopleList).refresh_person(after.key)
            self.show_card()  # the card shows the change; the footer's `u Undo` takes it back

    # --------------------------------------------------------------- delete
    def action_delete_person(self) -> None:
        """Delete the highlighted person (asks first, naming them); u brings them back."""
        from netevent.services.editing import belongings
        from netevent.tui.dialogs.confirm import ConfirmModal

        person = self.need_person()
        if person is None:
            return
        with self.guarded():
            goes = belongings(self.host.repo, person.key)
        headline = f" ({person.headline})" if person.headline else ""
        question = _(
            "Delete {name}{headline} with {goes}?\nThey go to the trash: u undoes, "
            "`netevent person restore` brings them back."
        ).format(name=person.name, headline=headline, goes=goes)
        self._deleted(self.ask(ConfirmModal(question, yes=_("Delete"), no=_("Keep"))), person)

    @work(group="dialog", exit_on_error=False)
    async def _deleted(self, answer: asyncio.Future[bool | None], person: Person) -> None:
        from netevent.services.editing import delete_person

        if not await answer:
            return
        ids = self.query_one(PeopleList).ids
        at = ids.index(person.key) if person.key in ids else -1
        rest = [i for i in ids if i != person.key]
        neighbour = rest[min(at, len(rest) - 1)] if rest and at >= 0 else None
        self.save_note_first()

        def deleted(_trashed: object) -> None:
            self.select_person(neighbour, force=True)
            self.after_write(research=True)
            self.notify(_("Deleted {name} — u undoes").format(name=person.name), timeout=3, markup=False)

        self.host.write(partial(delete_person, self.host.repo, person.key), deleted)

    # ---------------------------------------------------------------- merge
    def action_merge_person(self) -> None:
        """Merge the highlighted person with another entry of them: choose the other, see the preview."""
        from netevent.tui.dialogs.chooser import ChooserModal, people_search, person_label

        person = self.need_person()
        if person is None:
            return
        repo = self.host.repo
        likely: dict[int, str] = {}

        def label(pid: int) -> Text:
            text = person_label(repo, pid)
            if pid in likely:
                text.append(f"  — {likely[pid]}", style="italic")
            return text

        chooser = ChooserModal(
            _('Merge {name} with…').format(name=person.name), [], label,
            search=people_search(self.host.finder, leave_out={person.key}),
            empty=_("Type a few letters of the other entry's name"),
        )  # fmt: skip
        self._merge_chosen(self.ask(chooser), person)
        self._offer_likely(chooser, person, likely)

    @work(thread=True, group="merge-likely", exit_on_error=False)
    def _offer_likely(self, chooser: ChooserModal, person: Person, likely: dict[int, str]) -> None:
        """The likely duplicates, looked for off the UI thread and offered first in the chooser."""
        from netevent.services.duplicates import looks_like

        found = looks_like(self.host.repo, person)
        likely.update((likeness.person.key, likeness.reason) for likeness in found)
        if found:
            self.app.call_from_thread(chooser.offer, list(likely))

    @work(group="dialog", exit_on_error=False)
    async def _merge_chosen(self, answer: asyncio.Future[int | None], person: Person) -> None:
        from netevent.services.merging import merge_people
        from netevent.tui.dialogs.merge import MergeModal

        other = await answer
        if other is None:
            return
        decided = await self.ask(MergeModal(self.host.repo, person.key, other))
        if decided is None:
            return
        keep, gone = decided
        self.save_note_first()

        def merged(_plan: object) -> None:
            self.select_person(keep, force=True)
            self.after_write(research=True)
            kept = self.host.repo.person(keep)
            self.notify(
                _("Merged into {name} — u undoes").format(name=kept.name if kept else "one person"),
                timeout=3,
                markup=False,
            )

        self.host.write(partial(merge_people, self.host.repo, keep, gone), merged)

    # ----------------------------------------------------------------- undo
    def action_undo(self) -> None:
        """Undo the last change (again: the one before it) and say what it was."""
        from netevent.services.editing import undo

        self.save_note_first()

        def undone(entry: UndoEntry) -> None:
            if self.person is None:
                self.current_id = None
            self.select_person(self.current_id, force=True)  # the card and the note as they are now
            self.after_write(research=True)
            self.notify(_("Undid: {what}").format(what=translate_stored(entry.what)), timeout=4, markup=False)

        def refused(error: Exception) -> None:
            if isinstance(error, ValidationError):  # nothing to undo, or changed outside netevent
                self.notify(str(error)[:1].upper() + str(error)[1:], title=_("Undo"), severity="warning", markup=False)
            else:
                self.host.report_error(error)

        self.host.write(partial(undo, self.host.repo), undone, on_error=refused, notify=False)
