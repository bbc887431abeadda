"""The one-key actions of the main screen: met, target, give/get, follow-up, introduce, pitch, events.

Each action reads what it needs, asks for details in a dialog if it must
(awaited, inside a worker), and hands one service call to the app's writer
thread: the same service the command line and the other screens call. The
screen is updated when the write is on disk, so what you see is what is saved.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work

from netevent.domain.models import Event, Person
from netevent.i18n import _, format_date
from netevent.services.cards import card_data
from netevent.services.followups import add_followup
from netevent.services.ledger import log_get, log_give, log_introduction
from netevent.services.people import save_pitch
from netevent.services.rooms import set_target, toggle_met
from netevent.tui.screens.main.base import MainBase
from netevent.tui.widgets.attendees_panel import AttendeesPanel
from netevent.tui.widgets.notes_panel import NotesPanel

if TYPE_CHECKING:
    from netevent.domain.matching import Match
    from netevent.services.cards import CardData
    from netevent.tui.dialogs.ledger import LedgerInput
    from netevent.tui.dialogs.pitch import PitchResult

__all__ = ["MainActions"]


class MainActions(MainBase):
    """The actions of `MainScreen`, each a dialog (if any) and one service call."""

    def need_person(self) -> Person | None:
        """The highlighted person, or None after saying how to pick one."""
        person = self.person
        if person is None:
            self.notify(_("Pick a person first: press / and type a few letters"), severity="warning")
        return person

    def need_event(self) -> Event | None:
        """The current event, or None after saying how to choose one."""
        event = self.event
        if event is None:
            self.notify(_("Choose the event you are at first: press e"), severity="warning")
        return event

    # -------------------------------------------------------------- actions
    def action_write_note(self) -> None:
        """Write a note (Ctrl+N: works from the search box too)."""
        self.action_note()

    def action_focus_search(self) -> None:
        """Jump to the search box."""
        self.query_one(AttendeesPanel).focus_search()

    def action_note(self) -> None:
        """Write in the note of the highlighted person: the cursor goes to the end, on a new line."""
        if self.need_person() is None:
            return
        if not self.query_one(NotesPanel).start_writing():
            self.notify(_("Notes are hidden from onlookers: press x to show them first"), severity="warning")

    def action_toggle_met(self) -> None:
        """Mark the highlighted person met (or not) at the current event."""
        person, event = self.need_person(), self.need_event()
        if person is None or event is None:
            return
        was = event.attendance(person.key)
        met = not (was is not None and was.met)
        job = partial(toggle_met, self.host.repo, event.key, person.key, today=self.host.today())
        self.host.write(job, partial(self.after_write, research=was is None))
        self.notify(f"{person.name}: {_('met ✓') if met else _('not met')}", timeout=2, markup=False)

    def action_toggle_target(self) -> None:
        """Make the highlighted person one of today's targets (asks why), or stop."""
        from netevent.tui.dialogs.target import TargetModal

        person, event = self.need_person(), self.need_event()
        if person is None or event is None:
            return
        repo, current = self.host.repo, event.attendance(person.key)
        if current is not None and current.target:
            self.host.write(partial(set_target, repo, event.key, person.key, target=False), self.after_write)
            return
        reason, question = (current.reason, current.question) if current else ("", "")
        self._target(self.ask(TargetModal(person.name, reason, question)), person, event)

    @work(group="dialog", exit_on_error=False)
    async def _target(self, answer: asyncio.Future[tuple[str, str] | None], person: Person, event: Event) -> None:
        result = await answer
        if result is None:
            return
        job = partial(set_target, self.host.repo, event.key, person.key, target=True, reason=result[0],
                      question=result[1])  # fmt: skip
        self.host.write(job, partial(self.after_write, research=True))

    def _log(self, direction: str) -> None:
        from netevent.tui.dialogs.ledger import LedgerModal

        person = self.need_person()
        if person is not None:
            asks = (
                [(a.key, a.text) for a in self.host.repo.asks(person.key) if a.is_open] if direction == "gave" else []
            )
            self._logged(self.ask(LedgerModal(direction, person.name, asks)), direction, person)

    @work(group="dialog", exit_on_error=False)
    async def _logged(self, answer: asyncio.Future[LedgerInput | None], direction: str, person: Person) -> None:
        result = await answer
        if result is None:
            return
        event = self.event
        log = log_give if direction == "gave" else log_get
        job = partial(log, self.host.repo, person.key, result.what, kind=result.kind, amount=result.amount,
                      event_id=event.id if event else None, date=self.host.today(), ask_id=result.ask_id)  # fmt: skip
        self.host.write(job, self.after_write)
        if direction == "got":
            done = _("Logged: got {what}")
        elif result.ask_id is not None:
            done = _("Logged: gave {what} — their ask is marked helped")
        else:
            done = _("Logged: gave {what}")
        self.notify(done.format(what=result.what), timeout=2, markup=False)

    def action_log_gave(self) -> None:
        """Log something you gave the highlighted person."""
        self._log("gave")

    def action_log_got(self) -> None:
        """Log something you received from the highlighted person."""
        self._log("got")

    def action_follow_up(self) -> None:
        """Add a follow-up with the highlighted person."""
        from netevent.tui.dialogs.followup import FollowUpModal

        person = self.need_person()
        if person is not None:
            self._followed_up(self.ask(FollowUpModal(person.name)), person)

    @work(group="dialog", exit_on_error=False)
    async def _followed_up(self, answer: asyncio.Future[tuple[str, str] | None], person: Person) -> None:
        result = await answer
        if result is None:
            return
        event = self.event
        job = partial(add_followup, self.host.repo, person.key, result[0], due=result[1],
                      event_id=event.id if event else None, today=self.host.today())  # fmt: skip
        self.host.write(job, self.after_write)

    def action_pitch(self) -> None:
        """Show and edit your pitch, offers, asks and today's purpose."""
        from netevent.tui.dialogs.pitch import PitchModal

        self._pitched(self.ask(PitchModal(self.host.repo.profile, self.event)))

    @work(group="dialog", exit_on_error=False)
    async def _pitched(self, answer: asyncio.Future[PitchResult | None]) -> None:
        result = await answer
        if result is not None:
            self.host.write(partial(save_pitch, self.host.repo, result.profile, result.event), self.after_write)

    def action_introduce(self) -> None:
        """Introduce the highlighted person to one of their *introduce them to* matches (a give to both)."""
        from netevent.tui.dialogs.chooser import ChooserModal

        person = self.need_person()
        if person is None:
            return
        repo = self.host.repo
        card = card_data(repo, self.host.finder, person)
        matches = {m.person_id: m for m in card.matches.introduce if m.person_id is not None}
        if not matches:
            message = _("Nobody in {room} is strong in what {name} needs yet")
            self.notify(message.format(room=card.room_label, name=person.name), severity="warning", markup=False)
            return
        before = {e.with_person_id: e.date for e in repo.ledger(person_id=person.key) if e.kind == "intro"}

        def label(pid: int) -> Text:
            text = Text(card.names.get(pid, f"#{pid}"), style="bold")
            if pid in before:
                text.append(_("  (introduced {before})").format(before=format_date(before[pid])), style="italic")
            text.append("\n  " + matches[pid].why, style="dim")
            return text

        answer = self.ask(ChooserModal(_("Introduce {name} to…").format(name=person.name), list(matches), label))
        self._introduced(answer, person, card, matches)

    @work(group="dialog", exit_on_error=False)
    async def _introduced(
        self, answer: asyncio.Future[int | None], person: Person, card: CardData, matches: dict[int, Match]
    ) -> None:
        pid = await answer
        if pid is None:
            return
        repo, other, event = self.host.repo, card.names.get(pid, f"#{pid}"), self.event
        need = matches[pid].mine
        # The introduction answers the open ask it was found for: that ask is marked helped.
        ask = next((a for a in repo.asks(person.key) if a.is_open and a.text.casefold() == need.casefold()), None)

        def done(_entries: object) -> None:
            self.after_write()
            if ask is not None:
                done = _('Introduced {name} and {other}: a give to both; their ask "{need}" is marked helped')
            else:
                done = _("Introduced {name} and {other}: a give to both")
            self.notify(done.format(name=person.name, other=other, need=need), timeout=3, markup=False)

        job = partial(log_introduction, repo, person.key, pid, event_id=event.id if event else None,
                      what=need, date=self.host.today(), ask_id=ask.key if ask else None)  # fmt: skip
        self.host.write(job, done)

    def action_events(self) -> None:
        """Choose the current event, prepare it and review it."""
        from netevent.tui.screens.event_list import EventsScreen

        self._back_from_events(self.ask(EventsScreen()))

    @work(group="dialog", exit_on_error=False)
    async def _back_from_events(self, answer: asyncio.Future[bool | None]) -> None:
        await answer
        self.refresh_event()
        if self.event is not None and self.scope == "all":
            self.scope = "room"
        self.select_person(self.current_id, force=True)
        self.run_search()

    def action_toggle_private(self) -> None:
        """Hide or show notes and contact details, on every screen."""
        self.host.private = not self.host.private

    def action_import(self) -> None:
        """Import an attendee list or contacts file."""
        from netevent.tui.dialogs.import_file import ImportModal

        self.app.push_screen(ImportModal(), lambda _imported: self.after_write(research=True))

    def action_followups(self) -> None:
        """All follow-ups by due date; `o` there comes back with that person's card."""
        from netevent.tui.screens.followups import FollowUpsScreen

        def back(person_id: int | None) -> None:
            if person_id is not None:
                self.open_person(person_id)
            else:
                self.show_card()

        self.app.push_screen(FollowUpsScreen(), back)

    def action_intro_board(self) -> None:
        """Tonight's introductions between the other people in the room; `o` there comes back with a card."""
        from netevent.tui.screens.intros import IntrosScreen

        if self.need_event() is None:
            return

        def back(person_id: int | None) -> None:
            if person_id is not None:
                self.open_person(person_id)
            self.after_write()

        self.app.push_screen(IntrosScreen(), back)

    def action_add_synonym(self) -> None:
        """Two words that mean the same to you: every card and index uses them at once."""
        from netevent.tui.dialogs.synonym import SynonymModal

        self._synonym_added(self.ask(SynonymModal()))

    @work(group="dialog", exit_on_error=False)
    async def _synonym_added(self, answer: asyncio.Future[tuple[str, str] | None]) -> None:
        from netevent.services.synonyms import add_synonym

        pair = await answer
        if pair is None:
            return

        def added(saved: tuple[str, str]) -> None:
            self.after_write()
            self.notify(
                _("{saved} = {saved2}: matching uses it from now on").format(saved=saved[0], saved2=saved[1]),
                markup=False,
            )

        self.host.write(partial(add_synonym, self.host.repo, *pair), added)

    def action_my_card(self) -> None:
        """Your contact card as a QR code, full-screen; without a name yet, the profile form first."""
        from netevent.tui.screens.card_code import CardCodeScreen

        if not self.host.repo.profile.name:
            self.notify(_("Your card needs your name first: fill in your profile, then press c again"), timeout=4)
            self.action_pitch()
            return
        self.app.push_screen(CardCodeScreen())

    def action_report(self) -> None:
        """What each network gave you against what it cost."""
        from netevent.tui.screens.report import ReportScreen

        self.app.push_screen(ReportScreen(today=self.host.today()))
