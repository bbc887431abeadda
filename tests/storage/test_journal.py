"""The storage under undo and the trash: the schema-2 migration, the name order, notes that change hands."""

from __future__ import annotations

import json
import random
from pathlib import Path

from netevent.domain.models import Note, Person, replace
from netevent.domain.text import ids_by_name
from netevent.storage.repository import Repository
from netevent.storage.schema import SCHEMA_VERSION, TABLES


def test_a_version_1_file_is_backed_up_and_gets_an_empty_trash_and_journal(db_path: Path) -> None:
    old = {"meta": {"1": {"schema_version": 1}}, "people": {"1": {"name": "Åse Øberg"}}, "notes": {}}
    db_path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    with Repository.open(db_path) as repo:
        assert repo.migrated_from == 1
        assert repo.undo_entries() == [] and repo.trashed() == []
        repo.save_person(Person(name="Bo"))
        assert [e.what for e in repo.undo_entries()] == ["Added Bo"]
    assert json.loads(db_path.with_name("netevent.json.v1.bak").read_text(encoding="utf-8")) == old
    data = json.loads(db_path.read_text(encoding="utf-8"))
    assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION == 3
    assert set(TABLES) <= set(data)


def test_the_name_order_follows_adds_renames_and_removals_without_sorting_everyone(repo: Repository) -> None:
    rng = random.Random(4)
    names = ["Åse", "Anders", "Zoë", "Ærø", "Søren", "Bo", "Øjvind", "anders", "Émile", "Karl"]
    people = [repo.save_person(Person(name=rng.choice(names) + f" {i}")) for i in range(40)]
    repo.sorted_ids()  # the order exists now; every change below moves only the people it touches
    for step in range(60):
        person = rng.choice([p for p in people if repo.person(p.key) is not None])
        if step % 3 == 0:
            repo.save_person(replace(person, name=rng.choice(names)))
        elif step % 3 == 1:
            people.append(repo.save_person(Person(name=rng.choice(names))))
        else:
            repo.delete_person(person.key)
        expected = ids_by_name((str(d["name"]), int(k)) for k, d in repo.raw("people").items())
        assert repo.sorted_ids() == expected


def test_a_note_moved_to_another_person_is_filed_under_them(repo: Repository) -> None:
    ida, bo = (repo.save_person(Person(name=n)) for n in ("Ida", "Bo"))
    note = repo.save_note(Note(ida.key, "frokost"))
    repo.load_notes()
    repo.save_many([replace(note, person_id=bo.key)])
    assert repo.notes_for(ida.key) == [] and [n.text for n in repo.notes_for(bo.key)] == ["frokost"]
    assert not repo.has_notes(ida.key)
