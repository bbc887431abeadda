"""Aimed search over the open file: each filter of a parsed query as a set of people, and their hits.

Pure Python, no Textual. The finder hands a query with filters here
(`domain.search.query`): field filters scan one folded column per field
(made once from the quick search's rows, kept until people change), the
room, met and follow-up filters read the current event and the open
follow-ups, and the plain words that are left search everything as before,
among the people the filters let through. Each hit says why it is listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from functools import partial
from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple

from netevent.domain.search.fields import PERSON_FIELDS
from netevent.domain.search.query import AimedQuery, Filter
from netevent.domain.search.quick import Row
from netevent.domain.search.scoring import Hit
from netevent.domain.text import SEP, fold, fold_once, words
from netevent.i18n import N_, _

if TYPE_CHECKING:
    from netevent.services.finder import PeopleFinder
    from netevent.storage.repository import Repository

__all__ = ["Columns", "make_columns", "aimed_search"]

_FIELD_AT = {f.attr: k for k, f in enumerate(PERSON_FIELDS)}
_LABEL = {"strengths": "strength", "needs": "need", "company": "company", "role": "role", "tags": "tag",
          "first_met_at": N_("first met at")}  # fmt: skip


class Columns(NamedTuple):
    """Everyone's folded fields, one list per field, in the quick search's row order."""

    ids: list[int]
    fields: dict[str, list[str]]
    everyone: frozenset[int]


def make_columns(rows: Sequence[Row], raw_people: dict[str, dict[str, object]]) -> Columns:
    """The columns of the quick search's rows, and where each person was first met (not in the rows)."""
    split = [row.text.split(SEP) for row in rows]
    fields = {attr: [" " + parts[at] if at < len(parts) else "" for parts in split] for attr, at in _FIELD_AT.items()}
    ids = [row.person_id for row in rows]
    met_at = [str(raw_people.get(str(pid), {}).get("first_met_at") or "") for pid in ids]
    fields["first_met_at"] = [" " + fold_once(text) if text else "" for text in met_at]
    return Columns(ids, fields, frozenset(ids))


def _field(columns: Columns, flt: Filter) -> set[int]:
    """The people whose field holds every word of the filter's value (as a fragment, accents optional)."""
    found = columns.ids
    texts = columns.fields[flt.attr]
    for word in flt.words:
        keep = [at >= 0 for at in map(str.find, texts, repeat(word))]
        found = [pid for pid, ok in zip(found, keep) if ok]
        texts = [text for text, ok in zip(texts, keep) if ok]
    return set(found)


def _met(repo: Repository) -> set[int]:
    """Met at the current event; without one, met at any event or with a first-met date."""
    event = repo.current_event()
    if event is not None:
        return {a.person_id for a in event.attendees if a.met}
    met = {a.person_id for e in repo.events() for a in e.attendees if a.met}
    met |= {int(key) for key, doc in repo.raw("people").items() if doc.get("first_met_on")}
    return met


def _met_at(repo: Repository, columns: Columns, flt: Filter) -> set[int]:
    """First met at a place or event like the value, or marked met at an event of that name."""
    found = _field(columns, flt)
    for event in repo.events():
        name = " " + fold(event.name)
        if all(word in name for word in flt.words):
            found |= {a.person_id for a in event.attendees if a.met}
    return found


def _due(repo: Repository, spec: str, today: str) -> dict[int, str]:
    """Person → the first open follow-up that the spec asks for ("action (due date)")."""
    limit = {"today": today, "overdue": _day(today, -1), "week": _day(today, 7)}.get(spec, spec)
    found: dict[int, str] = {}
    for followup in sorted(repo.followups(open_only=True), key=lambda f: (f.due or "9999", f.id or 0)):
        if followup.person_id is None or followup.person_id in found:
            continue
        if spec != "any" and not (followup.due and followup.due <= limit):
            continue
        found[followup.person_id] = followup.action + (
            _(" (due {due})").format(due=followup.due) if followup.due else ""
        )
    return found


def _day(today: str, days: int) -> str:
    return (dt.date.fromisoformat(today) + dt.timedelta(days=days)).isoformat()


def aimed_search(finder: PeopleFinder, repo: Repository, query: AimedQuery, *, limit: int | None,
                 within: Collection[int] | None, today: str) -> list[Hit]:  # fmt: skip
    """The people a query with filters finds, best first (or in name order without plain words).

    Args:
        within: the list's scope (the room or everyone); the filters narrow it.
    """
    columns = finder.columns()
    pool: set[int] = set(within) if within is not None else set(columns.everyone)
    whys: dict[int, str] = {}
    why_from: Filter | None = None
    for flt in query.filters:
        due: dict[int, str] = {}
        if flt.kind == "field":
            found = _met_at(repo, columns, flt) if flt.attr == "first_met_at" else _field(columns, flt)
        elif flt.kind == "room":
            event = repo.current_event()
            found = set(event.person_ids) if event else set()
        elif flt.kind == "met":
            found = _met(repo)
        else:
            due = _due(repo, flt.value, today)
            found = set(due)
        pool = pool - found if flt.negate else pool & found
        if not flt.negate and flt.kind in ("field", "due") and why_from is None:
            why_from = flt
            whys = due
    for word in query.without:
        pool -= {h.person_id for h in finder.quick_search(word, limit=None, within=pool, ranked=False)}
    if query.text.strip():
        hits = finder.search(query.text, limit=limit, within=pool)
        if why_from is None:
            return hits
        ranked = [(h.person_id, h.score) for h in hits]
    else:
        ids = repo.sorted_ids(pool)
        ranked = [(pid, 0.5) for pid in (ids if limit is None else ids[:limit])]
    # The why is worked out when a row is painted (the list shows a screenful of 500).
    return [Hit(pid, score, partial(_why, repo, pid, why_from, whys)) for pid, score in ranked]


def _why(repo: Repository, person_id: int, flt: Filter | None, whys: dict[int, str]) -> str:
    """Why a person is listed: the item of the first filter that picked them."""
    if flt is None:
        return ""
    if flt.kind == "due":
        return "follow-up: " + whys.get(person_id, "")
    person = repo.person(person_id)
    if person is None:
        return ""
    value = getattr(person, flt.attr)
    items = value if isinstance(value, tuple) else (value,) if value else ()
    wanted = flt.words
    for item in items:
        text = " " + " ".join(words(item))
        if all(word in text for word in wanted):
            return f"{_LABEL[flt.attr]}: {item}"
    return _("met at: {value}").format(value=flt.value) if flt.attr == "first_met_at" else _LABEL[flt.attr]
