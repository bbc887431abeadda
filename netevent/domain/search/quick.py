"""The quick search: people whose fields hold every typed word, without any index.

Pure Python. It answers in the app's first seconds at tens of thousands of
people, while the index is built, and picks the candidates of a one-off
look-up (`netevent who`). Every person is one row of folded text (the
fields of `fields.PERSON_FIELDS`, joined by `text.SEP`), made straight from
the stored documents; a keystroke is one C-level `find` per row. It is an
approximate search on purpose: no typos, no notes, names first.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import compress, islice, repeat
from operator import and_, contains, not_
from typing import Any, NamedTuple

from netevent.domain.search.fields import PERSON_FIELDS
from netevent.domain.search.scoring import Hit, score_bounds, score_of
from netevent.domain.text import SEP, fold_once, sort_key, words

__all__ = ["Row", "fold_rows", "quick_hits", "contenders"]

_ROW = "\x1e"  # between people folded together
_FOLD_ROWS = 1024
_SEARCHED = tuple(f.attr for f in PERSON_FIELDS)


class Row(NamedTuple):
    """One person as the quick search reads them: id, folded name, folded fields joined by `SEP`."""

    person_id: int
    name: str
    text: str


def _field_text(value: Any) -> str:
    return " ".join(map(str, value)) if isinstance(value, list) else str(value or "")


def fold_rows(items: Sequence[tuple[str, dict[str, Any]]], pace: Callable[[], None] = lambda: None) -> list[Row]:
    """One `Row` per stored `(key, document)` of the people table, in the order given.

    Folded a thousand people at a time (one call per person is twice as
    slow); `pace` is called between those chunks.
    """
    rows: list[Row] = []
    for start in range(0, len(items), _FOLD_ROWS):
        pace()
        chunk = items[start : start + _FOLD_ROWS]
        texts = [SEP.join(_field_text(doc.get(name)) for name in _SEARCHED) for _key, doc in chunk]
        folded = fold_once(_ROW.join(texts)).split(_ROW)
        if len(folded) != len(texts):  # someone's text held the row separator
            folded = [fold_once(text) for text in texts]
        rows += [Row(int(key), f.partition(SEP)[0], f) for (key, _doc), f in zip(chunk, folded)]
    return rows


def quick_hits(
    rows: Iterable[Row], query: str, *, limit: int | None = 500, within: Collection[int] | None = None,
    ranked: bool = True,
) -> list[Hit]:  # fmt: skip
    """The people whose rows hold every word of `query`.

    Args:
        rows: in the order ties should keep (the list's name order).
        ranked: names first, then the rest, each in row order; False skips
            that, for a caller that ranks by itself.
    """
    wanted = words(query)
    found = list(rows)
    if within is not None:
        room = within if isinstance(within, (set, frozenset)) else set(within)
        found = [row for row in found if row.person_id in room]
    for word in sorted(set(wanted), key=len, reverse=True):  # most selective first
        # str.find mapped over the texts runs as one C loop: no Python per person.
        hits = map(str.find, [row.text for row in found], repeat(word))
        found = [row for row, at in zip(found, hits) if at >= 0]
    ids = [row.person_id for row in found]
    if not ranked or not wanted:
        score = 0.5 if wanted else 0.0
        return [Hit(pid, score, "") for pid in (ids if limit is None else ids[:limit])]
    # Names first, each group in row order, in C loops: a one-letter query matches nearly everyone.
    names = [row.name for row in found]
    in_name = [True] * len(names)
    for word in wanted:
        in_name = list(map(and_, in_name, map(contains, names, repeat(word))))
    by_name = list(islice(compress(ids, in_name), limit))
    room_left = None if limit is None else limit - len(by_name)
    others = list(islice(compress(ids, map(not_, in_name)), room_left))
    cut = len(by_name)
    return [Hit(pid, 1.0 if n < cut else 0.5, "") for n, pid in enumerate(by_name + others)]


def contenders(query: str, rows: dict[int, Row], found: list[int], names: dict[int, str], limit: int) -> list[int]:
    """The `limit` people of `found` that `SearchIndex.search` would rank first.

    Scored from the folded rows the way the index scores them (`scoring`):
    a word by the first field it is in, more when it starts or is a whole
    word there; the whole name typed first of all; ties in name order.
    Cheap bounds leave most people out before the exact score is worked out.
    Notes are not looked at (they rank below every other field).

    Args:
        rows: the rows of (at least) `found`, by id.
        names: the stored names of (at least) `found`, by id, for ties.
    """
    if len(found) <= limit:
        return found
    wanted = words(query)
    fields = {pid: rows[pid].text.split(SEP) for pid in found}
    bounds = {pid: score_bounds(wanted, fields[pid]) for pid in found}
    bar = sorted((low for low, _high in bounds.values()), reverse=True)[limit - 1]
    alive = [pid for pid in found if bounds[pid][1] >= bar]
    ranked = sorted(alive, key=lambda pid: (-score_of(wanted, fields[pid]), sort_key(names[pid]), pid))
    return ranked[:limit]
