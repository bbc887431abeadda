"""Driving the app in tests: typing, waiting until it is quiet, and reading what the screen shows."""

from __future__ import annotations

import asyncio

from netevent.tui.widgets.people_list import PeopleList

_KEYS = {
    " ": "space",
    "/": "slash",
    "?": "question_mark",
    ",": "comma",
    ";": "semicolon",
    "—": "—",
    "[": "left_square_bracket",
    "]": "right_square_bracket",
    "-": "minus",
    ".": "full_stop",
    ":": "colon",
    "#": "number_sign",
    '"': "quotation_mark",
}


async def wait_for_workers(app) -> None:  # type: ignore[no-untyped-def]
    """Wait until no search or load runs.

    A search replaced by a newer one (cancelled) is not a failure, and an
    action waiting for its open dialog is not waited for (it waits for the test).
    """
    from textual.worker import WorkerCancelled, WorkerFailed

    for worker in [w for w in app.workers if w.group != "dialog"]:
        try:
            await worker.wait()
        except (WorkerCancelled, WorkerFailed):
            pass


async def settle(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for searches, writes, the warm-up (once it is scheduled) and repaints.

    What a test sees then does not depend on the machine's speed.
    """
    for _ in range(3):
        await wait_for_workers(app)
        if app.warm_up_scheduled:
            await app.warmed.wait()
        await asyncio.to_thread(app.writer.wait_idle)
        await pilot.pause()


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Press one key per character, as a person types."""
    for char in text:
        await pilot.press(_KEYS.get(char, char))


async def fill_form(app, pilot, *values: str) -> None:  # type: ignore[no-untyped-def]
    """Type each value into the next field of the open form ("" skips one), press Enter and wait."""
    for index, value in enumerate(values):
        if index:
            await pilot.press("tab")
        await type_text(pilot, value)
    await pilot.press("enter")
    await settle(app, pilot)


async def search(app, pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """`/`, type `text` into the search box, and wait for the list."""
    await pilot.press("slash")
    await type_text(pilot, text)
    await settle(app, pilot)


def plain(content) -> str:  # type: ignore[no-untyped-def]
    """The text of a Content or Text, without markup escapes."""
    return getattr(content, "plain", str(content))


def title(widget) -> str:  # type: ignore[no-untyped-def]
    """A widget's border title as shown on screen."""
    return widget._border_title.plain


def names_in_list(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The names in the main screen's people list, top to bottom."""
    people = app.screen.query_one(PeopleList)
    return [app.repo.person(pid).name for pid in people.ids]


async def steady(pilot) -> None:  # type: ignore[no-untyped-def]
    """`settle`, then stop every cursor blinking, so that a snapshot is the same on every run."""
    from textual.widgets import Input, TextArea

    app = pilot.app
    await settle(app, pilot)
    for widget in app.screen.query("*"):
        if isinstance(widget, (Input, TextArea)):
            widget.cursor_blink = False
    await pilot.pause()


_NAMED = {"<tab>": ("tab", "\t"), "<enter>": ("enter", "\r"), "<esc>": ("escape", "\x1b"), "<down>": ("down", None)}


def _key_events(text: str):  # type: ignore[no-untyped-def]
    """Key events for `text`, as the terminal would send them; `<tab>`, `<enter>`, `<esc>`, `<down>` are keys."""
    from textual import events

    out, i = [], 0
    while i < len(text):
        token = next((t for t in _NAMED if text.startswith(t, i)), None)
        if token is not None:
            key, char = _NAMED[token]
            i += len(token)
        else:
            char = text[i]
            key = _KEYS.get(char, char)
            i += 1
        out.append(events.Key(key, char))
    return out


async def burst(app, pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Send `text` as one terminal read (a paste without bracketing, or keys bunched by a slow link), then wait."""
    for event in _key_events(text):
        app.post_message(event)  # all queued before any is handled
    await settle(app, pilot)


def history_rows(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The rows of a person's history as text, each on one line (rendered wide, so nothing wraps)."""
    from rich.console import Console
    from textual.widgets import OptionList

    options = app.screen.query_one("#timeline-list", OptionList)
    console = Console(width=400, color_system=None, legacy_windows=False)
    rows = []
    for i in range(options.option_count):
        with console.capture() as captured:
            console.print(options.get_option_at_index(i).prompt)
        rows.append("\n".join(line.rstrip() for line in captured.get().rstrip("\n").splitlines()))
    return rows
