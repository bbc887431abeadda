"""What keeps opening a big file fast: models built on demand, names sorted from the documents."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from netevent.domain.models import Note, Person, replace
from netevent.storage.errors import CorruptFileError
from netevent.storage.repository import Repository


def _fill(path: Path, names: list[str]) -> None:
    with Repository.open(path) as repo, repo.batch():
        saved = repo.save_many([Person(name=name, strengths=("eksport",)) for name in names])
        repo.save_many([Note(person_id=p.id, text=f"mødt {p.name}") for p in saved])


def test_open_without_validation_reads_only_what_it_is_asked_for(db_path: Path) -> None:
    _fill(db_path, ["Åse", "Bo", "Zoë"])
    data = orjson.loads(db_path.read_bytes())
    data["people"]["3"]["strengths"] = "not a list"  # only a full check finds it
    db_path.write_bytes(orjson.dumps(data))
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        assert repo.people_count == 3
        assert repo.has_notes(1)
        assert repo.person(2).name == "Bo"
        with pytest.raises(CorruptFileError, match="document 3 in table 'people'"):
            repo.validate()


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
        assert [repo.person(i).name for i in first] == ["Anna", "Émile", "Zoë", "Øster", "Åse"]
        assert first == [i for i in repo.sorted_ids() if i in room]
