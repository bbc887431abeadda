"""Danish and English numbers and dates: the CLDR table agrees with Babel, and each format reads back."""

from __future__ import annotations

import datetime as dt

import pytest

from netevent.domain.figures import hours, money, percent
from netevent.i18n import format_date, format_date_field, format_number, set_language
from netevent.i18n.cldr import CONVENTIONS


@pytest.mark.parametrize("code", ["da", "en"])
def test_the_cldr_table_is_babels(code: str) -> None:
    from babel import Locale

    locale = Locale.parse(code)
    symbols = locale.number_symbols["latn"]
    c = CONVENTIONS[code]
    assert (c.decimal, c.group) == (symbols["decimal"], symbols["group"])
    assert c.months_short == tuple(locale.months["format"]["abbreviated"][i] for i in range(1, 13))
    assert c.months == tuple(locale.months["format"]["wide"][i] for i in range(1, 13))
    assert c.weekdays == tuple(locale.days["format"]["wide"][i] for i in range(7))
    assert c.weekdays_short == tuple(locale.days["format"]["abbreviated"][i] for i in range(7))


@pytest.mark.parametrize("value", [0, 7, 999, 1000, 1195, 26500, 1234567, 1195.5, 0.25, 1000000.75])
def test_danish_numbers_are_babels(value: float, danish: None) -> None:
    from babel.numbers import format_decimal

    decimals = 0 if float(value).is_integer() else 2
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    assert format_number(value, decimals) == format_decimal(value, pattern, locale="da")


@pytest.mark.parametrize("day", [dt.date(2026, 12, 1), dt.date(2026, 5, 9), dt.date(2027, 3, 31)])
def test_danish_prose_dates_are_babels(day: dt.date, danish: None) -> None:
    from babel.dates import format_date as babel_date

    assert format_date(day.isoformat()) == babel_date(day, "medium", locale="da")


def test_danish_formats(danish: None) -> None:
    assert money(1195) == "1.195 kr" and money(26500) == "26.500 kr" and money(1195.5) == "1.195,50 kr"
    assert percent(0.125) == "12,5 %" and percent(5 / 6) == "83 %" and percent(None) == "—"
    assert hours(90) == "1 t 30 min" and hours(120) == "2 t" and hours(45) == "45 min"
    assert format_date("2026-12-01") == "1. dec. 2026" and format_date_field("2026-12-01") == "01-12-2026"
    assert format_date("") == "" and format_date_field(None) == ""


def test_english_keeps_its_forms() -> None:
    assert money(1195) == "1,195 kr" and money(26500) == "26,500 kr" and money(12.5) == "12.50 kr"
    assert percent(0.125) == "12.5 %" and percent(5 / 6) == "83 %"
    assert hours(90) == "1 h 30 min"
    assert format_date("2026-12-01") == "2026-12-01" == format_date_field("2026-12-01")


def test_switching_language_switches_formats() -> None:
    set_language("da")
    assert money(1500) == "1.500 kr"
    set_language("en")
    assert money(1500) == "1,500 kr"
