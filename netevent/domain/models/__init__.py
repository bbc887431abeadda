"""The domain: immutable values for you, the people you meet and what happens between you.

Pure Python. Every model converts to and from a plain JSON document (`to_doc` /
`from_doc`) so the storage layer never leaks TinyDB documents into the rest of
the program. `from_doc` is strict about types: a document of the wrong shape
raises `SchemaError` naming the field, which `netevent check` reports.
"""

from __future__ import annotations

from dataclasses import replace

from ._base import (
    NotFound,
    SchemaError,
    ValidationError,
    clean_list,
    model_fields,
    now_iso,
    parse_date,
    stored_id,
    today_iso,
)
from .ask import ASK_STATUSES, OPEN, Ask, ask_status_name
from .event import OUTCOMES, Attendance, Event, Review, outcome_name, parse_time
from .person import GAINS_FIELDS, Person, Profile, check_name
from .records import (
    DIRECTIONS,
    LEDGER_KINDS,
    REFERRAL,
    REFERRAL_STATUSES,
    FollowUp,
    LedgerEntry,
    Note,
    kind_name,
    referral_status_name,
)

__all__ = [
    "ValidationError",
    "SchemaError",
    "NotFound",
    "stored_id",
    "Profile",
    "Person",
    "check_name",
    "Attendance",
    "Review",
    "Event",
    "Note",
    "LedgerEntry",
    "FollowUp",
    "Ask",
    "ASK_STATUSES",
    "OPEN",
    "OUTCOMES",
    "GAINS_FIELDS",
    "REFERRAL",
    "REFERRAL_STATUSES",
    "LEDGER_KINDS",
    "kind_name",
    "ask_status_name",
    "referral_status_name",
    "outcome_name",
    "DIRECTIONS",
    "clean_list",
    "parse_date",
    "parse_time",
    "today_iso",
    "now_iso",
    "replace",
    "model_fields",
]
