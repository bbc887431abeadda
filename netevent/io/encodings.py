"""Turn a file's bytes into the right letters, whichever program wrote them.

Pure Python. In order:

* a byte-order mark says UTF-8 or UTF-16; UTF-16 without one (old Mac
  Address Book, some spreadsheet "Unicode text") is told by its NUL bytes;
* UTF-8 is read as UTF-8, and letters another program mis-read and saved
  again (`Oâ€™Brien`, `PochÃ©`, `SÃ¸ren`) are repaired with ftfy;
* anything else is an older one-byte code page: Windows-1252 (Western
  Europe, the Danish default), Mac Roman (Excel for Mac), Windows-1250 or
  ISO-8859-2 (Polish, Czech). Each is tried; one that puts symbols inside
  words (`Iks³o`, `J¿rgen`) or capitals inside them (`MŸller`) loses, and
  when several read cleanly charset-normalizer's letter statistics decide,
  with Windows-1252 kept unless another is clearly more likely.

Lines that are valid UTF-8 stay UTF-8, so a file pasted together from two
sources keeps its letters right in both parts.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from netevent.io.incoming import ImportFailed

__all__ = ["Decoded", "decode_bytes", "repair_mojibake"]

_LEGACY = (
    ("cp1252", "Windows-1252"),
    ("cp1250", "Windows-1250 (Central European)"),
    ("mac_roman", "Mac Roman"),
    ("iso8859_2", "ISO-8859-2 (Central European)"),
)
_LABELS = dict(_LEGACY)
# Punctuation that sits next to words in real text; other symbols there mean wrong letters.
_NEAR_WORDS = set("’‘“”„‚–—…€™©°•·«»\u00a0")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class Decoded(str):
    """The file's text, remembering how it was read and what was repaired."""

    encoding: str
    repaired: int
    """Lines whose letters were repaired."""
    example: str
    """One repair, `before → after`, for the report."""

    def __new__(cls, text: str, encoding: str, repaired: int = 0, example: str = "") -> Decoded:
        """`text`, read with `encoding`."""
        obj = super().__new__(cls, text)
        obj.encoding = encoding
        obj.repaired = repaired
        obj.example = example
        return obj


def decode_bytes(raw: bytes, name: str) -> Decoded:
    """The text of `raw`, a file called `name` (see the module docstring).

    Raises:
        ImportFailed: the bytes are not text (NUL bytes), or claim UTF-16 and are not.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return _utf8(raw[len(codecs.BOM_UTF8) :], name)
    # Spreadsheet programs save "Unicode text" as UTF-16 with a byte-order mark.
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return _utf16(raw[len(bom) :], encoding, "UTF-16", name)
    guess = _utf16_without_bom(raw)
    if guess:
        return _utf16(raw, guess, "UTF-16 without a byte-order mark", name)
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise ImportFailed(
            f"{name} looks like a binary file (a NUL byte at byte {nul + 1}), not CSV, vCard or JSON text"
        )
    return _utf8(raw, name)


def _utf16(raw: bytes, encoding: str, label: str, name: str) -> Decoded:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportFailed(f"{name} starts like UTF-16 text but is not ({error.reason})") from None
    return Decoded(text.lstrip("\ufeff"), label)


def _utf16_without_bom(raw: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL, as in mostly-Latin UTF-16 text."""
    sample = raw[:4096]
    if len(sample) < 8 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
        if len(sample) < 8:
            return ""
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > half * 0.6 and even.count(0) < half * 0.05:
        return "utf-16-le"
    if even.count(0) > half * 0.6 and odd.count(0) < half * 0.05:
        return "utf-16-be"
    return ""


def _utf8(raw: bytes, name: str) -> Decoded:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return _mixed(raw, name)
    fixed, count, example = repair_mojibake(text)
    label = "UTF-8" if not count else "UTF-8, letters repaired"
    return Decoded(fixed, label, count, example)


def _mixed(raw: bytes, name: str) -> Decoded:
    """Not UTF-8 as a whole: UTF-8 lines stay UTF-8, the others are read in the code page that fits them best."""
    lines = raw.splitlines(keepends=True)
    texts: list[str | None] = []
    legacy: list[bytes] = []
    utf8 = False
    for line in lines:
        try:
            texts.append(line.decode("utf-8"))
            utf8 = utf8 or not line.isascii()
        except UnicodeDecodeError:
            texts.append(None)
            legacy.append(line)
    codec = _legacy_codec(b"".join(legacy))
    out = [t if t is not None else line.decode(codec, errors="replace") for t, line in zip(texts, lines)]
    text = "".join(out).lstrip("\ufeff")
    label = _LABELS[codec]
    return Decoded(text, f"UTF-8 and {label} mixed" if utf8 else label)


def _legacy_codec(data: bytes) -> str:
    """The one-byte code page that reads `data` most plausibly."""
    scores: dict[str, int] = {}
    for codec, _ in _LEGACY:
        try:
            scores[codec] = _implausible(data.decode(codec))
        except UnicodeDecodeError:
            continue
    best = min(scores.values())
    tied = [codec for codec, score in scores.items() if score == best]
    if len(tied) == 1:
        return tied[0]
    return _likeliest(data, tied)


def _likeliest(data: bytes, tied: list[str]) -> str:
    """Among code pages that all read cleanly, the one whose letters look most like a real language."""
    from charset_normalizer import from_bytes

    coherence = {m.encoding: m.coherence for m in from_bytes(data[:32768], cp_isolation=tied)}
    first = tied[0]  # Windows-1252 when it is among them: the Western and Danish default
    base = coherence.get(first, 0.0)
    other = max((c for c in tied[1:] if c in coherence), key=lambda c: coherence[c], default=None)
    if other is not None and coherence[other] > base + 0.03:
        return other
    return first


def _implausible(text: str) -> int:
    """How many places look like letters read in the wrong code page."""
    score = 0
    size = len(text)
    for match in _NON_ASCII.finditer(text):
        index = match.start()
        ch = match.group()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < size else " "
        if unicodedata.category(ch).startswith("C"):
            score += 3  # C1 control codes never appear in real text
        elif ch.isalpha():
            if ch.isupper() and before.isalpha() and after.islower():
                score += 2  # "MŸller": a capital inside a word
        elif ch not in _NEAR_WORDS and not ch.isspace() and (before.isalpha() or after.isalpha()):
            score += 2  # "Iks³o", "J¿rgen": a symbol inside a word
    return score


# ------------------------------------------------------------------ mojibake

# A UTF-8 lead byte followed by a continuation byte, both read as Windows-1252 or Latin-1. Only the
# leads of Latin, Greek and Cyrillic letters (Â…Ó) and of punctuation (â: ’ “ – €): "Lukáš" is not suspect.
_CONTINUATION = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or bytes([b]).decode("latin-1") for b in range(0x80, 0xC0)
)
_SUSPECT = re.compile("[\u00c2-\u00d3\u00e2][" + re.escape(_CONTINUATION) + "]")
_DEFAULT_PLAN = [("encode", "sloppy-windows-1252"), ("decode", "utf-8")]


def repair_mojibake(text: str) -> tuple[str, int, str]:
    """Repair letters that were mis-read and saved again (`PochÃ©` → `Poché`).

    Returns:
        The text, the number of lines repaired and one example (`before → after`).
    """
    if not _SUSPECT.search(text):
        return text, 0, ""
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )
    lines = text.split("\n")
    plan: list[tuple[str, str]] = []
    doubtful: list[int] = []
    count, example = 0, ""
    for index, line in enumerate(lines):
        if not _SUSPECT.search(line):
            continue
        fixed, steps = ftfy.fix_and_explain(line, config)
        if fixed != line:
            lines[index] = fixed
            count += 1
            example = example or _example(line, fixed)
            plan = plan or [s for s in steps or [] if s[0] in ("encode", "decode")]
        else:
            doubtful.append(index)
    # ftfy leaves a short case like "Ã…se" alone; the way the rest of the file was mis-read settles it.
    for index in doubtful:
        line = lines[index]
        try:
            fixed = ftfy.apply_plan(line, plan or _DEFAULT_PLAN)
        except UnicodeError:
            continue
        if fixed != line and not _SUSPECT.search(fixed):
            lines[index] = fixed
            count += 1
            example = example or _example(line, fixed)
    return "\n".join(lines), count, example


def _example(before: str, after: str) -> str:
    """The first word that changed, before and after."""
    for old, new in zip(before.split(), after.split()):
        if old != new:
            return f"{old[:30]} → {new[:30]}"
    return f"{before[:30]} → {after[:30]}"
