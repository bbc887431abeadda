"""The full-screen QR code of your card, as one `Text` that fills the screen: black on white, caption beside it."""

from __future__ import annotations

import textwrap

from rich.text import Text

from netevent.domain.models import Profile, ValidationError
from netevent.i18n import N_, _
from netevent.io.qr import caption, fit_code, half_block_lines

__all__ = ["card_code_text", "DARK", "LIGHT"]

# A camera needs true black on white whatever the theme: these are the code's own colours, not the app's.
DARK = "#000000 on #ffffff"
"""The caption: dark text on the light page."""
LIGHT = "#ffffff on #000000"
"""The code: light modules are the foreground (`█`), dark ones the background."""

_BACK = N_("Esc: back")


def card_code_text(profile: Profile, width: int, height: int) -> Text:
    """The screen: the biggest code of your card that fits `width` × `height`, centred, and what it holds.

    When not even the shortest card fits, the screen says how big the window must be.
    """
    try:
        code, beside = fit_code(profile, width, height, below=4)
    except ValidationError as error:
        words = [str(error)[0].upper() + str(error)[1:] + ".", _(_BACK)]
        lines = [part for line in words for part in textwrap.wrap(line, max(width - 2, 10))]
        return _page([(" " + line, DARK) for line in lines], width, height)
    blocks = half_block_lines(code)
    # What matters most comes first: a small window cuts the caption's end, never the way back.
    first, *rest = caption(profile, code)
    words = [f"{first} {_(_BACK)}.", *rest]
    if beside:
        room = width - code.width - 2
        wrapped = [part for line in words for part in textwrap.wrap(line, room)]
        start = max(0, (len(blocks) - len(wrapped)) // 2)
        left = max(0, (width - code.width - 2 - max(len(w) for w in wrapped)) // 2)
        rows: list[list[tuple[str, str]]] = []
        for number, block in enumerate(blocks):
            side = wrapped[number - start] if 0 <= number - start < len(wrapped) else ""
            rows.append([(" " * left, DARK), (block, LIGHT), ("  " + side, DARK)])
        return _page(rows, width, height)
    left = max(0, (width - code.width) // 2)
    rows = [[(" " * left, DARK), (block, LIGHT)] for block in blocks]
    rows += [[(" " + part, DARK)] for line in words for part in textwrap.wrap(line, max(width - 2, 10))]
    return _page(rows, width, height)  # keeps the code and the caption's first lines when they are too many


def _page(rows: list[list[tuple[str, str]]] | list[tuple[str, str]], width: int, height: int) -> Text:
    """The rows, centred top to bottom, every cell of the screen painted (so the page is white to its edges)."""
    lines = [row if isinstance(row, list) else [row] for row in rows][:height]
    top = max(0, (height - len(lines)) // 2)
    out = Text(no_wrap=True, overflow="crop")
    for number in range(height):
        parts = lines[number - top] if 0 <= number - top < len(lines) else []
        used = 0
        for text, style in parts:
            out.append(text[: max(0, width - used)], style=style)
            used += min(len(text), max(0, width - used))
        out.append(" " * max(0, width - used), style=DARK)
        if number < height - 1:
            out.append("\n")
    return out
