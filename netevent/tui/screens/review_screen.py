"""The review screen (`R` on the events screen): was the 1,000 kr under the doormat picked up?

The screen shows the facts of the event (whom you met, the targets you
missed, what changed hands, follow-ups, notes, time and money); `r` opens the
review form: outcomes, value in money and in words, the doormat question,
the real time and cost, and your thoughts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Static

from netevent.services.briefing import first_line
from netevent.services.events import update_event
from netevent.domain.figures import parse_amount, parse_minutes
from netevent.services.ledger import give_share_label
from netevent.domain.models import Event, Review, clean_list
from netevent.services.review import ReviewSummary, doormat_answer, review_summary, save_review
from netevent.tui.screens.base import EventScreen
from netevent.tui.screens.event_text import event_heading, section
from netevent.tui.screens.form import Field, FormModal
from netevent.tui.screens.keys_panel import keys_binding
from netevent.tui.screens.privacy import HIDDEN, is_private, toggle_private

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["ReviewScreen", "ReviewModal", "ReviewInput", "review_text", "store_review"]

_PICKED = {True: "yes", False: "no", None: "undecided"}
_FROM_CHOICE = {"yes": True, "no": False, "undecided": None}


def review_text(s: ReviewSummary, *, private: bool = False) -> Text:
    """The review's facts as plain text; note text is hidden while `private` is on."""
    event = s.event
    out = event_heading(event, (event.date, event.place, event.network), "Purpose: ")
    section(out, "The 1,000 kr question")
    out.append(doormat_answer(s) + "\n")
    if s.value_words:
        out.append("In words: ", style="bold")
        out.append(s.value_words + "\n")
    section(out, "Outcomes")
    for outcome in s.outcomes:
        out.append(f"  • {outcome}\n")
    if not s.outcomes:
        out.append("  none recorded — press r\n", style="dim")
    section(out, f"Met {len(s.met)} of {len(event.attendees)} in the room")
    out.append("  " + (", ".join(p.name for p in s.met) or "nobody marked as met") + "\n")
    if s.missed_targets:
        section(out, "Targets you did not meet")
        out.append("  " + ", ".join(p.name for p in s.missed_targets) + "\n")
    section(out, "Give and get")
    out.append("  " + give_share_label(s.ledger) + "\n")
    for entry in s.gave + s.got:
        out.append(f"  {entry.direction} — ")
        out.append(s.name(entry.person_id), style="bold")
        out.append(f": {entry.what}\n")
    section(out, "Follow-ups")
    for f in s.followups:
        out.append(f"  {'✓' if f.done else '☐'} {f.action}")
        if f.person_id is not None:
            out.append(" — " + s.name(f.person_id))
        out.append(f" (due {f.due})\n" if f.due else "\n")
    if not s.followups:
        out.append("  none\n", style="dim")
    section(out, "Notes")
    for note in s.notes:
        out.append("  " + s.name(note.person_id) + ": ", style="bold")
        out.append((HIDDEN if private else first_line(note.text)) + "\n")
    if not s.notes:
        out.append("  no notes written at this event\n", style="dim")
    if event.review and event.review.notes:
        section(out, "Your thoughts")
        out.append((HIDDEN if private else event.review.notes) + "\n")
    if event.review and event.review.reviewed_on:
        out.append(f"\nReviewed {event.review.reviewed_on}\n", style="dim")
    out.rstrip()
    return out


@dataclass(frozen=True)
class ReviewInput:
    """What the review form returns: the review, and the time and money it really took."""

    review: Review
    minutes: int
    cost: float


def store_review(repo: Repository, event_id: int, result: ReviewInput) -> Event:
    """Save the review with the event's real time and cost, in one atomic write."""
    with repo.batch():
        update_event(repo, event_id, minutes=result.minutes, cost=result.cost)
        return save_review(repo, event_id, result.review)


class ReviewModal(FormModal[ReviewInput]):
    """Outcomes, value in kr and in words, the doormat question, real time and cost, thoughts."""

    HINT = "Enter saves (Ctrl+S in your thoughts) · Tab next field · Esc cancels"

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event
        self.TITLE_TEXT = f"Review {event.name}"

    def fields(self) -> list[Field]:
        e, r = self.event, self.event.review or Review()
        return [
            Field("outcomes", "Outcomes (separate with ;)", "; ".join(r.outcomes), "e.g. new client; two intros"),
            Field("value", "Value in kr (what it brought you)", f"{r.value:g}" if r.value else "", "e.g. 15000"),
            Field("value_words", "Value in words", r.value_words, "e.g. one client worth a year's fees"),
            Field("picked", "Did you pick up the 1,000 kr under the doormat?", _PICKED[r.picked_up],
                  choices=(("yes", "yes"), ("no", "no"), ("undecided", "undecided"))),
            Field("minutes", "Time it took, with travel", str(e.minutes) if e.minutes else "", "e.g. 2h or 120"),
            Field("cost", "Cost in kr (fee, food, transport)", f"{e.cost:g}" if e.cost else "", "e.g. 450"),
            Field("notes", "Your thoughts", r.notes, multiline=True),
        ]

    def build(self, values: dict[str, str]) -> ReviewInput:
        review = Review(
            outcomes=clean_list(values["outcomes"]),
            value=parse_amount(values["value"], "value"),
            value_words=" ".join(values["value_words"].split()),
            picked_up=_FROM_CHOICE.get(values["picked"]),
            notes=values["notes"].strip(),
        )
        return ReviewInput(review, parse_minutes(values["minutes"], "time"), parse_amount(values["cost"], "cost"))


class ReviewScreen(EventScreen):
    """The facts of one event and your review of it."""

    BINDINGS = [
        Binding("escape", "close", "Back", id="review-back"),
        Binding("r", "write", "Write review", id="review-write", tooltip="Outcomes, value, was it worth it"),
        Binding("x", "toggle_private", "Hide private", id="review-private", show=False),
        keys_binding("review"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(icon="◆")
        with VerticalScroll(id="review-box"):
            yield Static("", id="review-body")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one("#review-box").focus()

    def refresh_view(self) -> None:
        """Re-read the event and show its facts and review."""
        event = self.repo.event(self.event_id)
        if event is None:
            self.dismiss(None)
            return
        self.sub_title = f"Review: {event.name}"
        self.query_one("#review-box").border_title = Content(f"Review: {event.name}")
        summary = review_summary(self.repo, event)
        self.query_one("#review-body", Static).update(review_text(summary, private=is_private(self.app)))

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
                self.notify("Review saved", timeout=2)

            self.app.write(partial(store_review, self.repo, self.event_id, result), saved)  # type: ignore[attr-defined]

        self.app.push_screen(ReviewModal(event), chosen)

    def action_toggle_private(self) -> None:
        """Hide or show note text (the same switch as `x` on the main screen)."""
        toggle_private(self.app)
        self.refresh_view()

    def action_close(self) -> None:
        """Back to the events."""
        self.dismiss(None)
