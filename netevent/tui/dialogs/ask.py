"""Asks in the app: add what someone is looking for, and say what became of one."""

from __future__ import annotations

from dataclasses import dataclass

from netevent.domain.fates import ASK_MOVES
from netevent.domain.models import Ask, LedgerEntry, ValidationError
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["AddAskModal", "AskFateModal", "AskFate", "NO_HELP"]

NO_HELP = "none"
"""The choice of "nothing logged helped it"."""


class AddAskModal(FormModal[str]):
    """What a person is looking for: a new open ask (one of their needs)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.TITLE_TEXT = f"{name} is looking for…"

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [Field("text", "What are they looking for?", placeholder="e.g. a lawyer for shareholder agreements")]

    def build(self, values: dict[str, str]) -> str:
        """The ask's text (raises ValidationError, shown in the form)."""
        text = " ".join(values["text"].split())
        if not text:
            raise ValidationError("say what they are looking for")
        return text


@dataclass(frozen=True)
class AskFate:
    """What the fate dialog returns: the new status, how it went, and the give that helped (or None)."""

    status: str
    line: str
    helped_by: int | None


class AskFateModal(FormModal[AskFate]):
    """Say what became of an ask: only the moves that make sense from where it is are offered.

    Args:
        ask: the ask as stored now.
        gives: the person's ledger entries, newest first, to say which one helped.
    """

    FOCUS_FIRST_FIELD = True

    def __init__(self, ask: Ask, gives: list[LedgerEntry]) -> None:
        super().__init__()
        self.ask = ask
        self.gives = gives
        self.TITLE_TEXT = f"{ask.text} — {ask.status} now"

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        moves = tuple((status, status) for status in ASK_MOVES[self.ask.status])
        helped = (("nothing logged", NO_HELP),) + tuple((f"{e.date}: {e.what}"[:60], str(e.key)) for e in self.gives)
        return [
            Field("status", "It is now", choices=moves),
            Field("line", "How it went (optional)", placeholder="e.g. found a lawyer through Åse"),
            Field("helped", "What helped (for helped)", choices=helped),
        ]

    def build(self, values: dict[str, str]) -> AskFate:
        """The dialog's result from the chosen values."""
        helped = values["helped"]
        by = int(helped) if helped != NO_HELP and values["status"] == "helped" else None
        return AskFate(values["status"], " ".join(values["line"].split()), by)
