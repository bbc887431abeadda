"""When two records are the same person: names and companies compared, and what tells namesakes apart.

Pure Python. Names are compared folded ("Soren" is "Søren"); companies
without legal forms and with one allowed to say more ("Müller GmbH,
Hamburg" is "Müller GmbH"). Two people of the same name are told apart by
a contradiction: both have an email, a phone number or a profile address
and none of them is shared.
"""

from __future__ import annotations

from netevent.domain.models import Person
from netevent.domain.text import fold, words
from netevent.io.values import email_key, phone_key, profile_key

__all__ = ["name_key", "company_words", "same_company", "emails", "phones", "profiles", "contradiction"]


def name_key(name: str) -> str:
    """A name compared as its folded words: case, accents, punctuation and emoji aside.

    "Richter,James" is "Richter James" and "Mira Steenhuis 🍀" is "Mira Steenhuis";
    a name of punctuation alone is compared as it is written.
    """
    return " ".join(words(name)) or " ".join(fold(name).split())


# Legal forms say nothing about which company it is: "Müller GmbH" is "Müller".
_LEGAL_FORMS = frozenset(
    [
        "a",
        "s",
        "aps",
        "as",
        "ivs",
        "is",
        "gmbh",
        "ag",
        "kg",
        "ug",
        "ltd",
        "limited",
        "inc",
        "llc",
        "plc",
        "ab",
        "oy",
        "bv",
        "nv",
        "sa",
        "sarl",
        "srl",
        "spa",
        "pty",
        "co",
        "corp",
        "corporation",
    ]
)


def company_words(company: str) -> list[str]:
    """A company's name as folded words, without punctuation and legal forms."""
    return [w for w in words(company) if w not in _LEGAL_FORMS]


def same_company(a: str, b: str) -> bool:
    """True when two company names name the same company.

    One may say more than the other: "Müller GmbH, Hamburg" is "Müller GmbH".
    """
    wa, wb = company_words(a), company_words(b)
    if not wa or not wb:
        return not wa and not wb
    shortest = min(len(wa), len(wb))
    return wa[:shortest] == wb[:shortest]


def emails(person: Person) -> list[str]:
    """The person's email addresses as keys, the first one first."""
    keys = [email_key(person.email)] if person.email else []
    keys += [email_key(v) for label, v in person.extra if label.casefold().startswith("email") and "@" in v]
    return keys


def phones(person: Person) -> list[str]:
    """The person's phone numbers as keys (national digits)."""
    keys = [phone_key(person.phone)] if person.phone else []
    keys += [phone_key(v) for label, v in person.extra if label.casefold().startswith("phone")]
    return [k for k in keys if k]


def profiles(person: Person) -> list[str]:
    """The profile addresses among the person's web addresses (`linkedin.com/in/…`)."""
    keys = [profile_key(person.url)] if person.url else []
    keys += [profile_key(v) for label, v in person.extra if label.casefold().startswith("url")]
    return [k for k in keys if k]


_KEYS = (("email", emails), ("phone number", phones), ("profile address", profiles))


def contradiction(a: Person, b: Person, *, skip: str = "") -> str:
    """What tells two people of the same name apart: 'email', 'phone number', 'profile address', or ''.

    Both have one and no value is shared; `skip` leaves one kind out (the one they matched by).
    """
    for what, keys in _KEYS:
        if what == skip:
            continue
        mine, theirs = keys(a), keys(b)
        if mine and theirs and not set(mine) & set(theirs):
            return what
    return ""
