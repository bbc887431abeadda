"""Aimed search through the finder: every prefix on a real file, negation, the room, and what each hit says."""

from __future__ import annotations

import pytest

from netevent.domain.models import Person, replace
from netevent.services.events import create_event
from netevent.services.finder import PeopleFinder
from netevent.services.followups import add_followup, complete_followup
from netevent.services.rooms import add_to_room, mark_met
from netevent.storage.repository import Repository

TODAY = "2026-03-12"


@pytest.fixture
def world(repo: Repository) -> tuple[Repository, dict[str, int]]:
    people = {
        "Søren": Person(name="Søren Ærø", company="Ærø IT", role="Direktør", strengths=("IT-sikkerhed", "tysk eksport"),
                        needs=("bogføring",), tags=("Aarhus", "BNI"), first_met_at="Eksportrådet"),
        "Åse": Person(name="Åse Øberg", company="Øberg Advokatfirma", role="Advokat", strengths=("selskabsret",),
                      needs=("kunder i Tyskland",), tags=("advokat",)),
        "Mads": Person(name="Mads Holm", company="Holm Web", role="Webdesigner", strengths=("webshop",),
                       needs=("eksport til Tyskland",), tags=("BNI",), first_met_at="Netværk Nord, marts"),
        "Bo": Person(name="Bo Berg", role="Revisor", strengths=("bogføring",)),
    }  # fmt: skip
    ids = {key: repo.save_person(p).key for key, p in people.items()}
    past = create_event(repo, "Eksportnetværket i januar", date="2026-01-10")
    add_to_room(repo, past.key, ids["Bo"])
    mark_met(repo, past.key, ids["Bo"], today="2026-01-10")
    tonight = create_event(repo, "Netværk Nord", date=TODAY, make_current=True)
    for key in ("Søren", "Åse", "Mads"):
        add_to_room(repo, tonight.key, ids[key])
    mark_met(repo, tonight.key, ids["Søren"], today=TODAY)
    add_followup(repo, ids["Åse"], "send ejeraftalen", due="2026-03-10", today=TODAY)
    add_followup(repo, ids["Mads"], "ring om webshop", due="2026-03-18", today=TODAY)
    done = add_followup(repo, ids["Bo"], "tak for sidst", due="2026-03-01", today=TODAY)
    complete_followup(repo, done.key, on=TODAY)
    return repo, ids


def found(finder: PeopleFinder, query: str, **kw: object) -> list[int]:
    return [h.person_id for h in finder.search(query, today=TODAY, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize("build", [False, True], ids=["quick", "index"])
def test_each_prefix_finds_the_right_people(world, build: bool) -> None:  # type: ignore[no-untyped-def]
    repo, ids = world
    finder = PeopleFinder(repo)
    if build:
        finder.build()
    s, a, m, b = ids["Søren"], ids["Åse"], ids["Mads"], ids["Bo"]
    assert found(finder, "s:tysk") == [s]
    assert found(finder, "n:tyskland") == [m, a]  # name order: Mads, then Åse
    assert found(finder, "c:holm") == [m]
    assert found(finder, "r:advokat") == [a]
    assert found(finder, "#bni") == [m, s]
    assert found(finder, "#aarhus") == found(finder, "#århus") == [s]
    assert found(finder, "met:eksportradet") == [s]
    assert found(finder, "met:eksportnetvaerket") == [b]  # met at an event of that name
    assert found(finder, "in:room") == [m, s, a]
    assert found(finder, "met") == [s]
    assert found(finder, "in:room -met") == [m, a]
    assert found(finder, "due:") == [m, a]
    assert found(finder, "due:overdue") == [a]
    assert found(finder, "due:week") == [m, a]
    assert found(finder, "due:2026-03-11") == [a]
    assert found(finder, "-due:") == [b, s]
    assert found(finder, "-s:bogføring -c:holm") == [s, a]


def test_plain_words_search_among_what_the_filters_let_through(world) -> None:  # type: ignore[no-untyped-def]
    repo, ids = world
    finder = PeopleFinder(repo)
    assert found(finder, "#bni holm") == [ids["Mads"]]
    assert found(finder, "bogføring -berg") == [ids["Søren"]]
    assert found(finder, "s:tysk", within={ids["Åse"], ids["Mads"]}) == []  # the list's scope still holds


def test_each_hit_says_why_it_is_listed(world) -> None:  # type: ignore[no-untyped-def]
    repo, ids = world
    finder = PeopleFinder(repo)
    assert [h.why for h in finder.search("s:tysk", today=TODAY)] == ["strength: tysk eksport"]
    assert [h.why for h in finder.search("n:tyskland", today=TODAY)] == [
        "need: eksport til Tyskland",
        "need: kunder i Tyskland",
    ]
    assert [h.why for h in finder.search("due:overdue", today=TODAY)] == [
        "follow-up: send ejeraftalen (due 2026-03-10)"
    ]
    assert [h.why for h in finder.search("met:eksportrådet", today=TODAY)] == ["first met at: Eksportrådet"]


def test_the_filters_follow_every_write(world) -> None:  # type: ignore[no-untyped-def]
    repo, ids = world
    finder = PeopleFinder(repo)
    assert found(finder, "s:selskabsret") == [ids["Åse"]]
    bo = repo.person(ids["Bo"])
    assert bo is not None
    repo.save_person(replace(bo, strengths=("selskabsret",)))
    assert found(finder, "s:selskabsret") == [ids["Bo"], ids["Åse"]]
    new = repo.save_person(Person(name="Ny Person", tags=("BNI",)))
    assert new.key in found(finder, "#bni")


def test_no_current_event_means_no_room_and_met_means_ever(world) -> None:  # type: ignore[no-untyped-def]
    repo, ids = world
    repo.set_current_event(None)
    finder = PeopleFinder(repo)
    assert found(finder, "in:room") == []
    assert found(finder, "met") == [ids["Bo"], ids["Søren"]]
