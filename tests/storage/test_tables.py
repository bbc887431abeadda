"""The per-field index behind `ModelStore.where`: the same answers as a scan, after every kind of write."""

from __future__ import annotations

from pathlib import Path

from netevent.domain.models import FollowUp, LedgerEntry, Person, replace
from netevent.storage.repository import Repository


def _scan(repo: Repository, person_id: int) -> tuple[list[int], list[int]]:
    """Ledger and follow-up ids of a person, read by scanning the stored documents."""
    ledger = sorted(int(k) for k, d in repo.storage.table("ledger").items() if d.get("person_id") == person_id)
    follow = sorted(int(k) for k, d in repo.storage.table("followups").items() if d.get("person_id") == person_id)
    return ledger, follow


def _indexed(repo: Repository, person_id: int) -> tuple[list[int], list[int]]:
    return (
        sorted(e.id for e in repo.ledger(person_id=person_id)),  # type: ignore[misc]
        sorted(f.id for f in repo.followups(person_id=person_id)),  # type: ignore[misc]
    )


def test_where_agrees_with_a_scan_through_saves_moves_and_deletions(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        ann, bo, cy = repo.save_many([Person(name="Ann"), Person(name="Bo"), Person(name="Cy")])
        repo.save_many([LedgerEntry("gave", ann.id, "intro"), LedgerEntry("got", bo.id, "lead")])  # type: ignore[arg-type]
        assert _indexed(repo, ann.id) == _scan(repo, ann.id)  # the index is made here  # type: ignore[arg-type]
        # Saved one by one, in bulk, moved to another person, and removed.
        one = repo.save_ledger(LedgerEntry("gave", ann.id, "tip"))  # type: ignore[arg-type]
        repo.save_many([FollowUp(ann.id, "ring"), FollowUp(bo.id, "mail")])
        repo.save_ledger(replace(one, person_id=cy.id))
        todo = repo.save_followup(FollowUp(cy.id, "send offer"))
        repo.delete_followup(todo.id)  # type: ignore[arg-type]
        for person in (ann, bo, cy):
            assert _indexed(repo, person.id) == _scan(repo, person.id)  # type: ignore[arg-type]
        assert [e.what for e in repo.ledger(person_id=cy.id)] == ["tip"]
        repo.delete_person(bo.id)  # type: ignore[arg-type]
        assert _indexed(repo, bo.id) == ([], [])  # type: ignore[arg-type]
    with Repository.open(db_path, read_only=True, validate=False) as again:
        for person in (ann, cy):
            assert _indexed(again, person.id) == _scan(again, person.id)  # type: ignore[arg-type]


def test_where_with_two_fields_and_a_field_no_document_has(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        ann = repo.save_person(Person(name="Ann"))
        repo.save_many([LedgerEntry("gave", ann.id, "a", event_id=1), LedgerEntry("gave", ann.id, "b")])  # type: ignore[arg-type]
        assert [e.what for e in repo.ledger(person_id=ann.id, event_id=1)] == ["a"]
        assert [e.what for e in repo.ledger(event_id=1)] == ["a"]
        assert repo.ledger(person_id=999) == []
        assert len(repo.ledger()) == 2


def test_an_unhashable_value_is_left_out_of_the_index_not_a_crash(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        ann = repo.save_person(Person(name="Ann"))
        repo.save_ledger(LedgerEntry("gave", ann.id, "a"))  # type: ignore[arg-type]
        repo.storage.table("ledger")["2"] = {"direction": "gave", "person_id": [1], "what": "broken"}
        assert [e.what for e in repo.ledger(person_id=ann.id)] == ["a"]
