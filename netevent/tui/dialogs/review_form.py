"""The review form: outcomes, value in kr and in words, the doormat question, real time and cost, thoughts."""

from __future__ import annotations

from dataclasses import dataclass

from netevent.domain.figures import parse_amount, parse_minutes
from netevent.domain.models import Event, Review, clean_list
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["ReviewModal", "ReviewInput"]

_PICKED = {True: "yes", False: "no", None: "undecided"}
_FROM_CHOICE = {"yes": True, "no": False, "undecided": None}


@dataclass(frozen=True)
class ReviewInput:
    """What the review form returns: the review, and the time and money it really took."""

    review: Review
    minutes: int
    cost: float


class ReviewModal(FormModal[ReviewInput]):
    """Outcomes, value in kr and in words, the doormat question, real time and cost, thoughts."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event
        self.TITLE_TEXT = f"Review {event.name}"

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        e, r = self.event, self.event.review or Review()
        return [
            Field("outcomes", "Outcomes (separate with ;)", "; ".join(r.outcomes), "e.g. new client; two intros"),
            Field("value", "Value in kr (what it brought you)", f"{r.value:g}" if r.value else "", "e.g. 15000"),
            Field("value_words", "Value in words", r.value_words, "e.g. one client worth a year's fees"),
            Field(
                "picked",
                "Did you pick up the 1,000 kr under the doormat?",
                _PICKED[r.picked_up],
                choices=(("yes", "yes"), ("no", "no"), ("undecided", "undecided")),
            ),
            Field("minutes", "Time it took, with travel", str(e.minutes) if e.minutes else "", "e.g. 2h or 120"),
            Field("cost", "Cost in kr (fee, food, transport)", f"{e.cost:g}" if e.cost else "", "e.g. 450"),
            Field("notes", "Your thoughts", r.notes, multiline=True),
        ]

    def build(self, values: dict[str, str]) -> ReviewInput:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        review = Review(
            outcomes=clean_list(values["outcomes"]),
            value=parse_amount(values["value"], "value"),
            value_words=" ".join(values["value_words"].split()),
            picked_up=_FROM_CHOICE.get(values["picked"]),
            notes=values["notes"].strip(),
        )
        return ReviewInput(review, parse_minutes(values["minutes"], "time"), parse_amount(values["cost"], "cost"))
