"""The floor netevent's start-up is compared with: a bare Textual app with the same widgets.

Header, a search Input, a status line, a list holding one screen of rows, a
Static card, a TextArea and a Footer, in netevent's two-column layout, and
nothing else: no data file, no index. The benchmark starts it under a
pseudo-terminal exactly like netevent and waits for `STATUS` and the first
row's name to be painted.

Run: python tests/perf/bare_app.py
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, Header, Input, Label, OptionList, Static, TextArea

__all__ = ["BareApp", "ROWS", "STATUS", "FIRST_NAME"]

ROWS = [
    (f"{first} {last}", f"{role}, {last} {kind}")
    for first, last, role, kind in zip(
        [
            "Agnes",
            "Anders",
            "Åse",
            "Bjørn",
            "Camilla",
            "Emil",
            "Freja",
            "Henrik",
            "Ida",
            "Jens",
            "Jørgen",
            "José",
            "Karen",
            "Lars",
            "Lærke",
            "Mads",
            "Mette",
            "Niels",
            "Oscar",
            "Peter",
            "Rasmus",
            "Signe",
            "Søren",
            "Thomas",
            "Ulla",
            "Zoë",
            "Åge",
            "Ærbødig",
            "Øystein",
            "Håkan",
        ]
        * 2,
        [
            "Ahlmann",
            "Bang",
            "Øberg",
            "Kjær",
            "Friis",
            "Dahl",
            "Holm",
            "Bech",
            "Ravn",
            "Lund",
            "Møller",
            "García",
            "Skov",
            "Juhl",
            "Krogh",
            "Thomsen",
            "Brandt",
            "Nørgaard",
            "Müller",
            "Winther",
            "Laursen",
            "Bruun",
            "Ærø",
            "Kristensen",
            "Mortensen",
            "Dam",
            "Storm",
            "Fog",
            "Munk",
            "Due",
        ]
        * 2,
        ("Direktør", "Partner", "CTO", "Advokat", "Revisor", "Founder") * 10,
        ("Revision ApS", "Advokater", "IT A/S", "Consulting", "Eksport GmbH") * 12,
    )
]
"""One screen of rows (more than fit at 120x36), already in display order."""

STATUS = f"{len(ROWS)} · everyone"
FIRST_NAME = ROWS[0][0]

CSS = """
Screen { layout: horizontal; }
#left { width: 2fr; height: 1fr; border: round $panel-lighten-2; }
#right { width: 3fr; height: 1fr; }
#search { border: none; height: 1; padding: 0 1; }
#status { height: 1; padding: 0 1; color: $text-muted; }
OptionList { height: 1fr; border: none; }
#card { height: 2fr; border: round $panel-lighten-2; padding: 0 1; }
TextArea { height: 1fr; border: round $panel-lighten-2; }
"""


class BareApp(App[None]):
    """Netevent's main-screen widgets with one screen of rows, and no logic."""

    CSS = CSS

    def compose(self) -> ComposeResult:
        yield Header(icon="◆")
        with Vertical(id="left"):
            yield Input(placeholder="/ search name, company, strength…", id="search")
            yield Label("", id="status", markup=False)
            yield OptionList(id="people")
        with Vertical(id="right"):
            yield Static("Nobody selected.", id="card", markup=False)
            yield TextArea(id="notes", soft_wrap=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        # Filled after mounting, as netevent fills its list after its first search.
        self.query_one("#status", Label).update(STATUS)
        self.query_one(OptionList).add_options(f"   {name}  {detail}" for name, detail in ROWS)
        self.query_one("#card", Static).update(f"{ROWS[0][0]}\n{ROWS[0][1]}\nStrengths: —\nNeeds: —")


if __name__ == "__main__":
    BareApp().run()
