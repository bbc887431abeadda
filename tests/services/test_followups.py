"""Follow-ups: the store, the overdue-first list, extraction from notes and idempotent sync."""

from __future__ import annotations

import pytest

from netevent.domain.models import Event, Note, Person, ValidationError, replace, today_iso
from netevent.services.followups import (
    ExtractedFollowUp,
    add_followup,
    complete_followup,
    extract_followup_items,
    extract_followups,
    followup_list,
    reopen_followup,
    sync_note_followups,
)
from netevent.storage.repository import Repository

# ---------------------------------------------------------------- extraction


@pytest.mark.parametrize(
    ("line", "action"),
    [
        ("TODO send the deck", "send the deck"),
        ("todo: send the deck", "send the deck"),
        ("ToDo - send the deck", "send the deck"),
        ("→ ring Jens", "ring Jens"),
        ("-> ring Jens", "ring Jens"),
        ("- -> ring Jens", "ring Jens"),
        ("   * TODO ring Jens", "ring Jens"),
        ("• → ring Jens", "ring Jens"),
        ("1. todo ring Jens", "ring Jens"),
        ("follow up: price list", "price list"),
        ("Follow-up: price list", "price list"),
        ("FOLLOWUP: price list", "price list"),
        ("opfølgning: tilbud til Søren", "tilbud til Søren"),
        ("Opfølgning : tilbud til Søren", "tilbud til Søren"),
        ("OPFØLGNING: tilbud til Søren", "tilbud til Søren"),
    ],
)
def test_marked_lines_become_actions(line: str, action: str) -> None:
    assert extract_followups(f"Nice chat.\n{line}\nMore text.") == [action]


@pytest.mark.parametrize(
    "line",
    [
        "Nice chat about export",
        "todos are fun",
        "He said TODO later",
        "follow up with them next week",  # no colon: ordinary prose
        "Price → 500 kr",
        "TODO",
        "→   ",
        "a -> b",
        "",
    ],
)
def test_ordinary_lines_are_not_follow_ups(line: str) -> None:
    assert extract_followups(line) == []


@pytest.mark.parametrize(
    ("line", "action", "due"),
    [
        ("TODO send the deck by 2026-12-01", "send the deck", "2026-12-01"),
        ("→ ring Jens inden 1/12", "ring Jens", "2026-12-01"),
        ("-> intro to Bo (due 2026-12-05).", "intro to Bo", "2026-12-05"),
        ("-> intro to Bo (2026-12-05)", "intro to Bo", "2026-12-05"),
        ("follow-up: coffee with Åse senest d. 3. januar", "coffee with Åse", "2027-01-03"),
        ("opfølgning: tilbud [frist 15.1.2027]", "tilbud", "2027-01-15"),
        ("todo: call back before Dec 3", "call back", "2026-12-03"),
        ("todo: call back, by 3 december 2027", "call back", "2027-12-03"),
        ("TODO pay invoice by 31/12/26", "pay invoice", "2026-12-31"),
        ("TODO late one inden 20/11", "late one", "2026-11-20"),  # a week late: still this year
        ("TODO next year inden 5/1", "next year", "2027-01-05"),  # January, written in November
    ],
)
def test_due_dates_at_the_end_are_read(line: str, action: str, due: str) -> None:
    assert extract_followup_items(line, today="2026-11-26") == [ExtractedFollowUp(action, due)]


@pytest.mark.parametrize(
    ("line", "action"),
    [
        ("TODO pay 31/2", "pay 31/2"),  # not a real date: stays in the words
        ("TODO by 2026-13-45", "by 2026-13-45"),
        ("→ budget 2026", "budget 2026"),
        ("→ ask about (2026)", "ask about (2026)"),
        ("→ meet 1/12 at the office", "meet 1/12 at the office"),  # date not at the end
    ],
)
def test_things_that_are_not_due_dates_stay_in_the_action(line: str, action: str) -> None:
    assert extract_followup_items(line, today="2026-11-26") == [ExtractedFollowUp(action, "")]


def test_several_follow_ups_in_one_note_keep_their_order() -> None:
    text = "Met at the bar.\n- TODO send deck\n\n→ intro to Bo by 2026-12-01\nopfølgning: ring igen"
    assert extract_followups(text) == ["send deck", "intro to Bo", "ring igen"]


# ------------------------------------------------------------------- store


def _person(repo: Repository, name: str = "Jens Holm") -> int:
    return repo.save_person(Person(name=name)).id  # type: ignore[return-value]


def test_list_puts_overdue_first_then_by_due_then_undated_then_done(repo: Repository) -> None:
    jens = _person(repo)
    later = add_followup(repo, jens, "later", due="2026-12-20")
    undated = add_followup(repo, jens, "whenever")
    late = add_followup(repo, jens, "late", due="2026-11-01")
    soon = add_followup(repo, jens, "soon", due="2026-11-30")
    done = complete_followup(repo, add_followup(repo, jens, "finished", due="2026-10-01").id, on="2026-10-02")

    items = followup_list(repo, include_done=True, today="2026-11-26")
    assert [i.followup.id for i in items] == [late.id, soon.id, later.id, undated.id, done.id]
    assert [i.overdue for i in items] == [True, False, False, False, False]
    assert items[0].person_name == "Jens Holm"
    assert [i.followup.id for i in followup_list(repo, today="2026-11-26")] == [late.id, soon.id, later.id, undated.id]


def test_complete_and_reopen(repo: Repository) -> None:
    jens = _person(repo)
    made = add_followup(repo, jens, "send deck", due="2026-12-01")
    done = complete_followup(repo, made.id)
    assert (done.done, done.done_on) == (True, today_iso())
    again = reopen_followup(repo, made.id)
    assert (again.done, again.done_on) == (False, "")


def test_bad_follow_ups_are_refused(repo: Repository) -> None:
    jens = _person(repo)
    with pytest.raises(ValidationError, match="needs an action"):
        add_followup(repo, jens, "  ")
    with pytest.raises(ValidationError, match="not a date"):
        add_followup(repo, jens, "x", due="soon")
    with pytest.raises(ValidationError, match="no person"):
        add_followup(repo, 404, "x")
    with pytest.raises(ValidationError, match="no follow-up #9"):
        complete_followup(repo, 9)
    assert repo.followups() == []


# -------------------------------------------------------------------- sync


def _note(repo: Repository, text: str, event_id: int | None = None) -> Note:
    jens = _person(repo)
    return repo.save_note(Note(person_id=jens, event_id=event_id, text=text, created="2026-11-26T20:00:00"))


def test_saving_a_note_creates_its_follow_ups_once(repo: Repository) -> None:
    event = repo.save_event(Event(name="Decembermøde", date="2026-11-26"))
    note = _note(repo, "Good talk.\nTODO send deck by 1/12\n→ intro to Åse", event.id)

    made = sync_note_followups(repo, note)
    assert [(f.action, f.due) for f in made] == [("send deck", "2026-12-01"), ("intro to Åse", "")]
    assert all(f.note_id == note.id and f.event_id == event.id and f.person_id == note.person_id for f in made)

    assert sync_note_followups(repo, note) == []
    assert len(repo.followups()) == 2


def test_editing_a_line_edits_its_follow_up_and_removing_it_removes_it(repo: Repository) -> None:
    note = _note(repo, "TODO ring J")
    (first,) = sync_note_followups(repo, note)

    note = repo.save_note(replace(note, text="TODO ring Jens by 2026-12-03"))
    (edited,) = sync_note_followups(repo, note)
    assert edited.id == first.id
    assert (edited.action, edited.due) == ("ring Jens", "2026-12-03")

    note = repo.save_note(replace(note, text="Nothing to do after all."))
    assert sync_note_followups(repo, note) == []
    assert repo.followups() == []


def test_done_follow_ups_are_never_touched_by_a_sync(repo: Repository) -> None:
    note = _note(repo, "TODO send deck")
    (made,) = sync_note_followups(repo, note)
    complete_followup(repo, made.id, on="2026-11-27")

    assert sync_note_followups(repo, note) == []  # the line is still there: no duplicate
    note = repo.save_note(replace(note, text="deck sent"))
    sync_note_followups(repo, note)
    (kept,) = repo.followups()
    assert (kept.id, kept.done, kept.action) == (made.id, True, "send deck")


def test_sync_needs_a_saved_note(repo: Repository) -> None:
    with pytest.raises(ValidationError, match="save the note"):
        sync_note_followups(repo, Note(person_id=1, text="TODO x"))
