"""Edit a person: the person form, filled in; clear a field or an item of a list to remove it."""

from __future__ import annotations

from typing import Any

from netevent.domain.cadence import parse_cadence, short
from netevent.domain.models import Person, check_name, clean_list
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["EditPersonModal"]

_LISTS = ("tags", "strengths", "needs", "interests", "goals", "accomplishments", "networks")


class EditPersonModal(FormModal[dict[str, Any]]):
    """Every field of a person; returns the changed values for `edit_person` (empty: nothing changed).

    Args:
        person: the person as stored now.
    """

    HINT = "Lists: separate with ; and delete an item to remove it · Enter or Ctrl+S saves · Esc cancels"

    def __init__(self, person: Person) -> None:
        super().__init__()
        self.person = person
        self.TITLE_TEXT = f"Edit {person.name}"

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        p = self.person
        return [
            Field("name", "Name", p.name),
            Field("company", "Company", p.company),
            Field("role", "Role", p.role),
            Field("email", "Email", p.email),
            Field("phone", "Phone", p.phone),
            Field("url", "Web / LinkedIn", p.url),
            Field("strengths", "Strengths, their skills (separate with ;)", "; ".join(p.strengths)),
            Field(
                "needs", "Needs, their open asks (;) — one taken out is dropped; h says one was met", "; ".join(p.needs)
            ),
            Field("goals", "Goals (separate with ;)", "; ".join(p.goals)),
            Field("accomplishments", "Accomplishments (separate with ;)", "; ".join(p.accomplishments)),
            Field("interests", "Interests (separate with ;)", "; ".join(p.interests)),
            Field("networks", "Their networks (separate with ;)", "; ".join(p.networks)),
            Field("tags", "Tags (separate with ;)", "; ".join(p.tags)),
            Field(
                "keep_in_touch",
                "Keep in touch every (3m, 6w, 90d, never; empty: their networks' rhythm)",
                short(p.keep_in_touch),
            ),
            Field("about", "About", p.about, multiline=True),
        ]

    def build(self, values: dict[str, str]) -> dict[str, Any]:
        """The fields that differ from the stored person (raises ValidationError, shown in the form)."""
        typed: dict[str, Any] = {name: value.strip() for name, value in values.items()}
        typed["name"] = check_name(typed["name"])
        for name in _LISTS:
            typed[name] = clean_list(typed[name])
        typed["keep_in_touch"] = parse_cadence(typed["keep_in_touch"])
        # Only what was changed goes to the write: the rest stays as stored then.
        return {name: value for name, value in typed.items() if value != getattr(self.person, name)}
