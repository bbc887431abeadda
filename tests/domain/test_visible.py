"""What of the user's text may reach a terminal: controls and invisible formatting made visible."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from netevent.domain.visible import SUSPECT, has_hidden, visible

# Drawn as signs (prepended concatenation marks), so not hidden.
_DRAWN = {0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD}


def test_every_control_and_invisible_format_character_is_caught() -> None:
    missed = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in ("Cc", "Cf", "Zl", "Zp")
        and code not in _DRAWN
        and not SUSPECT.fullmatch(chr(code))
    ]
    assert missed == []


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Mallory\x1b]0;pwned\x07", "Mallory␛]0;pwned␇"),  # window title
        ("\x1b]52;c;cHduZWQ=\x1b\\", "␛]52;c;cHduZWQ=␛\\"),  # clipboard
        ("x\x1b[2Jy", "x␛[2Jy"),
        ("back\x08\x08space", "back␈␈space"),
        ("del\x7f", "del␡"),
        ("csi\x9b2J", "csi\\x9b2J"),
        ("evil\u202egnp.exe", "evil\\u202egnp.exe"),
        ("Ma\u200bds", "Ma\\u200bds"),
        ("bom\ufeff", "bom\\ufeff"),
        ("line\u2028sep", "line\\u2028sep"),
        ("tag\U000e0041", "tag\\U000e0041"),
    ],
)
def test_hostile_text_is_shown_with_visible_escapes(raw: str, shown: str) -> None:
    assert visible(raw) == shown
    assert not SUSPECT.search(visible(raw, lines=False))


def test_ordinary_text_is_returned_as_it_is() -> None:
    text = "Søren Ærø-Åberg, Café — noter: [bold]ikke markup[/] 100 %"
    assert visible(text) is text


def test_lines_and_tabs_are_kept_only_where_text_has_lines() -> None:
    note = "første linje\r\nanden\tlinje\n"
    assert visible(note) == "første linje\nanden\tlinje\n"
    assert visible(note, lines=False) == "første linje␍␊anden␉linje␊"
    assert visible("a\rb") == "a␍b"  # a lone carriage return rewrites the line


def test_joiners_stay_inside_scripts_that_need_them_and_show_between_latin_letters() -> None:
    family = "👨\u200d👩\u200d👧"
    persian = "می\u200cخواهم"
    assert visible(family) == family
    assert visible(persian) == persian
    assert visible("Ma\u200dds") == "Ma\\u200dds"
    assert visible("\u200dMads") == "\\u200dMads"


def test_visible_is_idempotent_and_has_hidden_tells() -> None:
    raw = "a\x1bb\x9bc\u202ed"
    once = visible(raw)
    assert visible(once) == once
    assert has_hidden(raw) and not has_hidden("Søren")
