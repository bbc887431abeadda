"""Read people from vCard files (2.1, 3.0 and 4.0), including netevent's own export.

Pure Python. Standard properties map to the person's fields; RFC 6715
`EXPERTISE` becomes strengths and `INTEREST`/`HOBBY` interests; the
`X-NETEVENT-*` properties netevent writes come back exactly. A broken card is
skipped with the line it starts on and the rest of the file still imports.
"""

from __future__ import annotations

from netevent.domain.models import ValidationError
from netevent.io.incoming import Draft, Incoming, Parsed, Skipped
from netevent.io.vcard_parse import Prop, RawCard, split_cards, split_escaped, unescape

__all__ = ["parse_vcard"]


def parse_vcard(text: str, path: str, encoding: str = "UTF-8") -> Parsed:
    """Read every card of a .vcf file into people to import and cards skipped."""
    cards, warnings = split_cards(text)
    incoming: list[Incoming] = []
    skipped: list[Skipped] = []
    problems: list[str] = []
    versions: set[str] = set()
    for card in cards:
        source = f"line {card.start}"
        draft = _read_card(card, versions)
        if card.error:
            name = draft.full_name()
            reason = f"broken card: {card.error}"
            skipped.append(Skipped(source, name, reason))
            problems.append(f"{path} {source}: {reason}; the card was skipped")
            continue
        try:
            person = draft.person()
        except ValidationError as error:
            reason = "no FN, N or EMAIL: the card has no name" if str(error) == "no name" else str(error)
            skipped.append(Skipped(source, "", reason))
            continue
        incoming.append(Incoming(person, source, tuple(draft.remarks)))
    label = "vCard " + "/".join(sorted(versions)) if versions else "vCard"
    return Parsed(path, f"{label} ({encoding})", tuple(incoming), tuple(skipped), tuple(warnings), tuple(problems))


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


def _read_card(card: RawCard, versions: set[str]) -> Draft:
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
    for prop in by_name.get("ORG", [])[:1]:
        parts = [p.strip() for p in split_escaped(prop.value, ";")]
        draft.set("company", parts[0])
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
    for prop in _pref_first(by_name.get("URL", [])):
        draft.set("url", unescape(prop.value), "URL")
    for prop in by_name.get("X-SOCIALPROFILE", []):
        draft.set("url", unescape(prop.value), "URL")
    for prop in by_name.get("NOTE", []):
        draft.add_about(unescape(prop.value))
    for name, target in (("CATEGORIES", "tags"), ("X-NETEVENT-TAGS", "tags")):
        for prop in by_name.get(name, []):
            draft.add_list(target, [p for p in split_escaped(prop.value, ",")])
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
    return draft


def _read_other(draft: Draft, by_name: dict[str, list[Prop]]) -> None:
    """Details without a field of their own, kept so that nothing the card said is lost."""
    for prop in by_name.get("NICKNAME", [])[:1]:
        draft.add_extra("Nickname", ", ".join(split_escaped(prop.value, ",")))
    for prop in by_name.get("BDAY", [])[:1]:
        draft.add_extra("Birthday", unescape(prop.value))
    for prop in by_name.get("ADR", []):
        parts = [p.strip() for p in split_escaped(prop.value, ";") if p.strip()]
        if parts:
            draft.add_extra("Address", ", ".join(parts))
