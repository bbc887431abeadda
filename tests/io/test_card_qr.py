"""Your card: the vCard 3.0 other programs read, and its QR code read back as a phone camera would."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import vobject

from netevent.domain.models import Profile, ValidationError
from netevent.io import import_parsed, read_bytes
from netevent.io.profile_card import profile_vcard
from netevent.io.qr import MIN_BORDER, card_code, fit_code, half_block_lines, image_bytes

from ..helpers.qr import decode_blocks, decode_png

PIA = Profile(
    name="Pia Nørby",
    company="Nørby Revision; Co",
    role="Statsautoriseret revisor",
    phone="+45 12 34 56 78",
    email="pia@norby.dk",
    url="https://norby.dk/om,os",
    pitch="Jeg hjælper små virksomheder med moms, løn og årsregnskab,\nså de kan bruge tiden på kunderne.",
)


def test_the_card_is_vcard_3_that_vobject_reads_field_by_field() -> None:
    text = profile_vcard(PIA)
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and text.endswith("END:VCARD\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    card = vobject.readOne(text)
    assert card.fn.value == "Pia Nørby"
    assert (card.n.value.family, card.n.value.given) == ("Nørby", "Pia")
    assert card.org.value == ["Nørby Revision; Co"]
    assert card.title.value == "Statsautoriseret revisor"
    assert card.tel.value == "+45 12 34 56 78"
    assert card.email.value == "pia@norby.dk"
    assert card.url.value == "https://norby.dk/om,os"
    assert card.note.value == PIA.pitch


def test_the_card_round_trips_through_import(repo) -> None:
    report = import_parsed(repo, read_bytes(profile_vcard(PIA).encode(), "stdin"))
    assert len(report.added) == 1
    (pia,) = repo.people()
    assert (pia.name, pia.company, pia.role) == (PIA.name, PIA.company, PIA.role)
    assert (pia.phone, pia.email, pia.url, pia.about) == (PIA.phone, PIA.email, PIA.url, PIA.pitch)


def test_a_card_needs_your_name() -> None:
    with pytest.raises(ValidationError, match="your card needs your name"):
        profile_vcard(Profile(email="pia@norby.dk"))


def test_the_whole_card_drawn_in_half_blocks_decodes_to_that_vcard() -> None:
    code = card_code(PIA, columns=120, rows=40)
    assert code.left_out == ()
    lines = half_block_lines(code)
    assert len(lines) <= 40 and all(len(line) == code.width <= 120 for line in lines)
    assert decode_blocks(lines) == profile_vcard(PIA)


def test_at_80x24_the_code_fits_keeps_a_quiet_zone_and_says_what_it_left_out() -> None:
    code, beside = fit_code(PIA, 80, 23)
    lines = half_block_lines(code)
    assert beside and len(lines) <= 23 and code.width + 2 + 24 <= 80
    assert code.border >= MIN_BORDER
    assert set(lines[0]) == {"█"} and all(line[:MIN_BORDER] == "█" * MIN_BORDER for line in lines)
    assert code.left_out[0] == "pitch"
    text = decode_blocks(lines)
    assert text == profile_vcard(PIA, code.left_out)
    card = vobject.readOne(text)
    assert (card.fn.value, card.tel.value, card.email.value) == (PIA.name, PIA.phone, PIA.email)
    assert "note" not in card.contents


def test_a_window_too_small_for_any_code_says_how_big_it_must_be() -> None:
    with pytest.raises(ValidationError, match=r"needs \d+ columns and \d+ rows"):
        card_code(PIA, columns=30, rows=10)


def test_the_png_holds_the_whole_card_and_the_svg_is_the_same_code() -> None:
    text = profile_vcard(PIA)
    assert decode_png(image_bytes(text, "png")) == text
    svg = ET.fromstring(image_bytes(text, "svg"))
    size = card_code(PIA).width * 10  # ten pixels a module
    assert svg.tag.endswith("svg") and (svg.get("width"), svg.get("height")) == (str(size), str(size))
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        image_bytes(text, "gif")
