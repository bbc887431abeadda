"""Your own contact card as vCard 3.0: what `netevent card` prints and what your QR code holds.

Pure Python. vCard 3.0 (RFC 2426) is what phone cameras and address books
read most reliably from a QR code: iOS and Android both add it as a contact.
The card holds your name, company, role, phone, email, web address and your
pitch as the note. `LEAVE_OUT_ORDER` is the order in which details are
dropped when a QR code must fit a small terminal: the pitch first, the
name, phone and email never.
"""

from __future__ import annotations

from netevent.domain.models import Profile, ValidationError
from netevent.io.vcard_export import card_text, escape, split_name

__all__ = ["profile_vcard", "present_details", "LEAVE_OUT_ORDER", "DETAIL_NAMES"]

LEAVE_OUT_ORDER = ("pitch", "url", "role", "company")
"""The details a shortened card goes without, first to last."""

DETAIL_NAMES = {"pitch": "your pitch", "url": "your web address", "role": "your role", "company": "your company"}
"""How the report names a detail that was left out."""


def profile_vcard(profile: Profile, leave_out: tuple[str, ...] = ()) -> str:
    """Your card as vCard 3.0 text (CRLF line ends, folded at 75 bytes), without the details in `leave_out`.

    Raises:
        ValidationError: your profile has no name yet (a card without one is no contact).
    """
    if not profile.name:
        raise ValidationError('your card needs your name: set it with `netevent profile --name "Your Name"`')
    family, given = split_name(profile.name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{escape(family)};{escape(given)};;;", f"FN:{escape(profile.name)}"]
    details = (
        ("ORG", profile.company, "company"),
        ("TITLE", profile.role, "role"),
        ("TEL", profile.phone, ""),
        ("EMAIL", profile.email, ""),
        ("URL", profile.url, "url"),
        ("NOTE", profile.pitch, "pitch"),
    )
    lines += [f"{name}:{escape(value)}" for name, value, detail in details if value and detail not in leave_out]
    lines.append("END:VCARD")
    return card_text(lines)


def present_details(profile: Profile) -> tuple[str, ...]:
    """The details of `LEAVE_OUT_ORDER` that your profile has, in that order."""
    values = {"pitch": profile.pitch, "url": profile.url, "role": profile.role, "company": profile.company}
    return tuple(name for name in LEAVE_OUT_ORDER if values[name])
