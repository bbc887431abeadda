"""Asks with a fate through the services: only open asks drive matching, and bad input changes nothing."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from netevent.domain.matching import IntroIndex, card_matches, you_can_offer
from netevent.domain.models import Attendance, Event, NotFound, Person, Profile, ValidationError
from netevent.services.asks import add_ask, ask_list, set_ask_status
from netevent.services.finder import PeopleFinder
from netevent.services.integrity import find_problems
from netevent.services.ledger import log_give, log_introduction
from netevent.services.merging import merge_people
from netevent.storage.repository import Repository

ME = Profile(name="Mette", role="Revisor", offers=("bogføring for iværksættere",))


@pytest.fixture
def people(repo: Repository) -> tuple[Repository, int, int]:
    repo.set_profile(ME)
    bo = repo.save_person(Person(name="Bo Andersen", needs=("bogføring",)))
    åse = repo.save_person(Person(name="Åse Øberg", strengths=("bogføring",)))
    return repo, bo.key, åse.key


def test_a_closed_ask_no_longer_drives_matching_or_the_aimed_search(people) -> None:  # type: ignore[no-untyped-def]
    repo, bo, åse = people
    finder = PeopleFinder(repo)
    person = repo.person(bo)
    assert you_can_offer(ME, person)  # type: ignore[arg-type]
    assert card_matches(ME, person, finder).introduce  # type: ignore[arg-type]
    assert [h.person_id for h in finder.search("n:bogføring")] == [bo]
    ask = repo.asks(bo)[0]
    set_ask_status(repo, ask.key, "closed", line="blev kunde", on="2026-11-26")
    person = repo.person(bo)
    assert person.needs == ()  # type: ignore[union-attr]
    assert you_can_offer(ME, person) == []  # type: ignore[arg-type]
    assert card_matches(ME, person, finder).introduce == ()  # type: ignore[arg-type]
    assert card_matches(ME, person, IntroIndex(repo.everyone())).introduce == ()  # type: ignore[arg-type]
    assert finder.search("n:bogføring") == []
    assert repo.ask(ask.key).history == (("2026-11-26", "closed", "blev kunde"),)  # type: ignore[union-attr]


def test_a_helped_ask_is_not_open_either(people) -> None:  # type: ignore[no-untyped-def]
    repo, bo, _åse = people
    set_ask_status(repo, repo.asks(bo)[0].key, "helped")
    assert repo.person(bo).needs == ()  # type: ignore[union-attr]


def test_add_an_ask_with_where_and_when_it_came_up(people) -> None:  # type: ignore[no-untyped-def]
    repo, bo, _åse = people
    event = repo.save_event(Event(name="Netværk Nord", attendees=(Attendance(bo),)))
    ask = add_ask(repo, bo, "  en god  advokat ", event_id=event.id, since="26-11-2026")
    assert (ask.text, ask.since, ask.event_id, ask.status) == ("en god advokat", "2026-11-26", event.id, "open")
    assert repo.person(bo).needs == ("bogføring", "en god advokat")  # type: ignore[union-attr]
    assert [e.what for e in repo.undo_entries()][0] == "Ask of Bo Andersen: en god advokat"


def test_a_give_that_answers_an_ask_marks_it_helped_in_one_write(people) -> None:  # type: ignore[no-untyped-def]
    repo, bo, _åse = people
    ask = repo.asks(bo)[0]
    writes = repo.storage.writes
    entry = log_give(repo, bo, "Viste en bogføringsskabelon", kind="advice", date="2026-11-26", ask_id=ask.key)
    assert repo.storage.writes == writes + 1
    helped = repo.ask(ask.key)
    assert helped.status == "helped" and helped.helped_by == (entry.key,)  # type: ignore[union-attr]
    assert helped.history == (("2026-11-26", "helped", "Viste en bogføringsskabelon"),)  # type: ignore[union-attr]
    assert [r.helped for r in ask_list(repo, person_id=bo)] == [(entry,)]
    repo.undo()
    assert repo.ask(ask.key).status == "open" and repo.ledger() == []  # type: ignore[union-attr]


def test_an_introduction_answers_the_first_persons_ask(people) -> None:  # type: ignore[no-untyped-def]
    repo, bo, åse = people
    ask = repo.asks(bo)[0]
    first, _second = log_introduction(repo, bo, åse, what="bogføring", ask_id=ask.key)
    assert repo.ask(ask.key).helped_by == (first.key,)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda r, bo, åse: set_ask_status(r, 99, "closed"), "there is no ask #99"),
        (lambda r, bo, åse: set_ask_status(r, r.asks(bo)[0].key, "finished"), "an ask is open, helped, closed"),
        (lambda r, bo, åse: set_ask_status(r, r.asks(bo)[0].key, "open"), "is open already"),
        (lambda r, bo, åse: set_ask_status(r, r.asks(bo)[0].key, "helped", helped_by=[42]), "no ledger entry #42"),
        (lambda r, bo, åse: add_ask(r, bo, "Bogføring"), "Bo Andersen has that open ask already"),
        (lambda r, bo, åse: add_ask(r, bo, "   "), "an ask needs a text"),
        (lambda r, bo, åse: add_ask(r, 77, "moms"), "there is no person #77"),
        (lambda r, bo, åse: add_ask(r, bo, "moms", since="tomorrow"), "is not a date"),
        (lambda r, bo, åse: log_give(r, åse, "Intro", ask_id=r.asks(bo)[0].key), "not an ask of the person"),
        (lambda r, bo, åse: ask_list(r, status="maybe"), "an ask is open, helped"),
    ],
)
def test_bad_input_is_one_clear_line_and_changes_nothing(people, db_path: Path, call, message: str) -> None:  # type: ignore[no-untyped-def]
    repo, bo, åse = people
    before = db_path.read_bytes()
    with pytest.raises((ValidationError, NotFound), match=message):
        call(repo, bo, åse)
    assert db_path.read_bytes() == before


def test_a_closed_ask_cannot_be_answered_by_a_give(people, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo, bo, _åse = people
    ask = repo.asks(bo)[0]
    set_ask_status(repo, ask.key, "closed")
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match="is closed: only an open ask can be answered"):
        log_give(repo, bo, "Skabelon", ask_id=ask.key)
    assert db_path.read_bytes() == before and repo.ledger() == []


def test_a_merge_moves_the_asks_and_keeps_an_ask_both_had_once(repo: Repository) -> None:
    keep = repo.save_person(Person(name="Ida Kristensen", needs=("nye kunder", "revisor")))
    other = repo.save_person(Person(name="Ida Kristiansen", needs=("revisor", "moms")))
    closed = add_ask(repo, other.key, "logo")
    set_ask_status(repo, closed.key, "closed")
    merge_people(repo, keep.key, other.key)
    asks = [(a.text, a.status) for a in repo.asks(keep.key)]
    assert sorted(asks) == sorted(
        [("nye kunder", "open"), ("revisor", "open"), ("revisor", "dropped"), ("moms", "open"), ("logo", "closed")]
    )
    assert repo.asks(other.key) == []
    assert set(repo.person(keep.key).needs) == {"nye kunder", "revisor", "moms"}  # type: ignore[union-attr]
    assert find_problems(repo) == []


def test_check_names_asks_that_point_nowhere_and_needs_out_of_step(tmp_path: Path) -> None:
    path = tmp_path / "hand-edited.json"
    with Repository.open(path) as repo:
        repo.save_person(Person(name="Bo", needs=("revisor",)))
    data = orjson.loads(path.read_bytes())
    data["asks"]["1"].update(helped_by=[404], event_id=12)
    data["people"]["1"]["needs"] = ["revisor", "moms"]  # a hand edit
    path.write_bytes(orjson.dumps(data))
    with Repository.open(path, read_only=True) as repo:
        problems = find_problems(repo)
    assert "ask #1 was helped by ledger entry #404, which does not exist" in problems
    assert "ask #1 refers to event #12, which does not exist" in problems
    assert any(p.startswith("Bo (#1) has needs that are not their open asks") for p in problems)
