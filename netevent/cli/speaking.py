"""The command line in the user's language: `--lang da|en`, the saved setting or the locale.

The language is settled before click reads the arguments, so that
`netevent --lang da give --help` and `LANG=da_DK.UTF-8 netevent` both speak
Danish from the first word: click keeps each command's help as the English
text it was declared with, and `translate_help` puts the current language's
text in its place (the English is kept to translate again).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from netevent.config import load_config
from netevent.i18n import LANGUAGES, _, detect_language, set_language

__all__ = ["SpeakingGroup", "choose_language", "translate_help", "lang_option"]

_SOURCE = "_netevent_english"


def choose_language(args: Sequence[str]) -> tuple[str, list[str]]:
    """The language `args` ask for (`--lang da`, `--lang=en`), else the saved one, else the locale's.

    Returns:
        The language, and the arguments with `--lang` taken out (it may come
        after the command: `netevent event list --lang da`).

    Raises:
        Fail: `--lang` without a language netevent speaks.
    """
    rest: list[str] = []
    chosen: str | None = None
    items = list(args)
    i = 0
    while i < len(items):
        item = items[i]
        if item == "--":
            rest += items[i:]
            break
        if item == "--lang" or item.startswith("--lang="):
            if item == "--lang":
                value = items[i + 1] if i + 1 < len(items) else ""
                i += 1
            else:
                value = item.split("=", 1)[1]
            if value not in LANGUAGES:
                from netevent.cli.common import Fail

                raise Fail(
                    _("--lang takes {choices}, not {value!r}").format(choices=" or ".join(LANGUAGES), value=value)
                )
            chosen = value
        else:
            rest.append(item)
        i += 1
    if chosen is None:
        saved = load_config().get("language")
        chosen = detect_language(saved=saved if isinstance(saved, str) else None)
    return chosen, rest


def translate_help(command: click.Command) -> None:
    """Put the current language's help texts on `command` and everything under it."""
    for sub in _commands(command):
        if getattr(sub, "_help_option", None) is not None:
            sub._help_option = None  # click keeps the --help option it made, with its help in the old language
    for owner, attr in _texts(command):
        source = getattr(owner, _SOURCE + attr, None)
        if source is None:
            source = getattr(owner, attr)
            setattr(owner, _SOURCE + attr, source)
        if source:
            import inspect

            setattr(owner, attr, _(inspect.cleandoc(source)))


def _commands(command: click.Command) -> list[click.Command]:
    subs = list(command.commands.values()) if isinstance(command, click.Group) else []
    return [command, *(c for sub in subs for c in _commands(sub))]


def _texts(command: click.Command) -> list[tuple[Any, str]]:
    out: list[tuple[Any, str]] = [(command, "help"), (command, "short_help"), (command, "epilog")]
    out += [(param, "help") for param in command.params if getattr(param, "help", None) is not None]
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            out += _texts(sub)
    return out


class SpeakingGroup(click.Group):
    """netevent's top command: settles the language first, then runs as click does."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        """Choose the language (`--lang`, the saved setting, the locale), translate the help, then run."""
        try:
            code, remaining = choose_language(sys.argv[1:] if args is None else args)
        except click.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        set_language(code)
        translate_help(self)
        return super().main(remaining, *rest, **extra)


def lang_option(func: Any) -> Any:
    """`--lang da|en`, for the help to show (the language is settled before click reads it)."""
    return click.option(
        "--lang",
        "lang",
        type=click.Choice(LANGUAGES),
        default=None,
        expose_value=False,
        help=_("Language: da (Danish) or en (English); default: the saved setting, else the locale (LANG)."),
    )(func)
