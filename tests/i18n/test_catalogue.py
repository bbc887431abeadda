"""The Danish catalogue is complete, compiled, in step with the code, and safe to format."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from netevent.i18n import _, language, ngettext, set_language
from tests.i18n import catalogue

FIELD = string.Formatter()


def _fields(text: str) -> set[str]:
    if "%(" in text:
        return set(re.findall(r"%\((\w+)\)s", text))
    return {name for _lit, name, _spec, _conv in FIELD.parse(text) if name is not None}


@pytest.fixture(scope="module")
def danish_po():
    return catalogue.load(catalogue.po_path("da"))


def test_every_message_has_danish(danish_po) -> None:
    missing = catalogue.untranslated(danish_po)
    assert not missing, "no Danish (or only a fuzzy guess) for:\n" + "\n".join(missing)


def test_the_catalogue_is_in_step_with_the_code(danish_po) -> None:
    template = catalogue.extract()
    code = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    po = {m.id if isinstance(m.id, str) else m.id[0] for m in danish_po if m.id}
    assert code - po == set(), "new texts: run `python -m tests.i18n.catalogue` and translate them"
    assert po - code == set(), "texts the code no longer has: run `python -m tests.i18n.catalogue`"


def test_the_compiled_catalogue_is_the_po(danish_po) -> None:
    shipped = catalogue.mo_path("da").read_bytes()
    assert shipped == catalogue.compiled(danish_po), "run `python -m tests.i18n.catalogue` to compile the .mo"


def test_translations_keep_the_placeholders(danish_po) -> None:
    wrong = []
    for message in danish_po:
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else message.id
        strings = (message.string,) if isinstance(message.string, str) else message.string
        wanted = set().union(*(_fields(i) for i in ids))
        for text in strings:
            if _fields(text) != wanted:
                wrong.append(f"{ids[0]!r}: {sorted(_fields(text))} instead of {sorted(wanted)}")
    assert not wrong, "\n".join(wrong)


def test_danish_comes_from_the_shipped_catalogue(danish: None) -> None:
    assert language() == "da"
    assert _("You can offer them") == "Du kan tilbyde dem"
    assert _("Strengths") == "Styrker" and _("Needs") == "Behov"
    assert ngettext("{count} person", "{count} people", 1) == "{count} person"
    assert ngettext("{count} person", "{count} people", 3) == "{count} personer"


def test_a_missing_translation_falls_back_to_english_never_empty(danish: None) -> None:
    assert _("A sentence nobody translated") == "A sentence nobody translated"
    assert _("") == ""
    assert ngettext("one thing nobody translated", "{count} things", 2) == "{count} things"


def test_english_is_the_source() -> None:
    set_language("en")
    assert _("You can offer them") == "You can offer them"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="netevent speaks da and en"):
        set_language("fr")


def test_click_and_textual_words_are_theirs() -> None:
    """The words of click and Textual that the catalogue translates are still theirs to the letter."""
    import click
    import textual

    from netevent.cli.click_words import CLICK_WORDS
    from netevent.tui.language import TEXTUAL_WORDS

    def source(package: object) -> str:
        folder = Path(package.__file__).parent  # type: ignore[attr-defined]
        return "\n".join(p.read_text(encoding="utf-8") for p in folder.rglob("*.py"))

    click_source, textual_source = source(click), source(textual)
    assert [w for w in CLICK_WORDS if f'"{w}"' not in click_source] == []
    assert [w for w in TEXTUAL_WORDS if w not in textual_source] == []


def test_the_catalogue_ships_inside_the_package() -> None:
    from importlib.resources import files

    mo = files("netevent.i18n") / "locale" / "da" / "LC_MESSAGES" / "netevent.mo"
    assert mo.is_file() and mo.read_bytes()[:4] in (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")


@pytest.mark.parametrize(
    ("environ", "saved", "expected"),
    [
        ({"LANG": "da_DK.UTF-8"}, None, "da"),
        ({"LANG": "en_US.UTF-8"}, None, "en"),
        ({"LC_ALL": "da_DK.UTF-8", "LANG": "en_US.UTF-8"}, None, "da"),
        ({"LC_MESSAGES": "da_DK", "LANG": "en_GB.UTF-8"}, None, "da"),
        ({"LC_ALL": "C", "LANG": "da_DK.UTF-8"}, None, "en"),
        ({}, None, "en"),
        ({"LANG": "da_DK.UTF-8"}, "en", "en"),
        ({"LANG": "en_US.UTF-8"}, "da", "da"),
        ({"LANG": "da"}, "fr", "da"),
    ],
)
def test_the_language_comes_from_the_setting_else_the_locale(environ, saved, expected) -> None:
    from netevent.i18n import detect_language

    assert detect_language(environ, saved=saved) == expected


def test_what_the_file_keeps_in_english_is_shown_in_danish(danish: None) -> None:
    from netevent.i18n import translate_stored

    assert translate_stored("Added Ida Kristensen") == "Tilføjede Ida Kristensen"
    assert translate_stored("Merged Bo (#3) into Bo Berg (#4)") == "Flettede Bo (#3) ind i Bo Berg (#4)"
    assert translate_stored("Changed your profile and pitch") == "Ændrede din profil og pitch"
    assert translate_stored("something a hand edit wrote") == "something a hand edit wrote"
    set_language("en")
    assert translate_stored("Added Ida Kristensen") == "Added Ida Kristensen"
