"""Real exports (tests/fixtures/import/real, origins in its README): one test per kind of defect seen on them.

Each test names the exact people and fields that come out, so a wrong
letter, a lost detail or two people fused into one fails it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.domain.models import Person
from netevent.io import ImportFailed, read_file, run_import

from ..helpers.common import by_name, read_text

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "real"


def people(name: str) -> dict[str, Person]:
    return {item.person.name: item.person for item in read_file(REAL / name).incoming}


# 1. Google's and Android's own groups are not tags --------------------------------------------------


def test_google_and_android_system_groups_are_not_tags() -> None:
    google = people("google_contacts_groups.vcf")
    assert google["Ida Kristensen"].tags == ("Kunder",)  # CATEGORIES:myContacts,starred,Kunder
    assert google["Bo Andersen"].tags == ()  # CATEGORIES:myContacts
    android = people("android_qp_soft_break.vcf")
    assert android["Mette Sørensen"].tags == ()  # My Contacts, Starred in Android
    assert all(not p.tags for p in people("cardme_android.vcf").values())  # CATEGORIES:My Contacts


# 2. Namesakes with another profile address, email or phone are kept apart ----------------------------


def test_two_linkedin_members_of_the_same_name_are_not_fused(repo) -> None:
    report = run_import(repo, REAL / "linkedin_connections_2024.csv")
    hills = sorted(p.url for p in repo.people() if p.name == "Alison Hill")
    assert hills == ["https://www.linkedin.com/in/alison-hill-4a1b2c3", "https://www.linkedin.com/in/alisonhill"]
    (row,) = report.questions
    assert (row.source, row.question) == (
        "row 7",
        "same name as Alison Hill (row 5) but a different profile address: kept apart",
    )
    assert len(report.added) == 6 and repo.people_count == 6


def test_the_same_member_with_an_email_later_is_merged_by_the_profile_address(repo, tmp_path: Path) -> None:
    run_import(repo, REAL / "linkedin_connections_2024.csv")
    later = tmp_path / "later.csv"
    later.write_text(
        "First Name,Last Name,URL,Email Address\nAlison,Hill,https://linkedin.com/in/alisonhill/,alison@hill.example\n",
        encoding="utf-8",
    )
    report = run_import(repo, later)
    assert report.merged[0].detail.startswith("same profile address as Alison Hill")
    assert sorted(p.email for p in repo.people() if p.name == "Alison Hill") == ["", "alison@hill.example"]


def test_namesakes_with_different_phone_numbers_are_kept_apart(repo, tmp_path: Path) -> None:
    repo.save_person(Person(name="Anna Jensen", phone="+45 20 30 40 50"))
    path = tmp_path / "a.csv"
    path.write_text("Name,Phone\nAnna Jensen,21 22 23 24\nAnna Jensen,20304050\n", encoding="utf-8")
    report = run_import(repo, path)
    assert [r.outcome for r in report.rows] == ["added", "unchanged"]
    assert "a different phone number" in report.rows[0].question
    assert sorted(p.phone for p in repo.people()) == ["+45 20 30 40 50", "21 22 23 24"]


# 3. Android quoted-printable ending in a soft break --------------------------------------------------


def test_android_quoted_printable_ending_in_a_soft_break_keeps_the_next_line() -> None:
    parsed = read_file(REAL / "android_qp_soft_break.vcf")
    jovan = by_name(parsed)["Jovan Petrović"].person  # not "Jovan PetrovićTEL;CELL:0995552188"
    assert (jovan.phone, jovan.email) == ("099 555 2188", "jovan@petrovic.rs")
    assert jovan.extra == (("Phone 2", "+381 11 555 0142"),)
    mette = by_name(parsed)["Mette Sørensen"].person  # a real soft break inside the note still joins
    assert mette.about == "Mødt på messen i Herning, vil høre mere om eksport til Norge."
    assert [i.person.name for i in parsed.incoming] == ["Jovan Petrović", "Mette Sørensen", "+45 31 41 59 26"]


def test_android_multi_line_quoted_printable_values() -> None:
    android = read_file(REAL / "cardme_android.vcf")
    assert [i.person.name for i in android.incoming] == [
        "john.doe@company.com",
        "jane.doe@company.com",
        "Ñ Ñ Ñ Ñ Ñ",
        "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ",
        "Ñ Ñ Ñ Ñ",
        "ÑÑÑÑ",
    ]
    long = android.incoming[3].person
    assert long.phone == "123456"
    assert dict(long.extra) == {"Phone 2": "234567", "Phone 3": "3456789", "Phone 4": "45678901"}


# 4. Wrong letters: Mac Roman, double-encoded UTF-8, Windows-1250, UTF-16 without a BOM ----------------


def test_excel_for_mac_roman_csv_reads_danish_and_german_letters() -> None:
    parsed = read_file(REAL / "excel_mac_roman.csv")
    assert "Mac Roman" in parsed.format
    got = {p.name: (p.company, p.strengths) for p in (i.person for i in parsed.incoming)}
    assert got == {
        "Søren Ærø": ("Østergaard VVS", ("rør", "varme")),
        "Åse Øberg": ("Blå Design ApS", ("grafik",)),
        "Jürgen Weiß": ("Bäckerei Größ GmbH", ("brød",)),
    }


def test_letters_mis_read_by_excel_and_saved_again_are_repaired() -> None:
    parsed = read_file(REAL / "excel_double_encoded.csv")
    assert [(p.name, p.company) for p in (i.person for i in parsed.incoming)] == [
        ("Siobhán O’Brien", "Dublin Partners"),
        ("Hélène Poché", "Poché & Fils"),
        ("Åse Øberg", "Øberg Design"),
    ]
    assert parsed.warnings == (
        "letters on 3 lines had been mis-read by another program and were repaired (SiobhÃ¡n → Siobhán)",
    )


def test_central_european_code_page_is_not_read_as_western() -> None:
    parsed = read_file(REAL / "excel_windows_1250.csv")
    assert "Windows-1250" in parsed.format
    assert [(p.name, p.company) for p in (i.person for i in parsed.incoming)] == [
        ("Jan Iksiński", "Łódź Sp. z o.o."),
        ("Paweł Żółkiewski", "Kraków Consulting"),
        ("Zofia Wróbel", "Ścisła Księgowość"),
    ]


def test_utf16_without_a_byte_order_mark_is_text_not_binary() -> None:
    parsed = read_file(REAL / "address_book_utf16_no_bom.txt")
    assert "UTF-16 without a byte-order mark" in parsed.format
    assert [(p.name, p.email, p.company) for p in (i.person for i in parsed.incoming)] == [
        ("Åse Øberg", "ase@oberg.dk", "Øberg Design"),
        ("Zoë Müller", "zoe@mueller.de", "Müller GmbH"),
    ]


def test_danish_windows_1252_is_still_read_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes("Navn;Firma\r\nJørgen Bæk;Fællesbageriet\r\nÅse Ærø;Blå Hus\r\n".encode("cp1252"))
    parsed = read_file(path)
    assert "Windows-1252" in parsed.format
    assert [(i.person.name, i.person.company) for i in parsed.incoming] == [
        ("Jørgen Bæk", "Fællesbageriet"),
        ("Åse Ærø", "Blå Hus"),
    ]


# 5. A file cut off mid-row or mid-card is refused ------------------------------------------------------


def test_a_download_cut_off_mid_row_is_refused(repo) -> None:
    with pytest.raises(ImportFailed) as error:
        run_import(repo, REAL / "eventbrite_cut_off.csv")
    assert str(error.value).endswith(
        "eventbrite_cut_off.csv row 4: the file ends in the middle of this row (5 of 9 columns, no line end): "
        "it looks cut off, so nothing was imported; download or export it again"
    )
    assert repo.people_count == 0


def test_a_vcard_cut_off_mid_card_is_refused(tmp_path: Path) -> None:
    text = (REAL / "cardme_evolution.vcf").read_text(encoding="utf-8")
    cut = text[: text.index("END:VCARD")]
    with pytest.raises(ImportFailed, match=r"line 1: the file ends inside the card that starts here"):
        read_text(tmp_path, "cut.vcf", cut)


def test_a_file_without_a_final_line_end_is_not_taken_for_cut_off(tmp_path: Path) -> None:
    parsed = read_text(tmp_path, "whole.csv", "Name,Email\nÅse Øberg,ase@oberg.dk\nZoë Müller,zoe@mueller.de")
    assert [i.person.email for i in parsed.incoming] == ["ase@oberg.dk", "zoe@mueller.de"]


# 6. Dates and columns -----------------------------------------------------------------------------


def test_linkedin_2018_dates_with_a_time_and_the_month_first() -> None:
    got = {p.name: p.first_met_on for p in people("linkedin_connections_2018.csv").values()}
    assert got == {
        "Claus Bergholt": "2018-01-08",  # "1/8/18, 6:14 PM" is January 8
        "Priyanka Bose": "2017-11-11",
        "Nguyễn Xuân Chính": "2018-07-29",
        "Meekha E . Saji": "2018-07-10",
        "Yugam Parashar": "2018-08-18",
        "Diksha Arora": "2015-07-28",
    }
    assert people("linkedin_connections_2018.csv")["Yugam Parashar"].extra == (
        ("Email Address", "urn:li:member:600000001"),
    )


def test_linkedin_imported_contacts_phone_numbers_column() -> None:
    parsed = read_file(REAL / "linkedin_imported_contacts_2018.csv")
    assert "LinkedIn imported contacts" in parsed.format
    got = [(i.person.name, i.person.phone, i.person.email, i.person.extra) for i in parsed.incoming]
    assert got == [
        ("Rajeev Mathiesen", "+4520304050", "", ()),
        ("Bo", "+4524191290", "", ()),  # "+4524191290, +45 24 19 12 90": one number, written twice
        ("Oliebird Octopus", "1 323-335-5555", "", ()),
        ("solo@example.com", "", "solo@example.com", ()),
        ("Mama", "24191290", "", ()),
    ]
    assert parsed.not_kept == ("columns: Created At",)


def test_thunderbird_secondary_email_display_name_and_line_breaks_in_cells() -> None:
    tb = people("thunderbird.csv")
    katrine = tb["Katrine Hjort"]
    assert (katrine.email, katrine.phone) == ("katrine@hjort-advokat.dk", "+45 33 12 34 56")
    assert dict(katrine.extra) == {
        "Email 2": "katrine.hjort@gmail.com",  # Secondary Email
        "Phone 2": "+45 28 11 22 33",
        "Custom 1": "Mødes helst\nkl. 9",  # the CR of the CRLF inside the quoted cell is gone
    }
    assert katrine.about == "Selskabsret.\nKender alle i Aarhus."
    lars = tb["Lasse fra Holm Revision"]  # Display Name, with First and Last Name kept, not dropped
    assert dict(lars.extra) == {"Nickname": "Lasse", "First Name": "Lars", "Last Name": "Holm"}
    assert tb["Ejendomsmægler Nord"].email == "info@maegler-nord.dk"


# 7. The same number in two spellings is one number --------------------------------------------------


def test_a_second_export_of_the_same_person_adds_no_number_twice(repo, tmp_path: Path) -> None:
    run_import(repo, REAL / "thunderbird.csv")
    again = tmp_path / "phone-export.csv"
    again.write_text(
        "Name,Email,Phone 1 - Value,Phone 2 - Value,Phone 3 - Value\n"
        "Katrine Hjort,katrine@hjort-advokat.dk,33123456,0045 28 11 22 33,+45 70 10 20 30\n",
        encoding="utf-8",
    )
    report = run_import(repo, again)
    (katrine,) = [p for p in repo.people() if p.name == "Katrine Hjort"]
    assert katrine.phone == "+45 33 12 34 56"
    assert [(k, v) for k, v in katrine.extra if k.startswith("Phone")] == [
        ("Phone 2", "+45 28 11 22 33"),
        ("Phone 3", "+45 70 10 20 30"),  # not "Phone 2 2", and no number stored twice
    ]
    assert report.merged[0].detail == "same email as Katrine Hjort; added Phone 3"


def test_one_number_in_another_spelling_meets_the_person_it_belongs_to(repo) -> None:
    run_import(repo, REAL / "linkedin_imported_contacts_2018.csv")
    bo = [p for p in repo.people() if p.name == "Bo"][0]
    assert dict(bo.extra) == {"Name 2": "Mama"}  # 24191290 is +45 24 19 12 90
    assert repo.people_count == 4


# 8. Card details kept as extras, and what cannot be kept is named --------------------------------------


def test_im_handles_relations_and_anniversaries_are_kept() -> None:
    evolution = people("cardme_evolution.vcf")["Mr. John Richter, James Doe Sr."]
    extra = dict(evolution.extra)
    assert {k: extra[k] for k in ("AIM", "Spouse", "Manager", "Assistant", "Anniversary")} == {
        "AIM": "johnny5@aol.com",
        "Spouse": "Maria",
        "Manager": "Big Blue",
        "Assistant": "Little Red",
        "Anniversary": "1980-03-22",
    }
    outlook = dict(people("cardme_ms_outlook.vcf")["Mr. John Richter James Doe Sr."].extra)
    assert (outlook["IM"], outlook["Manager"], outlook["Assistant"]) == ("johny5@aol.com", "Big Blue", "Jenny")
    gmail = dict(people("ezvcard_gmail_single2.vcf")["VCard Test"].extra)
    assert {k: gmail[k] for k in ("Google Talk", "Skype", "Anniversary", "Spouse", "Referred by")} == {
        "Google Talk": "IM2",
        "Skype": "IM5",
        "Anniversary": "1930-03-20",
        "Spouse": "Name2",
        "Referred by": "Name13",
    }


def test_a_second_org_apple_labels_and_escaped_quotes() -> None:
    full = dict(people("ezvcard_fullcontact.vcf")["Prefix FirstName MiddleName LastName Suffix"].extra)
    assert (full["Company 2"], full["Department 2"], full["Manager"]) == ("Organization2", "Department2", "Manager")
    ida = people("google_contacts_groups.vcf")["Ida Kristensen"]
    assert ida.about == 'Siger "ja tak" til kaffe.'  # \" in the card, no backslash left
    assert dict(ida.extra) == {"Skype": "ida.kristensen", "Anniversary": "2019-06-01"}
    gmail = people("cardme_gmail.vcf")["Mr. John Richter, James Doe Sr."]
    assert '"AS IS"' in gmail.about and "\\" not in gmail.about
    assert (dict(gmail.extra)["Anniversary"], dict(gmail.extra)["Spouse"]) == ("1975-03-01", "Jenny")


def test_photos_and_keys_are_named_in_the_report(repo) -> None:
    report = run_import(repo, REAL / "ezvcard_outlook_2007.vcf")
    assert report.not_kept == ("public key in 1 card (line 1)", "photo in 1 card (line 1)")
    text = str(report)
    assert "Not kept (netevent has no place for these):\n  public key in 1 card (line 1)\n  photo in 1 card" in text


def test_nameless_cards_are_named_by_their_email_or_their_phone() -> None:
    parsed = read_file(REAL / "android_qp_soft_break.vcf")
    nameless = parsed.incoming[2]
    assert (nameless.person.name, nameless.person.phone) == ("+45 31 41 59 26", "+45 31 41 59 26")
    assert nameless.remarks == ("no name given: named by the phone number",)
    assert not parsed.skipped


# 9. What a person has in hand in the room: stdin, MECARD, "Name <email>" --------------------------------


def test_a_mecard_from_a_qr_scanner() -> None:
    from netevent.io import read_bytes

    parsed = read_bytes("MECARD:N:Nørby,Pia;TEL:+4512345678;EMAIL:pia@norby.dk;;".encode(), "stdin")
    (pia,) = [i.person for i in parsed.incoming]
    assert (pia.name, pia.phone, pia.email) == ("Pia Nørby", "+4512345678", "pia@norby.dk")
    escaped = read_bytes(rb"MECARD:N:Holm\, jr.,Lars;ORG:Holm\;Co;NOTE:Revisor\: skat;;", "stdin")
    lars = escaped.incoming[0].person
    assert (lars.name, lars.company, lars.about) == ("Lars Holm, jr.", "Holm;Co", "Revisor: skat")


def test_reimporting_every_real_file_changes_nothing(repo) -> None:
    files = sorted(p for p in REAL.iterdir() if p.suffix in (".vcf", ".csv", ".txt") and "cut_off" not in p.name)
    for path in files:
        run_import(repo, path)
    writes, snapshot = repo.storage.writes, repo.people()
    for path in files:
        report = run_import(repo, path)
        assert not report.changed, (path.name, [r for r in report.rows if r.outcome != "unchanged"])
    assert repo.storage.writes == writes and repo.people() == snapshot
