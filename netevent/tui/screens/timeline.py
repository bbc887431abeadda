"""A person's history (`h` on a card): every room, note, give and get, ask, referral and promise, oldest first.

The newest moment is highlighted when it opens, so the latest is in view;
↑ goes back in time. Enter on an ask, a referral or a promise changes its
fate (helped, closed, dropped; pending, closed with its business, no
business; done or open again), `A` adds an ask. Notes are hidden in private mode.
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from netevent.domain.models import ask_status_name, referral_status_name
from netevent.domain.timeline import Moment
from netevent.domain.visible import visible
from netevent.i18n import N_, _
from netevent.services.timeline import timeline
from netevent.tui.render.timeline import moment_label
from netevent.tui.safe import Shown
from netevent.tui.screens.base import RepoScreen, screen_keys

__all__ = ["TimelineScreen"]

_HINTS = {
    "ask": N_("Enter: say what became of this ask"),
    "referral": N_("Enter: move this referral on (pending, closed with its business, no business)"),
    "followup": N_("Enter: mark this promise kept, or open again"),
}


class TimelineScreen(RepoScreen[None]):
    """One person's history, oldest first.

    Args:
        person_id: whose history.
    """

    BINDINGS = [
        Binding("escape", "close", N_("Back"), id="timeline-back"),
        Binding(
            "enter",
            "fate",
            N_("Fate"),
            id="timeline-fate",
            tooltip=N_("Change the fate of the ask, referral or promise"),
        ),
        Binding("A", "add_ask", N_("Add ask"), id="timeline-add-ask", tooltip=N_("Add something they are looking for")),
        Binding("home", "first", N_("Oldest"), id="timeline-first", show=False, tooltip=N_("The oldest moment")),
        Binding("end", "last", N_("Newest"), id="timeline-last", show=False, tooltip=N_("The newest moment")),
        *screen_keys("timeline"),
    ]
    HELP_INTRO = N_(
        "# History — keys\n\nEverything that happened with this person, oldest first: the rooms you were"
        " both in (met or not), notes, what you gave and got, their asks and what became of them,"
        " referrals and promises. The line at the top sums up since last time.\n"
    )

    def __init__(self, person_id: int) -> None:
        super().__init__()
        self.person_id = person_id
        self._moments: list[Moment] = []

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield Header(icon="◆")
        yield Static("", id="timeline-since")
        yield OptionList(id="timeline-list")
        yield Static("", id="timeline-hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.refresh_view(newest=True)
        self.query_one(OptionList).focus()

    def refresh_view(self, *, newest: bool = False) -> None:
        """Read the history again; keep the highlighted row (or go to the newest)."""
        person = self.repo.person(self.person_id)
        if person is None:
            self.dismiss(None)
            return
        self.repo.expect_notes_of(1)
        history = timeline(self.repo, self.person_id, today=self.host.today())
        heading = _("History: {name}").format(name=visible(person.name, lines=False))
        self.sub_title = heading
        self.query_one(OptionList).border_title = Content(heading)
        since = Shown()
        if history.since:
            since.append(_("Since last time: "), style="bold")
            since.append(history.since, style="italic")
        else:
            since.append(_("Not met before."), style="dim")
        self.query_one("#timeline-since", Static).update(since)
        options = self.query_one(OptionList)
        keep = options.highlighted
        self._moments = list(history.moments)
        private = self.host.private
        options.clear_options()
        options.add_options([Option(moment_label(m, private=private), id=str(i)) for i, m in enumerate(self._moments)])
        if not self._moments:
            options.add_option(Option(Text(_("Nothing yet: press A to add what they are looking for."), style="dim"),
                                      disabled=True))  # fmt: skip
            return
        last = len(self._moments) - 1
        options.highlighted = last if newest or keep is None else min(keep, last)
        self._show_hint()

    def privacy_changed(self) -> None:
        """Private mode changed: hide or show the notes."""
        self.refresh_view()

    @on(OptionList.OptionHighlighted, "#timeline-list")
    def _show_hint(self) -> None:
        moment = self._highlighted()
        hint = _HINTS.get(moment.ref[0], "") if moment is not None and moment.ref else ""
        self.query_one("#timeline-hint", Static).update(
            Text(_(hint or N_("A adds an ask · Esc goes back")), style="dim")
        )

    def _highlighted(self) -> Moment | None:
        options = self.query_one(OptionList)
        index = options.highlighted
        return self._moments[index] if index is not None and index < len(self._moments) else None

    @on(OptionList.OptionSelected, "#timeline-list")
    def _selected(self) -> None:
        self.action_fate()

    def action_first(self) -> None:
        """The oldest moment."""
        if self._moments:
            self.query_one(OptionList).highlighted = 0

    def action_last(self) -> None:
        """The newest moment."""
        if self._moments:
            self.query_one(OptionList).highlighted = len(self._moments) - 1

    def action_fate(self) -> None:
        """Change the fate of the highlighted ask, referral or promise."""
        moment = self._highlighted()
        if moment is None or moment.ref is None:
            self.notify(_("Enter changes the fate of an ask, a referral or a promise: move to one"), timeout=3)
            return
        kind, key = moment.ref
        if kind == "ask":
            self._ask_fate(key)
        elif kind == "referral":
            self._referral_fate(key)
        else:
            self._toggle_promise(key)

    def _done(self, message: str) -> None:
        self.refresh_view()
        self.notify(message, timeout=3, markup=False)

    def _ask_fate(self, ask_id: int) -> None:
        from netevent.services.asks import set_ask_status
        from netevent.tui.dialogs.ask import AskFate, AskFateModal

        ask = self.repo.ask(ask_id)
        if ask is None:
            return
        gives = list(reversed(self.repo.ledger(person_id=ask.person_id)))

        def chosen(fate: AskFate | None) -> None:
            if fate is None:
                return
            job = partial(set_ask_status, self.repo, ask_id, fate.status, line=fate.line,
                          on=fate.on or self.host.today(),
                          helped_by=[fate.helped_by] if fate.helped_by is not None else [])  # fmt: skip
            self.host.write(job, lambda saved: self._done(f"{saved.text}: {ask_status_name(saved.status)}"))

        self.app.push_screen(AskFateModal(ask, gives), chosen)

    def _referral_fate(self, entry_id: int) -> None:
        from netevent.domain.fates import REFERRAL_MOVES
        from netevent.services.referrals import set_referral_status
        from netevent.tui.dialogs.referral import ReferralFate, ReferralFateModal

        entry = self.repo.ledger_entry(entry_id)
        if entry is None:
            return
        if not REFERRAL_MOVES.get(entry.status):
            message = _("This referral is {status}: that is final (u undoes a mistake)")
            self.notify(message.format(status=referral_status_name(entry.status)), timeout=3)
            return

        def chosen(fate: ReferralFate | None) -> None:
            if fate is None:
                return
            job = partial(set_referral_status, self.repo, entry_id, fate.status, amount=fate.amount, on=fate.on or None)
            moved = _("Referral {what}: {status}")
            self.host.write(job, lambda e: self._done(moved.format(what=e.what, status=referral_status_name(e.status))))

        self.app.push_screen(ReferralFateModal(entry, self.host.today()), chosen)

    def _toggle_promise(self, followup_id: int) -> None:
        from netevent.services.followups import complete_followup, reopen_followup

        f = self.repo.followup(followup_id)
        if f is None:
            return
        if f.done:
            job = partial(reopen_followup, self.repo, followup_id)
        else:
            job = partial(complete_followup, self.repo, followup_id, on=self.host.today())
        kept, again = _("Kept ✓ {action}"), _("Open again: {action}")
        self.host.write(job, lambda saved: self._done((kept if saved.done else again).format(action=saved.action)))

    def action_add_ask(self) -> None:
        """Add something this person is looking for (an open ask)."""
        from netevent.services.asks import add_ask
        from netevent.tui.dialogs.ask import AddAskModal

        person = self.repo.person(self.person_id)
        if person is None:
            return
        event = self.repo.current_event()
        at = event.id if event is not None and event.attendance(person.key) is not None else None

        def chosen(text: str | None) -> None:
            if text is None:
                return
            job = partial(add_ask, self.repo, person.key, text, event_id=at, since=self.host.today())
            done = _("{name} is looking for: {text}")
            self.host.write(job, lambda saved: self._done(done.format(name=person.name, text=saved.text)))

        self.app.push_screen(AddAskModal(person.name), chosen)

    def action_close(self) -> None:
        """Back to the card."""
        self.dismiss(None)
