"""A person's needs are their open asks, in every write; old files bring their needs along as open asks."""

from __future__ import annotations

import json
from pathlib import Path

import orjson

from netevent.domain.models import Ask, Attendance, Event, LedgerEntry, Person, replace
from netevent.storage.repository import Repository
from netevent.storage.schema import SCHEMA_VERSION

from ..helpers.common import reopen


def _asks(repo: Repository, person_id: int) -> list[tuple[str, str]]:
    return [(a.text, a.status) for a in repo.asks(person_id)]


def test_a_version_2_file_opens_with_its_needs_as_open_asks_after_a_backup(db_path: Path) -> None:
    old = {
        "meta": {"1": {"schema_version": 2}},
        "people": {
            "1": {
                "name": "Åse Øberg",
                "needs": ["kunder blandt iværksættere", "IT-sikkerhed"],
                "first_met_on": "2026-05-04",
            },
            "2": {"name": "Bo", "needs": []},
        },
        "ledger": {"1": {"direction": "got", "person_id": 1, "what": "Henviste en kunde", "kind": "referral",
                         "date": "2026-06-01", "amount": 8000}},
        "trash": {}, "undo": {}, "undo_images": {},
    }  # fmt: skip
    db_path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    with Repository.open(db_path) as repo:
        assert repo.migrated_from == 2
        assert [(a.text, a.status, a.since) for a in repo.asks(1)] == [
            ("kunder blandt iværksættere", "open", "2026-05-04"),
            ("IT-sikkerhed", "open", "2026-05-04"),
        ]
        assert repo.person(1).needs == ("kunder blandt iværksættere", "IT-sikkerhed")  # type: ignore[union-attr]
        assert repo.asks(2) == []
        entry = repo.ledger()[0]
        assert (entry.status, entry.amount) == ("new", 8000)  # a referral of old has a status now
    backup = db_path.with_name("netevent.json.v2.bak")
    assert json.loads(backup.read_text(encoding="utf-8")) == old  # the backup is the file as it was
    data = orjson.loads(db_path.read_bytes())
    assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION == 3
    assert len(data["asks"]) == 2 and data["networks"] == {}


def test_a_version_1_file_migrates_through_to_3(db_path: Path) -> None:
    old = {"meta": {"1": {"schema_version": 1}}, "people": {"1": {"name": "Jens", "needs": ["revisor", "moms"]}}}
    db_path.write_text(json.dumps(old), encoding="utf-8")
    with Repository.open(db_path) as repo:
        assert repo.migrated_from == 1
        assert _asks(repo, 1) == [("revisor", "open"), ("moms", "open")]
        assert repo.undo_entries() == [] and repo.trashed() == []
    assert json.loads(db_path.with_name("netevent.json.v1.bak").read_text(encoding="utf-8")) == old
    assert orjson.loads(db_path.read_bytes())["meta"]["1"]["schema_version"] == 3


def test_a_file_from_before_versions_brings_its_needs_as_open_asks(db_path: Path) -> None:
    db_path.write_text(json.dumps({"people": {"1": {"name": "Jens", "needs": "revisor; moms"}}}), encoding="utf-8")
    with Repository.open(db_path) as repo:
        assert repo.migrated_from == 0
        assert _asks(repo, 1) == [("revisor", "open"), ("moms", "open")]
    assert db_path.with_name("netevent.json.v0.bak").exists()


def test_a_file_that_cannot_be_migrated_is_left_as_it_was(db_path: Path) -> None:
    old = {"meta": {"1": {"schema_version": 2}}, "people": {"1": {"name": "Jens", "needs": "not a list"}}}
    raw = json.dumps(old).encode()
    db_path.write_bytes(raw)
    try:
        Repository.open(db_path).close()
    except Exception as error:  # the wrong document is named
        assert "document 1 in table 'people'" in str(error)
    else:  # pragma: no cover - it must not open
        raise AssertionError("a wrong person was read")
    assert db_path.read_bytes() == raw and not db_path.with_name("netevent.json.v2.bak").exists()


def test_editing_needs_adds_open_asks_and_drops_the_ones_taken_out(repo: Repository) -> None:
    bo = repo.save_person(Person(name="Bo", needs=("revisor", "moms")))
    repo.save_person(replace(bo, needs=("Revisor", "eksport")))  # another case is the same ask
    assert _asks(repo, bo.key) == [("revisor", "open"), ("moms", "dropped"), ("eksport", "open")]
    dropped = repo.asks(bo.key)[1]
    assert dropped.history[-1][1:] == ("dropped", "taken out of their needs")
    assert repo.person(bo.key).needs == ("Revisor", "eksport")  # type: ignore[union-attr]


def test_a_need_that_comes_up_at_the_event_belongs_to_it(repo: Repository) -> None:
    bo = repo.save_person(Person(name="Bo"))
    event = repo.save_event(Event(name="Netværk Nord", attendees=(Attendance(bo.key),)))
    repo.set_current_event(event.id)
    repo.save_person(replace(bo, needs=("revisor",)))
    assert repo.asks(bo.key)[0].event_id == event.id


def test_an_ask_that_is_no_longer_open_leaves_the_needs_and_comes_back_when_reopened(repo: Repository) -> None:
    bo = repo.save_person(Person(name="Bo", needs=("revisor", "moms")))
    ask = repo.asks(bo.key)[0]
    repo.save_many([replace(ask, status="closed")])
    assert repo.person(bo.key).needs == ("moms",)  # type: ignore[union-attr]
    repo.save_many([replace(repo.asks(bo.key)[0], status="open")])
    assert repo.person(bo.key).needs == ("moms", "revisor")  # type: ignore[union-attr]


def test_undo_puts_needs_and_asks_back_together(repo: Repository) -> None:
    bo = repo.save_person(Person(name="Bo", needs=("revisor",)))
    with repo.batch("Closed"):
        repo.save_many([replace(repo.asks(bo.key)[0], status="closed")])
    repo.undo()
    assert repo.person(bo.key).needs == ("revisor",) and _asks(repo, bo.key) == [("revisor", "open")]  # type: ignore[union-attr]


def test_a_deleted_persons_asks_go_to_the_trash_and_come_back(repo: Repository, db_path: Path) -> None:
    bo = repo.save_person(Person(name="Bo", needs=("revisor",)))
    other = repo.save_person(Person(name="Ida", needs=("moms",)))
    repo.save_many([replace(repo.asks(bo.key)[0], status="helped", helped_by=())])
    trash_id = repo.delete_person(bo.key)
    assert repo.asks(bo.key) == [] and _asks(repo, other.key) == [("moms", "open")]
    assert repo.trashed()[0].count("asks") == 1
    repo.restore_person(trash_id)
    assert _asks(repo, bo.key) == [("revisor", "helped")]
    with reopen(db_path) as saved:
        assert _asks(saved, bo.key) == [("revisor", "helped")]


def test_a_person_from_before_asks_comes_back_from_the_trash_with_open_asks(repo: Repository) -> None:
    bo = repo.save_person(Person(name="Bo", needs=("revisor",)))
    trash_id = repo.delete_person(bo.key)
    # A trash entry written by an older netevent holds the person, not their asks.
    stored = repo.raw("trash")[str(trash_id)]
    stored["docs"].pop("asks")
    repo.restore_person(trash_id)
    assert _asks(repo, bo.key) == [("revisor", "open")]


def test_a_look_up_reads_one_persons_asks_without_parsing_the_table(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        ids = [repo.save_person(Person(name=f"P{i}", needs=(f"need {i}",))).key for i in range(30)]
    with Repository.open(db_path, read_only=True, validate=False) as repo:  # as `netevent who` opens it
        assert not repo.storage.loaded("asks")
        assert [a.text for a in repo.asks(ids[7])] == ["need 7"]
        assert not repo.storage.loaded("asks")


def test_a_referral_keeps_its_status_and_close_date(repo: Repository, db_path: Path) -> None:
    bo = repo.save_person(Person(name="Bo"))
    saved = repo.save_ledger(LedgerEntry("got", bo.key, "Henviste", kind="referral", status="closed",
                                         closed_on="2026-10-01", amount=8000.0))  # fmt: skip
    with reopen(db_path) as again:
        assert again.ledger_entry(saved.key) == saved


def test_saving_an_ask_of_a_person_who_is_not_stored_is_refused_whole(repo: Repository) -> None:
    bo = repo.save_person(Person(name="Bo", needs=("revisor",)))
    writes = repo.storage.writes
    try:
        repo.save_many([Ask(person_id=bo.key, text="moms", id=99)])
    except Exception as error:
        assert "there is no asks entry 99" in str(error)
    assert repo.storage.writes == writes and _asks(repo, bo.key) == [("revisor", "open")]
