"""What every command shares: the `--db` option, opening the file with one clear error line, and `echo`.

Everything a command prints goes through `echo`: the user's words (names,
notes, event names, an imported file's cells) may hold control characters
that a terminal would obey, and they are shown as visible escapes instead.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from netevent.config import resolve_db_path
from netevent.domain.models import ValidationError
from netevent.domain.visible import visible
from netevent.i18n import _
from netevent.storage.errors import StorageError, WriteFailedError

if TYPE_CHECKING:  # keeps `netevent who` light
    from netevent.domain.models import Event, Person
    from netevent.storage.repository import Repository

__all__ = [
    "Fail",
    "echo",
    "db_option",
    "open_repo",
    "fail_on_bad_input",
    "resolve_person",
    "resolve_event",
    "event_id_option",
    "write_file",
]


def echo(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Print a line of a command's output, with control characters from data made visible.

    Args:
        text: the line (it may hold several lines, and the user's words).
        err: print on stderr instead of stdout.
        nl: end with a line break.
    """
    click.echo(visible(text), err=err, nl=nl)


class Fail(click.ClickException):
    """One clear line on stderr and exit code 1; nothing was changed."""

    def show(self, file: Any = None) -> None:
        """Show this message (one clear line; the user's words in it made visible)."""
        click.echo(visible(f"netevent: {self.format_message()}"), err=True, file=file or sys.stderr)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add `--db PATH` to a command (it also reads `NETEVENT_DB`)."""
    return click.option(
        "--db",
        "db",
        # Folders and unreadable files are refused by the storage, with
        # netevent's one-line error instead of click's usage message.
        type=click.Path(path_type=str, readable=False),
        default=None,
        help=_("Data file to use (default: $NETEVENT_DB or the user data folder)."),
    )(func)


@contextmanager
def open_repo(
    db: str | None, *, read_only: bool = False, validate: bool = False, create: bool = False, app: bool = False
) -> Iterator[Repository]:
    """Open the data file for a command; storage problems become one `Fail` line.

    Documents become models as a command needs them, and a wrong one is
    named when it is reached (before anything is written: a command's
    changes are one batch). Checking all of them first took 3 s at 50,000
    people; `validate=True` does it, for `netevent check`. A new file is
    written by the command's first change (`create=True`: at once, as the
    app does), so a command that fails leaves nothing on disk. `app=True`
    opens it for the app, which keeps unsaved changes in a recovery file and
    offers kept ones back itself.
    """
    from netevent.storage.repository import Repository

    if db is None:
        root = click.get_current_context(silent=True)
        obj = root.find_root().obj if root is not None else None
        db = obj.get("db") if isinstance(obj, dict) else None
    path = resolve_db_path(db)
    if read_only and not _exists(path):
        raise Fail(_("{path} does not exist (create it with `netevent --db {path}` or an import)").format(path=path))
    try:
        repo = Repository.open(path, read_only=read_only, validate=validate, create=create)
    except StorageError as error:
        raise Fail(str(error)) from None
    # A command that fails to write says so, and is run again: it keeps no recovery file.
    repo.keep_unsaved = app
    if not read_only and not app:
        kept = repo.recoveries()
        if kept:
            echo(
                _(
                    "netevent: unsaved changes from an earlier session are kept in {file}: "
                    "open netevent on {path} to put them back"
                ).format(file=kept[0].file, path=path),
                err=True,
            )
    # What was loaded lives until the command ends; without this, every later
    # allocation burst makes the garbage collector walk all of it again
    # (tens of milliseconds at 10,000 people, a second at 50,000).
    gc.freeze()
    try:
        with fail_on_bad_input():
            yield repo
    finally:
        repo.close()


def _exists(path: Path) -> bool:
    """True when `path` exists; one `Fail` line when its folder cannot even be looked into."""
    try:
        return path.exists()
    except OSError as error:
        raise Fail(_("cannot read {path}: {value}").format(path=path, value=error.strerror or error)) from None


@contextmanager
def fail_on_bad_input() -> Iterator[None]:
    """Turn validation and storage errors raised by a command into one `Fail` line."""
    try:
        yield
    except WriteFailedError as error:
        # The command has ended and its change is not in the file: nothing retries it.
        raise Fail(_("{error}: run the command again once that is fixed").format(error=error)) from None
    except (ValidationError, StorageError) as error:
        raise Fail(str(error)) from None


def resolve_person(repo: Repository, query: str) -> Person:
    """The one person `query` names (`#ID`, a full name, or words that start it); else one `Fail` line."""
    from netevent.services.people import resolve_person as resolve

    with fail_on_bad_input():
        return resolve(repo, query)


def resolve_event(repo: Repository, name: str | None, *, required: bool = True) -> Event | None:
    """The event called `name`, else the current event; `Fail` when there is none and one is needed."""
    from netevent.services.events import event_by_name

    if name:
        with fail_on_bad_input():
            return event_by_name(repo, name)
    current = repo.current_event()
    if current is None and required:
        raise Fail(_("no event given and no current event (name one, or `netevent event use NAME`)"))
    return current


def event_id_option(repo: Repository, event_name: str | None, no_event: bool) -> int | None:
    """The event a give, get or follow-up belongs to: `--event`, else the current one; none with `--no-event`."""
    if no_event:
        return None
    chosen = resolve_event(repo, event_name, required=False)
    return chosen.id if chosen else None


def write_file(path: Path, data: bytes) -> None:
    """Write an output file atomically (a temporary file beside it, then a rename); a bad path is one `Fail` line.

    Nothing is left behind when it fails: an existing file keeps its old content.
    """
    if path.is_dir():
        raise Fail(_("{path} is a folder; give a file name to write to").format(path=path))
    if not path.parent.is_dir():
        raise Fail(_("cannot write {path}: the folder {parent} does not exist").format(path=path, parent=path.parent))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise Fail(_("cannot write {path}: {value}").format(path=path, value=error.strerror or error)) from None
