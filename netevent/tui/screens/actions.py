"""The one-key actions of the main screen: met, target, give/get, follow-up, add, pitch, events.

Each action reads what it needs, asks for details in a dialog if it must,
and hands the write to the app's writer thread. The screen is updated when
the write is on disk, so what you see is what is saved.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Iterable

from netevent.domain.models import Attendance, FollowUp, LedgerEntry, Person, replace

if TYPE_CHECKING:
    from netevent.storage.repository import Repository
    from netevent.tui.screens.dialogs import LedgerInput, PitchResult

__all__ = ["ActionsMixin"]


def _dialogs() -> Any:
    """The dialogs module, imported when a dialog first opens.

    Importing the dialogs (and the form widgets they use) with this module
    delayed the first screen by ~15 ms.
    """
    from netevent.tui.screens import dialogs

    return dialogs


def _mark(repo: Repository, event_id: int, attendance: Attendance, met_at: str, today: str) -> None:
    """Store met/target flags; the first time someone is met, remember when and where."""
    repo.set_attendance(event_id, attendance)
    person = repo.person(attendance.person_id)
    if attendance.met and person is not None and not person.first_met_on:
        repo.save_person(replace(person, first_met_on=today, first_met_at=person.first_met_at or met_at))


def _add_person(repo: Repository, person: Person, event_id: int | None, event_name: str, today: str) -> Person:
    """Store a newcomer; at an event they join its room as met."""
    with repo.batch():
        if event_id is not None:
            person = replace(person, first_met_on=today, first_met_at=event_name)
        person = repo.save_person(person)
        if event_id is not None:
            repo.set_attendance(event_id, Attendance(person_id=person.id, met=True))  # type: ignore[arg-type]
    return person


class ActionsMixin:
    """Actions for `MainScreen` (kept apart so each module stays one screenful of ideas)."""

    # -------------------------------------------------------------- helpers
    def _need_person(self) -> Person | None:
        person = self.person  # type: ignore[attr-defined]
        if person is None:
            self.notify("Pick a person first: press / and type a few letters", severity="warning")  # type: ignore[attr-defined]
        return person

    def _need_event(self) -> Any:
        event = self.event  # type: ignore[attr-defined]
        if event is None:
            self.notify("Choose the event you are at first: press e", severity="warning")  # type: ignore[attr-defined]
        return event

    def _after_write(self, _result: object = None, *, research: bool = False) -> None:
        self.refresh_event()  # type: ignore[attr-defined]
        self.query_one("#people").refresh()  # type: ignore[attr-defined]
        self.show_card()  # type: ignore[attr-defined]
        if research:
            self.run_search()  # type: ignore[attr-defined]

    # -------------------------------------------------------------- actions
    def action_focus_search(self) -> None:
        """Jump to the search box."""
        self.query_one("#attendees").focus_search()  # type: ignore[attr-defined]

    def action_note(self) -> None:
        """Write in the note of the highlighted person."""
        if self._need_person() is not None:
            self.query_one("#note-editor").focus()  # type: ignore[attr-defined]

    def action_toggle_met(self) -> None:
        """Mark the highlighted person met (or not) at the current event."""
        person, event = self._need_person(), self._need_event()
        if person is None or event is None:
            return
        in_room = event.attendance(person.id)
        current = in_room or Attendance(person_id=person.id)
        new = replace(current, met=not current.met)
        repo = self.napp.repo  # type: ignore[attr-defined]
        self.napp.write(  # type: ignore[attr-defined]
            partial(_mark, repo, event.id, new, event.name, self.today()),  # type: ignore[attr-defined]
            partial(self._after_write, research=in_room is None),
        )
        self.notify(f"{person.name}: {'met ✓' if new.met else 'not met'}", timeout=2, markup=False)  # type: ignore[attr-defined]

    def action_toggle_target(self) -> None:
        """Make the highlighted person one of today's targets (asks why), or stop."""
        person, event = self._need_person(), self._need_event()
        if person is None or event is None:
            return
        current = event.attendance(person.id) or Attendance(person_id=person.id)
        repo = self.napp.repo  # type: ignore[attr-defined]
        if current.target:
            new = replace(current, target=False)
            self.napp.write(partial(repo.set_attendance, event.id, new), self._after_write)  # type: ignore[attr-defined]
            return

        def chosen(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            order = max((a.order for a in event.targets), default=0) + 1
            new = replace(current, target=True, reason=result[0], question=result[1], order=order)
            self.napp.write(partial(repo.set_attendance, event.id, new), partial(self._after_write, research=True))  # type: ignore[attr-defined]

        self.app.push_screen(_dialogs().TargetModal(person.name, current.reason, current.question), chosen)  # type: ignore[attr-defined]

    def _log(self, direction: str) -> None:
        person = self._need_person()
        if person is None:
            return
        event = self.event  # type: ignore[attr-defined]
        repo = self.napp.repo  # type: ignore[attr-defined]

        def chosen(result: LedgerInput | None) -> None:
            if result is None:
                return
            entry = LedgerEntry(
                direction=direction,
                person_id=person.id,  # type: ignore[arg-type]
                what=result.what,
                kind=result.kind,
                amount=result.amount,
                event_id=event.id if event else None,
                date=self.today(),  # type: ignore[attr-defined]
            )
            self.napp.write(partial(repo.save_ledger, entry), self._after_write)  # type: ignore[attr-defined]
            self.notify(f"Logged: {direction} {result.what}", timeout=2, markup=False)  # type: ignore[attr-defined]

        self.app.push_screen(_dialogs().LedgerModal(direction, person.name), chosen)  # type: ignore[attr-defined]

    def action_log_gave(self) -> None:
        """Log something you gave the highlighted person."""
        self._log("gave")

    def action_log_got(self) -> None:
        """Log something you received from the highlighted person."""
        self._log("got")

    def action_follow_up(self) -> None:
        """Add a follow-up with the highlighted person."""
        person = self._need_person()
        if person is None:
            return
        event = self.event  # type: ignore[attr-defined]
        repo = self.napp.repo  # type: ignore[attr-defined]

        def chosen(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            followup = FollowUp(
                person_id=person.id,
                action=result[0],
                due=result[1],
                event_id=event.id if event else None,
                created=self.today(),  # type: ignore[attr-defined]
            )
            self.napp.write(partial(repo.save_followup, followup), self._after_write)  # type: ignore[attr-defined]

        self.app.push_screen(_dialogs().FollowUpModal(person.name), chosen)  # type: ignore[attr-defined]

    def action_add_person(self) -> None:
        """Add a person from one line (or the full form)."""
        repo = self.napp.repo  # type: ignore[attr-defined]
        event = self.event  # type: ignore[attr-defined]

        def chosen(person: Person | None) -> None:
            if person is None:
                return

            def added(saved: Person) -> None:
                self.select_person(saved.id, force=True)  # type: ignore[attr-defined]
                self._after_write()
                # Clear the search so the newcomer is in the list, highlighted.
                search = self.query_one("#search")  # type: ignore[attr-defined]
                if search.value:
                    search.value = ""
                else:
                    self.run_search("")  # type: ignore[attr-defined]
                self.notify(f"Added {saved.name}", timeout=2, markup=False)  # type: ignore[attr-defined]

            job = partial(_add_person, repo, person, event.id if event else None, event.name if event else "", self.today())  # type: ignore[attr-defined]
            self.napp.write(job, added)  # type: ignore[attr-defined]

        self.app.push_screen(_dialogs().AddPersonModal(), chosen)  # type: ignore[attr-defined]

    def action_pitch(self) -> None:
        """Show and edit your pitch, offers, asks and today's purpose."""
        repo = self.napp.repo  # type: ignore[attr-defined]

        def chosen(result: PitchResult | None) -> None:
            if result is None:
                return

            def job() -> None:
                with repo.batch():
                    repo.set_profile(result.profile)
                    if result.event is not None:
                        repo.save_event(result.event)

            self.napp.write(job, self._after_write)  # type: ignore[attr-defined]

        self.app.push_screen(_dialogs().PitchModal(repo.profile, self.event), chosen)  # type: ignore[attr-defined]

    def action_events(self) -> None:
        """Choose the current event, prepare it and review it."""
        from netevent.tui.screens.events import EventsScreen

        def chosen(changed: bool | None) -> None:
            self.refresh_event()  # type: ignore[attr-defined]
            if self.event is not None and self.scope == "all":  # type: ignore[attr-defined]
                self.scope = "room"  # type: ignore[attr-defined]
            self.select_person(self.current_id, force=True)  # type: ignore[attr-defined]
            self.run_search()  # type: ignore[attr-defined]

        self.app.push_screen(EventsScreen(), chosen)  # type: ignore[attr-defined]

    def action_toggle_scope(self) -> None:
        """Switch the list between this event's room and everyone."""
        if self.event is None:  # type: ignore[attr-defined]
            self.notify("No current event: showing everyone (press e to choose one)", severity="warning")  # type: ignore[attr-defined]
            return
        self.scope = "all" if self.scope == "room" else "room"  # type: ignore[attr-defined]

    def action_toggle_private(self) -> None:
        """Hide or show notes and contact details."""
        self.private = not self.private  # type: ignore[attr-defined]

    def action_import(self) -> None:
        """Import an attendee list or contacts file."""
        from netevent.tui.screens.import_screen import ImportModal

        self.app.push_screen(ImportModal(), lambda _r: self._after_write(research=True))  # type: ignore[attr-defined]

    def action_introduce(self) -> None:
        """Introduce the highlighted person to one of their *introduce them to* matches."""
        from netevent.tui.screens.intro import start_introduction

        start_introduction(self)

    def action_followups(self) -> None:
        """All follow-ups by due date; `o` there comes back with that person's card."""
        from netevent.tui.screens.followups_screen import FollowUpsScreen

        def back(person_id: int | None) -> None:
            if person_id is not None:
                self.open_person(person_id)  # type: ignore[attr-defined]
            else:
                self.show_card()  # type: ignore[attr-defined]

        self.app.push_screen(FollowUpsScreen(), back)  # type: ignore[attr-defined]

    def action_report(self) -> None:
        """What each network gave you against what it cost."""
        from netevent.tui.screens.report_screen import ReportScreen

        self.app.push_screen(ReportScreen())  # type: ignore[attr-defined]

    def extra_palette_commands(self) -> Iterable[Any]:
        """Palette-only actions (no single key)."""
        from textual.app import SystemCommand

        yield SystemCommand("Import a file…", "Import attendees from CSV, vCard or a netevent backup", self.action_import)
        yield SystemCommand("Room or everyone (v)", "Switch the list between this event's room and everyone", self.action_toggle_scope)
