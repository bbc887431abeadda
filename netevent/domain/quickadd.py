"""Turn one typed line into a person: `Jane Doe, Acme — tax law; export`.

Pure Python. The grammar is forgiving because it is typed mid-conversation:

    NAME [(ROLE)] [, COMPANY] [— STRENGTH; STRENGTH …] [? NEED; NEED …] [#tag …]

* the strengths part starts at an em/en dash, ` - ` or `:`;
* needs follow `?` or `needs:` / `behov:`;
* `#word` anywhere is a tag; an email, phone number or web address anywhere
  is recognised as such, also the way mail programs write an address:
  `"Jane Doe" <jane@acme.dk>`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from netevent.domain.models import Person, ValidationError, check_name, clean_list
from netevent.i18n import _

__all__ = ["QuickAdd", "parse_quick_add"]

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ANGLED_EMAIL = re.compile(r"<\s*(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*>", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|dk|io|org|net|se|no|de)/\S*")
_PHONE = re.compile(r"(?<!\w)\+?\d[\d\s-]{6,}\d(?!\w)")
_TAG = re.compile(r"(?<!\w)#([\w-]+)")
_STRENGTHS_SPLIT = re.compile(r"\s+[—–]\s*|\s*[—–]\s+|\s+-\s+|:\s+|[—–]")
_NEEDS_SPLIT = re.compile(r"\s*\?\s*|\s*\b(?:needs|behov|søger)\s*:\s*", re.IGNORECASE)
_ROLE = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True, slots=True)
class QuickAdd:
    """The fields read from one line; `person()` builds the Person."""

    name: str = ""
    company: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    tags: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()

    def person(self) -> Person:
        """The person described by the line.

        Raises:
            ValidationError: the line has no name, or a name without letters.
        """
        if not self.name:
            raise ValidationError(_("type at least a name, e.g. 'Jane Doe, Acme — tax law; export'"))
        check_name(self.name)
        return Person(**asdict(self))  # every field here is a Person field of the same name


def _take(pattern: re.Pattern[str], text: str) -> tuple[str, str]:
    match = pattern.search(text)
    if not match:
        return "", text
    return match.group(0).strip(), (text[: match.start()] + " " + text[match.end() :])


def parse_quick_add(line: str) -> QuickAdd:
    """Read a person from one line; never raises, missing parts stay empty."""
    text = " ".join((line or "").split())
    angled = _ANGLED_EMAIL.search(text)
    if angled:  # Jane Doe <jane@acme.dk>
        email, text = angled.group(1), text[: angled.start()] + " " + text[angled.end() :]
    else:
        email, text = _take(_EMAIL, text)
    url, text = _take(_URL, text)
    phone, text = _take(_PHONE, text)
    tags = clean_list(_TAG.findall(text))
    text = _TAG.sub(" ", text)

    needs_part = ""
    parts = _NEEDS_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2:
        text, needs_part = parts
    strengths_part = ""
    parts = _STRENGTHS_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2:
        text, strengths_part = parts

    role = ""
    role_match = _ROLE.search(text)
    if role_match:
        role = role_match.group(1).strip()
        text = text[: role_match.start()] + text[role_match.end() :]
    name, _, company = text.partition(",")
    company = company.strip(" ,")
    if not role and "," in company:
        # "Jane Doe, CFO, Acme": the middle part is the role.
        role, _, company = company.partition(",")
        role, company = role.strip(), company.strip(" ,")
    return QuickAdd(
        name=" ".join(name.split()).strip(" ,\"'"),
        company=" ".join(company.split()),
        role=" ".join(role.split()),
        email=email,
        phone=" ".join(phone.split()),
        url=url,
        tags=tags,
        strengths=_items(strengths_part),
        needs=_items(needs_part),
    )


def _items(text: str) -> tuple[str, ...]:
    """Split a list part on `;` (and on `,` when there is no `;`)."""
    text = text.strip(" ;,")
    if not text:
        return ()
    separator = ";" if ";" in text else ","
    return clean_list(part for part in text.split(separator))
