"""Reading CSV attendee lists and contact exports: shapes, aliases, encodings, delimiters, skips."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.io import ImportFailed, read_file, run_import
from netevent.io.csv_import import parse_csv
from netevent.io.detect import decode

from ..helpers.common import by_name, read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def test_eventbrite_skips_refunded_and_maps_questions() -> None:
    parsed = read_file(FIXTURES / "eventbrite.csv")
    people = by_name(parsed)
    assert set(people) == {"Søren Kierkegaard-Ærø", "Åse Øberg", "José García"}
    assert [(s.source, s.name, s.reason) for s in parsed.skipped] == [
        ("row 4", "Zoë Müller", 'Attendee Status is "Refunded"')
    ]
    soren = people["Søren Kierkegaard-Ærø"].person
    assert soren.role == "Partner" and soren.company == "Holm Advokater"
    assert soren.strengths == ("tax law", "M&A")
    assert soren.needs == ("export to Germany", "a good bookkeeper")
    ase = people["Åse Øberg"].person
    assert ase.strengths == ("branding", "packaging design")  # no `;`: commas split a list cell
    assert dict(ase.extra) == {"Dietary requirements": "vegetarian"}
    # bookkeeping columns (order, barcode, fees, buyer) are not kept
    assert not any("Order" in label or "Buyer" in label for label, _ in soren.extra)
    assert people["José García"].source == "row 5"
    assert "Eventbrite" in parsed.format


def test_luma_skips_declined_and_rejected_and_keeps_questions_after_ticket_name() -> None:
    parsed = read_file(FIXTURES / "luma.csv")
    people = by_name(parsed)
    assert set(people) == {"Zoë Müller", "Lars Holm"}
    assert {s.name: s.reason for s in parsed.skipped} == {
        "Åse Øberg": 'approval_status is "declined"',
        "Mette Frost": 'approval_status is "rejected"',
    }
    zoe = people["Zoë Müller"].person
    assert zoe.phone == "+49 151 2345 6789"
    assert zoe.url == "https://linkedin.com/in/zoemueller"
    assert zoe.needs == ("hiring a controller",)
    assert zoe.strengths == ("finance", "IFRS")
    assert dict(zoe.extra) == {"How did you hear about us?": "a friend"}  # no api_id, amounts, wallets


def test_meetup_skips_rsvp_no_and_keeps_group_title_as_extra() -> None:
    parsed = read_file(FIXTURES / "meetup.csv")
    people = by_name(parsed)
    assert set(people) == {"Søren Kierkegaard-Ærø", "José García"}  # waitlist is kept
    assert parsed.skipped[0].source == "row 3" and parsed.skipped[0].reason == 'RSVP is "No"'
    soren = people["Søren Kierkegaard-Ærø"].person
    assert soren.role == ""
    assert soren.url == "https://www.meetup.com/members/11111111/"
    assert dict(soren.extra) == {"Title": "Organizer", "What brings you to the group?": "Meeting founders"}


def test_linkedin_preamble_is_skipped_and_rows_numbered_as_a_spreadsheet_shows() -> None:
    parsed = read_file(FIXTURES / "linkedin_connections.csv")
    assert [i.source for i in parsed.incoming] == ["row 5", "row 6", "row 7"]
    people = by_name(parsed)
    soren = people["Søren Kierkegaard-Ærø"].person
    assert soren.url.endswith("/soren-kierkegaard-aero")
    assert soren.first_met_on == "2024-01-15"  # "15 Jan 2024"
    assert people["Zoë Müller"].person.company == "Müller GmbH, Hamburg"
    assert "LinkedIn" in parsed.format


def test_google_contacts_old_format() -> None:
    parsed = read_file(FIXTURES / "google_contacts.csv")
    people = by_name(parsed)
    jose = people["José García"].person
    assert jose.email == "jose@garcia.es"
    assert dict(jose.extra)["Email 2"] == "pepe@example.es"
    assert jose.tags == ("Kunder", "VIP")  # "* myContacts" is a system group
    assert jose.interests == ("sailing",)
    assert jose.company == "García Consulting" and jose.role == "Director"
    assert jose.about == "Met at the Madrid fair.\nWants Danish partners."
    assert jose.url == "https://garcia.es"
    assert dict(jose.extra)["Nickname"] == "Pepe"
    ase = people["Åse Øberg"].person  # no Name column value: given + family
    assert ase.email == "ase@oberg.dk" and dict(ase.extra)["Email 2"] == "ase.private@example.com"
    assert ase.tags == ()


def test_google_contacts_new_format_inline(tmp_path: Path) -> None:
    parsed = read_text(
        tmp_path,
        "contacts.csv",
        "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Organization Name,"
        "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,"
        "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
        "Zoë,,Müller,,,,Müller GmbH,CFO,,,,,* myContacts ::: Partners,Work,zoe@mueller.de,Mobile,+49 151 2345\n",
    )
    person = parsed.incoming[0].person
    assert (person.name, person.company, person.role) == ("Zoë Müller", "Müller GmbH", "CFO")
    assert (person.email, person.phone, person.tags) == ("zoe@mueller.de", "+49 151 2345", ("Partners",))
    assert person.extra == ()


def test_own_columns_in_any_order_and_case() -> None:
    parsed = read_file(FIXTURES / "own-columns.csv")
    people = by_name(parsed)
    soren = people["Søren Kierkegaard-Ærø"].person
    assert soren.email == "soren@holm-advokater.dk"
    assert soren.tags == ("jura", "netværk")
    assert soren.interests == ("philosophy",)
    assert soren.about == "Knows everyone in Aarhus.\nPrefers mornings."
    assert (soren.first_met_on, soren.first_met_at) == ("2024-05-16", "Netværksmøde maj")
    assert people["Åse Øberg"].person.first_met_on == "2024-05-16"  # 16.05.2024


def test_cp1252_semicolon_file_with_danish_headers() -> None:
    raw = (
        "Navn;Firma;E-mail;Kompetencer;Behov\r\n"
        "Søren Kierkegaard-Ærø;Holm Advokater;soren@holm-advokater.dk;skatteret, M&A;eksport\r\n"
    ).encode("cp1252")
    text = decode(raw, "liste.csv")
    assert text.encoding == "Windows-1252"
    parsed = parse_csv(text, "liste.csv", text.encoding)
    person = parsed.incoming[0].person
    assert person.name == "Søren Kierkegaard-Ærø"
    assert person.strengths == ("skatteret", "M&A")
    assert person.needs == ("eksport",)
    assert "semicolon" in parsed.format and "Windows-1252" in parsed.format


def test_committed_cp1252_fixture_reads_danish_letters() -> None:
    parsed = read_file(FIXTURES / "cp1252_semicolon.csv")
    people = by_name(parsed)
    assert set(people) == {"Søren Kierkegaard-Ærø", "Åse Øberg", "Zoë Müller"}
    soren = people["Søren Kierkegaard-Ærø"].person
    assert soren.strengths == ("skatteret", "forhandling")  # "Kompetencer" and "Styrker"
    assert soren.phone == "0045 12 34 56 78"


def test_utf8_bom_tab_delimited() -> None:
    raw = (FIXTURES / "bom_tab.tsv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    parsed = read_file(FIXTURES / "bom_tab.tsv")
    zoe = by_name(parsed)["Zoë Müller"].person
    assert zoe.strengths == ("finance", "IFRS")
    assert zoe.needs == ("a controller",)
    assert zoe.tags == ("DE", "finance")
    assert "tab" in parsed.format


def test_utf16_spreadsheet_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Name\tEmail\r\nÅse Øberg\tase@oberg.dk\r\n".encode("utf-16"))
    person = read_file(path).incoming[0].person
    assert (person.name, person.email) == ("Åse Øberg", "ase@oberg.dk")


@pytest.mark.parametrize(
    "header, field",
    [
        ("Full Name", "name"),
        ("E-mail Address", "email"),
        ("Mobile Phone", "phone"),
        ("Organisation", "company"),
        ("Stilling", "role"),
        ("Hjemmeside", "url"),
        ("Expertise", "strengths"),
        ("What I can help with", "strengths"),
        ("Looking for", "needs"),
        ("Asks", "needs"),
        ("Søger", "needs"),
        ("Categories", "tags"),
        ("Hobbies", "interests"),
    ],
)
def test_header_aliases(tmp_path: Path, header: str, field: str) -> None:
    path = tmp_path / "aliases.csv"
    name_col = "" if field == "name" else "Name,"
    name_val = "" if field == "name" else "Åse Øberg,"
    value = "Åse Øberg" if field == "name" else "x@y.dk" if field == "email" else "value one"
    path.write_text(f"{name_col}{header}\n{name_val}{value}\n", encoding="utf-8")
    person = read_file(path).incoming[0].person
    got = getattr(person, field)
    assert got == value or got == (value,)


def test_rows_without_a_name_fall_back_to_email_or_are_skipped(tmp_path: Path) -> None:
    parsed = read_text(
        tmp_path, "people.csv", "Name,Email,Company\nÅse Øberg,,\n,solo@example.com,\n,,Lonely Corp\n,,\n"
    )
    assert [i.person.name for i in parsed.incoming] == ["Åse Øberg", "solo@example.com"]
    assert [(s.source, s.reason) for s in parsed.skipped] == [("row 4", "no name or email")]


def test_formula_apostrophe_and_extra_cells_are_kept(tmp_path: Path) -> None:
    person = read_text(tmp_path, "people.csv", "Name,Phone\nÅse Øberg,'+45 20 30 40 50,surplus\n").incoming[0].person
    assert person.phone == "+45 20 30 40 50"
    assert dict(person.extra) == {"Column 3": "surplus"}


def test_unparseable_date_is_kept_as_extra_not_lost(tmp_path: Path) -> None:
    item = read_text(tmp_path, "people.csv", "Name,Met on\nÅse Øberg,last spring\n").incoming[0]
    assert item.person.first_met_on == ""
    assert dict(item.person.extra) == {"Met on": "last spring"}
    assert "not a date" in item.remarks[0]


def test_no_name_column_names_the_columns_found(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as error:
        read_text(tmp_path, "orders.csv", "Order #,Amount,Currency\n1,100,DKK\n")
    message = str(error.value)
    assert "row 1: no name column" in message
    assert "'Order #', 'Amount', 'Currency'" in message


def test_unclosed_quote_is_reported_with_its_row(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"row 3: a quoted cell is never closed"):
        read_text(tmp_path, "broken.csv", 'Name,About\nÅse Øberg,fine\nZoë Müller,"never closed\nJosé García,lost\n')


def test_all_rows_skipped_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"all 2 entries were skipped \(first: row 2: Attendee Status"):
        read_text(tmp_path, "refunds.csv", "Name,Attendee Status\nÅse Øberg,Refunded\nZoë Müller,Cancelled\n")


def test_run_import_reports_every_row(repo) -> None:
    report = run_import(repo, FIXTURES / "eventbrite.csv")
    assert [r.source for r in report.added] == ["row 2", "row 3", "row 5"]
    assert [(r.source, r.detail) for r in report.skipped] == [("row 4", 'Attendee Status is "Refunded"')]
    text = str(report)
    assert "added 3, merged 0, unchanged 0, skipped 1" in text
    assert 'row 4: Zoë Müller — Attendee Status is "Refunded"' in text
    assert repo.people_count == 3


def test_file_pasted_together_from_utf8_and_cp1252_keeps_both(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("Name\nSøren Kierkegaard-Ærø\n".encode() + "Åse Øberg\n".encode("cp1252"))
    parsed = read_file(path)
    assert [i.person.name for i in parsed.incoming] == ["Søren Kierkegaard-Ærø", "Åse Øberg"]
    assert "mixed" in parsed.format


def test_spreadsheet_file_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 20)
    with pytest.raises(
        ImportFailed, match=r"is a zip file \(an Excel .xlsx or Numbers file\?\).*save or export it as CSV"
    ):
        read_file(path)


def test_outlook_title_is_not_the_job_title(tmp_path: Path) -> None:
    parsed = read_text(
        tmp_path,
        "outlook.csv",
        "Title,First Name,Last Name,Company,Job Title,E-mail Address,E-mail 2 Address,Mobile Phone,Categories\n"
        "Dr.,Zoë,Müller,Müller GmbH,CFO,zoe@mueller.de,zoe@privat.de,+49 151 2345,Partners;Finance\n",
    )
    person = parsed.incoming[0].person
    assert person.role == "CFO"
    assert dict(person.extra) == {"Title": "Dr.", "Email 2": "zoe@privat.de"}
    assert person.tags == ("Partners", "Finance")


def test_a_plain_status_column_is_kept_unless_it_cancels(tmp_path: Path) -> None:
    parsed = read_text(tmp_path, "crm.csv", "Name,Status\nÅse Øberg,Customer\nZoë Müller,Afmeldt\n")
    assert dict(parsed.incoming[0].person.extra) == {"Status": "Customer"}
    assert parsed.skipped[0].reason == 'Status is "Afmeldt"'


def test_several_emails_typed_in_one_cell(tmp_path: Path) -> None:
    parsed = read_text(tmp_path, "people.csv", 'Name,Email\nÅse Øberg,"ase@oberg.dk; ase.private@example.com"\n')
    person = parsed.incoming[0].person
    assert person.email == "ase@oberg.dk"
    assert dict(person.extra) == {"Email 2": "ase.private@example.com"}
