"""Merge two entries of one person: a preview of each field where they differ, then one atomic write.

Pure Python. The kept person keeps their own values; where they have none,
the other's fill in; where both have different ones, the other's value is
kept in the extra details ("Email 2"), so nothing is lost. Lists (tags,
strengths, needs, interests and the other GAINS) are joined, so are the
texts about them; first met is the earlier of the two, with where. Notes,
ledger entries (and the introductions that name the other), follow-ups, asks
and room places move to the kept person; two notes from the same event become one, and in a room both
were in the flags are joined (met if either was, a target if either was).
Afterwards nothing points to the removed id.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netevent.domain.models import (
    Ask,
    Attendance,
    Event,
    FollowUp,
    LedgerEntry,
    Note,
    Person,
    ValidationError,
    clean_list,
    replace,
    today_iso,
)
from netevent.i18n import N_, Np_, _, ngettext
from netevent.services.duplicates import email_key, name_key, phone_key
from netevent.services.events import get_event, get_person

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["FieldChoice", "MergePlan", "merged_person", "plan_merge", "merge_people", "merge_into"]

# (field, label, where a second value is kept in `extra`)
_SINGLE = (
    ("name", N_("name"), "Name"),
    ("company", N_("company"), "Company"),
    ("role", N_("role"), "Role"),
    ("email", N_("email"), "Email"),
    ("phone", N_("phone"), "Phone"),
    ("url", N_("web address"), "URL"),
)
_LISTS = (
    ("tags", N_("tags")), ("strengths", N_("strengths")), ("needs", N_("needs")), ("interests", N_("interests")),
    ("goals", N_("goals")), ("accomplishments", N_("accomplishments")), ("networks", N_("their networks")),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class FieldChoice:
    """One field where the two differ: both values and what the merged person keeps."""

    label: str
    keep: str
    other: str
    result: str
    note: str = ""
    """Where the other value went when it was not kept (`… kept as "Email 2"`), or why this one won."""


@dataclass(frozen=True)
class MergePlan:
    """What a merge does: the merged person, each differing field, and what moves over."""

    keep: Person
    other: Person
    result: Person
    fields: tuple[FieldChoice, ...]
    moves: tuple[str, ...]
    """E.g. "2 notes", "1 room place (both were in 1 room: flags joined)"."""

    def lines(self) -> list[str]:
        """The preview, one line each: the fields, then what moves."""
        keep, other = self.keep, self.other
        out = [
            _("Merge {name} (#{id}) into {name2} (#{id2}); #{id} is then removed.").format(
                name=other.name, id=other.id, name2=keep.name, id2=keep.id
            )
        ]
        if not self.fields:
            out.append(_("  Every field is the same."))
        for field in self.fields:
            if not field.keep:
                line = _("{label}: {result} (from #{id})").format(
                    label=_(field.label), result=field.result, id=other.id
                )
            elif field.result == field.keep:
                line = _("{label}: keeps {keep}; {note}").format(label=_(field.label), keep=field.keep, note=field.note)
            else:
                line = f"{_(field.label)}: {field.keep} | {field.other} → {field.result}"
                line += f" ({field.note})" if field.note else ""
            out.append("  " + line)
        moves = ", ".join(self.moves) if self.moves else _("nothing else")
        out.append(_("  Moves to #{id}: {moves}.").format(id=keep.id, moves=moves))
        return out


# ------------------------------------------------------------ the fields


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _phone(value: str) -> str:
    return phone_key(value) or _plain(value)


_KEYS: dict[str, Callable[[str], str]] = {"name": name_key, "email": email_key, "phone": _phone}


def _put_extra(pairs: list[tuple[str, str]], base: str, value: str, *, first: int = 2) -> str | None:
    """Keep `value` under `base 2` (or the next free number; `first=1` tries `base` itself); None if it is there."""
    family = re.compile(re.escape(base) + r"(?: \d+)?", re.IGNORECASE)
    used = set()
    for label, existing in pairs:
        if family.fullmatch(label):
            if _plain(existing) == _plain(value):
                return None
            used.add(label.casefold())
    number = first
    while (label := base if number == 1 else f"{base} {number}").casefold() in used:
        number += 1
    pairs.append((label, value))
    return label


def merged_person(keep: Person, other: Person) -> tuple[Person, list[FieldChoice]]:
    """`keep` with what `other` adds (see the module's rules), and every field where the two differ."""
    values: dict[str, Any] = {}
    extra = list(keep.extra)
    choices: list[FieldChoice] = []
    for field, label, base in _SINGLE:
        mine, theirs = getattr(keep, field), getattr(other, field)
        key = _KEYS.get(field, _plain)
        if not theirs or key(mine) == key(theirs):
            continue
        if not mine:
            values[field] = theirs
            choices.append(FieldChoice(label, mine, theirs, theirs))
            continue
        kept_as = _put_extra(extra, base, theirs)
        note = (
            _('{theirs} kept as "{kept_as}"').format(theirs=theirs, kept_as=kept_as)
            if kept_as
            else _("{theirs} is in the extra details already").format(theirs=theirs)
        )
        choices.append(FieldChoice(label, mine, theirs, mine, note))
    if other.about and _plain(other.about) not in _plain(keep.about):
        values["about"] = f"{keep.about}\n\n{other.about}" if keep.about else other.about
        choices.append(FieldChoice("about", _short(keep.about), _short(other.about), _("both texts")))
    for field, label in _LISTS:
        mine, theirs = getattr(keep, field), getattr(other, field)
        union = clean_list(mine + theirs)
        if len(union) > len(mine):
            values[field] = union
            choices.append(FieldChoice(label, ", ".join(mine), ", ".join(theirs), ", ".join(union)))
    first = _first_met(keep, other)
    if first != (keep.first_met_on, keep.first_met_at):
        values["first_met_on"], values["first_met_at"] = first
        choices.append(
            FieldChoice(_("first met"), _met(keep.first_met_on, keep.first_met_at),
                        _met(other.first_met_on, other.first_met_at), _met(*first), _("the earlier"))
        )  # fmt: skip
    for label, value in other.extra:
        if label.rstrip("0123456789 ").casefold() in {b.casefold() for _f, _l, b in _SINGLE}:
            kept_as = _put_extra(extra, label.rstrip("0123456789 "), value)
        else:
            kept_as = _put_extra(extra, label, value, first=1)
        if kept_as:
            choices.append(FieldChoice(_("extra {kept_as!r}").format(kept_as=kept_as), "", value, value))
    if tuple(extra) != keep.extra:
        values["extra"] = tuple(extra)
    if keep.keep_in_touch is None and other.keep_in_touch is not None:
        values["keep_in_touch"] = other.keep_in_touch
    return (replace(keep, **values) if values else keep), choices


def _first_met(keep: Person, other: Person) -> tuple[str, str]:
    """The earlier first meeting (a known date beats none), with where it was."""
    dated = [(p.first_met_on, p.first_met_at) for p in (keep, other) if p.first_met_on]
    if dated:
        return min(dated, key=lambda pair: pair[0])
    return "", keep.first_met_at or other.first_met_at


def _met(on: str, at: str) -> str:
    return " at ".join(part for part in (on, at) if part)


def _short(text: str, width: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


# ------------------------------------------------------------- the records


def _joined(keep_id: int, mine: Attendance, theirs: Attendance) -> Attendance:
    return Attendance(
        person_id=keep_id,
        met=mine.met or theirs.met,
        target=mine.target or theirs.target,
        reason=mine.reason or theirs.reason,
        question=mine.question or theirs.question,
        order=mine.order if mine.target or not theirs.target else theirs.order,
    )


@dataclass
class _Moves:
    notes: dict[int, Note]
    gone_notes: list[int]
    ledger: list[LedgerEntry]
    followups: list[FollowUp]
    events: list[Event]
    shared_rooms: int
    asks: list[Ask]


def _moves(repo: Repository, keep: Person, other: Person) -> _Moves:
    keep_id, other_id = keep.key, other.key
    repo.expect_notes_of(2)
    mine: dict[int | None, Note] = {n.event_id: n for n in repo.notes_for(keep_id) if n.event_id is not None}
    notes: dict[int, Note] = {}
    gone = []
    joined: dict[int, int] = {}  # the other's note id -> the kept note it was joined to
    for note in reversed(repo.notes_for(other_id)):  # oldest first
        same = mine.get(note.event_id)
        if same is None:
            notes[note.key] = replace(note, person_id=keep_id)
            continue
        # One note per person and event: the live note of that event holds both texts.
        same = mine[note.event_id] = replace(same, text=f"{same.text.rstrip()}\n\n{note.text}")
        notes[same.key] = same
        gone.append(note.key)
        joined[note.key] = same.key
    ledger = [replace(e, person_id=keep_id) for e in repo.ledger(person_id=other_id)]
    moved = {e.id: e for e in ledger}
    for entry in repo.ledger_with(other_id):
        moved[entry.id] = replace(moved.get(entry.id, entry), with_person_id=keep_id)
    followups = []
    for item in repo.followups(person_id=other_id):
        note_id = joined.get(item.note_id, item.note_id) if item.note_id is not None else None
        followups.append(replace(item, person_id=keep_id, note_id=note_id))
    for item in repo.followups(person_id=keep_id):  # no follow-up may keep pointing at a note that goes
        if item.note_id in joined:
            followups.append(replace(item, note_id=joined[item.note_id]))
    events, shared = [], 0
    for event in repo.events():
        theirs = event.attendance(other_id)
        if theirs is None:
            continue
        ours = event.attendance(keep_id)
        if ours is None:
            attendees = tuple(replace(a, person_id=keep_id) if a.person_id == other_id else a for a in event.attendees)
        else:
            shared += 1
            attendees = tuple(
                _joined(keep_id, ours, theirs) if a.person_id == keep_id else a
                for a in event.attendees
                if a.person_id != other_id
            )
        events.append(replace(event, attendees=attendees))
    # An open ask both had is kept once: the other's copy is dropped as the same one.
    theirs_open = {a.text.casefold(): a.key for a in repo.asks(keep_id) if a.is_open}
    asks = []
    for ask in repo.asks(other_id):
        twin = theirs_open.get(ask.text.casefold()) if ask.is_open else None
        if twin is None:
            asks.append(replace(ask, person_id=keep_id))
        else:
            history = (*ask.history, (today_iso(), "dropped", N_("the same as ask #{id} (merged)").format(id=twin)))
            asks.append(replace(ask, person_id=keep_id, status="dropped", history=history))
    return _Moves(notes, gone, list(moved.values()), followups, events, shared, asks)


def _count(count: int, one: str, many: str) -> str:
    return ngettext(one, many, count).format(count=count)


def _pair(repo: Repository, keep_id: int, other_id: int) -> tuple[Person, Person]:
    if keep_id == other_id:
        raise ValidationError(_("that is the same person twice: choose two different people to merge"))
    return get_person(repo, keep_id), get_person(repo, other_id)


def plan_merge(repo: Repository, keep_id: int, other_id: int) -> MergePlan:
    """What merging person `other_id` into `keep_id` would do; nothing is written.

    Raises:
        NotFound: either person does not exist.
        ValidationError: the same person twice.
    """
    return _plan(repo, *_pair(repo, keep_id, other_id))[0]


def _plan(repo: Repository, keep: Person, other: Person) -> tuple[MergePlan, _Moves]:
    result, fields = merged_person(keep, other)
    moves = _moves(repo, keep, other)
    described = []
    notes = len(repo.notes_for(other.key))
    if notes:
        joined = (
            _(" ({gone_notes} joined to a note from the same event)").format(gone_notes=len(moves.gone_notes))
            if moves.gone_notes
            else ""
        )
        described.append(_count(notes, *Np_("{count} note", "{count} notes")) + joined)
    own = len(repo.ledger(person_id=other.key))
    if own:
        described.append(_count(own, *Np_("{count} ledger entry", "{count} ledger entries")))
    links = sum(1 for e in repo.ledger_with(other.key) if e.person_id != other.key)
    if links:
        described.append(
            _count(links, *Np_("{count} introduction that names them", "{count} introductions that name them"))
        )
    followups = len(repo.followups(person_id=other.key))
    if followups:
        described.append(_count(followups, *Np_("{count} follow-up", "{count} follow-ups")))
    if moves.asks:
        described.append(_count(len(moves.asks), *Np_("{count} ask", "{count} asks")))
    if moves.events:
        shared = (
            _(" (both were in {shared_rooms}: flags joined)").format(shared_rooms=moves.shared_rooms)
            if moves.shared_rooms
            else ""
        )
        described.append(_count(len(moves.events), *Np_("{count} room place", "{count} room places")) + shared)
    return MergePlan(keep, other, result, tuple(fields), tuple(described)), moves


def merge_people(repo: Repository, keep_id: int, other_id: int) -> MergePlan:
    """Merge person `other_id` into `keep_id` in one atomic write; the plan it carried out.

    Raises:
        NotFound: either person does not exist.
        ValidationError: the same person twice. Nothing is written then.
    """
    keep, other = _pair(repo, keep_id, other_id)
    with repo.batch(
        N_("Merged {name} (#{id}) into {name2} (#{id2})").format(
            name=other.name, id=other.id, name2=keep.name, id2=keep.id
        )
    ):
        plan, moves = _plan(repo, keep, other)
        # The asks move first (save_many saves them before people), so the merged needs are theirs.
        repo.save_many(
            [plan.result, *moves.events, *moves.notes.values(), *moves.ledger, *moves.followups, *moves.asks]
        )
        for note_id in moves.gone_notes:
            repo.delete_note(note_id)
        repo.remove_person(other.key)
    return plan


def merge_into(
    repo: Repository, person_id: int, newcomer: Person, *, event_id: int | None = None, today: str | None = None
) -> Person:
    """Add what a newcomer typed to the stored person they are; at an event they are in its room as met.

    The answer to "looks like someone you have": one person, with the new details.

    Raises:
        NotFound: no such person or event. Nothing is written then.
    """
    stored = get_person(repo, person_id)
    event = get_event(repo, event_id) if event_id is not None else None
    result, _fields = merged_person(stored, replace(newcomer, id=None))
    with repo.batch(N_("Added the new details to {name}").format(name=stored.name)):
        if event is not None:
            place = event.attendance(stored.key) or Attendance(person_id=stored.key)
            repo.set_attendance(event.key, replace(place, met=True))
            if not result.first_met_on:
                result = replace(result, first_met_on=today or today_iso(), first_met_at=event.name)
        saved: Person = repo.save_person(result) if result != stored else stored
    return saved
