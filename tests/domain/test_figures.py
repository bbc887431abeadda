"""Money, minutes, shares and column widths as people type and read them."""

from __future__ import annotations

import pytest

from netevent.domain.figures import bar, cell_width, fit, hours, money, parse_amount, parse_minutes, percent
from netevent.domain.models import ValidationError


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1500", 1500.0),
        ("1.500,50 kr", 1500.5),
        ("1,500.50", 1500.5),
        ("450 DKK", 450.0),
        ("12,5", 12.5),
        ("0.500", 0.5),
        ("1.234.567,89", 1234567.89),
        ("", 0.0),
    ],
)
def test_amounts_as_typed(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "1.2.3,4", "1,50,000", "kr"])
def test_bad_amounts(text: str) -> None:
    with pytest.raises(ValidationError, match="not a number"):
        parse_amount(text, "cost")


def test_negative_amount() -> None:
    with pytest.raises(ValidationError, match="cost cannot be negative"):
        parse_amount("-5", "cost")


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("90", 90), ("90 min", 90), ("2h", 120), ("1h30", 90), ("1.5 h", 90), ("1:30", 90), ("2 timer", 120)],
)
def test_minutes_as_typed(text: str, minutes: int) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["soon", "-5", "h"])
def test_bad_minutes(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_minutes(text)


def test_formatting() -> None:
    assert money(1500) == "1,500 kr"
    assert money(12.5) == "12.50 kr"
    assert hours(90) == "1 h 30 min" and hours(120) == "2 h" and hours(45) == "45 min"
    assert percent(5 / 6) == "83 %" and percent(None) == "—"


def test_widths_and_bars() -> None:
    assert cell_width("Søren Ærø") == 9
    assert cell_width("日本") == 4
    assert fit("Søren Ærø-Åberg", 8) == "Søren Æ…"
    assert fit("Bo", 4, right=True) == "  Bo"
    assert bar(10, 10, 4) == "████"
    assert bar(5, 10, 4) == "██  "
    assert bar(0, 10, 4) == "    "
    assert len(bar(1, 1000, 4)) == 4 and bar(1, 1000, 4).strip()  # tiny values still show
