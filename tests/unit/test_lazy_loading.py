"""What keeps opening a big file fast: models built on demand, indexes updated in place."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from netevent.domain.models import Note, Person, replace
from netevent.storage.repository import Repository
from netevent.storage.errors import CorruptFileError


def _fill(path: Path, names: list[str]) -> None:
    with Repository.open(path) as repo, repo.batch():
        saved = repo.save_many([Person(name=name, strengths=("eksport",)) for name in names])
        repo.save_many([Note(person_id=p.id, text=f"mødt {p.name}") for p in saved])


def test_open_without_validation_builds_models_only_when_asked(db_path: Path) -> None:
    _fill(db_path, ["Åse", "Bo", "Zoë"])
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        assert repo._people._built == {}
        assert repo.people_count == 3
        assert repo.has_notes(1)
        assert repo.person(2).name == "Bo"
        assert set(repo._people._built) == {2}
        repo.validate()
        assert set(repo._people._built) == {1, 2, 3}


def test_a_wrong_document_is_found_by_validate_and_the_file_is_untouched(db_path: Path) -> None:
    _fill(db_path, ["Åse", "Bo"])
    data = orjson.loads(db_path.read_bytes())
    data["people"]["2"]["strengths"] = "not a list"
    db_path.write_bytes(orjson.dumps(data))
    before = db_path.read_bytes()
    with Repository.open(db_path, validate=False) as repo:
        assert repo.person(1).name == "Åse"
        with pytest.raises(CorruptFileError, match="document 2 in table 'people'"):
            repo.validate()
    with pytest.raises(CorruptFileError):
        Repository.open(db_path)
    assert db_path.read_bytes() == before


def test_sorted_ids_follow_danish_order_and_change_with_names(db_path: Path) -> None:
    _fill(db_path, ["Åse", "Zoë", "Anna", "Ærlig", "Øster", "Émile"])
    with Repository.open(db_path) as repo:
        names = [repo.person(i).name for i in repo.sorted_ids()]
        assert names == ["Anna", "Émile", "Zoë", "Ærlig", "Øster", "Åse"]
        assert [p.name for p in repo.people()] == names
        anna = next(p for p in repo.people() if p.name == "Anna")
        repo.save_person(replace(anna, name="Østergaard"))
        assert [repo.person(i).name for i in repo.sorted_ids()][-3:] == ["Øster", "Østergaard", "Åse"]
        room = {anna.id, 2}
        assert repo.sorted_ids(room) == [i for i in repo.sorted_ids() if i in room]


def test_a_small_room_is_sorted_without_sorting_everyone(db_path: Path) -> None:
    names = ["Åse", "Zoë", "Anna", "Ærlig", "Øster", "Émile"] + [f"Person {n:02}" for n in range(60)]
    _fill(db_path, names)
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        room = {1, 2, 3, 5, 6, 999}  # 999 was removed: it is left out
        first = repo.sorted_ids(room)
        assert repo._sorted_ids is None  # the whole network's order waits until it is needed
        assert [repo.person(i).name for i in first] == ["Anna", "Émile", "Zoë", "Øster", "Åse"]
        assert first == [i for i in repo.sorted_ids() if i in room]
        assert repo._sorted_ids is not None


def test_search_index_is_updated_in_place_after_edits(db_path: Path) -> None:
    _fill(db_path, ["Søren Ærø", "Bo Holm"])
    with Repository.open(db_path) as repo:
        index = repo.search_index
        builds = index.rebuilds
        bo = next(p for p in repo.people() if p.name == "Bo Holm")
        repo.save_person(replace(bo, strengths=("skatterådgivning",)))
        new = repo.save_person(Person(name="Jens Kjær", company="Kjær IT"))
        repo.save_note(Note(person_id=new.id, text="vil have et tilbud på revision"))
        assert repo.search_index is index and index.rebuilds == builds
        assert index.search("skatteradgivning")[0].person_id == bo.id
        assert index.search("revision")[0].person_id == new.id
        repo.delete_person(new.id)
        assert index.search("kjaer") == []
        assert index.rebuilds == builds


def test_indexes_ready_only_after_both_are_built(db_path: Path) -> None:
    _fill(db_path, ["Åse"])
    with Repository.open(db_path, read_only=True) as repo:
        assert not repo.indexes_ready
        repo.search_index
        assert not repo.indexes_ready
        repo.intro_index
        assert repo.indexes_ready


def test_a_one_off_search_agrees_with_the_full_index_without_building_it(db_path: Path) -> None:
    with Repository.open(db_path) as repo, repo.batch():
        people = repo.save_many(
            [
                Person(name="Anne Sørensen", strengths=("moms",)),
                Person(name="Søren Kjær", company="Kjær Revision"),
                Person(name="Bo Holm", needs=("bookkeeping",)),
            ]
        )
        repo.save_note(Note(person_id=people[2].id, text="kender alle i vindmøllebranchen"))
    for query in ("søren", "revision", "vindmolle", "bookeeping", "soren kjaer"):
        with Repository.open(db_path, read_only=True, validate=False) as quick:
            found = quick.find_people(query)
        with Repository.open(db_path, read_only=True) as full:
            expected = full.search_index.search(query, limit=4)
        assert [h.person_id for h in found][:1] == [h.person_id for h in expected][:1], query
    with Repository.open(db_path, read_only=True, validate=False) as quick:
        assert quick.find_people("søren")[0].person_id == people[1].id
        assert quick._search is None  # answered without the full index


def test_a_one_off_search_ranks_many_hits_exactly_as_the_full_index(db_path: Path) -> None:
    firsts = ["Ana", "Anaïs", "Hanna", "Johanna", "Søren", "Sørine", "Mette", "Mette-Marie", "Bo", "Åse"]
    lasts = ["Khan", "Kjær", "Ananiassen", "Holm", "Øberg", "Revisen", "Skat", "Mortensen"]
    companies = ["Ana Consulting", "Kjær Revision", "Skattehuset", "Holm & Co", "", "Banana IT"]
    skills = [("revision",), ("skatterådgivning", "moms"), ("analyse",), ("eksport til Tyskland",), ()]
    people = [
        Person(
            name=f"{first} {last}",
            company=companies[(i + j) % len(companies)],
            role=("Revisor", "Direktør", "Analytiker", "")[(i * j) % 4],
            strengths=skills[(i + 2 * j) % len(skills)],
            needs=skills[(3 * i + j) % len(skills)],
            email=f"{first.lower()}.{j}@ana.dk" if (i + j) % 3 == 0 else "",
        )
        for i, first in enumerate(firsts)
        for j, last in enumerate(lasts)
    ]
    with Repository.open(db_path) as repo, repo.batch():
        repo.save_many(people + people[:7])  # some namesakes
    queries = ["ana", "an", "hanna", "mette", "søren", "skat", "revis", "revisor", "kjær", "ana khan",
               "mette marie", "a", "e", "analyse", "dk", "ana dk", "co", "bo holm", "holm", "øberg"]  # fmt: skip
    with Repository.open(db_path, read_only=True) as full:
        expected = {q: full.search_index.search(q, limit=4) for q in queries}
    for query in queries:
        with Repository.open(db_path, read_only=True, validate=False) as quick:
            found = quick.find_people(query)
            assert quick._search is None
        assert [(h.person_id, h.why) for h in found] == [(h.person_id, h.why) for h in expected[query]], query


def test_quick_search_answers_without_any_index_names_first(db_path: Path) -> None:
    with Repository.open(db_path) as repo, repo.batch():
        people = repo.save_many(
            [
                Person(name="Anne Holm", strengths=("søren-metoden",)),
                Person(name="Søren Kjær", company="Kjær Revision"),
                Person(name="Bo Holm", needs=("bogføring",)),
            ]
        )
        repo.save_note(Note(person_id=people[2].id, text="søren"))
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        assert [h.person_id for h in repo.quick_search("soren")] == [people[1].id, people[0].id]
        assert [h.person_id for h in repo.quick_search("holm", within={people[2].id})] == [people[2].id]
        assert [h.person_id for h in repo.quick_search("")] == repo.sorted_ids()
        assert not repo.search_ready and not repo.notes_loaded  # nothing else was built or read


def test_quick_search_does_not_match_the_names_of_missing_fields(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Bo Holm"))  # no company, role, email…
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        assert repo.quick_search("none") == []


def test_background_work_steps_aside_while_someone_types(db_path: Path) -> None:
    import time

    with Repository.open(db_path, read_only=True) as repo:
        started = time.monotonic()
        repo.pace()
        assert time.monotonic() - started < 0.05  # nobody typing: no wait
        repo.hold_background(0.1)
        started = time.monotonic()
        assert list(repo.paced(range(600))) == list(range(600))
        assert time.monotonic() - started >= 0.09  # waited for the hold to pass


def test_folded_fields_made_while_someone_is_saved_are_not_kept(db_path: Path) -> None:
    """The quick search's fields are made on one thread while another may save a person."""
    _fill(db_path, ["Åse", "Bo"])
    with Repository.open(db_path) as repo:
        saved: list[Person] = []

        def save_meanwhile() -> None:  # runs inside the folding, as another thread's save would
            if not saved:
                saved.append(repo.save_person(Person(name="Zoë Müller")))

        repo.pace = save_meanwhile  # type: ignore[method-assign]
        first = repo._ordered_haystacks()
        assert [name for _pid, name, _text in first] == ["bo", "ase"]  # made from the data before the save (å after z)
        assert repo._stacks is None and repo._ordered is None  # ...so not kept
        assert [h.person_id for h in repo.quick_search("zoe")] == [saved[0].id]
