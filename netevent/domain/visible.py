"""What of the user's text may be shown: control characters and invisible formatting made visible.

Pure Python. Names, notes and every other field are stored exactly as they
were typed or imported, but a terminal (or a spreadsheet) must never receive
them raw: an escape character in an imported name can set the window title,
write the clipboard (OSC 52), clear the screen or plant a link, and a
right-to-left override or a zero-width space makes one name look like
another. `visible()` turns such text into what may be shown:

* C0 control characters (except a tab and a line break where the text may
  have lines) become their Unicode control pictures: ESC is ``␛``, BEL ``␇``,
  a carriage return ``␍``, DEL ``␡``;
* C1 control characters (U+0080–U+009F), which some terminals obey as well,
  become ``\\x9b``-style escapes;
* bidirectional overrides and isolates, zero-width and other invisible
  formatting characters, line and paragraph separators become ``\\u202e``-
  style escapes, so a spoofed name is marked where it is shown. A zero-width
  joiner or non-joiner between two letters of a script that needs them
  (Arabic, Indic scripts, emoji sequences) is kept.

Text without any of these (nearly all text) is returned as it is, after one
regular-expression scan.
"""

from __future__ import annotations

import re

__all__ = ["visible", "visible_char", "replacements", "SUSPECT", "BEYOND_C0", "has_hidden"]

# Invisible format characters (Unicode category Cf) that can hide or reorder
# text, line/paragraph separators, and every control character. The Arabic
# and other prepended concatenation marks (U+0600–0605, U+06DD, U+070F,
# U+0890–0891, U+08E2, U+110BD, U+110CD) are drawn as signs and are left alone.
_FORMAT_CLASS = (
    "\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
SUSPECT = re.compile(f"[\x00-\x1f{_FORMAT_CLASS}]")
"""Any character `visible()` may change (tab and line break included)."""
BEYOND_C0 = re.compile(f"[{_FORMAT_CLASS}]")
"""DEL, C1 controls and invisible formatting: what `SUSPECT` catches beyond the C0 controls."""
_SUSPECT_LINES = re.compile(f"[\x00-\x08\x0b-\x1f{_FORMAT_CLASS}]")
"""The same, but leaving tab and line break alone (text that may have lines)."""

_JOINERS = frozenset("\u200c\u200d")


def _picture(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible_char(ch: str) -> str:
    """The one character `ch` as it may be shown (itself if it is harmless)."""
    return _picture(ch) if SUSPECT.fullmatch(ch) else ch


def _joins_letters(text: str, at: int) -> bool:
    """True when the joiner at `at` sits between two characters of a script that uses joiners."""
    if at == 0 or at + 1 >= len(text):
        return False
    before, after = text[at - 1], text[at + 1]
    return (
        ord(before) >= 0x0590
        and ord(after) >= 0x0590
        and not SUSPECT.fullmatch(before)
        and not SUSPECT.fullmatch(after)
        and not before.isspace()
        and not after.isspace()
    )


def replacements(text: str, *, lines: bool = True) -> list[tuple[int, str]]:
    """Where `visible()` changes `text`: (index of the character, what it shows instead), in order.

    The form is one or more characters, or "" for the carriage return of a
    CRLF line end where the text may have lines.
    """
    pattern = _SUSPECT_LINES if lines else SUSPECT
    out: list[tuple[int, str]] = []
    for match in pattern.finditer(text):
        at = match.start()
        ch = text[at]
        if ch in _JOINERS and _joins_letters(text, at):
            continue
        if lines and ch == "\r" and text[at + 1 : at + 2] == "\n":
            out.append((at, ""))
            continue
        out.append((at, _picture(ch)))
    return out


def visible(text: str, *, lines: bool = True) -> str:
    """`text` as it may be written to a terminal or shown on screen.

    Args:
        text: the user's text, exactly as stored.
        lines: True where the text may have several lines (a note, a card,
            a command's output): a line break and a tab are kept, and a
            carriage return before a line break is dropped. False for one
            line (a name in a list, a title): they are made visible too.

    Returns:
        The text with every control and invisible formatting character
        shown as a visible escape; the same object when there is none.
    """
    pattern = _SUSPECT_LINES if lines else SUSPECT
    if not pattern.search(text):
        return text
    out: list[str] = []
    last = 0
    for at, form in replacements(text, lines=lines):
        out.append(text[last:at])
        out.append(form)
        last = at + 1
    out.append(text[last:])
    return "".join(out)


def has_hidden(text: str) -> bool:
    """True when `visible(text, lines=False)` would change `text`."""
    return visible(text, lines=False) != text
