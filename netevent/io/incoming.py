"""What a reader hands to the merger: people read from a file, rows it skipped and why.

Pure Python. `Draft` collects one row's or one card's values the same way for
every format: the first value of a single field wins, later different values
are kept in `extra` (a second email becomes "Email 2"), list fields are
unioned, and nothing the file said is dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from netevent.domain.models import Person, ValidationError
from netevent.domain.text import fold
from netevent.io.values import email_key, is_system_group, lenient_date, phone_key, plain, url_key, value_key

__all__ = [
    "Incoming",
    "Skipped",
    "Parsed",
    "ImportFailed",
    "Draft",
    "SINGLE_FIELDS",
    "LIST_FIELDS",
    "SECOND_LABELS",
    "email_key",
    "phone_key",
    "lenient_date",
    "put_extra",
    "split_list",
    "url_key",
    "value_key",
]

MAX_EXTRAS = 100
"""Extra details (answers, second emails…) kept a person: an export with thousands of columns gets a report line."""

SINGLE_FIELDS = ("company", "role", "email", "phone", "url", "first_met_on", "first_met_at")
LIST_FIELDS = ("tags", "strengths", "needs", "interests")

# The label a second value of a single field is kept under in `extra`.
SECOND_LABELS = {
    "name": "Name",
    "company": "Company",
    "role": "Role",
    "email": "Email",
    "phone": "Phone",
    "url": "URL",
    "first_met_at": "First met at",
}


class ImportFailed(ValidationError):
    """Nothing useful could be read from the file; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Incoming:
    """One person read from a file, and where in the file they were."""

    person: Person
    source: str
    remarks: tuple[str, ...] = ()
    old_id: int | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row or card that was not imported, and why."""

    source: str
    name: str
    reason: str


@dataclass(frozen=True)
class Parsed:
    """Everything read from one file, before it meets the data already stored."""

    path: str
    format: str
    incoming: tuple[Incoming, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    """Parts of the file that were broken and skipped, one line each with its line number."""
    backup: Any = None
    """A `netevent.io.json_io.Backup` when the file is a netevent backup."""
    not_kept: tuple[str, ...] = ()
    """What the file held that netevent has no place for (photos, bookkeeping columns…), one line each."""
    calendar: Any = None
    """A `netevent.io.ics_import.Calendar` when the file is a calendar (.ics): events, not people."""

    def require_something(self) -> None:
        """Raise `ImportFailed` when the file held nobody to import."""
        if self.incoming or any(part is not None and not part.is_empty for part in (self.backup, self.calendar)):
            return
        if self.skipped:
            first = self.skipped[0]
            raise ImportFailed(
                f"{self.path}: nothing to import: all {len(self.skipped)} entries were skipped "
                f"(first: {first.source}: {first.reason})"
            )
        raise ImportFailed(f"{self.path}: nothing to import: the file holds no people")


# ----------------------------------------------------------------- values


def split_list(value: str, *, commas: bool = True) -> list[str]:
    """Items of a list cell: split on `;`, newlines and Google's ` ::: `; on commas when there is no `;`."""
    text = value.replace(":::", ";").replace("\n", ";")
    if ";" in text or not commas:
        parts = text.split(";")
    else:
        parts = text.split(",")
    return [" ".join(p.split()) for p in parts if p.strip()]


def put_extra(
    pairs: list[tuple[str, str]],
    base: str,
    value: str,
    *,
    first: int = 1,
    key: Callable[[str], str] = plain,
) -> str | None:
    """Keep `value` under `base` (or `base 2`, `base 3`… when taken) unless it is already there.

    Returns the label used, or None when the value was already kept under
    `base` or one of its numbered labels. `first=2` starts at `base 2`, for a
    second email next to the person's own `email`.
    """
    wanted = key(value)
    family = re.compile(re.escape(base) + r"(?: \d+)?", re.IGNORECASE)
    used = set()
    for label, existing in pairs:
        if family.fullmatch(label):
            if key(existing) == wanted:
                return None
            used.add(label.casefold())
    number = first
    while True:
        label = base if number == 1 else f"{base} {number}"
        if label.casefold() not in used:
            pairs.append((label, value))
            return label
        number += 1


# ---------------------------------------------------------------- draft


@dataclass
class Draft:
    """One person's values as a reader finds them, turned into a `Person` at the end."""

    name: str = ""
    first: str = ""
    middle: str = ""
    last: str = ""
    about: list[str] = field(default_factory=list)
    single: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=lambda: {f: [] for f in LIST_FIELDS})
    extra: list[tuple[str, str]] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    """The label each part of the name came under (`first` → `First Name`), for keeping it as an extra."""
    dayfirst: bool | None = None
    """How a date like `1/8/18` is read (see `lenient_date`)."""
    not_kept: int = 0
    """Extra details left out beyond `MAX_EXTRAS`."""

    def set(self, name: str, value: str, label: str = "") -> None:
        """Set a single field; a different second value goes to `extra`."""
        value = " ".join(value.split())
        if not value:
            return
        if name == "email":
            value = value[7:] if value.casefold().startswith("mailto:") else value
            if "@" not in value:
                self.add_extra(label or "Email", value)
                return
        if name == "first_met_on":
            parsed = lenient_date(value, dayfirst=self.dayfirst)
            if parsed is None:
                self.remarks.append(f"{label or 'first met on'} {value!r} is not a date; kept as extra")
                self.add_extra(label or "First met on", value)
                return
            value = parsed
        current = self.single.get(name)
        if not current:
            self.single[name] = value
        elif value_key(name)(current) == value_key(name)(value):
            return
        elif name != "first_met_on":
            put_extra(self.extra, SECOND_LABELS.get(name, label or name), value, first=2, key=value_key(name))

    def add_list(self, name: str, items: list[str]) -> None:
        """Add items to a list field (tags, strengths, needs, interests).

        Google's and Android's own groups (`myContacts`, `* starred`) are not the person's tags.
        """
        if name == "tags":
            items = [item for item in items if not is_system_group(item)]
        self.lists[name].extend(items)

    def add_about(self, text: str) -> None:
        """Add a paragraph to the free-text about."""
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        if text and text not in self.about:
            self.about.append(text)

    def add_extra(self, label: str, value: str) -> None:
        """Keep an answer or detail that has no field of its own."""
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        if not value:
            return
        if len(self.extra) >= MAX_EXTRAS:
            self.not_kept += 1
            return
        put_extra(self.extra, label.strip() or "Extra", value)

    def full_name(self) -> str:
        """The name, or the first, middle and last names put together."""
        if self.name.strip():
            return " ".join(self.name.split())
        return " ".join(" ".join(p for p in (self.first, self.middle, self.last) if p.strip()).split())

    def person(self) -> Person:
        """The person, named by their email (or else their phone number) when no name was given.

        A display name and first/last names that say different things are both
        kept: the display name as the name, the parts as extras.

        Raises:
            ValidationError: there is neither a name nor an email or phone number.
        """
        if self.not_kept:
            self.remarks.append(
                f"{self.not_kept:,} more extra detail{'s' if self.not_kept != 1 else ''} not kept "
                f"(netevent keeps {MAX_EXTRAS} a person)"
            )
            self.not_kept = 0
        name = self.full_name()
        if self.name.strip():
            self._keep_name_parts(name)
        for field_name, what in (("email", "email address"), ("phone", "phone number")):
            if not name and self.single.get(field_name):
                name = self.single[field_name]
                self.remarks.append(f"no name given: named by the {what}")
        if not name:
            raise ValidationError("no name")
        fields: dict[str, Any] = dict(self.single)
        fields.update((k, tuple(v)) for k, v in self.lists.items())
        return Person(name=name, about="\n\n".join(self.about), extra=tuple(self.extra), **fields)

    def _keep_name_parts(self, name: str) -> None:
        """Keep first, middle and last names the display name does not already hold."""
        parts = [(p, getattr(self, p)) for p in ("first", "middle", "last") if getattr(self, p).strip()]
        if not parts:
            return
        have = set(fold(name).replace(",", " ").split())
        if all(set(fold(value).replace(",", " ").split()) <= have for _, value in parts):
            return
        for part, value in parts:
            self.add_extra(self.labels.get(part, f"{part.capitalize()} name"), value)
