"""Keep netevent's translations up to date: extract, merge into the Danish catalogue, compile.

Run `python -m tests.i18n.catalogue` after changing any text the user reads:
it extracts every `_()`, `N_()` and `ngettext()` string of `netevent/` with
Babel, adds the command line's help texts (click takes them from docstrings
and `help=`, which Babel's extractor does not see), writes
`netevent/i18n/locale/netevent.pot`, merges it into the Danish `.po` (new
strings come in untranslated, gone ones are dropped) and compiles the `.mo`
that ships in the wheel. `--fill FILE.json` first sets Danish translations
from a `{"English": "Dansk"}` file. `tests/i18n/test_catalogue.py` fails
while the catalogue is out of step.
"""

from __future__ import annotations

import inspect
import io
import json
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "netevent"
LOCALE = PACKAGE / "i18n" / "locale"
POT = LOCALE / "netevent.pot"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "Np_": (1, 2)}


def po_path(code: str = "da") -> Path:
    """The `.po` file of a language."""
    return LOCALE / code / "LC_MESSAGES" / "netevent.po"


def mo_path(code: str = "da") -> Path:
    """The compiled `.mo` file of a language."""
    return LOCALE / code / "LC_MESSAGES" / "netevent.mo"


def command_help() -> list[tuple[str, str]]:
    """Every help text of the command line, with where it is defined: (message, "file:line")."""
    import click

    from netevent.cli import main

    found: list[tuple[str, str]] = []

    def where(command: click.Command) -> str:
        callback = command.callback
        if callback is None:
            return "netevent/cli/__init__.py:0"
        target = inspect.unwrap(callback)
        file = Path(inspect.getsourcefile(target) or "").resolve().relative_to(ROOT)
        return f"{file}:{inspect.getsourcelines(target)[1]}"

    def walk(command: click.Command) -> None:
        place = where(command)
        for text in (command.help, command.short_help, command.epilog):
            if text:
                found.append((inspect.cleandoc(text), place))
        for param in command.params:
            text = getattr(param, "help", None)
            if text:
                found.append((text, place))
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                walk(sub)

    walk(main)
    return found


def extract() -> Catalog:
    """The template: every string netevent shows, with where it comes from."""
    template = Catalog(project="netevent", domain="netevent", fuzzy=False)
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), method_map, keywords=KEYWORDS, comment_tags=("Translators:",), strip_comment_tags=True
    ):
        if message:
            template.add(message, locations=[(f"netevent/{filename}", lineno)], auto_comments=comments, context=context)
    for message, place in _missed_by_babel(template):
        file, line = place.rsplit(":", 1)
        template.add(message, locations=[(file, int(line))])
    for message, place in command_help():
        file, line = place.rsplit(":", 1)
        template.add(message, locations=[(file, int(line))], flags=("python-format",) if "%(" in message else ())
    return template


def _missed_by_babel(template: Catalog) -> list[tuple[str | tuple[str, str], str]]:
    """Calls of `_()` and the like that Babel's extractor does not see (inside an f-string's braces)."""
    import ast

    found: list[tuple[str | tuple[str, str], str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or getattr(node.func, "id", None) not in KEYWORDS:
                continue
            texts = [a.value for a in node.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if not texts:
                continue
            message: str | tuple[str, str] = texts[0] if len(texts) == 1 else (texts[0], texts[1])
            key = message if isinstance(message, str) else message[0]
            if key not in template:
                found.append((message, f"{path.relative_to(ROOT)}:{node.lineno}"))
    return found


def load(path: Path) -> Catalog:
    """Read a `.po` file."""
    with path.open("rb") as handle:
        return read_po(handle, locale=path.parts[-3])


def save(catalog: Catalog, path: Path) -> None:
    """Write a `.po` or `.pot` file, sorted by message so that diffs stay small."""
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=True, omit_header=False, include_previous=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def compiled(catalog: Catalog) -> bytes:
    """The `.mo` bytes of a catalogue (fuzzy entries left out, as gettext would ignore them)."""
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def update(fill: dict[str, str] | None = None) -> Catalog:
    """Extract, merge into the Danish catalogue (filling in `fill`), write the `.pot`, `.po` and `.mo`."""
    template = extract()
    save(template, POT)
    path = po_path()
    if path.exists():
        catalog = load(path)
    else:
        catalog = Catalog(locale="da", domain="netevent", project="netevent")
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    for message in catalog:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        if fill and key in fill:
            value = fill[key]
            message.string = value if isinstance(message.id, str) else tuple(value.split("\x00"))
            message.flags.discard("fuzzy")
    catalog.revision_date = catalog.creation_date  # keeps the file the same when nothing changed
    save(catalog, path)
    mo_path().write_bytes(compiled(load(path)))
    return catalog


def untranslated(catalog: Catalog) -> list[str]:
    """The messages that have no Danish yet (or only a fuzzy guess)."""
    out = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            out.append(message.id if isinstance(message.id, str) else message.id[0])
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    fill: dict[str, str] = {}
    while args and args[0] == "--fill":
        fill.update(json.loads(Path(args[1]).read_text(encoding="utf-8")))
        args = args[2:]
    result = update(fill)
    missing = untranslated(result)
    print(f"{len(result)} messages, {len(missing)} without Danish")
    if "--missing" in args:
        for text in missing:
            print(json.dumps(text, ensure_ascii=False))
