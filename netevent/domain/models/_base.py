"""What every model shares: the two errors, dates, list cleaning and strict document reading.

Pure Python. The `_get*` / `_require*` helpers read one field of a stored
document and raise `SchemaError` naming the field when its type is wrong;
they are private to the models package.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import fields
from typing import Any

from netevent.i18n import _

__all__ = [
    "ValidationError",
    "SchemaError",
    "NotFound",
    "stored_id",
    "clean_list",
    "parse_date",
    "today_iso",
    "now_iso",
    "model_fields",
]


class ValidationError(ValueError):
    """A value a person typed or imported is not acceptable; the message says why."""


class SchemaError(ValueError):
    """A stored document does not have the shape netevent expects."""


class NotFound(ValidationError):
    """An event, person or entry that was asked for does not exist."""


def stored_id(model: object) -> int:
    """The id of a stored model; a model that was never stored has none, which is a bug to report."""
    value = getattr(model, "id", None)
    if value is None:
        raise ValueError(f"{type(model).__name__} has not been stored yet, so it has no id")
    return int(value)


def today_iso() -> str:
    """Today's date as `YYYY-MM-DD` (local time)."""
    return _dt.date.today().isoformat()


def now_iso() -> str:
    """The current local time as `YYYY-MM-DDTHH:MM:SS`."""
    return _dt.datetime.now().replace(microsecond=0).isoformat()


def parse_date(value: str, what: str = "date") -> str:
    """Return `value` as an ISO date string, or "" for an empty value.

    Accepts `YYYY-MM-DD`, `DD-MM-YYYY`, `DD.MM.YYYY` and `DD/MM/YYYY`, the
    forms people in Denmark and elsewhere actually type.

    Raises:
        ValidationError: if the text is not a date.
    """
    text = (value or "").strip()
    if not text:
        return ""
    try:
        return _dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    for fmt in ("%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%y", "%d.%m.%y", "%d/%m/%y"):
        try:
            return _dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValidationError(_("{what} {text!r} is not a date (use YYYY-MM-DD)").format(what=what, text=text))


def clean_list(items: Iterable[str] | str | None) -> tuple[str, ...]:
    """Strip, drop empties and duplicates (case-insensitively), keep order.

    A single string is split on `;` and newlines, so `"tax law; export"` is two items.
    """
    if items is None:
        return ()
    if isinstance(items, str):
        items = items.replace("\n", ";").split(";")
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        text = " ".join(str(item).split())
        key = text.casefold()
        if text and key not in seen:
            seen.add(key)
            out.append(text)
    return tuple(out)


def _text(value: str | None) -> str:
    """Collapse runs of whitespace in a one-line field."""
    return " ".join((value or "").split())


# ---------------------------------------------------------------- doc helpers


def _get(doc: Mapping[str, Any], key: str, kind: type | tuple[type, ...], default: Any) -> Any:
    value = doc.get(key, default)
    if value is None:
        return default
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise SchemaError(
            _("field {key!r} should be {kind_name}, not {name__}").format(
                key=key, kind_name=_kind_name(kind), name__=type(value).__name__
            )
        )
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    if isinstance(kind, tuple):
        return " or ".join(k.__name__ for k in kind)
    return kind.__name__


def _get_list(doc: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = _get(doc, key, list, [])
    if not all(isinstance(v, str) for v in value):
        raise SchemaError(_("field {key!r} should be a list of text").format(key=key))
    return tuple(value)


def _get_pairs(doc: Mapping[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    value = _get(doc, key, dict, {})
    if not all(isinstance(v, str) for v in value.values()):
        raise SchemaError(_("field {key!r} should map text to text").format(key=key))
    return tuple((str(k), v) for k, v in value.items())


def _require_doc(doc: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(doc, dict):  # JSON objects are dicts; typing.Mapping costs 3 µs a document
        raise SchemaError(_("a {what} should be an object, not {name__}").format(what=what, name__=type(doc).__name__))
    return doc


def _require_int(doc: Mapping[str, Any], key: str) -> int:
    value = _get(doc, key, int, None)
    if value is None:
        raise SchemaError(_("field {key!r} is missing").format(key=key))
    return int(value)


def model_fields(model: type) -> tuple[str, ...]:
    """The field names of a model class, in declaration order."""
    return tuple(f.name for f in fields(model))
