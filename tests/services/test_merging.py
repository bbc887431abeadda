"""Merging two entries of one person: the preview, the merged fields, and nothing left pointing to the removed id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from netevent.domain.models import (
    Attendance,
    Event,
    FollowUp,
    LedgerEntry,
    Note,
    NotFound,
    Person,
    ValidationError,
)
from netevent.services.integrity import find_problems
from netevent.services.ledger import log_introduction
from netevent.services.merging import merge_into, merge_people, merged_person, plan_merge
from netevent.storage.repository import Repository

from ..helpers.common import reopen


def points_to(repo: Repository, person_id: int) -> list[str]:
    """Every stored place that still names this person id."""
    found = []
    for table in ("notes", "ledger", "followups"):
        for key, doc in repo.raw(table).items():
            if person_id in (doc.get("person_id"), doc.get("with_person_id")):
                found.append(f"{table} #{key}")
    for key, doc in repo.raw("events").items():
        if any(a["person_id"] == person_id for a in doc["attendees"]):
            found.append(f"event #{key}")
    return found


@pytest.fixture
def twice(repo: Repository) -> tuple[Repository, int, int, dict[str, Any]]:
    """Ida entered twice (misheard at the door), with history on both entries."""
    keep = repo.save_person(
        Person(name="Ida Kristensen", company="Kristensen Salgstræning", email="ida@ks.dk",
               strengths=("salgstræning",), needs=("nye kunder",), first_met_on="2026-03-01", first_met_at="Marts")
    )  # fmt: skip
    other = repo.save_person(
        Person(name="Ida Kristiansen", phone="+45 23 10 41 81", email="ida@gmail.com", strengths=("mødebooking",),
               needs=("nye kunder",), tags=("BNI",), about="Mødt i døren", first_met_on="2025-11-20",
               first_met_at="November", extra=(("Allergier", "nødder"),))
    )  # fmt: skip
    bo = repo.save_person(Person(name="Bo Ærø"))
    both = repo.save_event(
        Event(name="December", attendees=(Attendance(keep.key, target=True, order=2, reason="salg"),
                                          Attendance(bo.key), Attendance(other.key, met=True)))
    )  # fmt: skip
    only = repo.save_event(Event(name="November", attendees=(Attendance(other.key, met=True),)))
    kept_note = repo.save_note(Note(keep.key, "Vil have kunder", event_id=both.id))
    other_note = repo.save_note(Note(other.key, "→ send tilbud", event_id=both.id))
    repo.save_note(Note(other.key, "Første gang", event_id=only.id))
    repo.save_followup(FollowUp(other.key, "send tilbud", note_id=other_note.id, event_id=both.id))
    repo.save_ledger(LedgerEntry("got", other.key, "Et godt råd"))
    log_introduction(repo, bo.key, other.key, what="salg")
    ids = {"bo": bo.key, "both": both.key, "only": only.key, "kept_note": kept_note.key}
    return repo, keep.key, other.key, ids


def test_the_preview_names_each_differing_field_and_what_the_result_keeps(twice) -> None:  # type: ignore[no-untyped-def]
    repo, keep, other, _ids = twice
    writes = repo.storage.writes
    lines = plan_merge(repo, keep, other).lines()
    assert repo.storage.writes == writes  # a preview writes nothing
    assert lines[0] == f"Merge Ida Kristiansen (#{other}) into Ida Kristensen (#{keep}); #{other} is then removed."
    assert '  name: keeps Ida Kristensen; Ida Kristiansen kept as "Name 2"' in lines
    assert '  email: keeps ida@ks.dk; ida@gmail.com kept as "Email 2"' in lines
    assert f"  phone: +45 23 10 41 81 (from #{other})" in lines
    assert "  strengths: salgstræning | mødebooking → salgstræning, mødebooking" in lines
    assert "  first met: 2026-03-01 at Marts | 2025-11-20 at November → 2025-11-20 at November (the earlier)" in lines
    assert not any(line.startswith("  needs") for line in lines)  # the same on both: not a difference
    assert lines[-1] == (
        f"  Moves to #{keep}: 2 notes (1 joined to a note from the same event), 2 ledger entries, "
        "1 introduction that names them, 1 follow-up, 1 ask, 2 room places (both were in 1: flags joined)."
    )


def test_merge_keeps_everything_of_both_and_nothing_points_to_the_removed_id(twice, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo, keep, other, ids = twice
    writes = repo.storage.writes
    merge_people(repo, keep, other)
    assert repo.storage.writes == writes + 1  # one atomic write
    with reopen(db_path) as again:
        assert again.person(other) is None
        assert points_to(again, other) == []
        assert find_problems(again) == []
        ida = again.person(keep)
        assert ida is not None
        assert (ida.name, ida.email, ida.phone) == ("Ida Kristensen", "ida@ks.dk", "+45 23 10 41 81")
        assert ida.strengths == ("salgstræning", "mødebooking") and ida.tags == ("BNI",)
        assert (ida.first_met_on, ida.first_met_at) == ("2025-11-20", "November")
        assert dict(ida.extra) == {"Name 2": "Ida Kristiansen", "Email 2": "ida@gmail.com", "Allergier": "nødder"}
        assert ida.about == "Mødt i døren"
        december = again.event(ids["both"])
        assert december is not None
        assert [a.person_id for a in december.attendees] == [keep, ids["bo"]]
        joined = december.attendance(keep)
        assert joined is not None
        assert (joined.met, joined.target, joined.order, joined.reason) == (True, True, 2, "salg")
        assert again.event(ids["only"]).person_ids == (keep,)  # type: ignore[union-attr]
        texts = {n.event_id: n.text for n in again.notes_for(keep)}
        assert texts[ids["both"]] == "Vil have kunder\n\n→ send tilbud"  # one note per person and event
        assert texts[ids["only"]] == "Første gang"
        assert [f.note_id for f in again.followups(person_id=keep)] == [ids["kept_note"]]
        assert sorted(e.what for e in again.ledger(person_id=keep)) == ["Et godt råd", "Introduced to Bo Ærø — salg"]
        assert [e.with_person_id for e in again.ledger(person_id=ids["bo"])] == [keep]


def test_the_finder_forgets_the_removed_entry(twice) -> None:  # type: ignore[no-untyped-def]
    from netevent.services.finder import PeopleFinder

    repo, keep, other, _ids = twice
    finder = PeopleFinder(repo)
    finder.build()
    merge_people(repo, keep, other)
    assert [h.person_id for h in finder.search("ida")] == [keep]
    assert [h.person_id for h in finder.search("mødebooking")] == [keep]


def test_merging_a_person_with_themselves_or_nobody_changes_nothing(twice) -> None:  # type: ignore[no-untyped-def]
    repo, keep, other, _ids = twice
    writes = repo.storage.writes
    with pytest.raises(ValidationError, match="same person twice"):
        merge_people(repo, keep, keep)
    with pytest.raises(NotFound, match="no person #99"):
        merge_people(repo, keep, 99)
    assert repo.storage.writes == writes


def test_merged_person_fills_empty_fields_and_keeps_a_known_date_over_none() -> None:
    keep = Person(name="Ida", company="", first_met_at="Døren")
    other = Person(name="ida", company="KS", first_met_on="2026-01-05", first_met_at="Januar")
    result, fields = merged_person(keep, other)
    assert (result.company, result.first_met_on, result.first_met_at) == ("KS", "2026-01-05", "Januar")
    assert [f.label for f in fields] == ["company", "first met"]  # "ida" is the same name as "Ida"


def test_merge_into_adds_what_a_newcomer_typed_and_marks_them_met(repo: Repository) -> None:
    ida = repo.save_person(Person(name="Ida Kristensen", company="KS", needs=("nye kunder",)))
    event = repo.save_event(Event(name="December"))
    saved = merge_into(repo, ida.key, Person(name="Ida Kristensen", company="KS", strengths=("mødebooking",)),
                       event_id=event.id, today="2026-12-03")  # fmt: skip
    assert saved.strengths == ("mødebooking",) and saved.first_met_on == "2026-12-03"
    assert repo.event(event.id).attendance(ida.key).met  # type: ignore[union-attr]
    assert repo.people_count == 1
