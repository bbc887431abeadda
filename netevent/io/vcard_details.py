"""The details of a vCard that have no field of their own: kept as labelled extras, or named as not kept.

Pure Python. Address books write the same things in many dialects: IM
handles (`IMPP`, `X-SKYPE`, `X-AIM`…), manager, assistant and spouse
(`X-MS-MANAGER`, `X-EVOLUTION-SPOUSE`, `RELATED`), anniversaries,
Apple's grouped `X-ABDATE`/`X-ABRELATEDNAMES` with their `X-ABLabel`,
Android's `X-ANDROID-CUSTOM` and FullContact's hex-named `X-FCENCODED-…`.
Each becomes an extra with a plain label (`Skype`, `Manager`,
`Anniversary`). Bookkeeping (`REV`, `UID`, `PRODID`…) is dropped, as it
says nothing about the person; photos, logos, sounds and keys cannot be
kept and are named for the report.
"""

from __future__ import annotations

import re

from netevent.io.incoming import Draft
from netevent.io.vcard_parse import Prop, split_escaped, unescape

__all__ = ["read_details", "HOUSEKEEPING"]

HOUSEKEEPING = frozenset(
    [
        "VERSION",
        "PRODID",
        "REV",
        "UID",
        "X-ABUID",
        "CLASS",
        "MAILER",
        "PROFILE",
        "NAME",
        "SOURCE",
        "SORT-STRING",
        "X-EVOLUTION-FILE-AS",
        "X-GENERATOR",
        "X-ETAG",
        "X-ID",
        "X-MS-OL-DESIGN",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
        "X-ABADR",
        "X-ABSHOWAS",
        "X-ABLABEL",
        "KIND",
        "X-FC-LIST-ID",
        "X-FC-TAGS",
        "X-COUCHDB-APPLICATION-ANNOTATIONS",
        "X-COUCHDB-REVISION",
        "X-COUCHDB-UUID",
        "X-MOZILLA-HTML",
        "X-EVOLUTION-LIST",
        "X-EVOLUTION-LIST-SHOW-ADDRESSES",
        "X-IRMC-LUID",
        "X-MOZILLA-PROPERTY",
        "CLIENTPIDMAP",
        "X-MS-CARDPICTURE-TYPE",
    ]
)
"""Properties about the card or the program, not the person."""

_NOT_KEPT = {"PHOTO": "photo", "LOGO": "logo", "SOUND": "sound", "KEY": "public key", "X-MS-CARDPICTURE": "photo"}
_IM = {
    "X-AIM": "AIM",
    "X-ICQ": "ICQ",
    "X-JABBER": "Jabber",
    "X-MSN": "MSN",
    "X-YAHOO": "Yahoo",
    "X-SKYPE": "Skype",
    "X-SKYPE-USERNAME": "Skype",
    "X-GTALK": "Google Talk",
    "X-GOOGLE-TALK": "Google Talk",
    "X-QQ": "QQ",
    "X-TWITTER": "Twitter",
    "X-MS-IMADDRESS": "IM",
    "X-KADDRESSBOOK-X-IMADDRESS": "IM",
}
_WORDS = (("MANAGER", "Manager"), ("ASSISTANT", "Assistant"), ("SPOUSE", "Spouse"), ("ANNIVERSARY", "Anniversary"))
_PLAIN = {
    "ANNIVERSARY": "Anniversary",
    "GENDER": "Gender",
    "X-GENDER": "Gender",
    "TZ": "Time zone",
    "GEO": "Location",
    "LANG": "Language",
    "FBURL": "Free/busy",
    "CALURI": "Calendar",
    "CALADRURI": "Calendar address",
    "X-PHONETIC-FIRST-NAME": "Phonetic first name",
    "X-PHONETIC-MIDDLE-NAME": "Phonetic middle name",
    "X-PHONETIC-LAST-NAME": "Phonetic last name",
    "X-PHONETIC-ORG": "Phonetic company",
}
_APPLE = {"X-ABDATE": "Date", "X-ABRELATEDNAMES": "Related name"}
_ANDROID_EVENTS = {"1": "Anniversary", "2": "Date", "3": "Birthday"}
_ANDROID_RELATIONS = {
    "1": "Assistant",
    "2": "Brother",
    "3": "Child",
    "4": "Partner",
    "5": "Father",
    "6": "Friend",
    "7": "Manager",
    "8": "Mother",
    "9": "Parent",
    "10": "Partner",
    "11": "Referred by",
    "12": "Relative",
    "13": "Sister",
    "14": "Spouse",
}
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")


def read_details(draft: Draft, props: list[Prop], labels: dict[str, str]) -> list[str]:
    """Keep each of `props` as an extra on `draft`; return what could not be kept (`photo`…).

    Args:
        labels: each group's `X-ABLabel` (`ITEM1` → `Spouse`), for Apple's grouped properties.
    """
    not_kept: list[str] = []
    for prop in props:
        if prop.name in HOUSEKEEPING:
            continue
        what = _NOT_KEPT.get(prop.name)
        if what or any(e.upper() in ("B", "BASE64") for e in prop.param("ENCODING")):
            not_kept.append(what or prop.name.lower())
            continue
        value = unescape(prop.value).strip()
        if not value:
            continue
        _keep(draft, prop, value, labels.get(prop.group, ""))
    return not_kept


def _keep(draft: Draft, prop: Prop, value: str, group_label: str) -> None:
    name = prop.name
    if name == "IMPP":
        scheme, _, handle = value.partition(":")
        service = (prop.param("X-SERVICE-TYPE") or prop.param("TYPE") or [scheme])[0]
        draft.add_extra(service.capitalize() if service.islower() else service, handle or value)
    elif name in _IM:
        draft.add_extra(_IM[name], value)
    elif name == "X-MS-TEL":
        draft.set("phone", value, "Phone")
    elif name in _APPLE:
        draft.add_extra(_apple_label(group_label) or _APPLE[name], value)
    elif name == "RELATED":
        kind = (prop.param("TYPE") or ["related"])[0]
        draft.add_extra(kind.capitalize(), value)
    elif name == "X-ANDROID-CUSTOM":
        _android(draft, prop.value)
    elif name.startswith("X-FCENCODED-"):
        draft.add_extra(_fullcontact_label(name), value)
    elif name in _PLAIN:
        draft.add_extra(_PLAIN[name], value)
    else:
        word = next((label for key, label in _WORDS if key in name), "")
        draft.add_extra(word or _label_from_name(name), value)


def _apple_label(label: str) -> str:
    """`_$!<Spouse>!$_` → `Spouse`; a label the user typed stays as it is."""
    match = _APPLE_LABEL.fullmatch(label.strip())
    text = match.group(1) if match else label.strip()
    return text.replace("_", " ").capitalize() if text.isupper() else text


def _android(draft: Draft, raw: str) -> None:
    """`vnd.android.cursor.item/relation;Jenny;14;;;…`: a nickname, a date or a relation."""
    parts = split_escaped(raw, ";") + ["", "", ""]
    kind, value, code, custom = parts[0].rpartition("/")[2], parts[1].strip(), parts[2].strip(), parts[3].strip()
    if not value:
        return
    if kind == "nickname":
        draft.add_extra("Nickname", value)
    elif kind == "contact_event":
        draft.add_extra(custom or _ANDROID_EVENTS.get(code, "Date"), value)
    elif kind == "relation":
        draft.add_extra(custom or _ANDROID_RELATIONS.get(code, "Relation"), value)
    else:
        draft.add_extra(kind.replace("_", " ").capitalize(), value)


def _fullcontact_label(name: str) -> str:
    """FullContact hex-encodes its property names: `X-FCENCODED-582D46…` is `X-FC-RelatedNames:Manager`."""
    try:
        decoded = bytes.fromhex(name[len("X-FCENCODED-") :]).decode("utf-8")
    except ValueError:
        return _label_from_name(name)
    kind, _, label = decoded.partition(":")
    if label and label != "CustomTYPE":
        return label
    return _label_from_name(kind)


def _label_from_name(name: str) -> str:
    """A readable label from a property name: `X-MS-CUSTOM-FIELD` → `Custom field`."""
    text = re.sub(r"^X-(?:MS-|EVOLUTION-|KADDRESSBOOK-(?:X-)?|AB|FC-|ANDROID-|MOZILLA-)?", "", name.upper())
    text = text.replace("-", " ").replace("_", " ").strip()
    return text.capitalize() if text else name
