"""Esc followed at once by another key is Esc and that key, not Alt+key: a slow link bunches keys.

A terminal sends Escape as the byte ESC, and Alt+n as ESC followed by `n`.
Textual tells them apart by time: an ESC followed within 100 ms by `n` is
Alt+n; for a key that has no Alt+ name (`/`, Enter) the ESC is dropped, and
with a long enough burst behind it the ESC is typed as `^`. Over SSH, keys a
person typed a second apart often arrive in one packet: Esc then `m` (leave
the note, mark them met) became Alt+m, which typed an `m` into the note.

netevent binds no Alt+ key, so `EscapeSafeParser` reads ESC followed by a
printable character (or Enter) as Escape and then that key. It leaves alone
what really starts an escape sequence (`ESC [`, `ESC O`, `ESC ]` …), the
pairs Textual names itself (macOS sends Option+← as `ESC b`, a word left)
and the end of a bracketed paste; an ESC inside pasted text stays text. The
Escape it writes is the kitty protocol's unambiguous `CSI 27 u`, which
Textual's own parser reads as Escape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS  # Textual's own names for ESC + key
from textual._parser import ParseTimeout
from textual._xterm_parser import XTermParser
from textual.message import Message

__all__ = ["EscapeSafeParser", "install"]

ESCAPE = "\x1b[27u"
"""Escape, in the kitty keyboard protocol's form: no byte may follow it by mistake."""

_PASTE_START, _PASTE_END = "\x1b[200~", "\x1b[201~"
_HELD_ESC = "\U0010ffff"
"""Stands for an ESC inside a paste on its way through Textual's parser (a noncharacter: no text has it)."""
_PAIR = re.compile(r"\x1b(?=(.))", re.DOTALL)
_STARTS_A_SEQUENCE = frozenset("\x1b[]OP_^X\\")
"""What may follow ESC in a sequence the terminal sends: CSI, SS3, OSC, DCS, APC, PM, SOS, ST."""


def _separable(key: str) -> bool:
    """True when ESC followed by `key` can only be Escape then `key` in netevent."""
    if key in _STARTS_A_SEQUENCE or "\x1b" + key in ANSI_SEQUENCES_KEYS:
        return False
    return key.isprintable() or key == "\r"


def _separate(match: re.Match[str]) -> str:
    return ESCAPE if _separable(match.group(1)) else "\x1b"


class EscapeSafeParser(XTermParser):
    """Textual's terminal parser, reading an ESC that has a key right behind it as Escape and that key."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._in_paste = False
        self._escape_last = False  # the last data ended with an ESC outside a paste
        self._carry = ""  # the start of a paste marker the last read cut off

    def feed(self, data: str) -> Iterable[Message]:
        """Parse `data` as Textual does, each Escape-and-key pair made unambiguous first."""
        if not data:
            yield from super().feed(data)
            return
        # Still waiting to see whether the ESC that ended the last read starts a sequence
        # (once Textual's delay is over, it has said Escape itself).
        waiting = self._awaiting.timeout is not None
        if self._escape_last and waiting and not self._in_paste and _separable(data[0]):
            yield from self._escape_now()
        text = self._unbunched(data)
        if not text:
            return  # all of it is the start of a marker, waiting for its end ("" would mean end of input)
        for message in super().feed(text):
            if isinstance(message, events.Paste) and _HELD_ESC in message.text:
                message = events.Paste(message.text.replace(_HELD_ESC, "\x1b"))
            yield message

    def _escape_now(self) -> Iterable[Message]:
        """The ESC that ended the last data was Escape: say so before the next key, as Textual's timeout would."""
        self._escape_last = False
        self._timeout_time = None
        self._awaiting = self._gen.throw(ParseTimeout())
        while self._tokens:
            yield self._tokens.popleft()

    def _unbunched(self, data: str) -> str:
        """`data` with ESC + key written as Escape + key, outside bracketed pastes."""
        data, self._carry = self._carry + data, ""
        parts: list[str] = []
        at = 0
        while at < len(data):
            marker = _PASTE_END if self._in_paste else _PASTE_START
            found = data.find(marker, at)
            stop = len(data) if found < 0 else found + len(marker)
            piece = data[at:stop]
            if found < 0:
                # A marker cut in two by the read waits for its end (a lone ESC outside a
                # paste is the Escape key, and goes on).
                self._carry = _cut_marker(piece, marker, 1 if self._in_paste else 2)
                piece = piece[: len(piece) - len(self._carry)]
            if self._in_paste:
                # Textual would read an ESC in pasted text as the start of keys (`ESC D`: delete):
                # it goes through as pasted text instead, exactly as it was.
                text, end = (piece[: -len(marker)], marker) if found >= 0 else (piece, "")
                parts.append(text.replace("\x1b", _HELD_ESC) + end)
            else:
                parts.append(_PAIR.sub(_separate, piece))
            if found >= 0:
                self._in_paste = not self._in_paste
            at = stop
        self._escape_last = not self._in_paste and not self._carry and data.endswith("\x1b")
        return "".join(parts)


def _cut_marker(text: str, marker: str, shortest: int) -> str:
    """The end of `text` that is the start of `marker` (at least `shortest` long), else ""."""
    for length in range(len(marker) - 1, shortest - 1, -1):
        if text.endswith(marker[:length]):
            return text[-length:]
    return ""


def install() -> None:
    """Make Textual's terminal driver read keys with `EscapeSafeParser` (harmless where there is no such driver)."""
    try:
        from textual.drivers import linux_driver
    except ImportError:  # pragma: no cover - Windows has its own driver, and no ESC ambiguity to speak of
        return
    # The driver makes its parser by this module-level name when its input thread starts.
    linux_driver.XTermParser = EscapeSafeParser  # type: ignore[attr-defined]  # not re-exported, but looked up here
