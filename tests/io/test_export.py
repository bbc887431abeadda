"""Exports: Markdown, CSV, vCard and the JSON backup, and that each comes back through import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import vobject

from netevent.domain.models import Attendance, Event, FollowUp, LedgerEntry, Note, Person, Profile, Review, replace
from netevent.io import export_text, run_import
from netevent.io.export import csv_text, join_list
from netevent.io.vcard_export import _fold, vcard_text
from netevent.storage.repository import Repository


def fill(repo: Repository) -> dict[str, int]:
    """A small but complete network: every table has something in it."""
    repo.set_profile(
        Profile(name="Mette Frost", company="Frost ApS", pitch="Jeg hjælper med *eksport*.", offers=("export",))
    )
    soren = repo.save_person(
        Person(
            name="Søren Kierkegaard-Ærø",
            company="Holm Advokater; Aarhus",
            role="Partner",
            email="soren@holm-advokater.dk",
            phone="+45 12 34 56 78",
            url="https://holm-advokater.dk",
            tags=("jura", "netværk"),
            strengths=("tax law, VAT", "M&A"),
            needs=("export to Germany",),
            interests=("philosophy",),
            about="Knows everyone in Aarhus.\n# not a heading\n*not bold*",
            first_met_on="2024-05-16",
            first_met_at="Netværksmøde maj",
            extra=(("Email 2", "soren@private.dk"), ("What brings you here?", "Founders, mostly; and coffee")),
        )
    )
    ase = repo.save_person(
        Person(name="Åse Øberg", company="Øberg Design", strengths=("branding",), needs=("investors",))
    )
    zoe = repo.save_person(Person(name="Zoë Müller", email="zoe@mueller.de", phone="=cmd|' /C calc'!A0"))
    jose = repo.save_person(Person(name="José García", tags=("=SUM(A1)",)))
    event = repo.save_event(
        Event(
            name="Netværksmøde maj",
            network="Erhverv Aarhus",
            date="2024-05-16",
            place="Navitas",
            purpose="Find a German partner",
            minutes=120,
            cost=450.0,
            attendees=(
                Attendance(person_id=soren.id, met=True, target=True, reason="export contacts", order=1),
                Attendance(person_id=ase.id),
            ),
            messages=("Ask about Hamburg",),
            review=Review(outcomes=("intro to Zoë",), value=1000.0, picked_up=True, reviewed_on="2024-05-17"),
        )
    )
    other = repo.save_event(Event(name="Frokostklubben", date="2024-06-01", attendees=(Attendance(person_id=zoe.id),)))
    note = repo.save_note(
        Note(
            person_id=soren.id,
            event_id=event.id,
            text="Wants *Hamburg* intros.\nCall Friday.",
            created="2024-05-16T18:00:00",
        )
    )
    repo.save_note(Note(person_id=ase.id, text="Old friend", created="2023-01-01T10:00:00"))
    repo.save_ledger(
        LedgerEntry(
            direction="gave",
            person_id=soren.id,
            what="Intro to Zoë",
            kind="intro",
            event_id=event.id,
            date="2024-05-16",
            with_person_id=zoe.id,
        )
    )
    repo.save_ledger(
        LedgerEntry(direction="got", person_id=ase.id, what="Logo feedback", amount=500.0, date="2024-05-20")
    )
    repo.save_followup(
        FollowUp(
            person_id=soren.id,
            action="Send Hamburg contacts",
            due="2024-05-20",
            event_id=event.id,
            note_id=note.id,
            created="2024-05-16",
        )
    )
    repo.save_followup(
        FollowUp(person_id=None, action="Book next meeting", done=True, done_on="2024-05-18", created="2024-05-16")
    )
    repo.set_current_event(other.id)
    return {"soren": soren.id, "ase": ase.id, "zoe": zoe.id, "jose": jose.id, "event": event.id}


def snapshot(repo: Repository) -> dict:
    """Everything in the file as stored, with ids (so remapping is checked too)."""

    def docs(items):
        return sorted((item.id, item.to_doc()) for item in items)

    return {
        "profile": repo.profile.to_doc(),
        "settings": repo.settings,
        "people": docs(repo.people()),
        "events": docs(repo.events()),
        "notes": docs(repo.notes()),
        "ledger": docs(repo.ledger()),
        "followups": docs(repo.followups()),
    }


def without_ids(repo: Repository) -> list[Person]:
    return [replace(p, id=None) for p in repo.people()]


def fresh(tmp_path: Path, name: str) -> Repository:
    return Repository.open(tmp_path / name)


def test_json_backup_restores_everything_into_an_empty_file(repo, tmp_path: Path) -> None:
    fill(repo)
    path = tmp_path / "backup.json"
    path.write_text(export_text(repo, "json"), encoding="utf-8")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "netevent-backup" and len(document["people"]) == 4
    with fresh(tmp_path, "restored.json") as other:
        before = other.storage.writes
        report = run_import(other, path)
        assert other.storage.writes - before == 1
        assert len(report.added) == 4
        assert "Events: 2 added, 0 merged, 0 already there" in report.restored
        assert snapshot(other) == snapshot(repo)
        # restoring the same backup again adds nothing and writes nothing
        writes = other.storage.writes
        again = run_import(other, path)
        assert not again.changed and len(again.unchanged) == 4
        assert other.storage.writes == writes


def test_json_backup_remaps_ids_into_a_file_that_has_people(repo, tmp_path: Path) -> None:
    ids = fill(repo)
    path = tmp_path / "backup.json"
    path.write_text(export_text(repo, "json"), encoding="utf-8")
    with fresh(tmp_path, "other.json") as other:
        other.save_person(Person(name="Lars Holm"))
        other.save_person(Person(name="Åse Øberg", company="Øberg Design", email="ase@oberg.dk"))
        run_import(other, path)
        people = {p.name: p for p in other.people()}
        assert len(people) == 5
        soren = people["Søren Kierkegaard-Ærø"]
        assert soren.id != ids["soren"]
        event = other.find_event("Netværksmøde maj")
        assert event.person_ids == (soren.id, people["Åse Øberg"].id)
        assert event.attendance(soren.id).reason == "export contacts" and event.review.picked_up is True
        note = other.note_for(soren.id, event.id)
        assert note.text.startswith("Wants")
        (intro,) = [e for e in other.ledger() if e.kind == "intro"]
        assert (intro.person_id, intro.with_person_id, intro.event_id) == (soren.id, people["Zoë Müller"].id, event.id)
        (follow,) = other.followups(person_id=soren.id)
        assert follow.note_id == note.id and follow.event_id == event.id
        assert other.current_event().name == "Frokostklubben"


def test_netevent_data_file_itself_imports_as_a_backup(repo, db_path: Path, tmp_path: Path) -> None:
    fill(repo)
    with fresh(tmp_path, "copy.json") as other:
        report = run_import(other, db_path)
        assert "data file" in report.format
        assert snapshot(other) == snapshot(repo)


def test_csv_export_round_trips_into_an_empty_file(repo, tmp_path: Path) -> None:
    fill(repo)
    path = tmp_path / "people.csv"
    path.write_text(export_text(repo, "csv"), encoding="utf-8")
    with fresh(tmp_path, "from-csv.json") as other:
        report = run_import(other, path)
        assert len(report.added) == 4 and not report.skipped
        assert without_ids(other) == without_ids(repo)


def test_csv_guards_cells_spreadsheets_would_run() -> None:
    text = csv_text([Person(name="Zoë", phone="+45 12 34 56 78", tags=("=SUM(A1)",))])
    row = text.splitlines()[1]
    assert "'+45 12 34 56 78" in row and "'=SUM(A1)" in row
    assert join_list(("tax law, VAT",)) == "tax law, VAT;"
    assert join_list(("a", "b, c")) == "a; b, c"


def test_vcard_export_round_trips_and_other_readers_accept_it(repo, tmp_path: Path) -> None:
    fill(repo)
    text = export_text(repo, "vcf")
    assert text.count("BEGIN:VCARD") == 4 and "\r\n" in text
    assert "EXPERTISE:tax law\\, VAT" in text and "X-NETEVENT-NEEDS:export to Germany" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    names = sorted(card.fn.value for card in vobject.readComponents(text))
    assert names == sorted(p.name for p in repo.people())
    path = tmp_path / "people.vcf"
    path.write_text(text, encoding="utf-8")
    with fresh(tmp_path, "from-vcf.json") as other:
        run_import(other, path)
        assert without_ids(other) == without_ids(repo)


def test_vcard_folding_never_splits_a_letter() -> None:
    line = "NOTE:" + "æøå" * 60
    pieces = _fold(line)
    assert len(pieces) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert pieces[0] + "".join(p[1:] for p in pieces[1:]) == line
    assert vcard_text([]) == ""


def test_markdown_export_escapes_the_users_words(repo) -> None:
    fill(repo)
    text = export_text(repo, "md")
    assert text.startswith("# People (4)")
    assert "### Søren Kierkegaard-Ærø" in text
    assert "- **Strengths:** tax law, VAT; M&A" in text
    assert "- **Email 2:** soren@private.dk" in text
    assert "\\# not a heading" in text and "\\*not bold\\*" in text
    assert "- 2024-05-16 · Netværksmøde maj: Wants \\*Hamburg\\* intros." in text
    assert "- [ ] 2024-05-20: Send Hamburg contacts" in text
    assert "- 2024-05-16 gave (intro): Intro to Zoë" in text


def test_markdown_for_an_event_is_the_briefing_then_the_room(repo) -> None:
    ids = fill(repo)
    event = repo.event(ids["event"])
    text = export_text(repo, "md", event)
    assert "## People in the room (2)" in text
    room = text.split("## People in the room (2)")[1]
    assert room.index("Søren") < room.index("Åse")  # the target first
    assert "Zoë Müller" not in room
    assert "**Today:** target — export contacts; met" in room
    try:
        import netevent.services.briefing  # noqa: F401
    except ImportError:
        assert text.startswith("# Netværksmøde maj")
    else:
        assert text.index("Netværksmøde maj") < text.index("## People in the room")


def test_exports_restricted_to_an_event(repo) -> None:
    ids = fill(repo)
    event = repo.event(ids["event"])
    assert export_text(repo, "csv", event).count("\r\n") == 3  # header and two people
    assert export_text(repo, "vcf", event).count("BEGIN:VCARD") == 2
    document = json.loads(export_text(repo, "json", event))
    assert [p["name"] for p in document["people"]] == ["Søren Kierkegaard-Ærø", "Åse Øberg"]
    assert [e["name"] for e in document["events"]] == ["Netværksmøde maj"]
    assert document["ledger"][0]["with_person_id"] is None  # Zoë is not in this room
    assert len(document["notes"]) == 2


def test_unknown_format_is_refused(repo) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export_text(repo, "xlsx")
