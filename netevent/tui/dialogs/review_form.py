"""The review form: outcomes, value in kr and in words, the doormat question, real time and cost, thoughts."""

from __future__ import annotations

from dataclasses import dataclass

from netevent.domain.figures import money, parse_amount, parse_minutes
from netevent.domain.models import Event, Review, clean_list
from netevent.i18n import N_, _
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["ReviewModal", "ReviewInput"]

_PICKED = {True: "yes", False: "no", None: "undecided"}
_CHOICES = (("yes", N_("yes")), ("no", N_("no")), ("undecided", N_("undecided")))
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
        self.TITLE_TEXT = _("Review {name}").format(name=event.name)

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        e, r = self.event, self.event.review or Review()
        return [
            Field("outcomes", _("Outcomes (separate with ;)"), "; ".join(r.outcomes), _("e.g. new client; two intros")),
            Field(
                "value",
                _("Value in kr (what it brought you)"),
                money(r.value, unit="") if r.value else "",
                _("e.g. 15.000"),
            ),
            Field("value_words", _("Value in words"), r.value_words, _("e.g. one client worth a year's fees")),
            Field(
                "picked",
                _("Did you pick up the {amount} under the doormat?").format(amount=money(1000)),
                _PICKED[r.picked_up],
                choices=tuple((_(label), key) for key, label in _CHOICES),
            ),
            Field("minutes", _("Time it took, with travel"), str(e.minutes) if e.minutes else "", _("e.g. 2h or 120")),
            Field(
                "cost", _("Cost in kr (fee, food, transport)"), money(e.cost, unit="") if e.cost else "", _("e.g. 450")
            ),
            Field("notes", _("Your thoughts"), r.notes, multiline=True),
        ]

    def build(self, values: dict[str, str]) -> ReviewInput:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        review = Review(
            outcomes=clean_list(values["outcomes"]),
            value=parse_amount(values["value"], _("value")),
            value_words=" ".join(values["value_words"].split()),
            picked_up=_FROM_CHOICE.get(values["picked"]),
            notes=values["notes"].strip(),
        )
        minutes = parse_minutes(values["minutes"], _("time"))
        return ReviewInput(review, minutes, parse_amount(values["cost"], _("cost")))
