"""No silent duplicates: who a newcomer looks like, the add that asks first, and the pairs `check` lists."""

from __future__ import annotations

import pytest

from netevent.domain.models import Event, Person, ValidationError, check_name
from netevent.domain.quickadd import parse_quick_add
from netevent.services.duplicates import (
    DuplicateIndex,
    LooksLikeExisting,
    likely_duplicates,
    looks_like,
    same_company,
)
from netevent.services.people import add_person
from netevent.storage.repository import Repository


@pytest.fixture
def stored(repo: Repository) -> Repository:
    repo.save_person(Person(name="Ida Kristensen", company="Kristensen Salgstræning ApS", role="Salgstræner"))
    repo.save_person(Person(name="Søren Ærø", email="Soren@Aero.dk", phone="+45 22 17 54 52"))
    repo.save_person(Person(name="Anders Jensen", company="Jensen VVS"))
    repo.save_person(Person(name="Mette Lund", email="mette@lund.dk"))
    return repo


@pytest.mark.parametrize(
    ("newcomer", "reason"),
    [
        (Person(name="Ida Kristensen", company="Kristensen Salgstræning"), "same name and company"),
        (Person(name="Ida kristensen", company="kristensen salgstræning a/s"), "same name and company"),
        (Person(name="S. Ærø", email="soren@aero.dk"), "same email"),
        (Person(name="Søren", phone="22175452"), "same phone"),
        (Person(name="Soren Aero"), "same name"),  # no company on either side, no contact that differs
        (Person(name="Mette Lund", company="Lund Regnskab"), "same name"),  # one without a company
    ],
)
def test_a_newcomer_who_is_someone_stored_is_found(stored: Repository, newcomer: Person, reason: str) -> None:
    found = looks_like(stored, newcomer)
    assert found and found[0].reason.startswith(reason)
    assert DuplicateIndex(stored).looks_like(newcomer)[0].reason == found[0].reason


@pytest.mark.parametrize(
    "newcomer",
    [
        Person(name="Anders Jensen", company="Jensen Revision"),  # the same name at another company
        Person(name="Mette Lund", email="mette@other.dk"),  # the same name, a different email: two people
        Person(name="Søren Ærø", phone="+45 40 00 00 00"),
        Person(name="Ida Holm", company="Kristensen Salgstræning"),
    ],
)
def test_someone_else_is_not_taken_for_a_duplicate(stored: Repository, newcomer: Person) -> None:
    assert looks_like(stored, newcomer) == []
    assert DuplicateIndex(stored).looks_like(newcomer) == []


def test_the_one_line_add_asks_before_adding_ida_twice(stored: Repository) -> None:
    line = parse_quick_add("Ida Kristensen, Kristensen Salgstræning - mødebooking ? nye kunder")
    writes = stored.storage.writes
    with pytest.raises(LooksLikeExisting) as caught:
        add_person(stored, line.person())
    assert stored.storage.writes == writes and stored.people_count == 4
    assert str(caught.value) == (
        "Ida Kristensen looks like Ida Kristensen (#1, Salgstræner, Kristensen Salgstræning ApS): same name and company"
    )
    added = add_person(stored, line.person(), allow_duplicate=True)  # "add anyway"
    assert added.id == 5


def test_a_name_without_letters_is_refused_everywhere(stored: Repository) -> None:
    for name in ("!!! ...", "123", " - "):
        with pytest.raises(ValidationError, match="a name needs letters"):
            check_name(name)
        with pytest.raises(ValidationError, match="a name needs letters"):
            add_person(stored, Person(name=name), allow_duplicate=True)
    with pytest.raises(ValidationError, match="a name needs letters"):
        parse_quick_add("!!! ...").person()
    assert check_name("  Åse  Øberg ") == "Åse Øberg"
    assert stored.people_count == 4


def test_add_at_an_event_still_checks_first(stored: Repository) -> None:
    event = stored.save_event(Event(name="December"))
    with pytest.raises(LooksLikeExisting):
        add_person(stored, Person(name="Mette Lund"), event_id=event.id)
    assert stored.event(event.id).attendees == ()  # type: ignore[union-attr]


def test_check_lists_each_likely_pair_once(stored: Repository) -> None:
    stored.save_person(Person(name="Ida Kristensen", company="Kristensen Salgstræning"))
    stored.save_person(Person(name="Søren Ærø", email="SOREN@aero.dk"))
    stored.save_person(Person(name="Anders Jensen", company="Jensen Revision"))
    pairs = [(a.id, b.id, why) for a, b, why in likely_duplicates(stored)]
    assert pairs == [(1, 5, "same name and company"), (2, 6, "same email")]


def test_same_company_ignores_legal_forms_and_a_longer_name() -> None:
    assert same_company("Müller GmbH", "müller")
    assert same_company("Holm Advokater", "Holm Advokater ApS, Aarhus")
    assert not same_company("Holm Advokater", "Holm Revision")
    assert not same_company("", "Holm")
