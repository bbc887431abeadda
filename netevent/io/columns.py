"""What a CSV column means, from its header: the names event platforms and contact tools use.

Pure Python. Headers are compared folded (case, accents, `_` and extra
spaces ignored), so `E-mail 1 - Value`, `email_address` and `E-MAIL` all
mean email. Columns for strengths, needs, interests and tags are also found
by keywords inside custom questions ("What can you help others with?").
Platform bookkeeping (order numbers, ticket ids, fees) is ignored; every
other column is kept on the person as a labelled answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netevent.domain.text import fold

__all__ = ["Column", "classify", "norm_header", "NAME_PARTS"]

NAME_PARTS = ("name", "first", "middle", "last")


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header as written, what it holds, and (for fields) which field."""

    index: int
    label: str
    kind: str
    """'field', 'list', 'status', 'extra_json', 'ignore' or 'extra'."""
    field: str = ""


def norm_header(header: str) -> str:
    """A header folded for comparison: `First_Name:` → `first name`."""
    text = fold(header.replace("\ufeff", "")).replace("_", " ")
    text = " ".join(text.split())
    return text.strip(" :?*.")


def _aliases(mapping: dict[str, str]) -> dict[str, str]:
    return {norm_header(alias): target for alias, target in mapping.items()}


_FIELD_WORDS = {
    "name": """name|full name|fullname|navn|fulde navn|fuldt navn|display name|attendee name|guest name|
        member name|contact name|participant|participant name|deltager|deltagernavn|your name|dit navn|
        kontaktperson|attendee""",
    "first": "first name|firstname|first|given name|fornavn|forename|attendee first name",
    "middle": "middle name|additional name|mellemnavn|middle",
    "last": "last name|lastname|last|surname|family name|efternavn|attendee last name",
    "company": """company|company name|organization|organisation|organization name|organization 1 - name|
        org|employer|firma|firmanavn|virksomhed|virksomhedsnavn|arbejdsplads|business|business name|workplace|
        affiliation|company/organization|organisation name|companies""",
    "role": """job title|title|position|role|organization title|organization 1 - title|stilling|
        stillingsbetegnelse|titel|jobtitel|rolle|job|occupation|beskæftigelse|headline""",
    "url": """url|website|web|web page|webpage|homepage|home page|linkedin|linkedin url|linkedin profile|
        profile url|url of member profile|member profile|hjemmeside|webside|link|profile link|sites|profiles""",
    "about": """about|about me|bio|biography|notes|note|description|beskrivelse|om|om mig|noter|comments|
        comment|kommentar|kommentarer|summary|profil|presentation|præsentation""",
    "first_met_on": "first met on|first met|met on|date met|connected on|mødt|mødt den|dato mødt",
    "first_met_at": "first met at|met at|mødt på|mødt ved|where met|hvor mødt",
}
_FIELDS = _aliases({a.strip(): f for f, words in _FIELD_WORDS.items() for a in words.split("|")})

_EMAIL = re.compile(
    r"(e-?mails?|mail|e-?post|email adresse|e-?mail ?adresse|mailadresse)( \d+)?( address(es)?| adresse)?( \d+)?"
    r"( - value)?"
    r"|(primary|secondary|alternate|alternative|additional|work|home|business|private|attendee|personal|other|"
    r"anden|privat|arbejds?) e-?mail( address)?( \d+)?"
)
_PHONE = re.compile(
    r"((mobile|cell|work|home|business|primary|private|other|privat|arbejds?) )?"
    r"(phone|telephone|tel|tlf|telefon|mobile|mobil|cell|cellphone|mobiltelefon|mobilnummer|telefonnummer)"
    r"( ?(numbers?|nummer|numre|nr))?( \d+)?( - value)?"
)
_WEBSITE = re.compile(r"website( \d+)? - value|web page \d+")
_STATUS = {
    norm_header(s)
    for s in [
        "attendee status",
        "status",
        "approval status",
        "rsvp",
        "rsvp status",
        "response",
        "svar",
        "tilmeldingsstatus",
        "\n        registration status",
        "ticket status",
        "going",
    ]
}
_LIST_EXACT = _aliases(
    {
        "tags": "tags",
        "tag": "tags",
        "labels": "tags",
        "label": "tags",
        "categories": "tags",
        "category": "tags",
        "group membership": "tags",
        "groups": "tags",
        "kategorier": "tags",
        "kategori": "tags",
        "grupper": "tags",
        "mærker": "tags",
        "interests": "interests",
        "interesser": "interests",
    }
)
# Keyword groups, checked in this order: "What do you need help with?" is a need.
_KEYWORDS = (
    (
        "needs",
        """needs|need|looking for|seeking|asks|ask|wants|want|behov|søger|søges|mangler|har brug for|
        brug for|efterspørger|leder efter""",
    ),
    (
        "strengths",
        """strengths|strength|skills|skill|expertise|expert|help with|can help|can offer|offers|offer|
        competences|competencies|competence|kompetencer|kompetence|styrker|styrke|ekspertise|kan hjælpe|
        kan tilbyde|tilbyder|specialties|specialty|speciale|good at|god til|know-how""",
    ),
    ("interests", "interests|interest|interesser|interesse|hobbies|hobby|passion|passions"),
)
_KEYWORD_RES = (
    (
        ("strengths", re.compile(r"\bask me about\b|\bsuperpowers?\b")),
        ("needs", re.compile(r"\b(like|love|want|need) (some )?help\b")),
    )
    + tuple(
        (target, re.compile(r"\b(" + "|".join(re.escape(norm_header(w.strip())) for w in words.split("|")) + r")\b"))
        for target, words in _KEYWORDS
    )
    + (
        # "What can you help other members with?", "How could you help?", "Hvad kan du hjælpe andre med?"
        (
            "strengths",
            re.compile(
                r"\bhelp(\s+\w+){0,3}\s+with\b|\b(can|could) (you |i )?(help|contribute|bring)\b"
                r"|\bhjaelpe(\s+\w+){0,3}\s+med\b|\bkan (du |jeg )?(hjaelpe|tilbyde|bidrage)\b"
            ),
        ),
    )
)
_IGNORE = re.compile(
    r"(order|buyer|billing|shipping|payment|ticket|barcode|device|discount|coupon|amount|currency|quantity|"
    r"total|fees?|eventbrite|api|qr|eth|solana|survey response|promo|affiliate|invoice)\b.*"
    r"|.*(\bid|#)|.*\bcode\b.*"
    r"|.* - (type|label)|.*\byomi\b.*|e-?mail( \d+)? (type|display name)"
    r"|(yomi|phonetic|name prefix|name suffix|prefix|suffix|initials|file as|photo|gender|sensitivity|"
    r"priority|subject|mileage|billing information|directory server|maiden name|short name).*"
    r"|organization( \d+ -)? (type|yomi name|symbol|location|job description)"
    r"|address \d+ - (?!formatted).*"
    r"|(created at|updated at|registered at|registration date|date attending|check-?in date|checked in at|"
    r"checked in|joined group on|rsvped on|guests|event host|hold|custom source|date added|date registered|"
    r"added on|invited|invite status|attendee #|unsubscribed|email consent|opted in|bookmarked at)"
)


def classify(index: int, label: str) -> Column:
    """What the column with this header holds."""
    key = norm_header(label)
    if not key:
        return Column(index, label, "ignore")
    if key == "extra":
        return Column(index, label, "extra_json")
    if key in _FIELDS:
        return Column(index, label, "field", _FIELDS[key])
    if _EMAIL.fullmatch(key):
        return Column(index, label, "field", "email")
    if _PHONE.fullmatch(key):
        return Column(index, label, "field", "phone")
    if _WEBSITE.fullmatch(key):
        return Column(index, label, "field", "url")
    if key in _STATUS:
        return Column(index, label, "status")
    if key in _LIST_EXACT:
        return Column(index, label, "list", _LIST_EXACT[key])
    if _IGNORE.fullmatch(key):
        return Column(index, label, "ignore")
    if re.search(r"\blinkedin\b", key):  # "What's your LinkedIn?"
        return Column(index, label, "field", "url")
    for target, pattern in _KEYWORD_RES:
        if pattern.search(key):
            return Column(index, label, "list", target)
    return Column(index, label, "extra")


def is_name_column(column: Column) -> bool:
    """True for a column that names the person (full, first or last name)."""
    return column.kind == "field" and column.field in ("name", "first", "last")
