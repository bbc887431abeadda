"""Edit your pitch, offers and asks, your card's contact details, and today's purpose and messages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netevent.domain.models import Event, Profile, clean_list, replace
from netevent.i18n import N_, _
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["PitchModal", "PitchResult"]

_PROFILE_FIELDS = ("name", "company", "role", "pitch", "offers", "asks", "email", "phone", "url")


@dataclass(frozen=True)
class PitchResult:
    """What the pitch dialog returns: your profile and, if any, the event's purpose and messages."""

    profile: Profile
    event: Event | None


class PitchModal(FormModal[PitchResult]):
    """Edit your pitch, offers and asks, and today's purpose and messages."""

    TITLE_TEXT = N_("Your pitch")

    def __init__(self, profile: Profile, event: Event | None) -> None:
        super().__init__()
        self.profile, self.event = profile, event

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        p = self.profile
        fields = [
            Field("name", _("Your name"), p.name),
            Field("company", _("Company"), p.company),
            Field("role", _("Role"), p.role),
            Field("pitch", _("Pitch (one or two sentences)"), p.pitch, multiline=True),
            Field("offers", _("What you offer (separate with ;)"), "; ".join(p.offers)),
            Field("asks", _("What you are looking for (separate with ;)"), "; ".join(p.asks)),
            Field("email", _("Your email (on your card: c shows it as a QR code)"), p.email),
            Field("phone", _("Your phone"), p.phone),
            Field("url", _("Your web site or LinkedIn"), p.url),
        ]
        if self.event is not None:
            fields += [
                Field("purpose", _("Your purpose at {name}").format(name=self.event.name), self.event.purpose),
                Field(
                    "messages", _("Messages and questions to bring (separate with ;)"), "; ".join(self.event.messages)
                ),
            ]
        return fields

    def build(self, values: dict[str, str]) -> PitchResult:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        # Profile cleans the text itself and splits offers and asks on ";".
        typed: dict[str, Any] = {name: values[name] for name in _PROFILE_FIELDS}
        profile = replace(self.profile, **typed)
        event = self.event
        if event is not None:
            event = replace(event, purpose=values["purpose"].strip(), messages=clean_list(values["messages"]))
        return PitchResult(profile=profile, event=event)
