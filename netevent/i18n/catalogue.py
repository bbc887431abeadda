"""The translation function and the choice of language.

`_("Strengths")` returns the text in the current language. Strings that must
exist before the language is known (key descriptions in class bodies, table
headings at module level) are marked with `N_` so that Babel extracts them,
and translated with `_` where they are shown.
"""

from __future__ import annotations

import gettext
import os
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
