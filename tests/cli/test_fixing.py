"""`netevent person edit|delete|restore|merge` and `netevent undo` on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from netevent.cli import main
from netevent.domain.models import Attendance, Event, Note, Person
from netevent.storage.repository import Repository

from ..helpers.common import reopen


def run(path: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--db", str(path), *args], input=input)


def one_error_line(result: Result) -> str:
    assert result.exit_code != 0, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("netevent: "), lines[0]
    return lines[0]


@pytest.fixture
def room(db_path: Path) -> Path:
    with Repository.open(db_path) as repo, repo.batch(undoable=False):
        ida = repo.save_person(Person(name="Ida Kristensen", company="KS", needs=("nye kunder", "mødebooking")))
        repo.save_person(Person(name="Ida Kristiansen", email="ida@gmail.com"))
        repo.save_person(Person(name="Bo Ærø", company="Ærø VVS"))
        repo.save_event(Event(name="December", attendees=(Attendance(ida.key, met=True),)))
        repo.save_note(Note(ida.key, "Mødt ved kaffen"))
    return db_path


def test_edit_changes_the_given_fields_and_says_what_changed(room: Path) -> None:
    result = run(room, "person", "edit", "ida kristensen", "--company", "Kristensen Salgstræning",
                 "--remove-need", "Nye Kunder", "--add-strength", "salgstræning", "--add-tag", "BNI")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Edited Ida Kristensen (#1):",
        "  company: KS → Kristensen Salgstræning",
        "  tags: +BNI (now: BNI)",
        "  strengths: +salgstræning (now: salgstræning)",
        "  needs: −nye kunder (now: mødebooking)",
    ]
    with reopen(room) as repo:
        ida = repo.person(1)
        assert ida is not None and ida.needs == ("mødebooking",) and ida.company == "Kristensen Salgstræning"


def test_edit_names_the_changed_fields_in_the_language_spoken(room: Path) -> None:
    result = run(room, "--lang", "da", "person", "edit", "ida kristensen", "--company", "KS Salg",
                 "--add-goal", "vokse i Tyskland", "--add-network", "BNI Aarhus")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        "  virksomhed: KS → KS Salg",
        "  mål: +vokse i Tyskland (nu: vokse i Tyskland)",
        "  netværk: +BNI Aarhus (nu: BNI Aarhus)",
    ]
    with reopen(room) as repo:
        ida = repo.person(1)
        assert ida is not None and ida.goals == ("vokse i Tyskland",) and ida.networks == ("BNI Aarhus",)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("person", "edit", "Carl", "--role", "CFO"), "netevent: nobody is called 'Carl'"),
        (("person", "edit", "Ida", "--role", "CFO"), "netevent: 2 people match 'Ida': Ida Kristensen (#1)"),
        (("person", "edit", "#1"), "netevent: say what to change"),
        (("person", "edit", "#1", "--remove-need", "eksport"), "netevent: there is no need 'eksport' to remove"),
        (("person", "edit", "#1", "--name", "!!! ..."), "netevent: '!!! ...' is not a name: a name needs letters"),
        (("person", "merge", "#1", "ida kristensen"), "netevent: that is the same person twice"),
        (("person", "merge", "#1", "#9"), "netevent: there is no person #9"),
        (("person", "delete", "Carl", "--yes"), "netevent: nobody is called 'Carl'"),
        (("person", "restore", "Carl"), "netevent: nobody called 'Carl' is in the trash (it is empty)"),
        (("undo",), "netevent: nothing to undo"),
    ],
)
def test_bad_input_gets_one_clear_line_and_changes_nothing(room: Path, args: tuple[str, ...], message: str) -> None:
    before = room.read_bytes()
    result = run(room, *args)
    assert one_error_line(result).startswith(message)
    assert room.read_bytes() == before


def test_delete_asks_first_and_a_no_deletes_nothing(room: Path) -> None:
    before = room.read_bytes()
    result = run(room, "person", "delete", "#1", input="n\n")
    assert "Delete Ida Kristensen (#1, KS) with 1 note, 2 asks and 1 room place? [y/N]" in result.output
    assert one_error_line(result) == "netevent: nothing deleted (add --yes to delete without asking)"
    assert room.read_bytes() == before


def test_delete_then_restore_brings_everything_back(room: Path) -> None:
    before = {t: dict(v) for t, v in _tables(room).items()}
    deleted = run(room, "person", "delete", "#1", input="y\n")
    assert deleted.exit_code == 0, deleted.output
    said = "Deleted Ida Kristensen (#1, KS) with 1 note, 2 asks and 1 room place; `netevent person restore '#1'`"
    assert said in deleted.output
    listing = run(room, "person", "restore")
    assert listing.output.startswith("#1  Ida Kristensen, KS — deleted ")
    assert listing.output.rstrip().endswith("with 1 note, 2 asks, 1 room")
    restored = run(room, "person", "restore", "ida kristensen")
    assert restored.output.strip() == "Restored Ida Kristensen (#1) with 1 note, 2 asks, 1 room"
    assert _tables(room) == before


def test_merge_dry_run_writes_nothing_then_merge_and_undo(room: Path) -> None:
    before = room.read_bytes()
    dry = run(room, "person", "merge", "ida kristensen", "ida kristiansen", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert dry.output.splitlines() == [
        "Merge Ida Kristiansen (#2) into Ida Kristensen (#1); #2 is then removed.",
        '  name: keeps Ida Kristensen; Ida Kristiansen kept as "Name 2"',
        "  email: ida@gmail.com (from #2)",
        "  Moves to #1: nothing else.",
        "Dry run: nothing was written.",
    ]
    assert room.read_bytes() == before
    merged = run(room, "person", "merge", "#1", "#2")
    assert merged.output.splitlines()[-1] == "Merged: Ida Kristensen (#1) is one person now."
    with reopen(room) as repo:
        assert [p.name for p in repo.people()] == ["Bo Ærø", "Ida Kristensen"]
    undone = run(room, "undo")
    assert undone.output.startswith("Undid: Merged Ida Kristiansen (#2) into Ida Kristensen (#1) (")
    with reopen(room) as repo:
        assert [p.name for p in repo.people()] == ["Bo Ærø", "Ida Kristensen", "Ida Kristiansen"]


def test_undo_list_shows_what_can_be_undone_newest_first(room: Path) -> None:
    run(room, "person", "edit", "bo", "--role", "Mester")
    run(room, "give", "bo", "En", "henvisning", "--no-event")
    listing = run(room, "undo", "--list")
    assert [line[22:] for line in listing.output.splitlines()] == [
        "Gave Bo Ærø: En henvisning",
        "Edited Bo Ærø",
    ]
    assert run(room, "undo").output.startswith("Undid: Gave Bo Ærø: En henvisning")
    assert run(room, "undo").output.startswith("Undid: Edited Bo Ærø")
    assert run(room, "undo", "--list").output == "Nothing to undo.\n"


def test_check_lists_likely_duplicates_without_failing(room: Path) -> None:
    run(room, "person", "edit", "ida kristiansen", "--name", "Ida Kristensen", "--company", "KS")
    result = run(room, "check")
    assert result.exit_code == 0, result.output
    assert "  likely duplicate: Ida Kristensen (#1) and Ida Kristensen (#2): same name and company" in result.output
    assert "no problems in the file; 1 likely duplicate(s) to merge or keep" in result.output


def _tables(path: Path) -> dict[str, dict[str, object]]:
    with reopen(path) as repo:
        return {t: dict(repo.raw(t)) for t in ("people", "events", "notes", "ledger", "followups", "trash")}


def test_import_reports_a_newcomer_who_looks_like_someone_stored(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    with Repository.open(path) as repo:
        for company in ("KS", "Holm"):  # two of that name: the import cannot tell which one, so it adds a third
            repo.save_person(Person(name="Ida Kristensen", company=company))
    csv = tmp_path / "liste.csv"
    csv.write_text("Name,Company\nIda Kristensen,\nCarl Dahl,Dahl ApS\n", encoding="utf-8")
    result = run(path, "import", str(csv))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("Warning:")]
    assert warnings == [
        "Warning: Ida Kristensen looks like Ida Kristensen (#1, KS): same name; "
        "if they are one person, merge them (`netevent check` lists the pair)"
    ]


def test_import_skips_a_name_without_letters_and_says_why(tmp_path: Path) -> None:
    csv = tmp_path / "liste.csv"
    csv.write_text("Name,Company\n!!! ...,Junk ApS\nCarl Dahl,Dahl ApS\n", encoding="utf-8")
    result = run(tmp_path / "data.json", "import", str(csv))
    assert result.exit_code == 0, result.output
    assert "  row 2: !!! ... — '!!! ...' is not a name: a name needs letters" in result.output
    with reopen(tmp_path / "data.json") as repo:
        assert [p.name for p in repo.people()] == ["Carl Dahl"]
