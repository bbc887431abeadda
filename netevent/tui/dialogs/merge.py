"""Preview a merge of two people: each field where they differ and what the result keeps; y merges, s swaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, Static

from netevent.i18n import N_, _
from netevent.services.merging import plan_merge

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["MergeModal"]


class MergeModal(ModalScreen[tuple[int, int] | None]):
    """The merge preview; returns (keep, other) to merge, or None.

    Args:
        repo: the open repository (the preview only reads).
        keep_id: the person who stays.
        other_id: the person merged into them and then removed.
    """

    BINDINGS = [
        Binding("y,enter", "merge", N_("Merge"), id="merge-yes"),
        Binding("s", "swap", N_("Keep the other"), id="merge-swap", tooltip=N_("Keep the other one instead")),
        Binding("n,escape", "dismiss_none", N_("Cancel"), id="merge-no"),
    ]

    def __init__(self, repo: Repository, keep_id: int, other_id: int) -> None:
        super().__init__()
        self._repo = repo
        self.keep_id, self.other_id = keep_id, other_id

    def compose(self) -> ComposeResult:
        """The preview and the keys."""
        with Vertical(id="form-box"):
            yield Label("", id="form-title", markup=False)
            with VerticalScroll(id="merge-preview-box"):
                yield Static("", id="merge-preview")
            yield Label(_("y or Enter: merge · s: keep the other one instead · n or Esc: cancel"), id="form-hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Show the preview."""
        self._show()
        self.query_one("#merge-preview-box").focus()

    def _show(self) -> None:
        plan = plan_merge(self._repo, self.keep_id, self.other_id)
        first, *rest = plan.lines()
        self.query_one("#form-title", Label).update(Text(first))
        self.query_one("#merge-preview", Static).update(Text("\n".join(line.strip() for line in rest)))

    def action_swap(self) -> None:
        """Keep the other person instead (their details win)."""
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self._show()

    def action_merge(self) -> None:
        """Merge as shown."""
        self.dismiss((self.keep_id, self.other_id))

    def action_dismiss_none(self) -> None:
        """Close without merging."""
        self.dismiss(None)
