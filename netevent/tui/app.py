"""The netevent app: owns the repository, the write queue, the theme and the signals.

Everything you see lives in `screens/`; this module wires the pieces and
makes sure that nothing typed is lost, whatever ends the process: quit,
Ctrl+Z, a closed terminal (SIGHUP) or a kill (SIGTERM).
"""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import sys
import threading
from functools import partial
from typing import Any, Callable, Iterable

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

from netevent.config import load_config, save_config
from netevent.storage.repository import Repository
from netevent.tui.resources import styles_dir
from netevent.storage.errors import StorageError
from netevent.tui.themes import THEMES
from netevent.runtime.writer import Writer

__all__ = ["NetEventApp"]


class NetEventApp(App[str | None]):
    """The full-screen netevent app on one open repository.

    Args:
        repo: the open data file (the app never closes it; the caller does).
        demo: show that this is the demo network.
    """

    TITLE = "netevent"
    CSS_PATH = [str(styles_dir() / name) for name in ("app.tcss", "main.tcss", "modals.tcss", "before_after.tcss")]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True, id="quit", tooltip="Save and quit", show=False),
        Binding("f1", "help", "Help", show=False, id="help-f1"),
    ]

    def __init__(self, repo: Repository, *, demo: bool = False) -> None:
        super().__init__()
        self.repo = repo
        self.demo = demo
        self.sub_title = ("demo — " if demo else "") + str(repo.path.name)
        self._loop: asyncio.AbstractEventLoop | None = None
        self.writer = Writer(deliver=self._deliver)
        self.warmed = asyncio.Event()
        """Set once the notes are read, the indexes built and every document checked."""
        self._warm_up_timer: Timer | None = None
        self.exiting = False
        """True once the app is quitting: keys typed after that are ignored."""
        from netevent.tui.commands import PeopleCommands

        self.COMMANDS = App.COMMANDS | {PeopleCommands}
        # The theme is chosen before any CSS is read, so the first screen is
        # styled in it from the start instead of being styled again on mount.
        for theme in THEMES:
            self.register_theme(theme)
        wanted = load_config().get("theme", "netevent")
        self.theme = wanted if wanted in self.available_themes else "netevent"
        self.stylesheet.set_variables(self.get_css_variables())

    # ------------------------------------------------------------- startup
    def on_mount(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.app_suspend_signal.subscribe(self, lambda _app: self.save_pending())
        # Saving and indexing run on other threads; a 1 ms switch interval (5 ms
        # by default) hands the GIL back to the screen five times sooner.
        sys.setswitchinterval(0.001)
        self._install_signal_handlers()

    def get_default_screen(self) -> Screen:
        """The main screen is the app's first screen (pushed later, its first frame was drawn twice)."""
        from netevent.tui.screens.main import MainScreen

        return MainScreen()

    def warm_up(self) -> None:
        """After the first screen: read the notes, build the indexes, check every document.

        These are the first jobs of the writer thread, so no write can happen
        before the file is known to be sound. Each step tells the screen when
        it is done, so ✎ markers, notes and introductions appear as they come.
        """
        repo = self.repo

        def guarded(step: Callable[[], None]) -> Callable[[], None]:
            def job() -> None:
                try:
                    step()
                except StorageError:
                    # Refuse writes here, on the writer thread, before any
                    # write queued behind this job can run.
                    repo.storage.read_only = True
                    raise

            return job

        def indexes() -> None:
            repo.search_index
            repo.intro_index

        def check() -> None:
            try:
                repo.validate()
            finally:
                # Everything loaded lives until the app ends; freezing it keeps
                # the garbage collector's pauses short (70-120 ms with 50,000
                # people otherwise), and collecting while loading only wastes time.
                gc.freeze()
                gc.enable()

        gc.disable()
        # First what a keystroke needs before the index exists (the quick search).
        submit = partial(self.writer.submit, background=True)
        submit(guarded(repo.prepare_lookups))
        submit(guarded(repo.load_notes), lambda _r: self.post_message(self.NotesLoaded()), self._unusable)
        submit(guarded(indexes), lambda _r: self.post_message(self.Ready()), self._unusable)
        submit(guarded(check), lambda _r: self.warmed.set(), self._unusable)

    def _unusable(self, error: Exception) -> None:
        """The file turned out to be unreadable after the first screen: say so, then quit."""
        from netevent.tui.screens.problem import ProblemModal

        self.warmed.set()
        if isinstance(error, StorageError) and not isinstance(self.screen, ProblemModal):
            self.push_screen(ProblemModal(str(error)), lambda _r: self.exit())

    class NotesLoaded(Message):
        """The notes are read: markers, note texts and the editor can be shown."""

    class Ready(Message):
        """The search and introduction indexes are built."""

    def _remember_theme(self, theme: Any) -> None:
        name = getattr(theme, "name", None)
        if name:
            threading.Thread(target=save_config, kwargs={"theme": name}, daemon=True).start()

    # ------------------------------------------------------------- writing
    def _deliver(self, call: Callable[[], None]) -> None:
        """Run a writer callback on the UI thread (never blocks the writer)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            # call_next runs it inside the app's own message handling, where
            # widgets can be made and screens pushed.
            loop.call_soon_threadsafe(self.call_next, call)

    def write(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[Exception], None] | None = None,
        notify: bool = True,
    ) -> None:
        """Run a repository write off the UI thread; report failures as a notification.

        Args:
            notify: False when `on_error` shows the problem itself (one message, not two).
        """

        def failed(error: Exception) -> None:
            if notify:
                self.report_error(error)
            if on_error is not None:
                on_error(error)

        self.writer.submit(job, on_done, failed)

    def report_error(self, error: Exception) -> None:
        """Show a storage or input problem as one clear notification, never a traceback."""
        if isinstance(error, StorageError):
            message = str(error)
        else:
            message = f"{type(error).__name__}: {error}" if not str(error) else str(error)
        self.notify(message, title="Not saved", severity="error", timeout=8, markup=False)

    async def settle(self) -> None:
        """Wait until every queued write is on disk and its result is on screen (tests use this).

        Once the warm-up is scheduled, this also waits for it to finish, so
        that what a test sees does not depend on the machine's speed.
        """
        if self._warm_up_timer is not None:
            await self.warmed.wait()
        await asyncio.to_thread(self.writer.wait_idle)
        await asyncio.sleep(0)

    def schedule_warm_up(self, delay: float) -> None:
        """Start `warm_up` after `delay` seconds (once; the main screen calls this)."""
        if self._warm_up_timer is None:
            self._warm_up_timer = self.set_timer(delay, self.warm_up)

    # --------------------------------------------------------- never lose
    def save_pending(self) -> None:
        """Save the note being typed, synchronously, and wait for queued writes."""
        from netevent.tui.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.save_note_now()
        # Quitting a second after start must not wait for indexing.
        self.writer.drop_background()
        self.writer.wait_writes(timeout=10)

    def _install_signal_handlers(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # tests run the app off the main thread; signals stay as they are
        for signum in (getattr(signal, "SIGHUP", None), signal.SIGTERM):
            if signum is not None:
                signal.signal(signum, self._on_terminate_signal)

    def _on_terminate_signal(self, signum: int, frame: Any) -> None:
        """The terminal went away or we were told to stop: save, then leave."""
        if self.exiting:
            return
        self.exiting = True
        try:
            self.save_pending()
        finally:
            # The terminal may be gone, so a clean shutdown can hang on output;
            # give it a moment, then leave for sure.
            threading.Timer(2.0, lambda: os._exit(0)).start()
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self.exit)

    async def action_quit(self) -> None:
        """Save everything, then quit."""
        self.exiting = True
        self.save_pending()
        self.exit()

    async def on_event(self, event: events.Event) -> None:
        """Once quitting has begun, keys typed after `q` start nothing (a screen opened then would crash)."""
        if self.exiting and isinstance(event, events.Key):
            return
        await super().on_event(event)

    def action_help(self) -> None:
        """Show the keys."""
        from netevent.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def on_unmount(self) -> None:
        self.writer.close(timeout=10)

    # -------------------------------------------------------------- palette
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette reaches every action of the screen, plus Textual's own commands."""
        yield from super().get_system_commands(screen)
        from netevent.tui.screens.main import MainScreen

        if isinstance(screen, MainScreen):
            yield from screen.palette_commands()
