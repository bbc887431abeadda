"""The follow-ups screen (`F`): everything you promised, by due date, overdue ones flagged.

Space or Enter ticks the highlighted follow-up off (or reopens a done one),
`d` shows or hides the done ones, `n` adds one, `o` opens the person's card.
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from netevent.i18n import N_, _
from netevent.services.followups import FollowUpItem, add_followup, complete_followup, followup_list, reopen_followup
from netevent.tui.dialogs.chooser import ChooserModal, by_name, people_search, person_label
from netevent.tui.dialogs.followup import FollowUpModal
from netevent.tui.render.followups import followup_detail, followup_label
from netevent.tui.screens.base import RepoScreen, screen_keys

__all__ = ["FollowUpsScreen"]


class FollowUpsScreen(RepoScreen[int | None]):
    """Every follow-up by due date; returns a person id when `o` asks to open their card."""

    BINDINGS = [
        Binding("escape", "close", N_("Back"), id="followups-back"),
        Binding("space", "toggle_done", N_("Done/undo"), id="followups-done", tooltip=N_("Mark done, or reopen")),
        Binding("n", "new", N_("New"), id="followups-new", tooltip=N_("Add a follow-up")),
        Binding(
            "d", "toggle_show_done", N_("Show done"), id="followups-show-done", tooltip=N_("Show or hide done ones")
        ),
        Binding("o", "open_person", N_("Open person"), id="followups-open", tooltip=N_("Show the person's card")),
        *screen_keys("followups"),
    ]
    HELP_INTRO = N_("# Follow-ups — keys\n\nEverything you promised, by due date, overdue first.\n")

    def __init__(self) -> None:
        super().__init__()
        self.show_done = False
        self._shown: dict[int | None, FollowUpItem] = {}

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield Header(icon="◆")
        yield Static("", id="followups-status")
        yield OptionList(id="followups-list")
        yield Static("", id="followups-detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.sub_title = _("Follow-ups")
        self.query_one("#followups-list").border_title = _("Follow-ups")
        self.refresh_view()
        self.query_one(OptionList).focus()

    def items(self) -> list[FollowUpItem]:
        """What the list shows now, in its order."""
        return followup_list(self.repo, include_done=self.show_done, today=self.host.today())

    def refresh_view(self, select: int | None = None) -> None:
        """Refill the list, keeping `select` (a follow-up id) or the same row highlighted."""
        options = self.query_one(OptionList)
        index = options.highlighted or 0
        if select is None:
            select = self.highlighted_id()
        items = self.items()
        self._shown = {i.followup.id: i for i in items}
        options.clear_options()
        options.add_options([Option(followup_label(item), id=str(item.followup.id)) for item in items])
        if not items:
            hint = _("Nothing to follow up.") + (
                "" if self.show_done else _(" Press d to see done ones, n to add one.")
            )
            options.add_option(Option(Text(hint, style="dim"), disabled=True))
        ids = [i.followup.id for i in items]
        if ids:
            options.highlighted = ids.index(select) if select in ids else min(index, len(ids) - 1)
        everything = followup_list(self.repo, include_done=True, today=self.host.today())
        still_open = sum(1 for i in everything if not i.followup.done)
        overdue = sum(1 for i in everything if i.overdue)
        done = len(everything) - still_open
        status = _("{open} open · {overdue} overdue · {done} done").format(open=still_open, overdue=overdue, done=done)
        status += _(" · showing all") if self.show_done else _(" · d shows done ones")
        self.query_one("#followups-status", Static).update(Text(status))
        self._show_detail()

    @on(OptionList.OptionHighlighted, "#followups-list")
    def _show_detail(self) -> None:
        item = self._highlighted()
        detail = self.query_one("#followups-detail", Static)
        if item is None:
            detail.update("")
            return
        event = self.repo.event(item.followup.event_id)
        detail.update(followup_detail(item, event.name if event else "", self.host.today()))

    def _highlighted(self) -> FollowUpItem | None:
        return self._shown.get(self.highlighted_id())

    @on(OptionList.OptionSelected, "#followups-list")
    def _selected(self) -> None:
        self.action_toggle_done()

    def action_toggle_done(self) -> None:
        """Tick the highlighted follow-up off as done today, or reopen a done one."""
        item = self._highlighted()
        if item is None:
            return
        f = item.followup
        if f.done:
            job = partial(reopen_followup, self.repo, f.key)
            message = _("Reopened: {action}").format(action=f.action)
        else:
            job = partial(complete_followup, self.repo, f.key, on=self.host.today())
            done = _("Done ✓ {action}") if self.show_done else _("Done ✓ {action} — d shows done ones")
            message = done.format(action=f.action)
        self.host.write(job, lambda _r: self.refresh_view(f.id))
        self.notify(message, timeout=3, markup=False)

    def action_toggle_show_done(self) -> None:
        """Show or hide the follow-ups already done."""
        self.show_done = not self.show_done
        self.refresh_view()

    def action_new(self) -> None:
        """Add a follow-up: choose the person, then say what and by when."""
        repo = self.repo
        event = repo.current_event()
        room = by_name(repo, event.person_ids if event else ())
        if not room:
            room = repo.sorted_ids()[:50]

        def picked(pid: int | None) -> None:
            person = repo.person(pid) if pid is not None else None
            if person is None:
                return
            at = event.id if event is not None and event.attendance(person.key) is not None else None

            def chosen(result: tuple[str, str] | None) -> None:
                if result is None:
                    return
                job = partial(
                    add_followup, repo, person.id, result[0], due=result[1], event_id=at, today=self.host.today()
                )
                self.host.write(job, lambda saved: self.refresh_view(saved.id))

            self.app.push_screen(FollowUpModal(person.name), chosen)

        label = partial(person_label, repo)
        self.app.push_screen(
            ChooserModal(_("Follow up with…"), room, label, search=people_search(self.host.finder)), picked
        )

    def action_open_person(self) -> None:
        """Back to the room with the highlighted follow-up's person on the card."""
        item = self._highlighted()
        if item is not None and item.followup.person_id is not None:
            self.dismiss(item.followup.person_id)

    def action_close(self) -> None:
        """Back to the room."""
        self.dismiss(None)
