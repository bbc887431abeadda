"""Split a .vcf file into cards and their properties, keeping line numbers.

Pure Python. Handles vCard 2.1, 3.0 and 4.0: folded lines, quoted-printable
values with soft line breaks and a CHARSET, grouped properties (`item1.EMAIL`),
quoted parameter values and backslash escapes. A card that is broken (a line
that is not a property, no END:VCARD) is returned with an error and its start
line, so the cards around it still import; a file that ends inside a card
is marked as cut off. vobject was measured on real exports and lost here: it
skips the continuation lines of Android's multi-line quoted-printable values
and stops at an iPhone photo it cannot decode, and it cannot say on which
line a card starts.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

__all__ = ["Prop", "RawCard", "split_cards", "unescape", "split_escaped"]

_NAME = re.compile(r"[A-Za-z0-9-]+")


@dataclass(frozen=True, slots=True)
class Prop:
    """One property of a card: `item1.EMAIL;TYPE=work:jane@example.com`."""

    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    value: str
    """The value after quoted-printable decoding, still with vCard escapes."""

    def param(self, key: str) -> list[str]:
        """A parameter's values, upper-cased key."""
        return self.params.get(key.upper(), [])

    def has_type(self, wanted: str) -> bool:
        """True when TYPE (or a 2.1 bare parameter) includes `wanted`, case-insensitively."""
        return any(t.casefold() == wanted.casefold() for t in self.param("TYPE"))


@dataclass
class RawCard:
    """A card's properties, the line it starts on, and what is wrong with it, if anything."""

    start: int
    props: list[Prop] = field(default_factory=list)
    error: str = ""
    cut: bool = False
    """True when the file ends inside this card: the file was cut off."""


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfold the file into (first line number, text) pairs.

    Each logical line is gathered as a list of pieces and joined once: adding
    to a string piece by piece copies it every time, and a 10 MB photo folded
    into 75-byte lines took minutes.
    """
    physical = re.split(r"\r\n|\r|\n", text)
    out: list[tuple[int, list[str]]] = []
    quoted = False  # the logical line so far is a quoted-printable property
    for number, line in enumerate(physical, start=1):
        pieces = out[-1][1] if out else []
        if out and quoted and pieces[-1].endswith("="):  # a soft line break
            if _STARTS_PROPERTY.match(line) or not line.strip():
                # Android ends some quoted-printable values with a stray `=`: the next
                # property is not part of the value.
                pieces[-1] = pieces[-1][:-1]
                out.append((number, [line]))
                quoted = _quoted_printable(line)
            else:
                pieces[-1] = pieces[-1][:-1]
                pieces.append(line)
        elif out and line[:1] in (" ", "\t") and line.strip():
            pieces.append(line[1:])
        else:
            out.append((number, [line]))
            quoted = _quoted_printable(line)
    return [(number, "".join(pieces)) for number, pieces in out]


# The start of a property line: a known name (or an X- name), optionally grouped, then `;` or `:`.
_STARTS_PROPERTY = re.compile(
    r"(?:[A-Za-z0-9-]+\.)?(?:X-[A-Za-z0-9-]+|BEGIN|END|VERSION|FN|N|NICKNAME|PHOTO|BDAY|ANNIVERSARY|GENDER|ADR|LABEL|"
    r"TEL|EMAIL|IMPP|LANG|TZ|GEO|TITLE|ROLE|LOGO|ORG|MEMBER|RELATED|CATEGORIES|NOTE|PRODID|REV|SOUND|UID|"
    r"CLIENTPIDMAP|URL|KEY|FBURL|CALADRURI|CALURI|SOURCE|KIND|XML|CLASS|MAILER|NAME|PROFILE|SORT-STRING|AGENT|"
    r"EXPERTISE|HOBBY|INTEREST|ORG-DIRECTORY)[;:]"
)
"""Case-sensitive on purpose: writers put names in capitals, while a note's text may go on with `Tel: …`."""


def _quoted_printable(line: str) -> bool:
    """A vCard 2.1 quoted-printable property: a value ending in `=` goes on on the next line."""
    return "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()


def split_cards(text: str) -> tuple[list[RawCard], list[str]]:
    """Every card in the file and warnings about text outside cards."""
    cards: list[RawCard] = []
    warnings: list[str] = []
    current: RawCard | None = None
    for number, line in _logical_lines(text):
        stripped = line.strip()
        upper = stripped.upper()
        if upper == "BEGIN:VCARD":
            if current is not None:
                current.error = current.error or f"no END:VCARD before the next card on line {number}"
                cards.append(current)
            current = RawCard(number)
            continue
        if current is None:
            if stripped:
                warnings.append(f"line {number}: text outside a card was ignored: {stripped[:40]!r}")
            continue
        if upper == "END:VCARD":
            cards.append(current)
            current = None
            continue
        if not stripped or current.error:
            continue
        try:
            current.props.append(_parse_line(number, stripped))
        except ValueError as error:
            if current.props and _binary(current.props[-1]) and ":" not in stripped:
                continue  # an unindented line of a photo's base64: no person data is lost
            current.error = f"line {number}: {error}"
    if current is not None:
        current.error = current.error or "no END:VCARD before the end of the file"
        current.cut = True
        cards.append(current)
    return cards, warnings


def _binary(prop: Prop) -> bool:
    return any(e.upper() in ("BASE64", "B") for e in prop.param("ENCODING"))


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def _parse_line(number: int, line: str) -> Prop:
    quoted = False
    colon = -1
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            colon = index
            break
    if colon < 0:
        raise ValueError(f"{line[:40]!r} is not a vCard property (no ':')")
    head, value = line[:colon], line[colon + 1 :]
    pieces = _split_outside_quotes(head, ";")
    group, _, name = pieces[0].rpartition(".")
    if not _NAME.fullmatch(name) or (group and not _NAME.fullmatch(group)):
        raise ValueError(f"{pieces[0][:40]!r} is not a vCard property name")
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        key, eq, raw = piece.partition("=")
        if not eq:  # vCard 2.1: `TEL;WORK;VOICE:` and `;QUOTED-PRINTABLE:`
            encodings = ("QUOTED-PRINTABLE", "BASE64", "8BIT", "B")
            key, raw = ("ENCODING", key) if key.upper() in encodings else ("TYPE", key)
        values = [v.strip().strip('"') for v in _split_outside_quotes(raw, ",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    encoding = [e.upper() for e in params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encoding:
        value = _decode_qp(value, params.get("CHARSET", ["utf-8"])[0])
    return Prop(number, group.upper(), name.upper(), params, value)


def _decode_qp(value: str, charset: str) -> str:
    raw = quopri.decodestring(value.encode("utf-8"))
    for encoding in (charset, "utf-8"):
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    if charset.replace("-", "").lower() == "utf8":
        # Declared UTF-8 with a broken byte: show the damage (�) rather than turn every letter into mojibake.
        return raw.decode("utf-8", errors="replace")
    return raw.decode("cp1252", errors="replace")


# vCard escapes `\\` `\,` `\;` `\n`; writers also escape `:` and `"` (Gmail), which mean themselves.
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":", '"': '"', "'": "'"}


def unescape(text: str) -> str:
    """Undo vCard backslash escapes (`\\,` `\\;` `\\n` `\\\\`)."""
    if "\\" not in text:
        return text
    out, index = [], 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            nxt = text[index + 1]
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            index += 2
            continue
        out.append(ch)
        index += 1
    return "".join(out)


def split_escaped(text: str, sep: str) -> list[str]:
    """Split a structured or list value on `sep` where it is not escaped, then unescape each part."""
    parts, buf, index = [], [], 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            buf.append(text[index : index + 2])
            index += 2
            continue
        if ch == sep:
            parts.append(unescape("".join(buf)))
            buf = []
        else:
            buf.append(ch)
        index += 1
    parts.append(unescape("".join(buf)))
    return parts
