"""Asks with a fate: add what someone is looking for, say what became of it, and list them.

Pure Python. An ask is open until something helps it (an introduction, a
referral, advice: the ledger entry that did is linked to it), it is closed
or dropped. Only open asks are a person's needs, so only they drive *you
can offer them* and introductions. Every change is one atomic write that an
undo takes back; bad input (an unknown id, a status that does not exist, a
move that makes no sense) raises `ValidationError` and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.fates import ask_status, check_ask_move, every_status
from netevent.domain.models import (
    ASK_STATUSES,
    Ask,
    LedgerEntry,
    NotFound,
    ValidationError,
    ask_status_name,
    parse_date,
    replace,
)
from netevent.domain.models import today_iso as _today
from netevent.domain.text import id_number
from netevent.i18n import N_, _
from netevent.services.events import get_event, get_person

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["AskRow", "get_ask", "add_ask", "set_ask_status", "answer_ask", "ask_list", "describe_ask", "parse_ask_id"]


@dataclass(frozen=True, slots=True)
class AskRow:
    """An ask with whose it is and what helped it, for a list."""

    ask: Ask
    name: str
    helped: tuple[LedgerEntry, ...]


_MOVED = {
    "open": N_('Ask "{text}" of {name}: open again'),
    "helped": N_('Ask "{text}" of {name}: helped'),
    "closed": N_('Ask "{text}" of {name}: closed'),
    "dropped": N_('Ask "{text}" of {name}: dropped'),
}
"""The undo journal's line for each move of an ask (kept in English in the file, shown translated)."""


def parse_ask_id(text: str) -> int:
    """The number of `#12` or `12`.

    Raises:
        ValidationError: not a number (the message says where to find them).
    """
    number = id_number(text)
    if number is None:
        raise ValidationError(_("{text!r} is not an ask number (see `netevent ask list`)").format(text=text))
    return number


def get_ask(repo: Repository, ask_id: int) -> Ask:
    """The stored ask with this id.

    Raises:
        NotFound: there is no such ask.
    """
    ask = repo.ask(ask_id)
    if ask is None:
        raise NotFound(_("there is no ask #{id} (see `netevent ask list`)").format(id=ask_id))
    return ask


def describe_ask(ask: Ask) -> str:
    """E.g. `ask #3 "en god advokat"` (for messages and undo)."""
    return _("ask #{id} {text!r}").format(id=ask.id, text=ask.text)


def add_ask(
    repo: Repository, person_id: int, text: str, *, event_id: int | None = None, since: str | None = None
) -> Ask:
    """Record that a person is looking for something: a new open ask (and so one of their needs).

    Args:
        event_id: the event where it came up (None: none).
        since: when (default today).

    Raises:
        NotFound: no such person or event.
        ValidationError: an empty text, a bad date, or the same open ask again.
    """
    person = get_person(repo, person_id)
    if event_id is not None:
        get_event(repo, event_id)
    ask = Ask(person_id=person.key, text=text, since=parse_date(since or _today(), "since"), event_id=event_id)
    twin = next((a for a in repo.asks(person.key) if a.is_open and a.text.casefold() == ask.text.casefold()), None)
    if twin is not None:
        raise ValidationError(
            _("{name} has that open ask already: #{id} {text!r}").format(name=person.name, id=twin.id, text=twin.text)
        )
    with repo.batch(N_("Ask of {name}: {text}").format(name=person.name, text=ask.text)):
        saved: Ask = repo.save_many([ask])[0]
    return saved


def _helpers(repo: Repository, ask: Ask, entry_ids: Iterable[int]) -> tuple[int, ...]:
    """The ledger entries that helped, checked: they exist and are with the ask's person."""
    out = list(ask.helped_by)
    for entry_id in entry_ids:
        entry = repo.ledger_entry(entry_id)
        if entry is None:
            raise NotFound(_("there is no ledger entry #{id}").format(id=entry_id))
        if entry.person_id != ask.person_id:
            raise ValidationError(_("ledger entry #{id} is not with the person whose ask this is").format(id=entry_id))
        if entry_id not in out:
            out.append(entry_id)
    return tuple(out)


def set_ask_status(
    repo: Repository,
    ask_id: int,
    status: str,
    *,
    line: str = "",
    on: str | None = None,
    helped_by: Iterable[int] = (),
) -> Ask:
    """Say what became of an ask: helped (by a ledger entry, if given), closed, dropped, or open again.

    Args:
        status: one of `ASK_STATUSES` (`done`/`met` mean closed, `reopen` open).
        line: a few words on how it went.
        on: the date (default today).
        helped_by: ids of the ledger entries that helped (the ask's person's own).

    Raises:
        NotFound: no such ask or ledger entry.
        ValidationError: a status that does not exist, or a move that makes no sense.
    """
    ask = get_ask(repo, ask_id)
    new = ask_status(status)
    check_ask_move(describe_ask(ask), ask.status, new)
    helpers = _helpers(repo, ask, helped_by)
    day = parse_date(on or _today(), "date")
    changed = replace(ask, status=new, helped_by=helpers, history=(*ask.history, (day, new, line)))
    person = repo.person(ask.person_id)
    label = _MOVED[new].format(text=ask.text, name=person.name if person else f"#{ask.person_id}")
    with repo.batch(label):
        saved: Ask = repo.save_many([changed])[0]
    return saved


def answer_ask(repo: Repository, ask_id: int, entry: LedgerEntry, *, on: str | None = None) -> Ask:
    """Link a give that answers an ask to it, and mark the ask helped (if it was open); call inside a batch.

    Raises:
        NotFound: no such ask.
        ValidationError: the ask is someone else's, or closed or dropped.
    """
    ask = get_ask(repo, ask_id)
    if ask.person_id != entry.person_id:
        raise ValidationError(_("{ask} is not an ask of the person the give is for").format(ask=describe_ask(ask)))
    if ask.status not in ("open", "helped"):
        raise ValidationError(
            _("{ask} is {status}: only an open ask can be answered").format(
                ask=describe_ask(ask), status=ask_status_name(ask.status)
            )
        )
    helpers = _helpers(repo, ask, [entry.key])
    day = parse_date(on or entry.date or _today(), "date")
    history = ask.history if ask.status == "helped" else (*ask.history, (day, "helped", entry.what))
    saved: Ask = repo.save_many([replace(ask, status="helped", helped_by=helpers, history=history)])[0]
    return saved


def ask_list(repo: Repository, *, person_id: int | None = None, status: str | None = None) -> list[AskRow]:
    """Asks (one person's, or everyone's), open first, then helped, closed and dropped; oldest first in each.

    Args:
        status: only asks with this status (`all` or None: every one).

    Raises:
        ValidationError: a status that does not exist.
    """
    wanted = None if every_status(status) else ask_status(status or "")
    if person_id is not None:
        get_person(repo, person_id)
    asks = [a for a in repo.asks(person_id) if wanted is None or a.status == wanted]
    asks.sort(key=lambda a: (ASK_STATUSES.index(a.status), a.since, a.key))
    out = []
    for ask in asks:
        person = repo.person(ask.person_id)
        entries = tuple(e for e in (repo.ledger_entry(i) for i in ask.helped_by) if e is not None)
        out.append(AskRow(ask, person.name if person else f"#{ask.person_id}", entries))
    return out
