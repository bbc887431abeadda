"""Read people from vCard files (2.1, 3.0 and 4.0), including netevent's own export.

Pure Python. Standard properties map to the person's fields; RFC 6715
`EXPERTISE` becomes strengths and `INTEREST`/`HOBBY` interests; the
`X-NETEVENT-*` properties netevent writes come back exactly; everything else
the card says is kept as an extra or named in the report (see
`vcard_details`). Google's own groups (`myContacts`, `starred`) are not tags.
A broken card is skipped with the line it starts on and the rest of the file
still imports; a file that ends inside a card was cut off and is refused.
"""

from __future__ import annotations

from netevent.domain.models import ValidationError
from netevent.io.incoming import Draft, ImportFailed, Incoming, Parsed, Skipped
from netevent.io.vcard_details import read_details
from netevent.io.vcard_parse import Prop, RawCard, split_cards, split_escaped, unescape

__all__ = ["parse_vcard"]


def parse_vcard(text: str, path: str, encoding: str = "UTF-8") -> Parsed:
    """Read every card of a .vcf file into people to import and cards skipped.

    Raises:
        ImportFailed: the file ends inside a card (it was cut off); nothing is imported.
    """
    cards, warnings = split_cards(text)
    if cards and cards[-1].cut:
        raise ImportFailed(
            f"{path} line {cards[-1].start}: the file ends inside the card that starts here (no END:VCARD): "
            "it looks cut off, so nothing was imported; export or download it again"
        )
    incoming: list[Incoming] = []
    skipped: list[Skipped] = []
    problems: list[str] = []
    versions: set[str] = set()
    unkept: dict[str, list[int]] = {}
    for card in cards:
        source = f"line {card.start}"
        draft, not_kept = _read_card(card, versions)
        if card.error:
            name = draft.full_name()
            reason = f"broken card: {card.error}"
            skipped.append(Skipped(source, name, reason))
            problems.append(f"{path} {source}: {reason}; the card was skipped")
            continue
        try:
            person = draft.person()
        except ValidationError as error:
            reason = "no name, email or phone number in the card" if str(error) == "no name" else str(error)
            skipped.append(Skipped(source, "", reason))
            continue
        for what in dict.fromkeys(not_kept):
            unkept.setdefault(what, []).append(card.start)
        incoming.append(Incoming(person, source, tuple(draft.remarks)))
    label = "vCard " + "/".join(sorted(versions)) if versions else "vCard"
    return Parsed(
        path,
        f"{label} ({encoding})",
        tuple(incoming),
        tuple(skipped),
        tuple(warnings),
        tuple(problems),
        not_kept=tuple(_not_kept_line(what, lines) for what, lines in unkept.items()),
    )


def _not_kept_line(what: str, lines: list[int]) -> str:
    """`photo in 3 cards (lines 1, 40, 90)`."""
    shown = ", ".join(str(n) for n in lines[:5]) + (", …" if len(lines) > 5 else "")
    cards = "1 card" if len(lines) == 1 else f"{len(lines)} cards"
    return f"{what} in {cards} (line{'s' if len(lines) > 1 else ''} {shown})"


def _pref_first(props: list[Prop]) -> list[Prop]:
    """Preferred values first: `TYPE=pref` (3.0) or `PREF=1` (4.0)."""

    def rank(prop: Prop) -> int:
        pref = prop.param("PREF")
        if pref:
            try:
                return int(pref[0])
            except ValueError:
                return 1
        return 1 if prop.has_type("pref") else 101

    return sorted(props, key=rank)


_READ = frozenset(
    [
        "FN",
        "N",
        "ORG",
        "TITLE",
        "ROLE",
        "EMAIL",
        "TEL",
        "URL",
        "X-SOCIALPROFILE",
        "NOTE",
        "CATEGORIES",
        "EXPERTISE",
        "INTEREST",
        "HOBBY",
        "NICKNAME",
        "BDAY",
        "ADR",
        "LABEL",
        "X-NETEVENT-TAGS",
        "X-NETEVENT-STRENGTHS",
        "X-NETEVENT-NEEDS",
        "X-NETEVENT-INTERESTS",
        "X-NETEVENT-FIRST-MET-ON",
        "X-NETEVENT-FIRST-MET-AT",
        "X-NETEVENT-EXTRA",
    ]
)
"""Properties read into fields here; every other one goes to `read_details`."""


def _read_card(card: RawCard, versions: set[str]) -> tuple[Draft, list[str]]:
    """The card's values, and what in it could not be kept."""
    draft = Draft()
    by_name: dict[str, list[Prop]] = {}
    for prop in card.props:
        by_name.setdefault(prop.name, []).append(prop)
    for prop in by_name.get("VERSION", [])[:1]:
        versions.add(prop.value.strip())
    for prop in by_name.get("FN", [])[:1]:
        draft.name = unescape(prop.value)
    for prop in by_name.get("N", [])[:1]:
        parts = split_escaped(prop.value, ";") + [""] * 5
        draft.last, draft.first, draft.middle = parts[0], parts[1], parts[2]
        draft.labels.update(first="Given name", middle="Middle name", last="Family name")
    for prop in by_name.get("ORG", []):
        parts = [p.strip() for p in split_escaped(prop.value, ";")]
        draft.set("company", parts[0], "Company")
        if any(parts[1:]):
            draft.add_extra("Department", " / ".join(p for p in parts[1:] if p))
    for prop in by_name.get("TITLE", []):
        draft.set("role", unescape(prop.value), "Title")
    for prop in by_name.get("ROLE", []):
        if draft.single.get("role"):
            draft.add_extra("Role", unescape(prop.value))
        else:
            draft.set("role", unescape(prop.value), "Role")
    for prop in _pref_first(by_name.get("EMAIL", [])):
        draft.set("email", unescape(prop.value), "Email")
    for prop in _pref_first(by_name.get("TEL", [])):
        value = unescape(prop.value).strip()
        draft.set("phone", value[4:] if value.casefold().startswith("tel:") else value, "Phone")
    for prop in _pref_first(by_name.get("URL", [])) + by_name.get("X-SOCIALPROFILE", []):
        draft.set("url", unescape(prop.value), "URL")
    for prop in by_name.get("NOTE", []):
        draft.add_about(unescape(prop.value))
    for name in ("CATEGORIES", "X-NETEVENT-TAGS"):
        for prop in by_name.get(name, []):
            draft.add_list("tags", [p for p in split_escaped(prop.value, ",")])
    for name, target in (
        ("EXPERTISE", "strengths"),
        ("X-NETEVENT-STRENGTHS", "strengths"),
        ("X-NETEVENT-NEEDS", "needs"),
        ("INTEREST", "interests"),
        ("HOBBY", "interests"),
        ("X-NETEVENT-INTERESTS", "interests"),
    ):
        for prop in by_name.get(name, []):
            draft.add_list(target, [unescape(prop.value)])
    for prop in by_name.get("X-NETEVENT-FIRST-MET-ON", [])[:1]:
        draft.set("first_met_on", unescape(prop.value), "First met on")
    for prop in by_name.get("X-NETEVENT-FIRST-MET-AT", [])[:1]:
        draft.set("first_met_at", unescape(prop.value), "First met at")
    for prop in by_name.get("X-NETEVENT-EXTRA", []):
        parts = split_escaped(prop.value, ";")
        label, value = parts[0], ";".join(parts[1:])
        draft.add_extra(label or "Extra", value)
    _read_other(draft, by_name)
    labels = {p.group: unescape(p.value) for p in by_name.get("X-ABLABEL", []) if p.group}
    rest = [p for p in card.props if p.name not in _READ]
    return draft, read_details(draft, rest, labels)


def _read_other(draft: Draft, by_name: dict[str, list[Prop]]) -> None:
    """Details without a field of their own, kept so that nothing the card said is lost."""
    for prop in by_name.get("NICKNAME", [])[:1]:
        draft.add_extra("Nickname", ", ".join(split_escaped(prop.value, ",")))
    for prop in by_name.get("BDAY", [])[:1]:
        draft.add_extra("Birthday", unescape(prop.value))
    addresses = by_name.get("ADR", []) or by_name.get("LABEL", [])  # LABEL repeats ADR as printed text
    for prop in addresses:
        parts = [p.strip() for p in split_escaped(prop.value, ";") if p.strip()]
        if parts:
            draft.add_extra("Address", ", ".join(parts))
