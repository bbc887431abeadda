"""The app's side of changes it could not save: say where they are kept, reload, restore.

When a save fails, the repository keeps the change in memory and in a
recovery file (`netevent.storage.recovery`). This module tells the person:

* the file was changed by another program (a sync client, an editor): a
  dialog offers to reload it with the unsaved changes put back on top
  (`r`, or Ctrl+R later); until then nothing is written to it;
* the disk is full or read-only: a toast says where the change is kept,
  and the next save that works takes it along;
* at start, changes an earlier session kept are offered back (`r`), or
  deleted (`d` twice), or left for next time (Esc).

Every reload or restore runs on the writer thread; when it is done the app
publishes `data_reloaded`, and screens read everything again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from netevent.i18n import _
from netevent.storage.errors import ConflictError, WriteFailedError

if TYPE_CHECKING:
    from netevent.storage.reapply import Plan
    from netevent.storage.recovery import Recovered
    from netevent.tui.app import NetEventApp

__all__ = ["KeptChanges"]


def _where(file: object) -> str:
    return (
        _(" in {file}").format(file=file) if file is not None else _(" in memory only (no folder had room for a copy)")
    )


class KeptChanges:
    """Watches the app's failed saves and offers what can be done about them.

    Args:
        app: the running app (its repository, writer and screens).
    """

    def __init__(self, app: NetEventApp) -> None:
        self.app = app
        self.conflict = False
        """True while the file on disk has changes netevent has not read (nothing is written until a reload)."""
        self._asking = False
        self._reloading = False
        self._later = False

    # ----------------------------------------------------------- failures
    def failed(self, error: BaseException) -> str | None:
        """A write failed: handle a conflict (None: said already), else the toast's text."""
        if isinstance(error, ConflictError):
            self.conflict = True
            if not (self._reloading or self._later):  # asked once; Ctrl+R asks again
                self.ask_reload()
            return None
        message = str(error)
        if isinstance(error, WriteFailedError) and self.app.repo.unsaved:
            message += _(". Your change is kept{where}; it goes in with the next save").format(
                where=_where(self.app.repo.recovery_file)
            )
        return message

    def ask_reload(self) -> None:
        """Offer to reload the file and put the unsaved changes back on top (once at a time)."""
        from netevent.tui.dialogs.conflict import ConflictModal

        if self._asking:
            return
        if not self.conflict:
            self.app.notify(_("Everything is saved: there is nothing to reload"), timeout=3)
            return
        self._asking = True

        def answered(reloaded: str | None) -> None:
            self._asking = False
            self._later = not reloaded and self.conflict
            if reloaded:
                self.app.notify(reloaded, title=_("Reloaded"), timeout=6, markup=False)
            elif self.conflict:
                self.app.notify(
                    _("Nothing is written to the file until you reload it: Ctrl+R"), severity="warning", timeout=6
                )

        kept = _where(self.app.repo.recovery_file)
        self.app.push_screen(ConflictModal(str(self.app.repo.path), kept, self._reload), answered)

    def _reload(self, done: Callable[[str | None], None]) -> None:
        """Reload on the writer thread; `done(summary)` (None when it failed) once it is over."""
        app = self.app
        self._reloading = True
        app.flush_signal.publish(None)  # the note being typed joins the unsaved changes

        def finished(plan: Plan) -> None:
            self._reloading = False
            self.conflict = False
            app.data_reloaded.publish(None)
            done(plan.summary())

        def failed(error: Exception) -> None:
            self._reloading = False
            done(None)
            app.data_reloaded.publish(None)
            app.report_error(error)

        app.write(app.repo.reload_and_reapply, finished, on_error=failed, notify=False)

    # ------------------------------------------------------------ restore
    def offer_restore(self) -> None:
        """At start: offer back the changes an earlier session could not save, if there are any."""
        from netevent.tui.dialogs.restore import RestoreModal

        app = self.app
        found = app.repo.recoveries()
        if not found:
            return

        def answered(choice: str | None) -> None:
            if choice == "restore":
                app.write(partial(app.repo.restore, found), partial(self._restored, found))
            elif choice == "discard":
                app.repo.discard(found)
                app.notify(_("The kept changes were deleted"), timeout=3)

        app.push_screen(RestoreModal(_summary(found)), answered)

    def _restored(self, found: list[Recovered], plan: Plan) -> None:
        self.app.data_reloaded.publish(None)
        self.app.notify(plan.summary(), title=_("Restored"), timeout=6, markup=False)


def _summary(found: list[Recovered]) -> str:
    notes = sum(item.notes for item in found)
    others = sum(item.count for item in found) - notes
    what = " and ".join(
        part
        for part in (
            f"{notes} note{'s' if notes != 1 else ''}" if notes else "",
            f"{others} other change{'s' if others != 1 else ''}" if others else "",
        )
        if part
    )
    first = found[0]
    reason = first.reason or _("the file could not be written")
    where = ", ".join(str(item.file) for item in found)
    return _(
        "netevent could not save {what} on {replace}: {reason}.\n\nThey were "
        "kept in {where}. Restore them into this file? What is in the file now "
        "stays; where both changed the same entry, both versions are kept."
    ).format(what=what, replace=first.saved.replace("T", " "), reason=reason, where=where)
