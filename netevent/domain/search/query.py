"""Aimed search: what a typed query asks for, parsed (pure).

`parse_query("s:tysk -met in:room bogføring")` splits a query into plain
words, which still search everything, and filters:

* ``s:`` strengths, ``n:`` needs, ``c:`` company, ``r:`` role, ``#tag``,
  ``met:EVENT`` (where you first met them) — a fragment of that field
  (accents optional; quote a phrase: ``s:"eksport til"``);
* ``in:room`` — in the current event's room;
* ``met`` — met (at the current event, or ever when there is none);
* ``due:`` — with an open follow-up (``due:today``, ``due:week``,
  ``due:overdue`` or ``due:2026-03-31`` for due by then);
* ``-`` before any of them (or a plain word) negates it.

Each filter says itself in words for the list's status line
(`describe`): ``strength: tysk · not met``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netevent.domain.text import WORD, fold
from netevent.i18n import N_, _

__all__ = ["Filter", "AimedQuery", "parse_query", "FIELD_FILTERS", "DUE_WORDS"]

FIELD_FILTERS = {
    "s": ("strengths", N_("strength")),
    "strength": ("strengths", N_("strength")),
    "n": ("needs", N_("need")),
    "need": ("needs", N_("need")),
    "c": ("company", N_("company")),
    "company": ("company", N_("company")),
    "r": ("role", N_("role")),
    "role": ("role", N_("role")),
    "tag": ("tags", N_("tag")),
    "met": ("first_met_at", N_("met at")),
}
"""Prefix → (the `Person` field it searches, how the status line names it)."""

DUE_WORDS = {
    "": "any",
    "today": "today",
    "idag": "today",
    "week": "week",
    "uge": "week",
    "overdue": "overdue",
    "forfalden": "overdue",
    "forfaldne": "overdue",
}
"""What may follow `due:`, besides a date (YYYY-MM-DD)."""

_TOKEN = re.compile(r'(-?)([^\s":]+:)?"([^"]*)"?|(\S+)')
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DUE_LABEL = {"any": N_("follow-up open"), "today": N_("follow-up due today"), "week": N_("follow-up due this week"),
              "overdue": N_("follow-up overdue")}  # fmt: skip
_DUE_LABEL_NOT = {"any": N_("no follow-up open"), "today": N_("nothing due today"), "week": N_("nothing due this week"),
                  "overdue": N_("nothing overdue")}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Filter:
    """One aimed part of a query.

    Attributes:
        kind: "field" (`attr` holds the text), "room", "met" or "due".
        attr: the `Person` field of a field filter ("strengths", "first_met_at", …).
        value: the folded text looked for; for "due": "any", "today", "week", "overdue" or a date.
        negate: the people who do *not* match.
        label: how the status line names it, e.g. "strength: tysk" or "not met".
    """

    kind: str
    attr: str = ""
    value: str = ""
    negate: bool = False
    label: str = ""

    @property
    def words(self) -> list[str]:
        """The folded words of a field filter's value, each looked for on its own."""
        return WORD.findall(self.value)


@dataclass(frozen=True, slots=True)
class AimedQuery:
    """A parsed query: the plain words, the words to leave out, and the filters."""

    text: str = ""
    without: tuple[str, ...] = ()
    filters: tuple[Filter, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def aimed(self) -> bool:
        """True when the query has anything beyond plain words."""
        return bool(self.filters or self.without or self.problems)

    def describe(self) -> str:
        """The filters in words, for the status line: "strength: tysk · not met"."""
        parts = (
            [f.label for f in self.filters]
            + [_("not “{word}”").format(word=w) for w in self.without]
            + list(self.problems)
        )
        return " · ".join(parts)


def parse_query(query: str) -> AimedQuery:
    """Split a typed query into plain words and filters (never fails: what is not a filter is a word)."""
    plain: list[str] = []
    without: list[str] = []
    filters: list[Filter] = []
    problems: list[str] = []
    for match in _TOKEN.finditer(query):
        dash, prefix, quoted, bare = match.groups()
        if bare is not None:
            dash, token = ("-", bare[1:]) if bare.startswith("-") and len(bare) > 1 else ("", bare)
            prefix, value = _split_prefix(token)
        else:
            value = quoted
            prefix = prefix.casefold() if prefix and _known_prefix(prefix.casefold()) else None
        negate = dash == "-"
        made = _filter(prefix, value, negate, problems) if prefix is not None else None
        if made is not None:
            filters.append(made)
        elif prefix is not None and made is None and _known_prefix(prefix):
            continue  # a prefix still being typed ("s:"): nothing to filter by yet
        else:
            word = match.group(0)[1:] if negate else match.group(0)
            if negate and fold(word).strip():
                without.extend(WORD.findall(fold(word)))
            elif not negate:
                plain.append(word)
    return AimedQuery(" ".join(plain), tuple(dict.fromkeys(without)), tuple(filters), tuple(problems))


def _split_prefix(token: str) -> tuple[str | None, str]:
    """("s", "tysk") for "s:tysk", ("#", "aarhus") for "#aarhus", ("room", "") for "in:room", ("met", "") for "met"."""
    low = token.casefold()
    if low.startswith("#"):
        return "#", token[1:]
    if low in ("met", "in:room", "in:rum"):
        return ("met" if low == "met" else "in"), ""
    head, colon, rest = token.partition(":")
    if colon and (head.casefold() in FIELD_FILTERS or head.casefold() in ("due", "in")):
        return head.casefold() + ":", rest
    return None, token


def _known_prefix(prefix: str) -> bool:
    return prefix in ("#", "due:", "in:") or prefix.rstrip(":") in FIELD_FILTERS


def _filter(prefix: str, value: str, negate: bool, problems: list[str]) -> Filter | None:
    """The filter a prefix and its value make; None when there is nothing to filter by (yet)."""
    nope = "not " if negate else ""
    if prefix == "met":
        return Filter("met", negate=negate, label=_("not met") if negate else _("met"))
    if prefix == "in":
        return Filter("room", negate=negate, label=_("{nope}in the room").format(nope=nope))
    if prefix == "in:":
        if fold(value) in ("room", "rum"):
            return Filter("room", negate=negate, label=_("{nope}in the room").format(nope=nope))
        if value:
            problems.append(f"in:{value}? (in:room)")
        return None
    if prefix == "due:":
        spec = DUE_WORDS.get(fold(value).strip())
        if spec is None and _DATE.fullmatch(value.strip()):
            spec = value.strip()
        if spec is None:
            problems.append(_("due:{value}? (today, week, overdue or a date)").format(value=value))
            return None
        labels = _DUE_LABEL_NOT if negate else _DUE_LABEL
        label = (
            _(labels[spec]) if spec in labels else (_("nothing due by ") if negate else _("follow-up due by ")) + spec
        )
        return Filter("due", value=spec, negate=negate, label=label)
    folded = " ".join(WORD.findall(fold(value)))
    if not folded:
        return None
    if prefix == "#":
        return Filter("field", "tags", folded, negate, _("{nope}tag: {value}").format(nope=nope, value=value))
    attr, label = FIELD_FILTERS[prefix.rstrip(":")]
    return Filter("field", attr, folded, negate, f"{nope}{_(label)}: {value}")
