"""The app in the user's language: key descriptions, Textual's own words, and switching the language.

Key descriptions are written once, in English, where each screen declares
its `BINDINGS` (marked with `N_` so that Babel extracts them); they are
translated where they are shown. Textual's footer, its keys panel and the
`?` help all read `Screen.active_bindings`, so translating there covers
every place at once, and a language chosen while the app runs reaches the
footer at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from textual.app import SystemCommand
from textual.binding import ActiveBinding, Binding
from textual.screen import Screen

from netevent.i18n import N_, _, language

__all__ = ["install", "translated", "translated_commands", "TEXTUAL_WORDS"]

TEXTUAL_WORDS = {
    "Theme": N_("Theme"),
    "Change the current theme": N_("Change the current theme"),
    "Quit": N_("Quit"),
    "Quit the application as soon as possible": N_("Quit the application as soon as possible"),
    "Keys": N_("Keys"),
    "Hide the keys and widget help panel": N_("Hide the keys and widget help panel"),
    "Show help for the focused widget and a summary of available keys": N_(
        "Show help for the focused widget and a summary of available keys"
    ),
    "Minimize": N_("Minimize"),
    "Minimize the widget and restore to normal size": N_("Minimize the widget and restore to normal size"),
    "Maximize": N_("Maximize"),
    "Maximize the focused widget": N_("Maximize the focused widget"),
    "Screenshot": N_("Screenshot"),
    "Save an SVG 'screenshot' of the current screen": N_("Save an SVG 'screenshot' of the current screen"),
    "Search for commands…": N_("Search for commands…"),
    "palette": N_("palette"),
}
"""Textual's own words that netevent's users read (the palette's system commands), to translate."""

_cache: dict[tuple[int, str], Binding] = {}


def translated(binding: Binding) -> Binding:
    """`binding` with its description and tooltip in the current language (made once per language)."""
    key = (id(binding), language())
    done = _cache.get(key)
    if done is None:
        done = dataclasses.replace(
            binding, description=_(binding.description), tooltip=_(binding.tooltip) if binding.tooltip else ""
        )
        _cache[key] = done
    return done


def translated_commands(commands: Iterable[SystemCommand]) -> Iterable[SystemCommand]:
    """Textual's system commands with their titles and help in the current language."""
    for command in commands:
        yield command._replace(title=_(command.title), help=_(command.help))


def install() -> None:
    """Translate key descriptions wherever Textual shows them (once per process)."""
    if getattr(Screen, "_netevent_translated", False):
        return
    prop: Any = Screen.__dict__["active_bindings"]  # the property itself, to call its getter
    original = prop.fget

    def active_bindings(self: Screen[Any]) -> dict[str, ActiveBinding]:
        bindings = original(self)
        return {
            key: ActiveBinding(a.node, translated(a.binding), a.enabled, _(a.tooltip) if a.tooltip else a.tooltip)
            for key, a in bindings.items()
        }

    active_bindings.__doc__ = original.__doc__
    Screen.active_bindings = property(active_bindings)  # type: ignore[assignment,method-assign]  # one hook for every footer
    Screen._netevent_translated = True  # type: ignore[attr-defined]  # installed once
