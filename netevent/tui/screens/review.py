"""The review screen (`R` on the events screen): was the 1,000 kr under the doormat picked up?

The screen shows the facts of the event (whom you met, the targets you
missed, what changed hands, follow-ups, notes, time and money); `r` opens the
review form: outcomes, value in money and in words, the doormat question,
the real time and cost, and your thoughts.
"""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Static

from netevent.domain.models import Event
from netevent.domain.visible import visible
from netevent.i18n import N_, _
from netevent.services.review import review_summary, store_review
from netevent.tui.dialogs.review_form import ReviewInput, ReviewModal
from netevent.tui.render.review import review_text
from netevent.tui.screens.base import EventScreen, screen_keys

__all__ = ["ReviewScreen"]


class ReviewScreen(EventScreen):
    """The facts of one event and your review of it."""

    BINDINGS = [
        Binding("escape", "close", N_("Back"), id="review-back"),
        Binding("r", "write", N_("Write review"), id="review-write", tooltip=N_("Outcomes, value, was it worth it")),
        *screen_keys("review"),
    ]
    HELP_INTRO = N_(
        "# Review — keys\n\nWhom you met, what changed hands, and was it worth "
        "it: did you pick up the 1,000 kr under the doormat?\n"
    )

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield Header(icon="◆")
        with VerticalScroll(id="review-box"):
            yield Static("", id="review-body")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.refresh_view()
        self.query_one("#review-box").focus()

    def refresh_view(self) -> None:
        """Re-read the event and show its facts and review."""
        event = self.repo.event(self.event_id)
        if event is None:
            self.dismiss(None)
            return
        self.sub_title = _("Review: {name}").format(name=event.name)
        self.query_one("#review-box").border_title = Content(
            _("Review: {name}").format(name=visible(event.name, lines=False))
        )
        summary = review_summary(self.repo, event)
        self.query_one("#review-body", Static).update(review_text(summary, private=self.host.private))

    def action_write(self) -> None:
        """Open the review form; the review is saved when the form is."""
        event = self.repo.event(self.event_id)
        if event is None:
            return

        def chosen(result: ReviewInput | None) -> None:
            if result is None:
                return

            def saved(_event: Event) -> None:
                self.refresh_view()
                self.notify(_("Review saved"), timeout=2)

            job = partial(
                store_review, self.repo, self.event_id, result.review, minutes=result.minutes, cost=result.cost
            )
            self.host.write(job, saved)

        self.app.push_screen(ReviewModal(event), chosen)

    def privacy_changed(self) -> None:
        """Private mode changed (here or on another screen): show or hide note text."""
        self.refresh_view()

    def action_close(self) -> None:
        """Back to the events."""
        self.dismiss(None)
