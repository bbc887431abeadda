"""Esc bunched with the next key by a slow link is Esc and that key; an ESC inside a paste stays text."""

from __future__ import annotations

import time

import pytest
from textual import events

from netevent.tui.escape_keys import EscapeSafeParser


def keys(*chunks: str) -> list[str]:
    """What the parser makes of these reads, one read per chunk, after Textual's Escape delay."""
    parser = EscapeSafeParser()
    found = [message for chunk in chunks for message in parser.feed(chunk)]
    time.sleep(0.15)
    found += parser.tick()
    return [
        m.key if isinstance(m, events.Key) else f"paste:{m.text}"
        for m in found
        if isinstance(m, events.Key | events.Paste)
    ]


@pytest.mark.parametrize(
    ("chunks", "expected"),
    [
        (("\x1bm",), ["escape", "m"]),  # Textual alone: alt+m, which a text field types as "m"
        (("\x1b/jens\r",), ["escape", "slash", "j", "e", "n", "s", "enter"]),  # Textual alone: the ESC dropped
        (("\x1bD",), ["escape", "D"]),
        (("\x1b\r",), ["escape", "enter"]),
        (("\x1bø",), ["escape", "ø"]),
        (("\x1b", "m"), ["escape", "m"]),  # the ESC ended one read, the key began the next
        (("\x1b\x1bm",), ["escape", "escape", "m"]),
        (("\x1b",), ["escape"]),
    ],
)
def test_escape_and_the_key_behind_it_are_two_keys(chunks: tuple[str, ...], expected: list[str]) -> None:
    assert keys(*chunks) == expected


@pytest.mark.parametrize(
    ("chunks", "expected"),
    [
        (("\x1b[A",), ["up"]),
        (("\x1b[1;3D",), ["alt+left"]),
        (("\x1bOP",), ["f1"]),
        (("\x1bb",), ["ctrl+left"]),  # macOS Terminal's Option+←: a word left, as Textual names it
        (("ab\x1b[", "A"), ["a", "b", "up"]),  # a sequence cut by the read
    ],
)
def test_real_escape_sequences_are_left_as_textual_reads_them(chunks: tuple[str, ...], expected: list[str]) -> None:
    assert keys(*chunks) == expected


def test_an_esc_inside_a_paste_stays_text_and_runs_no_key() -> None:
    # Textual alone reads `ESC D` inside the paste as the key D (delete), then y (yes).
    assert keys("\x1b[200~Ann\x1bDy\x1b[201~\x1bm") == ["paste:Ann\x1bDy", "escape", "m"]


@pytest.mark.parametrize(
    "chunks",
    [("\x1b[200~Ann\x1b", "Dy\x1b[201~"), ("\x1b[200~Ann\x1bDy\x1b[20", "1~"), ("\x1b[20", "0~Ann\x1bDy\x1b[201~")],
)
def test_a_paste_marker_or_an_esc_cut_by_the_read_is_still_one_paste(chunks: tuple[str, ...]) -> None:
    assert keys(*chunks) == ["paste:Ann\x1bDy"]


def test_an_escape_said_after_the_delay_is_not_said_again_by_the_next_read() -> None:
    parser = EscapeSafeParser()
    found = list(parser.feed("\x1b"))
    time.sleep(0.15)
    found += parser.tick()  # Textual's delay is over: Escape
    found += parser.feed("/jens")
    assert [m.key for m in found if isinstance(m, events.Key)] == ["escape", "slash", "j", "e", "n", "s"]
