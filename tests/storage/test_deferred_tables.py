"""The notes table is parsed only when needed, and never lost or skipped by a write."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from netevent.domain.models import Note, Person
from netevent.storage.atomic import AtomicJSONStorage
from netevent.storage.errors import CorruptFileError
from netevent.storage.layout import dumps, split_tables
from netevent.storage.repository import Repository


def _fill(path: Path) -> list[Person]:
    with Repository.open(path) as repo, repo.batch():
        people = repo.save_many([Person(name="Åse Øberg"), Person(name="Bo Holm")])
        repo.save_many([Note(person_id=p.id, text="mødt " + p.name + ', },"x" {') for p in people])
    return people


def test_our_layout_splits_into_tables_and_other_layouts_do_not() -> None:
    data = {"meta": {"1": {"schema_version": 1}}, "notes": {"1": {"text": "a\n}b", "x": {"y": 1}}}, "people": {}}
    raw = dumps(data)
    tables = split_tables(raw)
    assert tables is not None
    assert {name: orjson.loads(raw[start:stop]) for name, start, stop in tables} == data
    assert split_tables(orjson.dumps(data, option=orjson.OPT_INDENT_2)) is None
    assert split_tables(orjson.dumps(data)) is None


def test_notes_stay_unparsed_until_asked_for(db_path: Path) -> None:
    _fill(db_path)
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        assert repo.people_count == 2
        assert not repo.storage.loaded("notes")
        assert [n.text for n in repo.notes_for(1)] == ['mødt Åse Øberg, },"x" {']
        assert not repo.storage.loaded("notes")  # one person's lines were enough
        assert repo.has_notes(2)
        assert repo.storage.loaded("notes")


def test_a_write_before_the_notes_were_read_keeps_them(db_path: Path) -> None:
    _fill(db_path)
    with Repository.open(db_path, validate=False) as repo:
        assert not repo.storage.loaded("notes")
        repo.save_person(Person(name="Carl Nielsen"))
    with Repository.open(db_path) as again:
        assert again.people_count == 3
        assert len(again.notes()) == 2


def test_a_broken_notes_table_is_found_when_read_and_the_file_is_untouched(db_path: Path) -> None:
    _fill(db_path)
    raw = db_path.read_bytes().replace(b'"person_id":1', b'"person_id":1,,', 1)
    db_path.write_bytes(raw)
    with Repository.open(db_path, validate=False) as repo:
        assert repo.person(1).name == "Åse Øberg"  # the rest of the file works
        with pytest.raises(CorruptFileError, match="not valid JSON"):
            repo.notes_for(1)
        with pytest.raises(CorruptFileError):
            repo.save_person(Person(name="Carl Nielsen"))  # no write without the notes
    assert db_path.read_bytes() == raw
    with pytest.raises(CorruptFileError, match="not valid JSON"):
        Repository.open(db_path)


def test_a_hand_formatted_file_is_read_whole(db_path: Path) -> None:
    _fill(db_path)
    data = orjson.loads(db_path.read_bytes())
    db_path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    storage = AtomicJSONStorage(db_path)
    assert storage.table("people")["1"]["name"] == "Åse Øberg"
    assert storage.loaded("notes")  # parsed with everything else


def test_a_file_cut_in_the_wrong_place_is_read_whole(db_path: Path) -> None:
    """Our layout's start, but a note's closing brace moved to a line of its own by hand."""
    _fill(db_path)
    raw = db_path.read_bytes()
    notes_at = raw.index(b'"notes": {')
    end_of_first_note = raw.index(b'},\n"', notes_at)
    edited = raw[:end_of_first_note] + b"\n" + raw[end_of_first_note:]
    db_path.write_bytes(edited)
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        assert [n.person_id for n in repo.notes_for(1)] == [1]
        assert [n.person_id for n in repo.notes_for(2)] == [2]


def test_one_persons_notes_are_found_without_reading_the_table(db_path: Path) -> None:
    people = _fill(db_path)
    with Repository.open(db_path) as repo:
        repo.save_note(Note(person_id=people[1].id, text='"person_id":1, in the text itself'))
        repo.save_person(Person(name="Person 11"))  # id 3; "person_id":1 must not find 11
        repo.save_note(Note(person_id=3, text="hej"))
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        storage = repo.storage
        assert sorted(d["text"][:4] for d in storage.find("notes", "person_id", 1).values()) == ["mødt"]
        assert len(storage.find("notes", "person_id", 2)) == 2
        assert not storage.loaded("notes")
        assert [n.text for n in repo.notes_for(1)] == ['mødt Åse Øberg, },"x" {']
        assert not repo.notes_loaded  # one person's notes, not everyone's
    with Repository.open(db_path, read_only=True) as full:
        assert [n.text for n in full.notes_for(1)] == ['mødt Åse Øberg, },"x" {']


def test_a_big_table_is_parsed_in_pieces_of_whole_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    import netevent.storage.layout as fileformat

    monkeypatch.setattr(fileformat, "PIECE", 40)  # a few documents per piece
    notes = {str(i): {"person_id": i % 7, "text": "nr. " + str(i) + ', },"x" æøå'} for i in range(1, 200)}
    raw = dumps({"meta": {"1": {"schema_version": 1}}, "notes": notes})
    spans = {name: (start, stop) for name, start, stop in split_tables(raw)}
    assert fileformat.parse_in_pieces(raw, *spans["notes"]) == notes
    empty = dumps({"notes": {}})
    assert fileformat.parse_in_pieces(empty, *{n: (a, b) for n, a, b in split_tables(empty)}["notes"]) == {}
    monkeypatch.setattr(fileformat, "PIECE", 1)  # every line a piece
    assert fileformat.parse_in_pieces(raw, *spans["notes"]) == notes
    # A document spread over two lines does not parse piece by piece.
    spread = raw.replace(b'"person_id":1,', b'"person_id":\n1,', 1)
    spans = {name: (start, stop) for name, start, stop in split_tables(spread)}
    assert fileformat.parse_in_pieces(spread, *spans["notes"]) is None


def test_once_the_notes_are_filed_each_persons_notes_come_from_the_filing_not_a_scan(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = _fill(db_path)
    with Repository.open(db_path, read_only=True) as repo:
        repo.load_notes()  # what an export of everyone, and the app's warm-up, do first

        def scan(*_args: object) -> dict:
            raise AssertionError("a scan of every note for one person")

        monkeypatch.setattr(repo.storage, "find", scan)
        assert [len(repo.notes_for(p.id)) for p in people] == [1, 1]  # type: ignore[arg-type]


def test_one_persons_notes_never_make_the_whole_filing(db_path: Path) -> None:
    """The app's card may ask while the writer thread is still reading the notes."""
    people = _fill(db_path)
    with Repository.open(db_path, read_only=True, validate=False) as repo:
        repo.storage.table("notes")  # parsed, as midway through `load_notes`, but not filed
        assert [n.text for n in repo.notes_for(people[0].id)] == ['mødt Åse Øberg, },"x" {']  # type: ignore[arg-type]
        assert not repo.notes_loaded  # filing 250,000 notes is the writer's job
