"""The one table of what a people search looks in: each field, its label and its rank.

Pure Python. The index, the quick search that answers before the index
exists and the one-off look-up of `netevent who` all read this table, so a
field is added or re-ranked in one place. A hit in a lower tier ranks above
a hit in a higher one: a name beats a company, a company beats a strength.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SearchField", "FIELDS", "PERSON_FIELDS", "TIERS", "TIER_ATTRS", "FIELD_TIER", "NOTES"]


@dataclass(frozen=True, slots=True)
class SearchField:
    """One searchable field: the `Person` attribute, how a hit's why names it, and its tier."""

    attr: str
    label: str
    tier: int


FIELDS = (
    SearchField("name", "name", 0),
    SearchField("company", "company", 1),
    SearchField("role", "role", 2),
    SearchField("strengths", "strength", 2),
    SearchField("tags", "tag", 2),
    SearchField("needs", "need", 3),
    SearchField("interests", "interest", 3),
    SearchField("goals", "goal", 3),
    SearchField("accomplishments", "accomplishment", 3),
    SearchField("networks", "network", 3),
    SearchField("email", "email", 4),
    SearchField("notes", "note", 5),
)
"""Every searchable field, in ranking order."""

PERSON_FIELDS = tuple(f for f in FIELDS if f.attr != "notes")
"""The fields stored on the person (notes are stored apart)."""

NOTES = FIELDS[-1].tier
"""The tier of notes: the last, below every field of the person."""

TIERS: tuple[tuple[tuple[str, str], ...], ...] = tuple(
    tuple((f.attr, f.label) for f in FIELDS if f.tier == tier) for tier in range(NOTES + 1)
)
"""Per tier, its fields as (attribute, label)."""

TIER_ATTRS: tuple[tuple[str, ...], ...] = tuple(tuple(attr for attr, _label in tier) for tier in TIERS)
"""Per tier, the attributes it is made of."""

FIELD_TIER = tuple(f.tier for f in PERSON_FIELDS)
"""The tier of each field of `PERSON_FIELDS`, in that order."""
