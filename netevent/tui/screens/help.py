"""The `?` (or F1) help screen: every key of the screen in front, made from its bindings so it never goes stale.

Each screen says what it is for in its `HELP_INTRO` (Markdown); the keys
every screen shares close the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown

from netevent.i18n import N_, _

__all__ = ["HelpScreen", "help_markdown", "MAIN_INTRO", "MAIN_KEYS"]

MAIN_INTRO = N_(
    "# netevent — keys\n\nFind anyone in two keystrokes: **/** and a few "
    "letters of a name, company,\nstrength, need, tag or note. Accents are "
    "optional: *soren* finds *Søren*.\nThe card shows what **you can offer "
    "them**, what **they can help you** with,\nand whom in the room to "
    "**introduce them to**.\n\nAim a search (plain words still search "
    "everything): `s:` strength,\n`n:` need, `c:` company, `r:` role, `#` "
    "tag, `met:` where first met,\n`in:room`, `met`, `due:` open follow-up "
    "(`due:today`, `due:week`,\n`due:overdue`), and `-` to leave out. "
    "`in:room -met` is everyone here you\nhave not met yet; `s:eksport "
    "#aarhus` the exporters from Aarhus. The line\nunder the search says "
    "the filter, each row why it is listed.\n\nMatching understands meaning, "
    "in Danish and English: *bogføring* meets\n*bookkeeping*, *moms* meets "
    "*VAT*; your role, company and pitch count too,\nand each match says "
    "how it was made (*same meaning*, *your role*, …).\nTeach it your own "
    "words: `netevent synonyms add WORD OTHER`.\n\n**I** shows tonight's "
    "best introductions between the others in the room;\nEnter there logs "
    "one as a give to both.\nSwap contacts in the room: **c** shows your "
    "card as a QR code for their\nphone camera; a vCard or MECARD from "
    "theirs, pasted into **a**, fills the\nform with every field.\n\nNotes "
    "save themselves a second after you stop typing, when you leave the\n"
    "editor, and when netevent quits or the terminal closes.\n\nMade a "
    "mistake? **E** edits the person (clear an item of a list to remove\n"
    "it), **D** deletes them into the trash, **M** merges two entries of "
    "one\nperson, and **u** undoes the last change — again for the one "
    "before it.\nAdding someone you already have asks first.\n"
)

MAIN_KEYS = N_(
    "\n| key | where | action |\n|---|---|---|\n| ↑ ↓ PgUp PgDn | list | move "
    "|\n| Enter | search or list | open the person |\n| Esc | note editor | "
    "leave it (the note is kept and saved) |\n| Esc ↓ | search | go to the "
    "list, keeping the filter, so one-key actions work |\n| Tab / Shift+Tab "
    "| anywhere | next / previous panel or field |\n| Ctrl+N | search | "
    "write a note about the highlighted person |\n| F2 | note editor | undo "
    "(Ctrl+Y redoes) |\n\nMarkers in the list: **★** today's target · **✓** "
    "met · **✎** has notes.\n"
)

EVERYWHERE = N_(
    "\n| key | action |\n|---|---|\n| F1 | this help (`?` where you are not "
    "typing) |\n| Ctrl+P | command palette: jump to a person, run any "
    "action, change theme |\n| Ctrl+Z | suspend to the shell, saving first "
    "(`fg` brings netevent back) |\n| Ctrl+Q | save and quit (`q` where you "
    "are not typing) |\n"
)


def _escape_md(text: str) -> str:
    return text.replace("|", "\\|")


def help_markdown(bindings: Sequence[Binding], intro: str = MAIN_INTRO, extra: str = MAIN_KEYS) -> str:
    """The help page: `intro`, a table of these bindings, `extra` Markdown, then the keys that work everywhere."""
    from textual.keys import format_key

    rows = [_("| key | action |"), "|---|---|"]
    for binding in bindings:
        if binding.action in ("app.help", "app.quit"):
            continue  # in the table of keys that work everywhere
        keys = " / ".join(format_key(k) for k in binding.key.split(","))
        keys = keys.replace("slash", "/").replace("question_mark", "?")
        rows.append(f"| {_escape_md(keys)} | {_escape_md(_(binding.tooltip or binding.description))} |")
    return _(intro) + "\n" + "\n".join(rows) + "\n" + _(extra) + _(EVERYWHERE)


class HelpScreen(ModalScreen[None]):
    """A scrollable list of keys; Esc, q or ? closes it.

    Args:
        bindings: the keys of the screen the help is about.
    """

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", N_("Close"), id="help-close"),
    ]

    def __init__(self, bindings: Sequence[Binding], intro: str = MAIN_INTRO, extra: str = MAIN_KEYS) -> None:
        super().__init__()
        self._keys, self._intro, self._extra = list(bindings), intro, extra

    def compose(self) -> ComposeResult:
        """The page, scrolling."""
        with VerticalScroll(id="help-box"):
            yield Markdown(help_markdown(self._keys, self._intro, self._extra))
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.query_one("#help-box").focus()
