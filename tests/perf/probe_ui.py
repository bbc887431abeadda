"""The benchmark's in-app measurements: netevent in a headless Pilot at 120x36, fresh process per database.

What is measured, exactly:

* keystroke -> list: a key event is handed to the app the way a terminal's
  input arrives (the driver's `send_message`, not `pilot.press`, which sleeps
  at least 40 ms to wait for idle). The clock stops when the PeopleList has
  been given its new ids (`set_ids`, after the search worker finished), the
  screen has processed the messages that causes, and the compositor has
  rendered the changed region (Textual's own refresh timer is forced, so the
  up-to-16 ms frame wait of a real terminal is not included). Measured for
  every keystroke of a few typed queries, over everyone ("all") and over the
  current event's room ("room"). The very first keystroke, typed a second
  after the list appeared, is reported on its own: it pays for whatever the
  app builds lazily (such as the search index). The keystrokes over everyone
  are timed again once the app's background warm-up (notes, indexes,
  checking every document) has finished.
* card: a `down` key on the focused list, until the PersonCard was given the
  next person's card (`show`, after `card_data`), messages processed and the
  frame rendered.
* UI stall while saving a note: a 5 ms ticker (`set_interval`) records when
  it gets to run; text is inserted in the note editor, then the panel's
  `request_save()` sends it through the app's writer thread, and we wait
  until the screen's `_note_saved` callback has run on the UI thread and the
  frame is repainted. The stall is the longest gap between ticks
  (from the request to the repaint) minus 5 ms; an idle window of the same
  length gives the baseline. The first save of the session (which also backs
  the file up) is reported on its own.
* UI stall while editing a person: the same ticker, while the screen's edit
  action (what Ctrl+S in the `E` form starts) writes one changed field on
  the writer thread and shows the result: from handing over the form's
  answer until the screen's `_edit_saved` has run and the frame is painted.

Prints one JSON object of millisecond samples.
Run: python tests/perf/probe_ui.py DB [--repeat R]   (notes are saved: give it a copy)
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

TYPED = ("sør", "skat", "hansen", "eksport ty")
"""Queries typed key by key in the search box."""

TICK = 0.005


class Probe:
    """Drives one running app and times what it shows."""

    def __init__(self, app: Any, pilot: Any) -> None:
        from netevent.tui.widgets.notes_panel import NotesPanel
        from netevent.tui.widgets.people_list import PeopleList
        from netevent.tui.widgets.person_card import PersonCard

        self.app, self.pilot, self.screen = app, pilot, app.screen
        self.list = self.screen.query_one(PeopleList)
        self.card = self.screen.query_one(PersonCard)
        self.notes = self.screen.query_one(NotesPanel)
        self.durations: dict[str, list[float]] = {}
        self.listed = self._spy(self.list, "set_ids")
        self.carded = self._spy(self.card, "show")
        self.saved = self._spy(self.screen, "_note_saved")
        self.edited = self._spy(self.screen, "_edit_saved")
        self.ticks: list[float] = []

    def _spy(self, widget: Any, name: str) -> asyncio.Event:
        """Set an event whenever `widget.name(...)` has run (an instance attribute shadows the method).

        How long each call took is kept in `self.durations[name]` (ms).
        """
        done = asyncio.Event()
        method = getattr(widget, name)
        spent = self.durations.setdefault(name, [])

        def spy(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            result = method(*args, **kwargs)
            spent.append((time.perf_counter() - start) * 1000)
            done.set()
            return result

        setattr(widget, name, spy)
        return done

    async def painted(self) -> None:
        """Let the screen process what is queued, then render the frame now."""
        await self.pilot._wait_for_screen()
        self.app.screen._on_timer_update()

    async def until(self, event: asyncio.Event, action: Any) -> float:
        """Milliseconds from `action()` until `event` is set and the result is painted."""
        event.clear()
        start = time.perf_counter()
        action()
        await asyncio.wait_for(event.wait(), 60)
        await self.painted()
        return (time.perf_counter() - start) * 1000

    def key(self, char: str) -> Any:
        from textual import events

        name = {" ": "space"}.get(char, char)
        return lambda: self.app._driver.send_message(events.Key(name, char if len(char) == 1 else None))

    async def set_scope(self, scope: str) -> None:
        await self.until(self.listed, lambda: setattr(self.screen, "scope", scope))

    async def typing(self) -> list[float]:
        from textual.widgets import Input

        search = self.screen.query_one("#search", Input)
        search.focus()
        await self.painted()
        samples = []
        for query in TYPED:
            if search.value:
                await self.until(self.listed, lambda: setattr(search, "value", ""))
            for char in query:
                samples.append(await self.until(self.listed, self.key(char)))
        await self.until(self.listed, lambda: setattr(search, "value", ""))
        return samples

    async def cursor(self, moves: int) -> list[float]:
        self.list.focus()
        await self.painted()
        return [await self.until(self.carded, self.key("down")) for _ in range(moves)]

    def _stall(self, start: float, end: float) -> float:
        """The longest wait of the 5 ms ticker between `start` and the first tick after `end`, minus 5 ms."""
        points = [start]
        for tick in self.ticks:
            if tick > start:
                points.append(tick)
                if tick > end:
                    break
        gaps = [b - a for a, b in zip(points, points[1:])] or [end - start]
        return max(0.0, (max(gaps) - TICK) * 1000)

    async def save(self, person_id: int, text: str) -> tuple[float, float, float]:
        """(stall ms, request-to-shown ms, idle-baseline stall ms) for saving one note."""
        self.screen.select_person(person_id)
        await self.painted()
        self.notes.editor.insert(text)
        await self.painted()
        self.ticks.clear()
        self.saved.clear()
        start = time.perf_counter()
        self.notes.request_save()
        await asyncio.wait_for(self.saved.wait(), 60)
        await self.painted()
        end = time.perf_counter()
        await settle(self.app)
        await asyncio.sleep(4 * TICK)
        stall = self._stall(start, end)
        self.ticks.clear()
        idle_start = time.perf_counter()
        await asyncio.sleep(max(end - start, 0.05))
        idle_end = time.perf_counter()
        await asyncio.sleep(4 * TICK)
        return stall, (end - start) * 1000, self._stall(idle_start, idle_end)

    async def edit(self, person_id: int, role: str) -> tuple[float, float]:
        """(stall ms, answer-to-shown ms) for editing one person's role, as the `E` form's Ctrl+S does."""
        self.screen.select_person(person_id)
        await self.painted()
        person = self.app.repo.person(person_id)
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        answer.set_result({"role": role})
        self.ticks.clear()
        self.edited.clear()
        start = time.perf_counter()
        self.screen._edited(answer, person)
        await asyncio.wait_for(self.edited.wait(), 60)
        await self.painted()
        end = time.perf_counter()
        await settle(self.app)
        await asyncio.sleep(4 * TICK)
        return self._stall(start, end), (end - start) * 1000


async def settle(app: Any) -> None:
    """Wait until every queued write is on disk and its result is on screen."""
    await asyncio.to_thread(app.writer.wait_idle)
    await asyncio.sleep(0)


async def run(db: Path, repeat: int) -> dict[str, Any]:
    """Open the app on `db` and take every measurement."""
    from netevent.storage.repository import Repository
    from netevent.tui.app import NetEventApp

    # Opened as `netevent` opens it: documents checked in the app's warm-up,
    # what was loaded frozen out of the garbage collector.
    repo = Repository.open(db, validate=False)
    gc.freeze()
    app = NetEventApp(repo)
    out: dict[str, Any] = {}
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            deadline = time.monotonic() + 120
            while not (app.screen.__class__.__name__ == "MainScreen" and app.screen.query("PeopleList")
                       and app.screen.query_one("PeopleList").ids):  # fmt: skip
                if time.monotonic() > deadline:
                    raise RuntimeError("the main screen never showed a list")
                await pilot.pause(0.05)
            await pilot.pause(1.0)  # a person looks at the screen before typing
            probe = Probe(app, pilot)
            await probe.set_scope("all")
            typed = await probe.typing()
            out["first_keystroke_ms"], out["keystroke_all_ms"] = typed[0], typed[1:]
            await probe.set_scope("room")
            out["keystroke_room_ms"] = await probe.typing()
            await probe.set_scope("all")
            out["card_ui_ms"] = await probe.cursor(max(20, repeat * 6))
            app.set_interval(TICK, lambda: probe.ticks.append(time.perf_counter()))
            ids = probe.list.ids[: repeat + 2]
            first = await probe.save(ids[0], "Første note: mødt ved kaffen, vil høre om eksport.")
            out["first_save_stall_ms"], out["first_save_ui_ms"] = first[0], first[1]
            results = [await probe.save(pid, f"Talte om skat og moms ({k}). TODO send tilbud")
                       for k, pid in enumerate(ids[1:])]  # fmt: skip
            out["save_stall_ms"] = [r[0] for r in results]
            out["save_ui_ms"] = [r[1] for r in results]
            out["idle_stall_ms"] = [r[2] for r in results]
            out["saved_callback_ms"] = probe.durations["_note_saved"][1:]
            edits = [await probe.edit(pid, f"Direktør {k}") for k, pid in enumerate(ids[1:])]
            out["edit_stall_ms"] = [e[0] for e in edits]
            out["edit_ui_ms"] = [e[1] for e in edits]
            await settle(app)
            # The app reads notes, builds its indexes and checks every document
            # in the background after its first screen (seconds at 50,000
            # people); typing then is measured above, typing after it here.
            await app.warmed.wait()  # the list still shows everyone, as for the cursor
            out["keystroke_all_warm_ms"] = await probe.typing()
    finally:
        repo.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", type=Path, default=None, help="write a cProfile report here")
    args = parser.parse_args()
    if args.profile is None:
        result = asyncio.run(run(args.db, args.repeat))
    else:
        import cProfile
        import io
        import pstats

        profiler = cProfile.Profile()
        result = profiler.runcall(asyncio.run, run(args.db, args.repeat))
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(45)
        args.profile.write_text(text.getvalue(), encoding="utf-8")
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
