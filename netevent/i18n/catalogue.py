"""The translation function and the choice of language.

`_("Strengths")` returns the text in the current language. Strings that must
exist before the language is known (key descriptions in class bodies, table
headings at module level) are marked with `N_` so that Babel extracts them,
and translated with `_` where they are shown.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Mapping
from pathlib import Path

__all__ = [
    "LANGUAGES",
    "DOMAIN",
    "LOCALE_DIR",
    "N_",
    "Np_",
    "_",
    "ngettext",
    "set_language",
    "language",
    "language_name",
    "detect_language",
    "translate_stored",
]

LANGUAGES = ("da", "en")
"""The languages netevent speaks; English is the source language and the fallback."""

DOMAIN = "netevent"
LOCALE_DIR = Path(__file__).with_name("locale")

_NAMES = {"en": "English", "da": "Dansk"}

_language = "en"
_translations: gettext.NullTranslations = gettext.NullTranslations()
_loaded: dict[str, gettext.NullTranslations] = {}


def _catalogue(code: str) -> gettext.NullTranslations:
    """The compiled catalogue of `code` (loaded once); English, or a missing file, translates nothing."""
    if code not in _loaded:
        if code == "en":
            _loaded[code] = gettext.NullTranslations()
        else:
            _loaded[code] = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)
    return _loaded[code]


def set_language(code: str) -> None:
    """Speak `code` ("da" or "en") from now on.

    Click's own words (its usage line, its errors) come through Python's
    global gettext, so they are pointed at the same catalogue.

    Raises:
        ValueError: a language netevent does not speak.
    """
    global _language, _translations
    if code not in LANGUAGES:
        raise ValueError(f"netevent speaks {' and '.join(LANGUAGES)}, not {code!r}")
    _language = code
    _translations = _catalogue(code)
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = code  # what global gettext (and so click) reads first


def language() -> str:
    """The language spoken now: "da" or "en"."""
    return _language


def language_name(code: str | None = None) -> str:
    """The language's own name: "Dansk", "English"."""
    return _NAMES[code or _language]


def _(message: str) -> str:
    """`message` (English) in the current language; English when it has no translation."""
    return _translations.gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, in the current language."""
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for translation where it is defined; `_` translates it where it is shown."""
    return message


def Np_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular and plural pair for translation where it is defined; `ngettext(*pair, n)` shows it."""
    return singular, plural


_FIELD = re.compile(r"\{(\w+)\}")
_stored: dict[str, list[tuple[re.Pattern[str], str]]] = {}


def _templates() -> list[tuple[re.Pattern[str], str]]:
    """The catalogue's messages with `{name}` fields, as patterns that match their English text, longest first."""
    if _language not in _stored:
        found = []
        catalog = getattr(_translations, "_catalog", {})
        for msgid in catalog:
            if not isinstance(msgid, str) or "{" not in msgid or not re.search(r"[^\W\d_]{2}", _FIELD.sub("", msgid)):
                continue
            if re.search(r"\{[^}]*[!:][^}]*\}", msgid):
                continue  # a conversion or a format spec: not read back
            pattern, seen, last = "", set(), 0
            for field in _FIELD.finditer(msgid):
                name = field.group(1)
                pattern += re.escape(msgid[last : field.start()])
                pattern += f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
                seen.add(name)
                last = field.end()
            pattern += re.escape(msgid[last:])
            found.append((re.compile(pattern, re.DOTALL), msgid))
        found.sort(key=lambda item: -len(_FIELD.sub("", item[1])))
        _stored[_language] = found
    return _stored[_language]


def translate_stored(text: str) -> str:
    """English text kept in the data file, shown in the current language: "Added Ida" -> "Tilføjede Ida".

    The undo journal names each change in English (the data file is the same
    whichever language wrote it); this reads the name back against the
    catalogue's messages. Text no message matches is shown as it is.
    """
    if _language == "en" or not text:
        return text
    exact = _translations.gettext(text)
    if exact != text:
        return exact
    for pattern, msgid in _templates():
        match = pattern.fullmatch(text)
        if match:
            return _translations.gettext(msgid).format(**match.groupdict())
    return text


def detect_language(environ: Mapping[str, str] | None = None, saved: str | None = None) -> str:
    """The language to speak when `--lang` is not given: the saved setting, else the locale.

    The locale is read as the C library reads it for messages: `LC_ALL`,
    then `LC_MESSAGES`, then `LANG`; `da_DK.UTF-8` (or `da`) is Danish, and
    anything else, or nothing, is English.
    """
    if saved in LANGUAGES:
        return str(saved)
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"
