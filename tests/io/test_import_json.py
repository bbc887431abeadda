"""Importing JSON: netevent backups into files that already hold things, lists of people, bad JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from netevent.domain.models import Attendance, Event, Note, Person, Profile
from netevent.io import ImportFailed, export_text, read_file, run_import
from netevent.storage.repository import Repository


def write(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_list_of_people(repo, tmp_path: Path) -> None:
    path = write(tmp_path, "people.json", [{"name": "Åse Øberg", "strengths": ["design"]}, {"name": "Zoë Müller"}])
    report = run_import(repo, path)
    assert [r.source for r in report.added] == ["person 1", "person 2"]
    assert {p.name for p in repo.people()} == {"Åse Øberg", "Zoë Müller"}


def test_wrong_entry_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "b.json", {"format": "netevent-backup", "people": [{"id": 7, "name": "Åse", "tags": "x"}]})
    with pytest.raises(ImportFailed, match=r"people entry 7 is wrong: field 'tags' should be list"):
        read_file(path)


def test_entry_without_id_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "b.json", {"format": "netevent-backup", "people": [{"name": "Åse"}]})
    with pytest.raises(ImportFailed, match="people entry 1 has no numeric id"):
        read_file(path)


def test_newer_backup_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "b.json", {"format": "netevent-backup", "schema_version": 99, "people": []})
    with pytest.raises(ImportFailed, match="newer netevent"):
        read_file(path)


def test_empty_backup_is_nothing_to_import(tmp_path: Path) -> None:
    path = write(tmp_path, "b.json", {"format": "netevent-backup", "people": []})
    with pytest.raises(ImportFailed, match="holds no people"):
        read_file(path)


def test_backup_merges_with_what_is_there(repo, tmp_path: Path) -> None:
    source = Repository.open(tmp_path / "source.json")
    with source:
        source.set_profile(Profile(name="Backup Me"))
        ase = source.save_person(Person(name="Åse Øberg", email="ase@oberg.dk", needs=("investors",)))
        zoe = source.save_person(Person(name="Zoë Müller"))
        source.save_event(
            Event(name="Maj", date="2024-05-16", purpose="partners", attendees=(Attendance(ase.id), Attendance(zoe.id)))
        )
        source.save_note(Note(person_id=ase.id, text="Likes æbleskiver", created="2024-05-16T18:00:00"))
        path = tmp_path / "backup.json"
        path.write_text(export_text(source, "json"), encoding="utf-8")
    repo.set_profile(Profile(name="Me"))
    mine = repo.save_person(Person(name="Åse Øberg", email="ASE@oberg.dk", company="Øberg Design"))
    repo.save_event(Event(name="maj", date="2024-05-16", attendees=(Attendance(mine.id, met=True),)))
    report = run_import(repo, path)
    assert [r.outcome for r in report.rows] == ["merged", "added"]
    assert "Events: 0 added, 1 merged, 0 already there" in report.restored
    assert "Notes: 1 added, 0 already there" in report.restored
    assert any("your profile was kept" in w for w in report.warnings)
    assert repo.profile.name == "Me"
    (event,) = repo.events()
    assert event.purpose == "partners"  # filled, was empty
    assert event.attendance(mine.id).met is True  # what was there wins
    assert len(event.person_ids) == 2
    person = repo.person(mine.id)
    assert person.company == "Øberg Design" and person.needs == ("investors",)
    assert repo.notes_for(mine.id)[0].text == "Likes æbleskiver"
    writes = repo.storage.writes
    assert not run_import(repo, path).changed
    assert repo.storage.writes == writes


def test_io_package_does_not_import_textual() -> None:
    code = (
        "import sys, netevent.io, netevent.io.markdown, netevent.io.vcard_export, netevent.cli.data\n"
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
