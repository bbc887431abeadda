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

MAIN_INTRO = N_("""\
# netevent — keys

Find anyone in two keystrokes: **/** and a few letters of a name, company,
strength, need, tag or note. Accents are optional: *soren* finds *Søren*.
The card shows what **you can offer them**, what **they can help you** with,
and whom in the room to **introduce them to**.

Aim a search (plain words still search everything): `s:` strength,
`n:` need, `c:` company, `r:` role, `#` tag, `met:` where first met,
`in:room`, `met`, `due:` open follow-up (`due:today`, `due:week`,
`due:overdue`), and `-` to leave out. `in:room -met` is everyone here you
have not met yet; `s:eksport #aarhus` the exporters from Aarhus. The line
under the search says the filter, each row why it is listed.

Matching understands meaning, in Danish and English: *bogføring* meets
*bookkeeping*, *moms* meets *VAT*; your role, company and pitch count too,
and each match says how it was made (*same meaning*, *your role*, …).
Teach it your own words: `netevent synonyms add WORD OTHER`.

**I** shows tonight's best introductions between the others in the room;
Enter there logs one as a give to both.
Swap contacts in the room: **c** shows your card as a QR code for their
phone camera; a vCard or MECARD from theirs, pasted into **a**, fills the
form with every field.

Notes save themselves a second after you stop typing, when you leave the
editor, and when netevent quits or the terminal closes.

Relationships that compound: **h** shows the person's history, oldest
first — every room you were both in, notes, gives and gets, their asks and
what became of them, referrals and promises; Enter there moves an ask on
(helped, closed, dropped), a referral (pending, closed with its business, no
business) or a promise (kept). **A** adds something they are looking for:
their needs are their open asks, and only open asks drive *you can offer
them* and introductions. A give (**g**) can answer one of their asks, and an
introduction (**i**) answers the ask it was found for. Marking a target met
asks whether you got what you came for. The card's first line says what
happened since last time. **v** cycles the list: the room, everyone, and who
is due a keep-in-touch (longest out of touch first).

Made a mistake? **E** edits the person (clear an item of a list to remove
it), **D** deletes them into the trash, **M** merges two entries of one
person, and **u** undoes the last change — again for the one before it.
Adding someone you already have asks first.
""")

MAIN_KEYS = N_("""\

| key | where | action |
|---|---|---|
| ↑ ↓ PgUp PgDn | list | move |
| Enter | search or list | open the person |
| Esc | note editor | leave it (the note is kept and saved) |
| Esc ↓ | search | go to the list, keeping the filter, so one-key actions work |
| Tab / Shift+Tab | anywhere | next / previous panel or field |
| Ctrl+N | search | write a note about the highlighted person |
| F2 | note editor | undo (Ctrl+Y redoes) |

Markers in the list: **★** today's target · **✓** met · **✎** has notes.
""")

EVERYWHERE = N_("""
| key | action |
|---|---|
| F1 | this help (`?` where you are not typing) |
| Ctrl+P | command palette: jump to a person, run any action, change theme |
| Ctrl+Z | suspend to the shell, saving first (`fg` brings netevent back) |
| Ctrl+R | reload a file another program changed, your unsaved changes put back on top |
| Ctrl+Q | save and quit (`q` where you are not typing) |
""")


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
