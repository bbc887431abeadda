"""Merging imported people into stored ones: by email, phone, name and company; never duplicating."""

from __future__ import annotations

from pathlib import Path

from netevent.domain.models import Event, Person
from netevent.io import run_import
from netevent.io.incoming import Incoming, phone_key
from netevent.io.merge import Merger, merge_person

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def write_csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_same_email_case_insensitive_merges_and_fills_empty_fields(repo, tmp_path: Path) -> None:
    stored = repo.save_person(Person(name="Åse Øberg", email="Ase@Oberg.dk", strengths=("design",)))
    path = write_csv(tmp_path, "a.csv", "Name,Email,Company,Skills\nÅse Øberg,ase@oberg.dk,Øberg Design,branding\n")
    report = run_import(repo, path)
    assert [r.outcome for r in report.rows] == ["merged"]
    assert "same email" in report.merged[0].detail and "filled company" in report.merged[0].detail
    (person,) = repo.people()
    assert person.id == stored.id
    assert person.company == "Øberg Design"
    assert person.strengths == ("design", "branding")  # lists are unioned


def test_same_phone_ignoring_danish_prefix_merges(repo, tmp_path: Path) -> None:
    repo.save_person(Person(name="Søren K.", phone="+45 12 34 56 78"))
    path = write_csv(tmp_path, "a.csv", "Name,Phone,Role\nSøren Kierkegaard-Ærø,0045 12345678,Partner\n")
    report = run_import(repo, path)
    assert report.merged[0].detail.startswith("same phone as Søren K.")
    (person,) = repo.people()
    assert person.role == "Partner"
    assert dict(person.extra) == {"Name 2": "Søren Kierkegaard-Ærø"}
    assert report.conflicts and "Name 2" in report.conflicts[0][1]


def test_phone_key() -> None:
    assert phone_key("+45 12 34 56 78") == phone_key("0045 1234 5678") == phone_key("12345678") == "12345678"
    assert phone_key("4512345678") == "12345678"
    assert phone_key("n/a") == ""
    assert phone_key("+49 151 2345") == phone_key("0049 151 2345") == "1512345"
    assert phone_key("+45 24 19 12 90") == phone_key("24191290")  # compared as numbers, not as text


def test_name_and_company_folded_merge(repo, tmp_path: Path) -> None:
    repo.save_person(Person(name="Soren  Kierkegaard-Aero", company="Holm Advokater"))
    path = write_csv(tmp_path, "a.csv", "Name,Company,Email\nSøren Kierkegaard-Ærø,holm advokater,soren@holm.dk\n")
    report = run_import(repo, path)
    assert report.merged[0].detail.startswith("same name and company")
    assert repo.people_count == 1
    assert repo.people()[0].email == "soren@holm.dk"


def test_same_name_other_company_is_someone_else(repo, tmp_path: Path) -> None:
    repo.save_person(Person(name="Anna Jensen", company="Danske Bank", email="anna@danskebank.dk"))
    path = write_csv(tmp_path, "a.csv", "Name,Company,Email\nAnna Jensen,Novo Nordisk,anna@novo.dk\n")
    report = run_import(repo, path)
    assert len(report.added) == 1
    assert repo.people_count == 2


def test_name_only_row_meets_the_one_person_of_that_name(repo, tmp_path: Path) -> None:
    repo.save_person(Person(name="José García", company="García Consulting"))
    path = write_csv(tmp_path, "a.csv", "Name,Tags\nJose Garcia,meetup\n")
    report = run_import(repo, path)
    assert report.merged[0].detail.startswith("same name as José García")
    assert repo.people()[0].tags == ("meetup",)


def test_same_name_and_company_but_another_email_is_kept_apart_and_asked(repo, tmp_path: Path) -> None:
    stored = repo.save_person(Person(name="Zoë Müller", company="Müller GmbH", email="zoe@mueller.de"))
    path = write_csv(tmp_path, "a.csv", "Name,Company,Email\nZoë Müller,Müller GmbH,zoe.private@example.com\n")
    report = run_import(repo, path)
    assert [r.outcome for r in report.rows] == ["added"]
    (row,) = report.questions
    assert row.question == f"same name as Zoë Müller (#{stored.id}) but a different email: kept apart"
    assert "Same name, kept apart: check whether they are one person (1):" in str(report)
    assert sorted(p.email for p in repo.people()) == ["zoe.private@example.com", "zoe@mueller.de"]
    # importing the same file again changes nothing: the row now meets the person it added
    writes = repo.storage.writes
    again = run_import(repo, path)
    assert [r.outcome for r in again.rows] == ["unchanged"] and not again.questions
    assert repo.storage.writes == writes


def test_conflicting_second_email_of_someone_matched_by_phone_is_kept_and_reported(repo, tmp_path: Path) -> None:
    repo.save_person(Person(name="Zoë Müller", company="Müller GmbH", phone="+49 151 2345 6789"))
    path = write_csv(tmp_path, "a.csv", "Name,Phone,Email,Role\nZoë Müller,0049 151 23456789,zoe@mueller.de,CFO\n")
    report = run_import(repo, path)
    (person,) = repo.people()
    assert (person.phone, person.email, person.role) == ("+49 151 2345 6789", "zoe@mueller.de", "CFO")
    assert report.merged[0].detail.startswith("same phone as Zoë Müller")
    again = run_import(repo, path)
    assert [r.outcome for r in again.rows] == ["unchanged"]


def test_reimport_is_idempotent_with_zero_writes(repo) -> None:
    for name in ("eventbrite.csv", "luma.csv", "google_contacts.csv", "vcard30_apple_items.vcf"):
        run_import(repo, FIXTURES / name)
    count, writes = repo.people_count, repo.storage.writes
    snapshot = repo.people()
    for name in ("eventbrite.csv", "luma.csv", "google_contacts.csv", "vcard30_apple_items.vcf"):
        report = run_import(repo, FIXTURES / name)
        assert not report.added and not report.merged and report.unchanged
        assert not report.changed and not report.written
    assert repo.storage.writes == writes
    assert repo.people_count == count and repo.people() == snapshot


def test_two_rows_for_the_same_person_in_one_file_merge(repo, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "a.csv",
        "Name,Email,Phone,Strengths\n"
        "Åse Øberg,ase@oberg.dk,,design\n"
        "Åse Øberg,ASE@oberg.dk,20304050,branding\n"
        "Åse Øberg,ase@oberg.dk,,design\n",
    )
    report = run_import(repo, path)
    assert [r.outcome for r in report.rows] == ["added", "merged", "unchanged"]
    assert "(row 2)" in report.merged[0].detail
    (person,) = repo.people()
    assert person.phone == "20304050" and person.strengths == ("design", "branding")


def test_about_is_extended_not_replaced() -> None:
    stored = Person(name="Åse", about="Designer.", id=1)
    merged, changes, conflicts = merge_person(stored, Person(name="Åse", about="Likes sailing."))
    assert merged.about == "Designer.\n\nLikes sailing."
    assert changes == ["added to about"] and conflicts == []
    again, changes, _ = merge_person(merged, Person(name="Åse", about="likes  sailing."))
    assert again is merged and changes == []


def test_conflicting_extra_answer_is_numbered() -> None:
    stored = Person(name="Åse", extra=(("Dietary", "vegetarian"),), id=1)
    merged, _, conflicts = merge_person(stored, Person(name="Åse", extra=(("Dietary", "vegan"),)))
    assert merged.extra == (("Dietary", "vegetarian"), ("Dietary 2", "vegan"))
    assert "Dietary 2" in conflicts[0]


def test_distinct_merger_keeps_namesakes_apart() -> None:
    merger = Merger([Person(name="Anna Jensen", id=1)], distinct=True)
    first = merger.take(Incoming(Person(name="Anna Jensen"), "person 1"))
    second = merger.take(Incoming(Person(name="Anna Jensen"), "person 2"))
    assert first.person_id == 1 and first.outcome == "unchanged"
    assert second.outcome == "added" and second.person_id < 0


def test_dry_run_plans_without_writing(repo) -> None:
    before = repo.storage.writes
    report = run_import(repo, FIXTURES / "eventbrite.csv", dry_run=True, event_name="Maj-mødet")
    assert len(report.added) == 3 and report.changed and not report.written
    assert "would add 3" in report.summary()
    assert "created" in report.event
    assert repo.storage.writes == before
    assert repo.people_count == 0 and repo.events() == []


def test_real_import_is_one_write(repo) -> None:
    before = repo.storage.writes
    report = run_import(repo, FIXTURES / "linkedin_connections.csv", event_name="Maj-mødet")
    assert report.written
    assert repo.storage.writes - before == 1


def test_event_room_and_first_met(repo) -> None:
    stored = repo.save_person(Person(name="Åse Øberg", email="ase@oberg.dk", first_met_on="2020-01-01"))
    event = repo.save_event(Event(name="Netværksmøde maj", date="2024-05-16", attendees=()))
    report = run_import(repo, FIXTURES / "eventbrite.csv", event_name="netværksmøde MAJ")
    room = repo.event(event.id)
    assert len(room.person_ids) == 3 and stored.id in room.person_ids
    assert "3 put in its room, 0 already there; first met recorded for 3" in report.event
    people = {p.name: p for p in repo.people()}
    assert people["Åse Øberg"].first_met_on == "2020-01-01"  # kept
    assert people["Åse Øberg"].first_met_at == "Netværksmøde maj"  # was empty
    assert people["José García"].first_met_on == "2024-05-16"
    writes = repo.storage.writes
    again = run_import(repo, FIXTURES / "eventbrite.csv", event_name="Netværksmøde maj")
    assert "0 put in its room, 3 already there; first met recorded for 0" in again.event
    assert repo.storage.writes == writes


def test_event_is_created_when_missing(repo) -> None:
    report = run_import(repo, FIXTURES / "meetup.csv", event_name="Frokostklubben")
    (event,) = repo.events()
    assert event.name == "Frokostklubben" and len(event.person_ids) == 2
    assert "created" in report.event
    assert all(p.first_met_at == "Frokostklubben" and p.first_met_on for p in repo.people())


def test_a_failed_write_leaves_the_file_as_it_was(repo, db_path: Path) -> None:
    import pytest

    from netevent.storage.errors import StorageError

    repo.save_person(Person(name="Åse Øberg"))
    # another program changes the file after netevent read it: the import must not overwrite it
    changed = db_path.read_bytes().replace(b"\xc3\x85se", b"Aase")
    db_path.write_bytes(changed)
    with pytest.raises(StorageError, match="changed by another program"):
        run_import(repo, FIXTURES / "eventbrite.csv")
    assert db_path.read_bytes() == changed


def test_row_named_by_its_email_says_so(repo, tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a.csv", "Name,Email\n,solo@example.com\n")
    report = run_import(repo, path)
    assert report.added[0].name == "solo@example.com"
    assert "named by the email address" in report.added[0].detail


def test_company_names_compare_without_legal_forms_and_extra_words() -> None:
    from netevent.io.merge import same_company

    assert same_company("Müller GmbH", "muller gmbh, Hamburg")
    assert same_company("Øberg Design A/S", "Oberg Design")
    assert same_company("", "")
    assert not same_company("Danske Bank", "Novo Nordisk")
    assert not same_company("Holm Advokater", "")


def test_linkedin_row_without_email_meets_the_attendee(repo, tmp_path: Path) -> None:
    run_import(repo, FIXTURES / "luma.csv")  # Zoë Müller with an email, no company
    repo.save_person(replace_company(repo, "Zoë Müller", "Müller GmbH"))
    report = run_import(repo, FIXTURES / "linkedin_connections.csv")  # "Müller GmbH, Hamburg", no email
    zoe = [r for r in report.rows if r.name == "Zoë Müller"][0]
    assert zoe.outcome == "merged" and zoe.detail.startswith("same profile address")  # the LinkedIn URL
    assert sum(1 for p in repo.people() if p.name == "Zoë Müller") == 1


def replace_company(repo, name: str, company: str) -> Person:
    from dataclasses import replace

    (person,) = [p for p in repo.people() if p.name == name]
    return replace(person, company=company)
