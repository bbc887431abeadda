"""The `netevent` command line.

Every command takes `--db PATH`. Commands that only read never import
Textual, so `netevent who` answers in a fraction of a second; the app is
imported only when it is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from netevent import __version__
from netevent.cli.asks import ask, referral
from netevent.cli.card import card
from netevent.cli.common import Fail, db_option, echo, open_repo
from netevent.cli.core import check, paths, profile, who
from netevent.cli.data import export_command, import_command
from netevent.cli.events import event, report
from netevent.cli.fixing import person, undo
from netevent.cli.giving import followup, give, got, intro
from netevent.cli.keep import keep_in_touch, stale
from netevent.cli.room import room
from netevent.cli.speaking import SpeakingGroup, lang_option
from netevent.cli.words import synonyms
from netevent.i18n import _

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["main"]


@click.group(cls=SpeakingGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="netevent")
@lang_option
@db_option
@click.option("--event", "event_name", default=None, help=_("Open with this event as the current one."))
@click.pass_context
def main(ctx: click.Context, db: str | None, event_name: str | None) -> None:
    """netevent — who is in the room, what you can offer them, and notes that are never lost.

    Without a command, opens the full-screen app on your data file.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is None:
        run_app(db, event_name)


def run_app(db: str | None, event_name: str | None = None, *, demo: bool = False) -> None:
    """Open the data file and run the app on it until the person quits.

    Choosing another language in the app closes it and opens it again here, in that language.
    """
    from netevent.config import load_config
    from netevent.i18n import set_language

    while True:
        # The app checks every document in the background after its first screen.
        with open_repo(db, validate=False, create=True, app=True) as repo:
            if event_name:
                from netevent.services.events import use_event

                event = repo.find_event(event_name)
                if event is None:
                    message = _("there is no event called {name!r} (see `netevent event list`)")
                    raise Fail(message.format(name=event_name))
                use_event(repo, event.key)
                event_name = None  # chosen once; a restart in another language keeps what the app chose
            from netevent.tui.app import RESTART_IN_OTHER_LANGUAGE, NetEventApp

            app = NetEventApp(repo, demo=demo)
            result = app.run()
            _after_the_app(app, repo)
        if result != RESTART_IN_OTHER_LANGUAGE:
            break
        set_language(str(load_config().get("language", "en")))
    if demo:
        echo(_("The demo is kept in {path} — reopen it with: netevent --db {path}").format(path=repo.path))
    if result == "demo":
        run_demo()


def _unsaved_message(path: object, reason: str, file: object, *, conflict: bool) -> str:
    """The line printed when netevent ends with changes it could not write to the file."""
    if conflict:
        head = _("{path} was changed by another program, so netevent did not save your last changes into it").format(
            path=path
        )
    else:
        head = _("could not save your last changes to {path} ({split})").format(
            path=path, split=reason.split(": ", 1)[-1].split(";")[0]
        )
    if file is None:
        return _("{head}; no folder had room to keep them, so they follow here").format(head=head)
    return _("{head}; they are kept in {file}: the next netevent on this file offers to put them back").format(
        head=head, file=file
    )


def _after_the_app(app: Any, repo: Repository) -> None:
    """Exit non-zero, with one line, when the app refused the file, ended with unsaved changes or by a signal."""
    if app.problem:
        raise Fail(app.problem)
    if repo.unsaved:
        try:
            echo(
                "netevent: "
                + _unsaved_message(repo.path, repo.unsaved_reason, repo.recovery_file, conflict=app.kept.conflict),
                err=True,
            )
            if repo.recovery_file is None:  # the last resort: the notes themselves, to copy
                for text in repo.unsaved_notes():
                    echo(text + "\n")
        except OSError:
            pass  # the terminal is gone (a hang-up); the exit status still says it
        raise SystemExit(1)
    if app.signal_code:
        raise SystemExit(app.signal_code)


def run_demo() -> None:
    """Build a fresh demo network in a temporary folder and open the app on it."""
    import tempfile
    from pathlib import Path

    from netevent.services.demo import build_demo

    path = Path(tempfile.mkdtemp(prefix="netevent-demo-")) / "demo.json"
    build_demo(path)
    run_app(str(path), demo=True)


@main.command()
def demo() -> None:
    """Open the app on a fresh copy of a demo network (your own data is not touched)."""
    run_demo()


for command in (
    who,
    profile,
    card,
    check,
    paths,
    event,
    report,
    give,
    got,
    intro,
    followup,
    room,
    synonyms,
    person,
    undo,
    ask,
    referral,
    stale,
    keep_in_touch,
):
    main.add_command(command)
main.add_command(import_command)
main.add_command(export_command)
