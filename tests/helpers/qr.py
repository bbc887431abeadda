"""Reading back the QR codes netevent draws, as a phone camera would: half blocks or an image, to the text held."""

from __future__ import annotations

import io

# One character cell is two modules, top and bottom; True is light.
_CELLS = {"█": (True, True), "▀": (True, False), "▄": (False, True), " ": (False, False)}


def reader():  # type: ignore[no-untyped-def]
    """The QR reader of the test extras (zxing-cpp): a test that reads a code fails, never skips, without it."""
    import zxingcpp

    return zxingcpp


def decode_image(image) -> str:  # type: ignore[no-untyped-def]
    """The text of the one QR code in a PIL image."""
    zxing = reader()
    # Not inverted: a phone camera reads dark on light, so a code drawn light on dark must fail here.
    found = zxing.read_barcodes(image, formats=zxing.BarcodeFormat.QRCode, try_invert=False)
    assert len(found) == 1, f"expected one QR code, found {len(found)}"
    return str(found[0].text)


def decode_png(data: bytes) -> str:
    """The text of the QR code in PNG bytes."""
    from PIL import Image

    return decode_image(Image.open(io.BytesIO(data)))


def decode_blocks(lines: list[str], *, scale: int = 6, surround: int = 12) -> str:
    """The text of a code drawn in half blocks, seen on a dark terminal (black all round it, as on screen)."""
    from PIL import Image

    rows: list[list[bool]] = []
    for line in lines:
        cells = [_CELLS[ch] for ch in line]
        rows.append([top for top, _ in cells])
        rows.append([bottom for _, bottom in cells])
    width = max(len(row) for row in rows)
    image = Image.new("L", ((width + 2 * surround) * scale, (len(rows) + 2 * surround) * scale), 0)
    for y, row in enumerate(rows):
        for x, light in enumerate(row):
            if light:
                box = (
                    (x + surround) * scale,
                    (y + surround) * scale,
                    (x + surround + 1) * scale,
                    (y + surround + 1) * scale,
                )
                image.paste(255, box)
    return decode_image(image)


def block_lines(text: str) -> list[str]:
    """The lines of `text` drawn in half blocks (a caption beside them cut off), in order."""
    out = []
    for line in text.splitlines():
        blocks = line.rstrip("\n")
        end = 0
        while end < len(blocks) and blocks[end] in _CELLS:
            end += 1
        drawn = blocks[:end].rstrip(" ") if "█" in blocks[:end] else ""
        if drawn:
            out.append(blocks[:end])
    return out


def caption_text(text: str) -> str:
    """The words beside and below a code drawn in half blocks, joined into one line."""
    words = []
    for line in text.splitlines():
        start = 0
        while start < len(line) and line[start] in _CELLS:
            start += 1
        if "█" not in line[:start]:
            start = 0
        words.append(line[start:].strip())
    return " ".join(w for w in words if w)
