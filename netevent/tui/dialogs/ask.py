"""Asks in the app: add what someone is looking for, and say what became of one."""

from __future__ import annotations

from dataclasses import dataclass

from netevent.domain.dates import read_date
from netevent.domain.fates import ASK_MOVES
from netevent.domain.models import Ask, LedgerEntry, ValidationError, ask_status_name
from netevent.i18n import _, format_date_field
from netevent.tui.dialogs.form import Field, FormModal, date_label

__all__ = ["AddAskModal", "AskFateModal", "AskFate", "NO_HELP"]

NO_HELP = "none"
"""The choice of "nothing logged helped it"."""


class AddAskModal(FormModal[str]):
    """What a person is looking for: a new open ask (one of their needs)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.TITLE_TEXT = _("{name} is looking for…").format(name=name)

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field("text", _("What are they looking for?"), placeholder=_("e.g. a lawyer for shareholder agreements"))
        ]

    def build(self, values: dict[str, str]) -> str:
        """The ask's text (raises ValidationError, shown in the form)."""
        text = " ".join(values["text"].split())
        if not text:
            raise ValidationError(_("say what they are looking for"))
        return text


@dataclass(frozen=True)
class AskFate:
    """What the fate dialog returns: the new status, how it went, the give that helped (or None), and when."""

    status: str
    line: str
    helped_by: int | None
    on: str = ""


class AskFateModal(FormModal[AskFate]):
    """Say what became of an ask: only the moves that make sense from where it is are offered.

    Statuses are offered in the current language and returned as stored (English).

    Args:
        ask: the ask as stored now.
        gives: the person's ledger entries, newest first, to say which one helped.
    """

    FOCUS_FIRST_FIELD = True

    def __init__(self, ask: Ask, gives: list[LedgerEntry]) -> None:
        super().__init__()
        self.ask = ask
        self.gives = gives
        self.TITLE_TEXT = _("{ask} — {status} now").format(ask=ask.text, status=ask_status_name(ask.status))

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        moves = tuple((ask_status_name(status), status) for status in ASK_MOVES[self.ask.status])
        helped = ((_("nothing logged"), NO_HELP),) + tuple(
            (f"{format_date_field(e.date)}: {e.what}"[:60], str(e.key)) for e in self.gives
        )
        return [
            Field("status", _("It is now"), choices=moves),
            Field("line", _("How it went (optional)"), placeholder=_("e.g. found a lawyer through Åse")),
            Field("helped", _("What helped (for helped)"), choices=helped),
            Field("on", date_label(_("When")), format_date_field(self.today())),
        ]

    def build(self, values: dict[str, str]) -> AskFate:
        """The dialog's result from the chosen values (raises ValidationError, shown in the form)."""
        helped = values["helped"]
        by = int(helped) if helped != NO_HELP and values["status"] == "helped" else None
        on = read_date(values["on"], self.today(), _("date")) or self.today()
        return AskFate(values["status"], " ".join(values["line"].split()), by, on)
