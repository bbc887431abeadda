"""Your card as a QR code a phone camera reads: drawn with half blocks in a terminal, or saved as PNG or SVG.

Pure Python, on segno. A terminal cell is about twice as tall as it is wide,
so one cell shows two modules stacked (`▀`, `▄`, `█` or a space), each square.
The code is drawn dark on light in explicit colours (bright white on black,
which every 16-colour terminal has), so a dark or light terminal theme
cannot invert it, with a light quiet zone around it: four modules where
there is room, never fewer than two.

At 80×24 a code has at most 46 modules a side, which holds about 130 bytes:
less than a whole card with a pitch. `card_code` then leaves details out
(the pitch first, see `profile_card.LEAVE_OUT_ORDER`) and says which, so the
phone still gets a contact; an image file always holds the whole card.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

import segno

from netevent.domain.models import Profile, ValidationError
from netevent.io.profile_card import DETAIL_NAMES, present_details, profile_vcard

__all__ = [
    "CardCode",
    "card_code",
    "code_for",
    "half_block_lines",
    "image_bytes",
    "IMAGE_KINDS",
    "MIN_BORDER",
    "ANSI_ON",
    "ANSI_OFF",
    "fit_code",
    "caption",
    "CAPTION_WIDTH",
]

CAPTION_WIDTH = 24
"""A caption beside the code needs at least this many columns; with fewer it goes below it."""

IMAGE_KINDS = ("png", "svg")
"""The image formats `netevent card --qr -o FILE` writes, told by the file's extension."""

MIN_BORDER = 2
"""The narrowest quiet zone drawn, in modules (the standard asks for four; readers manage with two)."""

_FULL_BORDER = 4

# One character cell shows two modules, the top one and the one below it; `True` is dark.
_HALF_BLOCKS = {(False, False): "█", (False, True): "▀", (True, False): "▄", (True, True): " "}

ANSI_ON, ANSI_OFF = "\x1b[97;40m", "\x1b[0m"
"""Bright white on black: light modules are drawn in the foreground colour, dark ones are the background."""


@dataclass(frozen=True)
class CardCode:
    """A QR code of your card, and what it holds."""

    qr: segno.QRCode
    text: str
    """The vCard in the code."""
    left_out: tuple[str, ...] = ()
    """The details of your card the code goes without, to fit (see `profile_card.DETAIL_NAMES`)."""
    border: int = _FULL_BORDER

    @property
    def width(self) -> int:
        """Modules a side, quiet zone included: the character columns it takes."""
        return int(self.qr.symbol_size(scale=1, border=self.border)[0])

    @property
    def lines(self) -> int:
        """The character rows it takes (two modules a row)."""
        return (self.width + 1) // 2


@functools.lru_cache(maxsize=32)  # fitting a window tries the same few cards for each layout and each resize
def code_for(text: str, *, error: str = "m") -> segno.QRCode:
    """The smallest QR code holding `text` (UTF-8), at error level `error` or better where that costs no size."""
    return segno.make_qr(text, error=error, encoding="utf-8", boost_error=True)


def card_code(profile: Profile, *, columns: int | None = None, rows: int | None = None) -> CardCode:
    """The code of your card that fits `columns` × `rows` character cells (no limit when they are None).

    Raises:
        ValidationError: your profile has no name, or even the card with only
            your name, phone and email does not fit (the message says how big
            the window must be).
    """
    if columns is None or rows is None:
        text = profile_vcard(profile)
        return CardCode(code_for(text), text)
    room = min(columns, 2 * rows)
    present = present_details(profile)
    smallest: CardCode | None = None
    for count in range(len(present) + 1):
        left_out = present[:count]
        text = profile_vcard(profile, left_out)
        # Low error correction packs the most into a screen, which is never scratched or creased.
        qr = code_for(text, error="l")
        for border in range(_FULL_BORDER, MIN_BORDER - 1, -1):
            code = CardCode(qr, text, left_out, border)
            if code.width <= room:
                return code
        smallest = code
    assert smallest is not None
    raise ValidationError(
        f"the window is too small for a QR code of your card: it needs {smallest.width} columns and "
        f"{smallest.lines} rows; make it bigger, or save an image with `netevent card --qr -o card.png`"
    )


def fit_code(profile: Profile, columns: int, rows: int, *, below: int = 3) -> tuple[CardCode, bool]:
    """The fullest code for a window, and whether its caption goes beside it (else `below` lines under it).

    Raises:
        ValidationError: not even the code alone fits (the message says how big the window must be).
    """
    fits: list[tuple[CardCode, bool]] = []
    for width, height, beside in ((columns - CAPTION_WIDTH - 2, rows, True), (columns, rows - below, False)):
        try:
            fits.append((card_code(profile, columns=width, rows=height), beside))
        except ValidationError:
            continue
    if not fits:  # no room for a caption: the code alone, or the error that says how big the window must be
        return card_code(profile, columns=columns, rows=rows), False
    return min(fits, key=lambda fit: len(fit[0].left_out))


def caption(profile: Profile, code: CardCode) -> list[str]:
    """What to say beside the code: whose it is and, when it is shortened, what it goes without."""
    lines = [f"{profile.name}: point a phone camera here to add you as a contact."]
    if code.left_out:
        missing = ", ".join(DETAIL_NAMES[name] for name in code.left_out)
        lines.append(f"Left out to fit this window: {missing}. A bigger window holds more;")
        lines.append("`netevent card --qr -o card.png` saves the whole card.")
    return lines


def half_block_lines(code: CardCode) -> list[str]:
    """The code as text lines of half blocks, quiet zone included, for a light-on-dark reading of `█`.

    Print each line between `ANSI_ON` and `ANSI_OFF` so that light is white and dark is black whatever
    the terminal's colours; without colours, a dark terminal background shows it right.
    """
    matrix = [[bool(module) for module in row] for row in code.qr.matrix_iter(scale=1, border=code.border)]
    if len(matrix) % 2:
        matrix.append([False] * len(matrix[0]))  # half a row more of quiet zone
    return [
        "".join(_HALF_BLOCKS[top, bottom] for top, bottom in zip(upper, lower))
        for upper, lower in zip(matrix[::2], matrix[1::2])
    ]


def image_bytes(text: str, kind: str) -> bytes:
    """`text` as a QR code image (`png` or `svg`): black on white, ten pixels a module, a full quiet zone.

    Raises:
        ValueError: an image kind netevent does not write.
    """
    if kind not in IMAGE_KINDS:
        raise ValueError(f"a QR code is saved as {' or '.join('.' + k for k in IMAGE_KINDS)}, not .{kind}")
    buffer = io.BytesIO()
    code_for(text).save(buffer, kind=kind, scale=10, border=_FULL_BORDER, dark="#000000", light="#ffffff")
    return buffer.getvalue()
