"""The finder: one owner of the search and introduction indexes, following every write, safe on any thread."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from netevent.domain.models import Note, Person, replace
from netevent.runtime.warmup import Pacer
from netevent.services.finder import PeopleFinder
from netevent.storage.repository import Repository


def _fill(path: Path, names: list[str]) -> None:
    with Repository.open(path) as repo, repo.batch():
        saved = repo.save_many([Person(name=name, strengths=("eksport",)) for name in names])
        repo.save_many([Note(person_id=p.id, text=f"mødt {p.name}") for p in saved])


def ids(hits) -> list[int]:  # type: ignore[no-untyped-def]
    return [h.person_id for h in hits]


def test_the_index_follows_every_write_without_a_rebuild(db_path: Path) -> None:
    _fill(db_path, ["Søren Ærø", "Bo Holm"])
    with Repository.open(db_path) as repo:
        finder = PeopleFinder(repo)
        finder.build()
        bo = next(p for p in repo.people() if p.name == "Bo Holm")
        repo.save_person(replace(bo, strengths=("skatterådgivning",)))
        new = repo.save_person(Person(name="Jens Kjær", company="Kjær IT"))
        repo.save_note(Note(person_id=new.key, text="vil have et tilbud på revision"))
        assert ids(finder.search("skatteradgivning"))[:1] == [bo.id]
        assert ids(finder.search("revision")) == [new.id]
        assert finder.search("skatteradgivnig")[0].why.startswith("≈")  # typos, from the index
        repo.delete_person(new.key)
        assert finder.search("kjaer") == []
        assert ids(finder.introductions(Person(id=99, name="X", needs=("skat",)))) == [bo.id]


def test_ready_only_after_both_indexes_are_built(db_path: Path) -> None:
    _fill(db_path, ["Åse"])
    with Repository.open(db_path, read_only=True) as repo:
        finder = PeopleFinder(repo)
        assert not finder.ready and not finder.search_ready
        finder.build()
        assert finder.ready and finder.search_ready


def test_a_rolled_back_batch_leaves_note_and_typo_search_working(repo: Repository) -> None:
    finder = PeopleFinder(repo)
    soren = repo.save_person(Person(name="Søren Ærø", company="Revision"))
    repo.save_note(Note(person_id=soren.key, text="Snakkede om vindmøller"))
    finder.build()
    try:
        with repo.batch():
            repo.save_person(Person(name="Bo", company="Vindmøllefabrikken"))
            raise ValueError("an import failed half-way")
    except ValueError:
        pass
    assert ids(finder.search("vindmoller")) == [soren.id]
    assert ids(finder.search("revsion")) == [soren.id]
    assert finder.search("bo") == []  # nothing of the failed batch is found
    assert ids(finder.quick_search("revision")) == [soren.id]


def test_searching_while_another_thread_writes_never_gives_a_wrong_person(repo: Repository) -> None:
    old = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    with repo.batch():
        repo.save_many(Person(name=f"Person {i:05d}", company=("Zeta" if i % 2 else "Omega")) for i in range(1, 1001))
    omega = {p.key for p in repo.everyone() if p.company == "Omega"}
    finder = PeopleFinder(repo)
    finder.build()
    stop = threading.Event()
    wrong: list[int] = []
    errors: list[BaseException] = []
    done = [0]

    def writer() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            repo.save_person(Person(name=f"Aaa {n}", company="Zeta"))

    def reader() -> None:
        while not stop.is_set():
            try:
                hits = finder.search("omega", limit=50)
            except Exception as error:
                errors.append(error)
                continue
            done[0] += 1
            wrong.extend(h.person_id for h in hits if h.person_id not in omega)

    threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
    try:
        for t in threads:
            t.start()
        time.sleep(3)
    finally:
        stop.set()
        for t in threads:
            t.join()
        sys.setswitchinterval(old)
    assert done[0] > 5
    assert not errors
    assert not wrong


def test_an_index_built_while_others_write_misses_none_of_their_writes(repo: Repository) -> None:
    with repo.batch():
        repo.save_many(Person(name=f"Person {i}", strengths=("eksport",)) for i in range(300))
    finder = PeopleFinder(repo)
    added: list[int] = []

    def write_meanwhile() -> None:  # called by the build every few dozen people, as the writer thread would
        if len(added) < 3:
            added.append(repo.save_person(Person(name=f"Ny {len(added)}", company="Sent Ind")).key)

    finder._pace = write_meanwhile
    finder.build()
    assert sorted(ids(finder.search("sent ind"))) == sorted(added) and len(added) == 3


def _built(repo: Repository) -> PeopleFinder:
    finder = PeopleFinder(repo)
    finder.build()
    return finder


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
            found = PeopleFinder(quick).find_people(query)
        with Repository.open(db_path, read_only=True) as full:
            expected = _built(full).search(query, limit=4)
        assert [h.person_id for h in found][:1] == [h.person_id for h in expected][:1], query
    with Repository.open(db_path, read_only=True, validate=False) as quick:
        finder = PeopleFinder(quick)
        assert finder.find_people("søren")[0].person_id == people[1].id
        assert not finder.search_ready  # answered without the full index


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
        expected = {q: _built(full).search(q, limit=4) for q in queries}
    for query in queries:
        with Repository.open(db_path, read_only=True, validate=False) as quick:
            finder = PeopleFinder(quick)
            found = finder.find_people(query)
            assert not finder.search_ready
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
        assert [h.person_id for h in PeopleFinder(repo).quick_search("soren")] == [people[1].id, people[0].id]
        assert [h.person_id for h in PeopleFinder(repo).quick_search("holm", within={people[2].id})] == [people[2].id]
        assert [h.person_id for h in PeopleFinder(repo).quick_search("")] == repo.sorted_ids()
        assert not repo.notes_loaded  # the notes were not read


def test_quick_search_does_not_match_the_names_of_missing_fields(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Bo Holm"))  # no company, role, email…
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        assert PeopleFinder(repo).quick_search("none") == []


def test_background_work_steps_aside_while_someone_types(repo: Repository) -> None:
    pacer = Pacer()
    finder = PeopleFinder(repo, pace=pacer.pace)
    started = time.monotonic()
    pacer.pace()
    assert time.monotonic() - started < 0.05  # nobody typing: no wait
    pacer.hold(0.1)
    started = time.monotonic()
    assert list(finder.paced(range(600))) == list(range(600))
    assert time.monotonic() - started >= 0.09  # waited for the hold to pass


def test_folded_fields_made_while_someone_is_saved_still_find_them(db_path: Path) -> None:
    """The quick search's fields are made on one thread while another may save a person."""
    _fill(db_path, ["Åse", "Bo"])
    with Repository.open(db_path) as repo:
        saved: list[Person] = []

        def save_meanwhile() -> None:  # runs inside the folding, as another thread's save would
            if not saved:
                saved.append(repo.save_person(Person(name="Zoë Müller")))

        finder = PeopleFinder(repo, pace=save_meanwhile)
        finder.prepare()  # the warm-up folds everyone, stepping aside while the save happens
        assert saved
        assert ids(finder.quick_search("zoe")) == [saved[0].id]
        assert ids(finder.quick_search("")) == [2, saved[0].id, 1]  # Bo, Zoë, Åse: å comes after z
