"""The main screen's keys for relationships over time: history, asks, targets' outcomes, the list's scope.

`h` opens the person's history, `A` adds what they are looking for, and a
target marked met is asked whether you got what you came for; `v` cycles the
list between the room, everyone and who is due a keep-in-touch. Each is a
dialog (opened at once, so the keys typed next go to it) and one service
call on the writer thread; the services are imported when a key first needs them.
"""

from __future__ import annotations

import asyncio
from functools import partial

from textual import work

from netevent.domain.models import Event, Person
from netevent.i18n import _
from netevent.tui.screens.main.actions import MainActions

__all__ = ["MainRelations"]


class MainRelations(MainActions):
    """History, asks, outcomes and the list's scope (each a dialog, if any, and one service call)."""

    def action_toggle_met(self) -> None:
        """Mark met (or not); a target just met is asked whether you got what you came for."""
        from netevent.tui.dialogs.outcome import OutcomeModal

        person, event = self.person, self.event
        was = event.attendance(person.key) if person is not None and event is not None else None
        super().action_toggle_met()
        if person is not None and event is not None and was is not None and was.target and not was.met:
            # Opened now, so that the keys typed next answer it (the met is written first all the same).
            self._outcome(self.ask(OutcomeModal(person.name, was.reason)), person, event)

    @work(group="dialog", exit_on_error=False)
    async def _outcome(self, answer: asyncio.Future[tuple[str, str] | None], person: Person, event: Event) -> None:
        from netevent.services.rooms import record_outcome

        result = await answer
        if result is None:
            return
        job = partial(record_outcome, self.host.repo, event.key, person.key, result[0], result[1],
                      today=self.host.today())  # fmt: skip
        self.host.write(job, self.after_write)

    def action_toggle_scope(self) -> None:
        """The list's next scope: this event's room → everyone → who is due a keep-in-touch → the room."""
        order = ["room", "all", "due"] if self.event is not None else ["all", "due"]
        at = order.index(self.scope) if self.scope in order else -1
        self.scope = order[(at + 1) % len(order)]
        if self.scope == "due":
            if self.event is not None:
                message = _("Due a keep-in-touch, longest out of touch first (v again: the room)")
            else:
                message = _("Due a keep-in-touch, longest out of touch first (v again: everyone)")
            self.notify(message, timeout=3)

    def action_history(self) -> None:
        """This person's history, oldest first; Enter there changes the fate of an ask, referral or promise."""
        from netevent.tui.screens.timeline import TimelineScreen

        person = self.need_person()
        if person is not None:
            self.app.push_screen(TimelineScreen(person.key), lambda _r: self.after_write())

    def action_add_ask(self) -> None:
        """Add something the highlighted person is looking for: an open ask, one of their needs."""
        from netevent.tui.dialogs.ask import AddAskModal

        person = self.need_person()
        if person is not None:
            self._ask_added(self.ask(AddAskModal(person.name)), person)

    @work(group="dialog", exit_on_error=False)
    async def _ask_added(self, answer: asyncio.Future[str | None], person: Person) -> None:
        from netevent.services.asks import add_ask

        text = await answer
        if text is None:
            return
        event = self.event
        at = event.id if event is not None and event.attendance(person.key) is not None else None

        def added(_ask: object) -> None:
            self.after_write(research=self.scope == "due")
            self.notify(_("{name} is looking for: {text}").format(name=person.name, text=text), timeout=2, markup=False)

        job = partial(add_ask, self.host.repo, person.key, text, event_id=at, since=self.host.today())
        self.host.write(job, added)
