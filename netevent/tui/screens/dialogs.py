"""The dialogs behind the one-key actions: add a person, target, give/get, follow-up, pitch."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, Static

from netevent.domain.models import (
    LEDGER_KINDS,
    Event,
    Person,
    Profile,
    ValidationError,
    clean_list,
    parse_date,
    replace,
)
from netevent.domain.quickadd import parse_quick_add
from netevent.tui.screens.form import Field, FormModal

__all__ = [
    "AddPersonModal",
    "TargetModal",
    "LedgerModal",
    "LedgerInput",
    "FollowUpModal",
    "PitchModal",
    "PitchResult",
]

_PERSON_FIELDS = ("name", "company", "role", "email", "phone", "url", "tags", "strengths", "needs")
_PROFILE_FIELDS = ("name", "company", "role", "pitch", "offers", "asks")


class AddPersonModal(FormModal[Person]):
    """Add a person from one typed line; the full form below fills in as you type."""

    TITLE_TEXT = "Add a person"
    HINT = "Type one line, or Tab into the form · Enter saves · Esc cancels"

    def compose_intro(self) -> ComposeResult:
        yield Input(placeholder="Jane Doe, Acme — tax law; export ? needs #tag", id="quick-line")
        yield Static("", id="quick-preview", markup=False)

    def fields(self) -> list[Field]:
        return [
            Field("name", "Name"),
            Field("company", "Company"),
            Field("role", "Role"),
            Field("email", "Email"),
            Field("phone", "Phone"),
            Field("url", "Web / LinkedIn"),
            Field("tags", "Tags (separate with ;)"),
            Field("strengths", "Strengths (separate with ;)"),
            Field("needs", "Needs (separate with ;)"),
        ]

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#quick-line", Input).focus()

    @on(Input.Changed, "#quick-line")
    def _quick_changed(self, event: Input.Changed) -> None:
        event.stop()
        parsed = parse_quick_add(event.value)
        for name in _PERSON_FIELDS:
            value = getattr(parsed, name)
            self.set_value(name, "; ".join(value) if isinstance(value, tuple) else value)
        preview = Text()
        if parsed.name:
            preview.append(parsed.name, style="bold")
            if parsed.company:
                preview.append(f" · {parsed.company}")
            if parsed.strengths:
                preview.append(f" · strong in {', '.join(parsed.strengths)}")
        self.query_one("#quick-preview", Static).update(preview)

    def build(self, values: dict[str, str]) -> Person:
        # Person cleans the text itself and splits the list fields on ";".
        return Person(**{name: values[name] for name in _PERSON_FIELDS})


class TargetModal(FormModal[tuple[str, str]]):
    """Make someone one of today's targets, with a reason and the question to ask."""

    TITLE_TEXT = "Today's target"

    def __init__(self, name: str, reason: str = "", question: str = "") -> None:
        super().__init__()
        self.TITLE_TEXT = f"Today's target: {name}"
        self._reason, self._question = reason, question

    def fields(self) -> list[Field]:
        return [
            Field("reason", "Why talk to them today?", self._reason, "e.g. needs an accountant for the export move"),
            Field("question", "The question to ask", self._question, "e.g. who handles your VAT in Germany?"),
        ]

    def build(self, values: dict[str, str]) -> tuple[str, str]:
        return values["reason"].strip(), values["question"].strip()


@dataclass(frozen=True)
class LedgerInput:
    """What the give/get dialog returns."""

    what: str
    kind: str
    amount: float | None


class LedgerModal(FormModal[LedgerInput]):
    """Log something you gave to, or got from, a person."""

    def __init__(self, direction: str, name: str) -> None:
        super().__init__()
        self.direction = direction
        verb = "gave" if direction == "gave" else "got from"
        self.TITLE_TEXT = f"You {verb} {name}"

    def fields(self) -> list[Field]:
        return [
            Field("what", "What", placeholder="e.g. intro to a VAT expert"),
            Field("kind", "Kind", choices=tuple((k, k) for k in LEDGER_KINDS)),
            Field("amount", "Amount in kr (optional, for business)", placeholder="e.g. 25000"),
        ]

    def build(self, values: dict[str, str]) -> LedgerInput:
        what = " ".join(values["what"].split())
        if not what:
            raise ValidationError("say what was given or received")
        amount_text = values["amount"].replace(" ", "").replace(",", ".").removesuffix("kr")
        try:
            amount = float(amount_text) if amount_text else None
        except ValueError:
            raise ValidationError(f"amount {values['amount']!r} is not a number") from None
        if amount is not None and amount < 0:
            raise ValidationError("an amount cannot be negative")
        return LedgerInput(what=what, kind=values["kind"], amount=amount)


class FollowUpModal(FormModal[tuple[str, str]]):
    """Add a follow-up: what to do and by when."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.TITLE_TEXT = f"Follow up with {name}"

    def fields(self) -> list[Field]:
        return [
            Field("action", "Action", placeholder="e.g. send the VAT checklist"),
            Field("due", "Due (YYYY-MM-DD or DD-MM-YYYY, optional)"),
        ]

    def build(self, values: dict[str, str]) -> tuple[str, str]:
        action = " ".join(values["action"].split())
        if not action:
            raise ValidationError("a follow-up needs an action")
        return action, parse_date(values["due"], "due date")


@dataclass(frozen=True)
class PitchResult:
    """What the pitch dialog returns: your profile and, if any, the event's purpose and messages."""

    profile: Profile
    event: Event | None


class PitchModal(FormModal[PitchResult]):
    """Edit your pitch, offers and asks, and today's purpose and messages."""

    TITLE_TEXT = "Your pitch"
    HINT = "Ctrl+S saves · Tab next field · Esc cancels"

    def __init__(self, profile: Profile, event: Event | None) -> None:
        super().__init__()
        self.profile, self.event = profile, event

    def fields(self) -> list[Field]:
        p = self.profile
        fields = [
            Field("name", "Your name", p.name),
            Field("company", "Company", p.company),
            Field("role", "Role", p.role),
            Field("pitch", "Pitch (one or two sentences)", p.pitch, multiline=True),
            Field("offers", "What you offer (separate with ;)", "; ".join(p.offers)),
            Field("asks", "What you are looking for (separate with ;)", "; ".join(p.asks)),
        ]
        if self.event is not None:
            fields += [
                Field("purpose", f"Your purpose at {self.event.name}", self.event.purpose),
                Field("messages", "Messages and questions to bring (separate with ;)", "; ".join(self.event.messages)),
            ]
        return fields

    def build(self, values: dict[str, str]) -> PitchResult:
        # Profile cleans the text itself and splits offers and asks on ";".
        profile = replace(self.profile, **{name: values[name] for name in _PROFILE_FIELDS})
        event = self.event
        if event is not None:
            event = replace(event, purpose=values["purpose"].strip(), messages=clean_list(values["messages"]))
        return PitchResult(profile=profile, event=event)
