"""Who a person may already be: the rules for likely duplicates, shared by the add, the import and `check`.

Pure Python. Two entries are likely the same person when they have

* the same email address (in any case), or
* the same phone number (digits only, without a Danish +45), or
* the same name (folded: "Soren" is "Søren") and the same company (legal
  forms aside; one may say more than the other: "Müller" is "Müller GmbH"), or
* the same name and one or both without a company, unless a contact differs:
  two different emails or phones make them two people who share a name.

The same name at two different companies is not flagged: names repeat (there
are many Anders Jensens), and the card tells them apart. The rules work on
the stored documents, so checking a newcomer at 10,000 people reads no model.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netevent.domain.models import Person, ValidationError, check_name
from netevent.domain.text import fold, words
from netevent.i18n import N_, _

if TYPE_CHECKING:
    from netevent.storage.commits import Doc
    from netevent.storage.repository import Repository

__all__ = [
    "Likeness",
    "LooksLikeExisting",
    "DuplicateIndex",
    "looks_like",
    "likely_duplicates",
    "check_name",
    "same_company",
    "email_key",
    "phone_key",
    "name_key",
]

# Legal forms say nothing about which company it is: "Müller GmbH" is "Müller".
_LEGAL_FORMS = frozenset((
    "a", "s", "aps", "as", "ivs", "is", "gmbh", "ag", "kg", "ug", "ltd", "limited", "inc", "llc", "plc", "ab",
    "oy", "bv", "nv", "sa", "sarl", "srl", "spa", "pty", "co", "corp", "corporation",
))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Likeness:
    """A stored person the new one looks like, and why."""

    person: Person
    reason: str
    """E.g. "same email", "same name and company"."""

    def describe(self) -> str:
        """E.g. "Ida Kristensen (#12, Salgstræner, Kristensen Salgstræning): same name and company"."""
        about = ", ".join(part for part in (f"#{self.person.id}", self.person.headline) if part)
        return f"{self.person.name} ({about}): {self.reason}"


class LooksLikeExisting(ValidationError):
    """A new person looks like someone already stored; `found` says whom and why.

    Args:
        person: the person that was to be added.
        found: the stored people they look like, most alike first.
    """

    def __init__(self, person: Person, found: list[Likeness]) -> None:
        super().__init__(_("{name} looks like {describe}").format(name=person.name, describe=found[0].describe()))
        self.person = person
        self.found = found


_INDEXES: weakref.WeakKeyDictionary[Repository, DuplicateIndex] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()

# ------------------------------------------------------------------ keys


def name_key(name: str) -> str:
    """A name compared folded, with whitespace collapsed."""
    return " ".join(fold(name).split())


def email_key(value: str) -> str:
    """An email address compared case-insensitively, without a `mailto:` prefix."""
    text = value.strip().casefold()
    return text[7:] if text.startswith("mailto:") else text


def phone_key(value: str) -> str:
    """A phone number as digits only, without a Danish +45/0045 prefix; "" if too short to trust."""
    digits = re.sub(r"\D", "", value)
    if digits.startswith("0045"):
        digits = digits[4:]
    elif digits.startswith("45") and (value.strip().startswith("+") or len(digits) == 10):
        digits = digits[2:]
    return digits if len(digits) >= 6 else ""


def _company_words(company: str) -> list[str]:
    return [w for w in words(company) if w not in _LEGAL_FORMS]


def same_company(a: str, b: str) -> bool:
    """True when two company names name the same company; one may say more ("Müller GmbH, Hamburg")."""
    wa, wb = _company_words(a), _company_words(b)
    if not wa or not wb:
        return not wa and not wb
    shortest = min(len(wa), len(wb))
    return wa[:shortest] == wb[:shortest]


# ----------------------------------------------------------------- rules


def _reason(a: Mapping[str, Any], b: Mapping[str, Any]) -> str:
    """Why documents `a` and `b` are likely one person ("" when they are not)."""
    email_a, email_b = email_key(str(a.get("email") or "")), email_key(str(b.get("email") or ""))
    if email_a and email_a == email_b:
        return _("same email")
    phone_a, phone_b = phone_key(str(a.get("phone") or "")), phone_key(str(b.get("phone") or ""))
    if phone_a and phone_a == phone_b:
        return _("same phone")
    if name_key(str(a.get("name", ""))) != name_key(str(b.get("name", ""))):
        return ""
    company_a, company_b = str(a.get("company") or ""), str(b.get("company") or "")
    if company_a.strip() and company_b.strip():
        return _("same name and company") if same_company(company_a, company_b) else ""
    if (email_a and email_b) or (phone_a and phone_b):
        return ""  # a differing contact: two people who share a name
    return _("same name") + ("" if company_a.strip() or company_b.strip() else _(", neither has a company"))


_ORDER = (N_("same email"), N_("same phone"), N_("same name and company"), N_("same name"))


def _rank(reason: str) -> int:
    return next(i for i, start in enumerate(_ORDER) if reason.startswith(_(start)))


def looks_like(repo: Repository, person: Person, *, leave_out: Collection[int] = ()) -> list[Likeness]:
    """The stored people `person` is likely the same as, most alike first (see the module's rules).

    Safe to call from any thread; at 10,000 people the first call reads
    everyone (tens of milliseconds), later ones only who changed since.
    """
    return DuplicateIndex.of(repo).looks_like(person, leave_out=leave_out)


def likely_duplicates(repo: Repository) -> list[tuple[Person, Person, str]]:
    """Every pair of stored people that are likely one person, with why (for `netevent check`)."""
    groups: dict[tuple[str, str], list[int]] = {}
    people = repo.raw("people")
    for key, doc in list(people.items()):
        for pair in _keys_of(doc):
            groups.setdefault(pair, []).append(int(key))
    pairs: dict[tuple[int, int], str] = {}
    for ids in groups.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if (a, b) not in pairs:
                    reason = _reason(people[str(a)], people[str(b)])
                    if reason:
                        pairs[(a, b)] = reason
    out = []
    for (a, b), reason in sorted(pairs.items()):
        first, second = repo.person(a), repo.person(b)
        if first is not None and second is not None:
            out.append((first, second, reason))
    return out


class DuplicateIndex:
    """The stored people by email, phone and name, so that checking a newcomer is a few look-ups.

    `DuplicateIndex.of(repo)` keeps one per repository and brings it up to
    date before each use: a person whose document was replaced since (every
    save replaces it) is read again, everyone else is not.

    Args:
        repo: the repository.
    """

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self._entries: dict[str, tuple[Doc, list[tuple[str, str]]]] = {}
        self._keys: dict[tuple[str, str], list[int]] = {}
        self.refresh()

    @classmethod
    def of(cls, repo: Repository) -> DuplicateIndex:
        """The repository's index, up to date."""
        with _INDEXES_LOCK:
            index = _INDEXES.get(repo)
            if index is None:
                index = _INDEXES[repo] = cls(repo)
            else:
                index.refresh()
            return index

    def refresh(self) -> None:
        """Read again the people whose documents changed since the last use."""
        people = self._repo.raw("people")
        entries: dict[str, tuple[Doc, list[tuple[str, str]]]] = {}
        changed = len(people) != len(self._entries)
        for key, doc in list(people.items()):
            known = self._entries.get(key)
            if known is None or known[0] is not doc:
                known = (doc, _keys_of(doc))
                changed = True
            entries[key] = known
        self._entries = entries
        if changed:
            keys: dict[tuple[str, str], list[int]] = {}
            for key, (_doc, pairs) in entries.items():
                for pair in pairs:
                    keys.setdefault(pair, []).append(int(key))
            self._keys = keys

    def looks_like(self, person: Person, *, leave_out: Collection[int] = ()) -> list[Likeness]:
        """The stored people `person` is likely the same as, most alike first."""
        new = person.to_doc()
        candidates = {pid for pair in _keys_of(new) for pid in self._keys.get(pair, ())}
        candidates -= {person.id, *leave_out}
        entries = self._entries
        found = sorted((_rank(r), pid, r) for pid in candidates if (r := _reason(new, entries[str(pid)][0])))
        out = []
        for _rank_of, pid, reason in found:
            stored = self._repo.person(pid)
            if stored is not None:
                out.append(Likeness(stored, reason))
        return out


def _keys_of(doc: Mapping[str, Any]) -> list[tuple[str, str]]:
    pairs = [
        ("email", email_key(str(doc.get("email") or ""))),
        ("phone", phone_key(str(doc.get("phone") or ""))),
        ("name", name_key(str(doc.get("name", "")))),
    ]
    return [(kind, value) for kind, value in pairs if value]
