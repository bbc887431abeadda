"""The user's text on screen: control characters shown as visible escapes, and never sent to the terminal.

Rich and Textual strip only a few control characters (BEL, backspace, VT,
FF, CR) from text; an escape character in a name goes to the terminal as it
is, where it can set the window title, write the clipboard or clear the
screen. Two layers keep that from happening:

* `shown()` turns a string, a rich `Text` or a Textual `Content` into what
  may be shown (`netevent.domain.visible`), keeping its styles: every
  builder and widget passes the user's words through it, so a hostile name
  is *seen* as such (``Mallory␛]0;pwned␇``);
* `TerminalSafe`, a line filter the app applies to every line it paints,
  drops any control character that still got through (a widget of
  Textual's own, an error message). Those characters take no cells, so the
  layout does not move.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Any, overload

from rich.highlighter import Highlighter
from rich.segment import Segment
from rich.style import Style
from rich.text import Span as RichSpan
from rich.text import Text
from textual.color import Color
from textual.content import Content
from textual.content import Span as ContentSpan
from textual.filter import LineFilter

from netevent.domain.visible import SUSPECT, replacements, visible

__all__ = ["shown", "Shown", "assemble", "TerminalSafe", "VisibleHighlighter", "one_to_one"]

# What a terminal obeys or reorders text by: C0 and C1 controls, DEL, bidi
# embeddings, overrides and isolates. All of them take no cells.
_OBEYED = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _shifter(changes: list[tuple[int, str]]) -> Callable[[int], int]:
    """Maps an offset in the old text to the new one, where each change replaced one character."""
    after: list[int] = []  # offsets just past each changed character
    grown: list[int] = []  # how much longer the text is up to there
    total = 0
    for at, form in changes:
        total += len(form) - 1
        after.append(at + 1)
        grown.append(total)

    def shift(offset: int) -> int:
        index = bisect_right(after, offset) - 1
        return offset + (grown[index] if index >= 0 else 0)

    return shift


@overload
def shown(value: str, *, lines: bool = ...) -> str: ...
@overload
def shown(value: Text, *, lines: bool = ...) -> Text: ...
@overload
def shown(value: Content, *, lines: bool = ...) -> Content: ...


def shown(value: str | Text | Content, *, lines: bool = True) -> str | Text | Content:
    """`value` as it may be shown: control and invisible formatting characters made visible.

    Args:
        value: a string, or styled text whose styles are kept (moved along
            where an escape made the text longer).
        lines: False for one line (a title, a list row): line breaks and
            tabs are made visible too.

    Returns:
        The same kind of value; the value itself when nothing needed changing.
    """
    if isinstance(value, str):
        return visible(value, lines=lines)
    plain = value.plain
    changes = replacements(plain, lines=lines) if SUSPECT.search(plain) else []
    if not changes:
        return value
    new_plain = visible(plain, lines=lines)
    shift = _shifter(changes)
    if isinstance(value, Text):
        return Text(
            new_plain,
            style=value.style,
            justify=value.justify,
            overflow=value.overflow,
            no_wrap=value.no_wrap,
            end=value.end,
            tab_size=value.tab_size,
            spans=[RichSpan(shift(s.start), shift(s.end), s.style) for s in value.spans],
        )
    return Content(new_plain, [ContentSpan(shift(s.start), shift(s.end), s.style) for s in value.spans])


class Shown(Text):
    """A rich `Text` whose appended strings are shown visibly (see `shown`): what builders start from.

    Rich drops BEL, backspace and carriage returns from text without a
    trace and keeps escape characters; here each becomes a visible escape
    before Rich sees it, and styles apply as usual.
    """

    def __init__(self, text: str = "", style: str | Style = "", **options: Any) -> None:
        super().__init__(visible(text), style, **options)

    def append(self, text: str | Text, style: str | Style | None = None) -> Shown:
        """Append `text` (a string is made visible first) with an optional style."""
        super().append(visible(text) if isinstance(text, str) else shown(text), style)
        return self


def assemble(*parts: str | Content | tuple[str, str]) -> Content:
    """`Content.assemble` with every string, and the text of every (text, style) pair, made visible."""
    return Content.assemble(
        *(
            visible(part)
            if isinstance(part, str)
            else (visible(part[0]), part[1])
            if isinstance(part, tuple)
            else shown(part)
            for part in parts
        )
    )


def one_to_one(text: str) -> str:
    """`text` with each hidden character replaced by one visible character, so offsets stay put.

    For editors, where the cursor is an offset into the stored text: C0
    controls and DEL become their control pictures (``␛``), C1 controls and
    invisible formatting ``�``. A joiner inside a script that needs it is kept.
    """
    if not SUSPECT.search(text):
        return text
    chars = list(text)
    for at, form in replacements(text):
        chars[at] = form if len(form) == 1 else "\u240d" if not form else "\ufffd"
    return "".join(chars)


class VisibleHighlighter(Highlighter):
    """For an `Input`: shows control characters in the value one for one (the value is not changed)."""

    def highlight(self, text: Text) -> None:
        """Replace hidden characters in `text` by visible ones, in place (same length)."""
        plain = text.plain
        safe = one_to_one(plain)
        if safe != plain:
            text.plain = safe


class TerminalSafe(LineFilter):
    """A line filter that drops every control character still in a painted line.

    The last guard between the user's data and the terminal: whatever a
    widget paints, no escape sequence, C1 control or bidi override in it
    reaches the terminal. They take no cells, so the line keeps its width.
    """

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """The segments, with control characters taken out of their text."""
        search = _OBEYED.search
        if not any(search(segment.text) for segment in segments):
            return segments
        sub = _OBEYED.sub
        return [
            segment if segment.control or not search(segment.text) else Segment(sub("", segment.text), segment.style)
            for segment in segments
        ]
