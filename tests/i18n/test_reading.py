"""One way to read an amount, a duration and a date, in Danish and in English."""

from __future__ import annotations

import pytest

from netevent.domain.dates import read_date
from netevent.domain.figures import parse_amount, parse_minutes
from netevent.domain.models import ValidationError
from netevent.i18n import format_amount, format_date_field, set_language

TODAY = "2026-12-01"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1500", 1500.0),
        ("1.500", 1500.0),
        ("1.500 kr", 1500.0),
        ("1.500,00 kr", 1500.0),
        ("1.500,- kr", 1500.0),
        ("kr. 1.500", 1500.0),
        ("1 500", 1500.0),
        ("12,5", 12.5),
        ("1.5", 1.5),
        ("0,500", 0.5),
        ("1.234.567,89", 1234567.89),
        ("1,500.50", 1500.5),
        ("450 DKK", 450.0),
        ("", 0.0),
    ],
)
def test_danish_amounts(text: str, value: float, danish: None) -> None:
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1500", 1500.0),
        ("1,500", 1500.0),
        ("1,500.00", 1500.0),
        ("1,500 kr", 1500.0),
        ("12.5", 12.5),
        ("1,5", 1.5),
        ("1,234,567.89", 1234567.89),
        ("1.500,00 kr", 1500.0),
    ],
)
def test_english_amounts(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


def test_what_could_mean_two_things_is_refused(danish: None) -> None:
    with pytest.raises(ValidationError, match=r"kan læses på to måder: skriv 1\.500 eller 1,5"):
        parse_amount("1,500", "beløb")
    set_language("en")
    with pytest.raises(ValidationError, match=r"ambiguous: write 1,500 or 1\.5"):
        parse_amount("1.500", "amount")


@pytest.mark.parametrize("text", ["abc", "1.2.3,4", "1,50,000", "kr", "1,,5", "1.500.00"])
def test_bad_amounts(text: str) -> None:
    with pytest.raises(ValidationError, match="not a number"):
        parse_amount(text, "cost")


def test_negative_amount() -> None:
    with pytest.raises(ValidationError, match="cost cannot be negative"):
        parse_amount("-5", "cost")


@pytest.mark.parametrize("value", [0.0, 7.0, 1195.0, 26500.0, 1195.5, 1234567.89])
@pytest.mark.parametrize("code", ["da", "en"])
def test_an_amount_shown_reads_back(value: float, code: str) -> None:
    set_language(code)
    assert parse_amount(format_amount(value)) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("90", 90), ("90 min", 90), ("2h", 120), ("1h30", 90), ("1,5 t", 90), ("1.5 h", 90), ("1:30", 90),
     ("2 timer", 120), ("1 t 30 min", 90), ("2 t.", 120)],
)  # fmt: skip
def test_minutes(text: str, minutes: int) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("fredag", "2026-12-04"),
        ("fre", "2026-12-04"),
        ("næste fredag", "2026-12-04"),
        ("tirsdag", "2026-12-08"),  # today is a Tuesday: the next one
        ("i dag", "2026-12-01"),
        ("i morgen", "2026-12-02"),
        ("i overmorgen", "2026-12-03"),
        ("om 3 dage", "2026-12-04"),
        ("om 2 uger", "2026-12-15"),
        ("5/12", "2026-12-05"),
        ("5.12", "2026-12-05"),
        ("5.12.2026", "2026-12-05"),
        ("05-12-2026", "2026-12-05"),
        ("5/1", "2027-01-05"),  # nearest: next January
        ("28/11", "2026-11-28"),  # nearest: last week
        ("2026-12-05", "2026-12-05"),
        ("tomorrow", "2026-12-02"),  # English words work in Danish too
        ("", ""),
    ],
)
def test_danish_dates(text: str, iso: str, danish: None) -> None:
    assert read_date(text, TODAY) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("friday", "2026-12-04"),
        ("Fri", "2026-12-04"),
        ("next friday", "2026-12-04"),
        ("today", "2026-12-01"),
        ("tomorrow", "2026-12-02"),
        ("in 3 days", "2026-12-04"),
        ("12/5", "2026-12-05"),
        ("12/5/2026", "2026-12-05"),
        ("28/11", "2026-11-28"),  # only one way is a date
        ("05-12-2026", "2026-12-05"),
        ("2026-12-05", "2026-12-05"),
    ],
)
def test_english_dates(text: str, iso: str) -> None:
    assert read_date(text, TODAY) == iso


@pytest.mark.parametrize("text", ["soon", "31/2", "13/13", "fredag den 13.", "32.1.2026"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a date"):
        read_date(text, TODAY, "due date")


def test_a_danish_field_reads_back(danish: None) -> None:
    assert read_date(format_date_field("2026-03-09"), TODAY) == "2026-03-09"
