"""You and the people you meet: `Profile` and `Person`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from netevent.i18n import _

from ._base import (
    SchemaError,
    ValidationError,
    _get,
    _get_list,
    _get_pairs,
    _require_doc,
    _text,
    clean_list,
    parse_date,
    stored_id,
)

__all__ = ["Profile", "Person", "check_name", "GAINS_FIELDS"]

GAINS_FIELDS = ("goals", "accomplishments", "networks")
"""The GAINS fields a person has besides interests and strengths (GAINS' Skills are their strengths)."""


def check_name(name: str) -> str:
    """The name with whitespace collapsed, if it can be a person's name: it has a letter in it.

    Not enforced on stored people (a file with such a name still opens); the
    add, the form and the edit refuse it.

    Raises:
        ValidationError: the name is empty or has no letters (`!!! ...`).
    """
    text = _text(name)
    if not text:
        raise ValidationError(_("a person needs a name"))
    if not any(ch.isalpha() for ch in text):
        raise ValidationError(_("{text!r} is not a name: a name needs letters").format(text=text))
    return text


@dataclass(frozen=True, slots=True)
class Profile:
    """You: who you are and what you bring to the room."""

    name: str = ""
    company: str = ""
    role: str = ""
    pitch: str = ""
    offers: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""
    url: str = ""

    def __post_init__(self) -> None:
        for name in ("name", "company", "role", "email", "phone", "url"):
            object.__setattr__(self, name, _text(getattr(self, name)))
        object.__setattr__(self, "pitch", (self.pitch or "").strip())
        object.__setattr__(self, "offers", clean_list(self.offers))
        object.__setattr__(self, "asks", clean_list(self.asks))

    @property
    def is_empty(self) -> bool:
        """True when nothing about you has been filled in yet."""
        return not (self.name or self.pitch or self.offers or self.asks)

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this profile."""
        return {
            "name": self.name,
            "company": self.company,
            "role": self.role,
            "pitch": self.pitch,
            "offers": list(self.offers),
            "asks": list(self.asks),
            "email": self.email,
            "phone": self.phone,
            "url": self.url,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Profile:
        """Build a profile from its stored document."""
        doc = _require_doc(doc, "profile")
        return cls(
            name=_get(doc, "name", str, ""),
            company=_get(doc, "company", str, ""),
            role=_get(doc, "role", str, ""),
            pitch=_get(doc, "pitch", str, ""),
            offers=_get_list(doc, "offers"),
            asks=_get_list(doc, "asks"),
            email=_get(doc, "email", str, ""),
            phone=_get(doc, "phone", str, ""),
            url=_get(doc, "url", str, ""),
        )


@dataclass(frozen=True, slots=True)
class Person:
    """Someone you have met or will meet.

    `id` is None until the person is stored. `extra` keeps the answers to
    custom questions from imported attendee lists (label, answer) and
    conflicting contact details found while merging, so nothing is dropped.
    `needs` are the texts of their open asks (the repository keeps them in
    step with the asks). Goals, accomplishments, interests, networks and
    strengths (as skills) are the GAINS a group's one-to-ones go through.
    `keep_in_touch` is how many days may pass without contact before they
    are due (None: their networks' rhythm decides; 0: never due).
    """

    name: str
    company: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    tags: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    about: str = ""
    first_met_on: str = ""
    first_met_at: str = ""
    extra: tuple[tuple[str, str], ...] = ()
    goals: tuple[str, ...] = ()
    accomplishments: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()
    keep_in_touch: int | None = None
    id: int | None = None

    @property
    def key(self) -> int:
        """The stored id (a person read from the file always has one)."""
        return stored_id(self)

    def __post_init__(self) -> None:
        for name in ("name", "company", "role", "email", "phone", "url", "first_met_at"):
            object.__setattr__(self, name, _text(getattr(self, name)))
        if not self.name:
            raise ValidationError(_("a person needs a name"))
        object.__setattr__(self, "about", (self.about or "").strip())
        for name in ("tags", "strengths", "needs", "interests", *GAINS_FIELDS):
            value = getattr(self, name)
            if value:  # most people have no GAINS: building 50,000 of them is on the way to the first search
                object.__setattr__(self, name, clean_list(value))
            elif value != ():
                object.__setattr__(self, name, ())
        if self.keep_in_touch is not None and self.keep_in_touch < 0:
            raise ValidationError(_("keep in touch every … cannot be negative"))
        object.__setattr__(self, "first_met_on", parse_date(self.first_met_on, _("first met")))
        object.__setattr__(self, "extra", tuple((str(k), str(v)) for k, v in self.extra))

    @property
    def headline(self) -> str:
        """Role and company in one line, e.g. `Partner, Holm Advokater`."""
        return ", ".join(part for part in (self.role, self.company) if part)

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this person (without its id); GAINS and cadence only when set."""
        doc: dict[str, Any] = {
            "name": self.name,
            "company": self.company,
            "role": self.role,
            "email": self.email,
            "phone": self.phone,
            "url": self.url,
            "tags": list(self.tags),
            "strengths": list(self.strengths),
            "needs": list(self.needs),
            "interests": list(self.interests),
            "about": self.about,
            "first_met_on": self.first_met_on,
            "first_met_at": self.first_met_at,
            "extra": dict(self.extra),
        }
        for name in GAINS_FIELDS:
            if getattr(self, name):
                doc[name] = list(getattr(self, name))
        if self.keep_in_touch is not None:
            doc["keep_in_touch"] = self.keep_in_touch
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], id: int | None = None) -> Person:
        """Build a person from a stored document."""
        doc = _require_doc(doc, "person")
        try:
            return cls(
                id=id,
                name=_get(doc, "name", str, ""),
                company=_get(doc, "company", str, ""),
                role=_get(doc, "role", str, ""),
                email=_get(doc, "email", str, ""),
                phone=_get(doc, "phone", str, ""),
                url=_get(doc, "url", str, ""),
                tags=_get_list(doc, "tags"),
                strengths=_get_list(doc, "strengths"),
                needs=_get_list(doc, "needs"),
                interests=_get_list(doc, "interests"),
                about=_get(doc, "about", str, ""),
                first_met_on=_get(doc, "first_met_on", str, ""),
                first_met_at=_get(doc, "first_met_at", str, ""),
                extra=_get_pairs(doc, "extra"),
                goals=_get_list(doc, "goals") if "goals" in doc else (),
                accomplishments=_get_list(doc, "accomplishments") if "accomplishments" in doc else (),
                networks=_get_list(doc, "networks") if "networks" in doc else (),
                keep_in_touch=_get(doc, "keep_in_touch", int, None) if "keep_in_touch" in doc else None,
            )
        except ValidationError as error:
            raise SchemaError(str(error)) from None
