"""`netevent import` and `netevent export` on the command line, including every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from netevent.cli import main
from netevent.domain.models import Person
from netevent.storage.repository import Repository

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def seeded(db_path: Path) -> bytes:
    """A data file with one person in it; returns its bytes to compare after a failure."""
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Åse Øberg", email="ase@oberg.dk"))
    return db_path.read_bytes()


def test_import_prints_the_report_and_writes_once(db_path: Path, seeded: bytes) -> None:
    result = run("import", str(FIXTURES / "eventbrite.csv"), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "added 2, merged 1, unchanged 0, skipped 1" in result.stdout
    assert 'row 4: Zoë Müller — Attendee Status is "Refunded"' in result.stdout
    with Repository.open(db_path, read_only=True) as repo:
        assert repo.people_count == 3


def test_dry_run_writes_nothing(db_path: Path, seeded: bytes) -> None:
    result = run("import", str(FIXTURES / "luma.csv"), "--dry-run", "--event", "Juni")
    assert result.exit_code == 0
    assert "Dry run, nothing written" in result.stdout and "would add 2" in result.stdout
    assert db_path.read_bytes() == seeded


def test_dry_run_on_a_file_that_does_not_exist_yet_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    result = run("import", str(FIXTURES / "meetup.csv"), "--dry-run", "--db", str(target))
    assert result.exit_code == 0 and "would add 2" in result.stdout
    assert not target.exists()


def test_reimport_reports_unchanged_and_leaves_the_file_alone(db_path: Path, seeded: bytes) -> None:
    assert run("import", str(FIXTURES / "vcard40_expertise.vcf")).exit_code == 0
    after_first = db_path.read_bytes()
    result = run("import", str(FIXTURES / "vcard40_expertise.vcf"))
    assert result.exit_code == 0
    assert "unchanged 2" in result.stdout and "the data file was not written" in result.stdout
    assert db_path.read_bytes() == after_first


def test_event_option_fills_the_room(db_path: Path) -> None:
    result = run("import", str(FIXTURES / "own-columns.csv"), "--event", "Netværksmøde maj")
    assert result.exit_code == 0
    assert "Event 'Netværksmøde maj': created; 2 put in its room" in result.stdout
    with Repository.open(db_path, read_only=True) as repo:
        assert len(repo.find_event("netvaerksmode maj").person_ids) == 2


def test_broken_vcard_imports_the_rest_and_names_the_line(db_path: Path, seeded: bytes) -> None:
    result = run("import", str(FIXTURES / "broken_middle.vcf"))
    assert result.exit_code == 0
    assert "broken_middle.vcf line 6: broken card: line 9:" in result.stderr
    assert "line 17" in result.stderr
    assert "added 2, merged 0, unchanged 1, skipped 2" in result.stdout


def bad(tmp_path: Path, name: str, content: bytes | None) -> Path:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.csv", b"", "is empty: there is nothing to import"),
        ("blank.csv", b"  \r\n\r\n", "is empty: there is nothing to import"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file (a NUL byte at byte 9)"),
        ("noise.csv", bytes(range(1, 32)) * 20, "looks like a binary file"),
        ("orders.csv", b"Order #,Amount\n1,100\n", "row 1: no name column found (columns: 'Order #', 'Amount')"),
        ("missing.csv", None, "does not exist"),
        ("bad.json", b'{"format": "netevent-backup",\n "people": [}', "bad.json line 2: not valid JSON"),
        ("other.json", b'{"hello": "world"}', "is JSON, but not a netevent backup"),
        ("half.vcf", b"BEGIN:VCARD\nVERSION:3.0\nFN:Half\n", "line 1: the file ends inside the card"),
        ("cut.csv", b"Name,Email,Company\nA,a@x.dk,X\nB,b@", "row 3: the file ends in the middle of this row"),
        ("refunds.csv", b"Name,Status\nA,refunded\n", "nothing to import: all 1 entries were skipped"),
    ],
)
def test_bad_input_fails_with_one_clear_line_and_changes_nothing(
    tmp_path: Path, db_path: Path, seeded: bytes, name: str, content: bytes | None, message: str
) -> None:
    path = bad(tmp_path, name, content)
    result = run("import", str(path))
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stderr.startswith("netevent: ") and result.stdout == ""
    assert db_path.read_bytes() == seeded


def test_a_folder_is_not_a_file_to_import(tmp_path: Path, db_path: Path, seeded: bytes) -> None:
    result = run("import", str(tmp_path))
    assert result.exit_code == 1
    assert "is a folder, not a file to import" in result.stderr
    assert db_path.read_bytes() == seeded


def test_failure_before_the_data_file_exists_does_not_create_it(tmp_path: Path) -> None:
    target = tmp_path / "never.json"
    result = run("import", str(tmp_path / "nope.csv"), "--db", str(target))
    assert result.exit_code == 1 and not target.exists()


def test_empty_event_name_is_refused(db_path: Path, seeded: bytes) -> None:
    result = run("import", str(FIXTURES / "meetup.csv"), "--event", "  ")
    assert result.exit_code == 1 and "give the event a name" in result.stderr
    assert db_path.read_bytes() == seeded


def test_export_to_stdout_and_to_a_file(tmp_path: Path, db_path: Path) -> None:
    assert run("import", str(FIXTURES / "eventbrite.csv"), "--event", "Maj").exit_code == 0
    md = run("export")
    assert md.exit_code == 0 and md.stdout.startswith("# People (3)")
    room = run("export", "--format", "csv", "--event", "maj")
    assert room.exit_code == 0 and room.stdout.splitlines()[0].startswith("name,company,role")
    out = tmp_path / "people.vcf"
    written = run("export", "-o", str(out))  # the format follows the extension
    assert written.exit_code == 0 and "Wrote 3 people as vcf" in written.stdout
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
    backup = tmp_path / "backup.json"
    assert run("export", "--format", "json", "-o", str(backup)).exit_code == 0
    assert len(json.loads(backup.read_text(encoding="utf-8"))["people"]) == 3
    sheet = tmp_path / "people.csv"
    assert run("export", "-o", str(sheet)).exit_code == 0
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbfname,")  # a BOM, so spreadsheets read æøå


def test_export_problems(tmp_path: Path, db_path: Path, seeded: bytes) -> None:
    unknown = run("export", "--event", "Nowhere")
    assert unknown.exit_code == 1 and "there is no event called 'Nowhere'" in unknown.stderr
    folder = run("export", "-o", str(tmp_path))
    assert folder.exit_code == 1 and "is a folder" in folder.stderr
    missing_dir = run("export", "-o", str(tmp_path / "no" / "such" / "file.md"))
    assert missing_dir.exit_code == 1 and "does not exist" in missing_dir.stderr
    no_db = run("export", "--db", str(tmp_path / "absent.json"))
    assert no_db.exit_code == 1 and "does not exist" in no_db.stderr
    assert db_path.read_bytes() == seeded


def test_import_dash_reads_a_pasted_mecard_from_standard_input(db_path: Path, seeded: bytes) -> None:
    mecard = "MECARD:N:Nørby,Pia;TEL:+4512345678;EMAIL:pia@norby.dk;;"
    result = CliRunner().invoke(main, ["import", "-"], input=mecard.encode())
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "stdin (MECARD (UTF-8)): added 1, merged 0, unchanged 0, skipped 0",
        "Added (1):",
        "  line 1: Pia Nørby",
    ]
    with Repository.open(db_path, read_only=True) as repo:
        pia = [p for p in repo.people() if p.name == "Pia Nørby"][0]
        assert (pia.phone, pia.email) == ("+4512345678", "pia@norby.dk")


def test_import_dash_reads_a_vcard_and_a_dry_run_equals_the_real_import(db_path: Path, seeded: bytes) -> None:
    card = (FIXTURES / "real" / "ezvcard_outlook_2007.vcf").read_bytes()
    dry = CliRunner().invoke(main, ["import", "-", "--dry-run"], input=card)
    assert dry.exit_code == 0 and db_path.read_bytes() == seeded
    real = CliRunner().invoke(main, ["import", "-"], input=card)
    assert real.exit_code == 0
    planned = dry.stdout.replace(
        "would add 1, merge 0, leave 0 unchanged, skip 0", "added 1, merged 0, unchanged 0, skipped 0"
    )
    assert planned.replace("Dry run, nothing written: ", "").replace("To add", "Added") == real.stdout
    assert "Not kept (netevent has no place for these):\n  public key in 1 card (line 1)" in real.stdout


def test_import_dash_with_nothing_piped_in_fails_and_changes_nothing(db_path: Path, seeded: bytes) -> None:
    result = CliRunner().invoke(main, ["import", "-"], input=b"")
    assert result.exit_code == 1 and result.stderr == "netevent: stdin is empty: there is nothing to import\n"
    assert db_path.read_bytes() == seeded


def test_a_cut_off_file_leaves_the_data_file_byte_identical_in_a_dry_run_too(db_path: Path, seeded: bytes) -> None:
    for extra in ([], ["--dry-run"]):
        result = run("import", str(FIXTURES / "real" / "eventbrite_cut_off.csv"), *extra)
        assert result.exit_code == 1 and result.stdout == ""
        assert "row 4: the file ends in the middle of this row" in result.stderr
        assert db_path.read_bytes() == seeded
