"""Reading vCard 2.1, 3.0 and 4.0 files, and skipping a broken card without losing the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.io import ImportFailed, read_file, run_import
from netevent.io.vcard_parse import split_cards, split_escaped

from ..helpers.common import by_name, read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def test_vcard21_quoted_printable_with_charset_and_soft_line_breaks() -> None:
    parsed = read_file(FIXTURES / "vcard21_qp.vcf")
    people = by_name(parsed)
    zoe = people["Zoë Müller"]
    assert zoe.source == "line 1"
    assert zoe.person.company == "Müller GmbH"
    assert zoe.person.phone == "+49 151 2345 6789"  # TEL;CELL;PREF first
    assert dict(zoe.person.extra) == {"Phone 2": "+49 40 123456"}
    assert zoe.person.about == "Mødte hende på konferencen i Århus.\nVil gerne høre mere om eksport til Tyskland."
    soren = people["Søren Kierkegaard-Ærø"]  # ISO-8859-1 quoted-printable
    assert soren.source == "line 13"
    assert soren.person.email == "soren@holm-advokater.dk"
    assert "2.1" in parsed.format


def test_vcard30_apple_grouped_items_folding_and_escapes() -> None:
    people = by_name(read_file(FIXTURES / "vcard30_apple_items.vcf"))
    ase = people["Åse Øberg"].person
    assert ase.email == "ase@oberg.dk"  # type=pref
    assert ase.phone == "+45 20 30 40 50"
    assert ase.url == "https://oberg.dk"
    assert ase.company == "Øberg Design"
    extra = dict(ase.extra)
    assert extra["Email 2"] == "ase.private@example.com"
    assert extra["Department"] == "Strategi"
    assert extra["URL 2"] == "http://www.linkedin.com/in/aseoberg"
    assert ase.tags == ("Design", "Kunder")
    assert ase.about == (
        "Designer med fokus på, branding\nog emballage. Kender alle i Århus designmiljø og har en lang "
        "note der foldes over flere linjer."
    )
    jose = people["José García"]
    assert jose.source == "line 21"
    assert (jose.person.email, jose.person.phone, jose.person.company) == (
        "jose@garcia.es",
        "+34 600 123 456",
        "García Consulting",
    )


def test_vcard40_expertise_interest_hobby_and_own_properties() -> None:
    people = by_name(read_file(FIXTURES / "vcard40_expertise.vcf"))
    jose = people["José García"].person
    assert jose.email == "jose@garcia.es"  # PREF=1 beats the first EMAIL
    assert dict(jose.extra) == {"Email 2": "pepe@example.es", "Dietary": "no nuts"}
    assert jose.phone == "+34-600-123-456"  # tel: URI
    assert jose.strengths == ("Spanish market entry", "export financing, trade credit")
    assert jose.interests == ("flamenco", "sailing")
    assert jose.needs == ("Danish distributors",)
    assert people["Zoë Müller"].person.strengths == ("IFRS",)


def test_broken_card_in_the_middle_is_skipped_with_its_line_and_the_rest_import(repo) -> None:
    parsed = read_file(FIXTURES / "broken_middle.vcf")
    assert [i.person.name for i in parsed.incoming] == ["Søren Kierkegaard-Ærø", "Åse Øberg", "Zoë Müller"]
    skipped = {s.source: s for s in parsed.skipped}
    assert set(skipped) == {"line 6", "line 17"}
    assert skipped["line 6"].name == "Broken Bent"
    assert "line 9" in skipped["line 6"].reason and "not a vCard property" in skipped["line 6"].reason
    assert "no END:VCARD" in skipped["line 17"].reason
    assert any("line 6" in e for e in parsed.errors)
    report = run_import(repo, FIXTURES / "broken_middle.vcf")
    assert len(report.added) == 3 and len(report.skipped) == 2
    assert repo.people_count == 3


def test_card_without_any_name_is_skipped(tmp_path: Path) -> None:
    cards = "BEGIN:VCARD\nVERSION:3.0\nORG:Nameless\nEND:VCARD\nBEGIN:VCARD\nFN:Åse\nEND:VCARD\n"
    parsed = read_text(tmp_path, "x.vcf", cards)
    assert [i.person.name for i in parsed.incoming] == ["Åse"]
    assert parsed.skipped[0].source == "line 1" and "no name" in parsed.skipped[0].reason


def test_only_broken_cards_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"line 1: broken card: line 3: 'not a property'"):
        read_text(tmp_path, "x.vcf", "BEGIN:VCARD\nVERSION:3.0\nnot a property\nEND:VCARD\n")


def test_a_file_that_ends_inside_a_card_is_refused_as_cut_off(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Whole\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Half\n"
    with pytest.raises(ImportFailed, match=r"x.vcf line 5: the file ends inside the card that starts here"):
        read_text(tmp_path, "x.vcf", text)


def test_n_only_card_and_escapes() -> None:
    cards, warnings = split_cards(
        "junk before\nBEGIN:VCARD\nN:Kierkegaard-Ærø;Søren;;;\nNOTE:a\\;b\\,c\\\\d\\nnext\nEND:VCARD\n"
    )
    assert warnings and "line 1" in warnings[0]
    (card,) = cards
    assert card.start == 2 and not card.error
    note = [p for p in card.props if p.name == "NOTE"][0]
    assert split_escaped(note.value, ";") == ["a;b,c\\d\nnext"]


def test_quoted_parameter_values_with_colons(tmp_path: Path) -> None:
    card = 'BEGIN:VCARD\nVERSION:4.0\nFN:Zoë Müller\nEMAIL;X-LABEL="work: main":zoe@mueller.de\nEND:VCARD\n'
    parsed = read_text(tmp_path, "q.vcf", card)
    assert parsed.incoming[0].person.email == "zoe@mueller.de"


def test_unindented_photo_lines_do_not_break_the_card(tmp_path: Path) -> None:
    parsed = read_text(
        tmp_path,
        "photo.vcf",
        "BEGIN:VCARD\nVERSION:2.1\nFN:Åse Øberg\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\n"
        "2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR\n\nEMAIL:ase@oberg.dk\nEND:VCARD\n",
    )
    assert not parsed.skipped
    assert parsed.incoming[0].person.email == "ase@oberg.dk"
