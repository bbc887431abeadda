"""The netevent app: wires the repository, the finder and the writer to the screens, and never loses a keystroke.

Everything you see lives in `screens/` and `dialogs/`; this module holds the
app-wide state the screens watch (private mode, notes loaded, indexes
ready), runs the warm-up after the first screen, reports failed background
work, and makes sure nothing typed is lost, whatever ends the process: quit,
Ctrl+Z, a closed terminal (SIGHUP) or a kill (SIGTERM).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.content import Content
from textual.filter import LineFilter
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.screen import Screen
from textual.signal import Signal
from textual.worker import Worker, WorkerState

from netevent.config import load_config, save_config
from netevent.domain.models import today_iso
from netevent.domain.visible import visible
from netevent.i18n import LANGUAGES, N_, _, language, language_name
from netevent.runtime.warmup import Pacer, WarmUp, tune_interpreter
from netevent.runtime.writer import Writer
from netevent.services.finder import PeopleFinder
from netevent.storage.errors import StorageError
from netevent.storage.repository import Repository
from netevent.tui import language as speech
from netevent.tui.commands import PeopleCommands
from netevent.tui.escape_keys import install as install_escape_keys
from netevent.tui.kept import KeptChanges
from netevent.tui.keys import KeyRouter
from netevent.tui.resources import styles_dir
from netevent.tui.safe import TerminalSafe
from netevent.tui.screens.main import MainScreen
from netevent.tui.signals import EndingSignals
from netevent.tui.themes import THEMES

__all__ = ["NetEventApp", "RESTART_IN_OTHER_LANGUAGE"]

RESTART_IN_OTHER_LANGUAGE = "language"
"""What the app returns when the user chose another language: the command line opens it again in that one."""

speech.install()


class NetEventApp(App[str | None]):
    """The full-screen netevent app on one open repository.

    Args:
        repo: the open data file (the app never closes it; the caller does).
        finder: the people finder over `repo` (made here when not given).
        writer: the ordered writer thread (made here when not given).
        demo: show that this is the demo network.
        today: gives today's date as `YYYY-MM-DD` (tests pin it).
    """

    TITLE = "netevent"
    CSS_PATH = [str(styles_dir() / name) for name in ("app.tcss", "main.tcss", "modals.tcss", "before_after.tcss")]
    ENABLE_COMMAND_PALETTE = True
    # Every screen and dialog gets a class for the terminal's size, so the
    # stylesheets can make room on a phone (-phone: under 70 columns, -short: under 26 rows).
    HORIZONTAL_BREAKPOINTS = [(0, "-phone"), (70, "-laptop")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (26, "-tall")]
    COMMANDS = App.COMMANDS | {PeopleCommands}
    BINDINGS = [
        # Shown in every footer: they work wherever the focus is, also while typing.
        Binding("f1", "help", N_("Help"), id="help-f1", tooltip=N_("Every key of this screen")),
        Binding("ctrl+q", "quit", N_("Quit"), priority=True, id="quit", tooltip=N_("Save and quit")),
        # Ctrl+Z suspends, as in every terminal program (the note editor's undo is F2).
        Binding("ctrl+z", "suspend_process", N_("Suspend"), priority=True, id="suspend", show=False,
                tooltip=N_("Suspend to the shell, saving first; `fg` brings netevent back")),
        Binding("ctrl+r", "reload_file", N_("Reload file"), show=False, id="reload-file",
                tooltip=N_("Read the file another program changed, with your unsaved changes put back on top")),
    ]  # fmt: skip

    private: reactive[bool] = reactive(False, init=False)
    """Hide notes and contact details from onlookers, on every screen."""
    notes_loaded: reactive[bool] = reactive(False, init=False)
    """The notes are read: ✎ markers and note texts can be shown."""
    indexes_ready: reactive[bool] = reactive(False, init=False)
    """The search and introduction indexes are built: typos, notes and introductions are found."""

    def __init__(
        self,
        repo: Repository,
        *,
        finder: PeopleFinder | None = None,
        writer: Writer | None = None,
        demo: bool = False,
        today: Callable[[], str] = today_iso,
    ) -> None:
        super().__init__()
        install_escape_keys()  # Esc and the key after it, bunched by a slow link, stay two keys
        self.repo = repo
        self.pacer = Pacer()
        repo.pace = self.pacer.pace
        self.finder = finder if finder is not None else PeopleFinder(repo, pace=self.pacer.pace)
        self.writer = writer if writer is not None else Writer(deliver=self._deliver)
        self.demo = demo
        self.today = today
        """Today's date as `YYYY-MM-DD` (one clock for every screen)."""
        self.sub_title = (_("demo — ") if demo else "") + str(repo.path.name)
        self.flush_signal: Signal[None] = Signal(self, "flush")
        """Published before quitting, suspending or dying: whoever holds unsaved text saves it now."""
        self.data_reloaded: Signal[None] = Signal(self, "data-reloaded")
        """Published after the file was read again or kept changes were restored: screens read everything again."""
        self.kept = KeptChanges(self)
        """What the app does about changes it could not save (see `netevent.tui.kept`)."""
        self.problem: str | None = None
        """Why netevent refused the file, if it did (the command line prints it and exits non-zero)."""
        self.signal_code: int | None = None
        """128 + the signal's number, when a hang-up or a kill ended the app."""
        self.warmed = asyncio.Event()
        """Set once the notes are read, the indexes built and every document checked (or that failed)."""
        self.keys = KeyRouter(self, self._route_key)
        """Routes each key only once the key before it has taken effect (bursts land where they should)."""
        self._warm_up = WarmUp(repo, self.finder, self.writer)
        self._timer_set = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self.exiting = False
        """True once the app is quitting: keys typed after that are ignored."""
        self._terminal_safe = TerminalSafe()
        self.ending = EndingSignals(self)
        """Saves everything before a closed terminal, a kill or a suspend ends the process."""
        # The theme is chosen before any CSS is read, so the first screen is
        # styled in it from the start instead of being styled again on mount.
        for theme in THEMES:
            self.register_theme(theme)
        wanted = load_config().get("theme", "netevent")
        self.theme = wanted if wanted in self.available_themes else "netevent"
        self.stylesheet.set_variables(self.get_css_variables())

    # ------------------------------------------------- what reaches the screen
    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then the last guard: no control character from the data reaches the terminal."""
        return [*super().get_line_filters(), self._terminal_safe]

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header: the file and the event's name, with control characters shown, not obeyed."""
        return super().format_title(visible(title, lines=False), visible(sub_title, lines=False))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a toast; names and other user words in it are shown with their control characters visible."""
        super().notify(visible(message), title=visible(title), severity=severity, timeout=timeout, markup=markup)

    # ------------------------------------------------------------- startup
    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self._loop = asyncio.get_running_loop()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.app_suspend_signal.subscribe(self, lambda _app: self.save_pending())
        tune_interpreter()
        self.ending.install(self._loop)
        self.call_after_refresh(self.kept.offer_restore)

    def get_default_screen(self) -> Screen[Any]:
        """The main screen is the app's first screen (pushed later, its first frame was drawn twice)."""
        return MainScreen()

    @property
    def warm_up_scheduled(self) -> bool:
        """True once the background warm-up is scheduled (`warmed` is set when it is done)."""
        return self._timer_set

    def schedule_warm_up(self, delay: float) -> None:
        """Start the background warm-up `delay` seconds from now (once; the main screen asks after its first list)."""
        if not self._timer_set:
            self._timer_set = True
            self.set_timer(delay, self.warm_up)

    def warm_up(self) -> None:
        """Read the notes, build the indexes and check every document, in the background."""
        self._warm_up.start(
            notes_loaded=lambda: self.set_reactive_state(notes=True),
            indexes_ready=lambda: self.set_reactive_state(indexes=True),
            checked=self.warmed.set,
            failed=self._unusable,
        )

    def set_reactive_state(self, *, notes: bool = False, indexes: bool = False) -> None:
        """Record that the notes are loaded or the indexes ready (watchers redraw what depends on it)."""
        if notes:
            self.notes_loaded = True
        if indexes:
            self.indexes_ready = True

    def _unusable(self, error: Exception) -> None:
        """A background job found the file unreadable after the first screen: say so once, then quit."""
        self.warmed.set()
        if isinstance(error, StorageError):
            self.file_problem(error)
        else:
            self.report_error(error)

    def file_problem(self, error: StorageError) -> None:
        """A wrong entry in the file was reached: name it in one message (once), write nothing more, then quit.

        The message names the entry and the field; the file is never changed.
        """
        from netevent.tui.dialogs.problem import ProblemModal

        self.repo.refuse_writes()
        self.problem = str(error)
        if not any(isinstance(screen, ProblemModal) for screen in self.screen_stack):
            self.push_screen(ProblemModal(str(error)), lambda _r: self.exit(return_code=1))

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
        """Run a write off the UI thread, after every write asked for before it; report failures.

        Args:
            notify: False when `on_error` shows the problem itself (one message, not two).
        """

        def failed(error: Exception) -> None:
            if notify:
                self.report_error(error)
            if on_error is not None:
                on_error(error)

        self.writer.submit(job, on_done, failed)

    def report_error(self, error: BaseException) -> None:
        """Show a storage or input problem as one clear notification, never a traceback.

        A file another program changed gets a dialog instead, offering to reload it (`kept`).
        """
        if isinstance(error, StorageError) or str(error):
            message = self.kept.failed(error)
            if message is None:
                return
        else:
            message = type(error).__name__
        self.notify(message, title=_("Not saved"), severity="error", timeout=8, markup=False)

    def action_reload_file(self) -> None:
        """Read the file another program changed, with the unsaved changes put back on top."""
        self.kept.ask_reload()

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """A background search or load that failed is reported, not swallowed."""
        worker = event.worker
        if event.state is WorkerState.ERROR and worker.error is not None:
            self.notify(str(worker.error) or type(worker.error).__name__, title=_("Something went wrong"),
                        severity="error", timeout=8, markup=False)  # fmt: skip

    # --------------------------------------------------------- never lose
    def save_pending(self) -> None:
        """Save the note being typed, synchronously, and wait for queued writes."""
        self.flush_signal.publish(None)
        # Quitting a second after start must not wait for indexing.
        self.writer.drop_background()
        self.writer.wait_writes(timeout=10)

    async def action_quit(self) -> None:
        """Save everything, then quit."""
        self.exiting = True
        self.repo.mark_closing()
        self.save_pending()
        self.exit()

    async def on_event(self, event: events.Event) -> None:
        """Keys from the terminal go through the key router, in order; once quitting, they start nothing."""
        if isinstance(event, events.Key) and not event.is_forwarded and (self.exiting or self.keys.hold(event)):
            return
        await super().on_event(event)

    async def _route_key(self, key: events.Key) -> None:
        """Route a key that waited (the key router calls this when the key in front has taken effect)."""
        if not self.exiting:
            await super().on_event(key)

    def action_help(self) -> None:
        """Show the keys of the screen in front."""
        from netevent.tui.screens.help import HelpScreen

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        bindings = [b for b in getattr(screen, "BINDINGS", []) if isinstance(b, Binding)]
        intro = getattr(screen, "HELP_INTRO", None)
        self.push_screen(HelpScreen(bindings) if intro is None else HelpScreen(bindings, intro, ""))

    def on_unmount(self) -> None:
        """Let go of what the widget held."""
        self.writer.close(timeout=10)
        self.finder.close()

    # -------------------------------------------------------------- palette
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette reaches every action of the screen, plus Textual's own commands."""
        yield from speech.translated_commands(super().get_system_commands(screen))
        other = next(code for code in LANGUAGES if code != language())
        yield SystemCommand(
            _("Language: {name}").format(name=language_name(other)),
            _("Speak {name} from now on (netevent opens again in it, and remembers it)").format(
                name=language_name(other)
            ),
            lambda: self.switch_language(other),
        )
        if self.kept.conflict:
            yield SystemCommand(
                _("Reload the file (Ctrl+R)"),
                _("Another program changed it: read it again, with your unsaved changes put back on top"),
                self.action_reload_file,
            )
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            yield from commands()

    def action_command_palette(self) -> None:
        """Show the command palette, its prompt in the user's language."""
        if self.use_command_palette and not CommandPalette.is_open(cast("App[object]", self)):
            self.push_screen(CommandPalette(placeholder=_("Search for commands…"), id="--command-palette"))

    def switch_language(self, code: str) -> None:
        """Remember `code` as the language, save everything, and open again in it (the command line does)."""
        save_config(language=code)
        self.exiting = True
        self.repo.mark_closing()
        self.save_pending()
        self.exit(RESTART_IN_OTHER_LANGUAGE)
