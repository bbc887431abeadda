"""Every text a user reads goes through the translation function.

An AST scan of the app, the command line and the modules that write what
people read (Markdown exports, the services' messages): a string literal
shown in a widget, a notification, a key's description, a dialog, a click
help text, an error or an echoed line must be `_("…")` (or `N_("…")` where
it is defined before the language is known, translated where it is shown).
A failure names the file and line of each string left in English.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = [
    "netevent/tui",
    "netevent/cli",
    "netevent/io/markdown.py",
    "netevent/io/briefing_markdown.py",
    "netevent/io/review_markdown.py",
    "netevent/io/report.py",
    "netevent/services/review.py",
    "netevent/services/ledger.py",
    "netevent/services/briefing.py",
    "netevent/services/cards.py",
    "netevent/services/aimed.py",
    "netevent/services/followups.py",
    "netevent/services/events.py",
    "netevent/services/people.py",
    "netevent/services/editing.py",
    "netevent/services/merging.py",
    "netevent/services/duplicates.py",
    "netevent/services/synonyms.py",
    "netevent/services/intro_board.py",
    "netevent/services/rooms.py",
    "netevent/services/notes.py",
    "netevent/services/report.py",
    "netevent/services/asks.py",
    "netevent/services/referrals.py",
    "netevent/services/keep_in_touch.py",
    "netevent/services/timeline.py",
    "netevent/domain/matching.py",
    "netevent/domain/introductions.py",
    "netevent/domain/words/similarity.py",
    "netevent/domain/search/query.py",
    "netevent/domain/quickadd.py",
    "netevent/domain/dates.py",
    "netevent/domain/figures.py",
    "netevent/domain/keep_in_touch.py",
    "netevent/domain/timeline.py",
    "netevent/domain/fates.py",
    "netevent/domain/cadence.py",
    "netevent/io/gains_markdown.py",
    "netevent/domain/models",
]
"""Where user-facing text lives (folders are scanned whole)."""

TRANSLATORS = {"_", "N_", "ngettext", "Np_"}

# Calls whose text arguments the user reads, and the keywords that carry text anywhere.
SHOWN_CALLS = {
    "notify", "Label", "Static", "Button", "Fail", "echo", "secho", "ValidationError", "NotFound", "Option",
    "SystemCommand", "ConfirmModal", "Field", "Binding", "Text", "Content", "update", "Markdown", "Hit",
    "UsageError", "BadParameter", "confirm", "prompt", "Tab", "TabPane", "Collapsible", "Checkbox", "Switch",
    "RadioButton", "Placeholder", "ProblemModal", "write", "append_text", "Part", "Filter",
}  # fmt: skip
SHOWN_KEYWORDS = {"title", "placeholder", "tooltip", "help", "description", "label", "prompt", "yes", "no",
                  "message", "short_help", "epilog", "subtitle"}  # fmt: skip
SHOWN_ATTRIBUTES = {"TITLE_TEXT", "SUB_TITLE", "sub_title", "border_title", "border_subtitle", "HELP",
                    "HELP_INTRO", "HINT", "tooltip", "BINDING_GROUP_TITLE", "EMPTY", "PLACEHOLDER"}  # fmt: skip
# Binding("key", "action", "Description"): only the third is text.
TEXT_ARGUMENTS = {"Binding": {2}, "Field": {1, 3}, "SystemCommand": {0, 1}, "Option": {0}, "Part": {2}, "Filter": {4}}
# Calls whose arguments are never text: selectors, ids, classes, programmer errors, logs.
TECHNICAL_CALLS = {
    "query", "query_one", "query_children", "query_exactly_one", "add_class", "remove_class", "set_class",
    "has_class", "toggle_class", "watch", "get_component_rich_style", "getattr", "setattr", "hasattr", "get",
    "ValueError", "TypeError", "RuntimeError", "KeyError", "AssertionError", "NotImplementedError", "debug",
    "log", "info", "warning", "Path", "startswith", "endswith", "split", "replace", "strip", "join", "format_spec",
    "run_action", "set_timer", "set_interval", "call_later", "post_message", "compile", "fullmatch", "match",
    "search", "sub", "re", "strftime", "strptime", "encode", "decode", "register_theme", "Theme", "Style",
    "from_markup", "stylize", "isinstance", "open", "mkdtemp", "NamedTemporaryFile", "environ", "getenv",
    "Signal", "partial", "Color", "parse", "Binding.Group", "rsplit", "partition", "lstrip", "rstrip", "removeprefix",
    "removesuffix", "count", "find", "index", "cast", "TypeVar", "option", "argument", "group", "command",
    "Choice", "File", "fields", "import_module", "Worker", "work", "dataclass", "field",
}  # fmt: skip
TECHNICAL_ATTRIBUTES = {"DEFAULT_CSS", "CSS", "CSS_PATH", "COMPONENT_CLASSES", "AUTO_FOCUS", "__all__", "id"}

PROSE = re.compile(r"[^\W\d_]{2,}\S*(?:\s+|\s*[—–]\s*)[^\W\d_]|^\s*[A-Z][^\W\d_]+(?:/[^\W\d_]+)?: ", re.UNICODE)
LETTERS = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
# Rich styles and Textual selectors look like words but are not text: "bold reverse", "$text-error bold".
STYLE = re.compile(r"^(?:\s*(?:not\s+)?(?:bold|italic|underline|reverse|dim|strike|blink|on|\$[\w-]+))+\s*$")
SELECTOR = re.compile(r"^[#.$]?[\w-]+(?:\s*[>,]?\s*[#.]?[\w-]+)*$")

ALLOWED = {
    ("netevent/tui/app.py", "netevent"),  # the program's name
    ("netevent/cli/__init__.py", "netevent"),
    ("netevent/cli/common.py", "netevent: {…}"),  # the program's name before its message
    ("netevent/tui/dialogs/duplicate.py", "add anyway"),  # a choice's key
}
"""Literals a user reads that are the same in every language (names, formats)."""

KEYS = {"no business", "first met"}
"""Keys kept in the data file or naming a kind that read like words: a referral's status, a moment's kind.

They are shown through their name functions (`referral_status_name`), never as they are."""


def files() -> Iterator[Path]:
    for entry in SCANNED:
        path = ROOT / entry
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{…}" for v in node.values)
    return None


class Scan(ast.NodeVisitor):
    """Collects the English literals a user reads, with their lines."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[tuple[int, str, str]] = []
        self.docstrings: set[int] = set()
        self.seen: set[int] = set()
        self.nodes: list[ast.AST] = []

    def flag(self, node: ast.AST, why: str, *, always: bool) -> None:
        if id(node) in self.seen:
            return
        self.seen.add(id(node))
        text = _text(node)
        if text is None or (self.path, text) in ALLOWED or text in KEYS:
            return
        words = text.replace("{…}", " ")
        if not LETTERS.search(words) or STYLE.match(words):
            return
        if text.startswith(("#", ".", "$")) and SELECTOR.match(text):
            return
        if always or PROSE.search(text.replace("{…}", "Xx")):
            self.found.append((node.lineno, text, why))
            self.nodes.append(node)

    def visit_Module(self, node: ast.Module) -> None:
        self._docstrings(node)
        self.generic_visit(node)

    def _docstrings(self, node: ast.AST) -> None:
        for child in ast.walk(node):
            if isinstance(child, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                body = child.body
                if body and isinstance(body[0], ast.Expr) and _text(body[0].value) is not None:
                    self.docstrings.add(id(body[0].value))
            # Attribute docstrings: a string statement right after an assignment.
            for field in ("body", "orelse"):
                statements = getattr(child, field, None)
                for stmt in statements if isinstance(statements, list) else []:
                    if isinstance(stmt, ast.Expr) and _text(stmt.value) is not None:
                        self.docstrings.add(id(stmt.value))

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in TRANSLATORS:
            for arg in node.args:
                if isinstance(arg, ast.JoinedStr):
                    self.found.append((arg.lineno, _text(arg) or "", "an f-string inside _() cannot be translated"))
            return  # its literal arguments are what gets translated
        if name in TECHNICAL_CALLS and name not in SHOWN_CALLS:
            for kw in node.keywords:
                if kw.arg in SHOWN_KEYWORDS:
                    self.flag(kw.value, f"{name}({kw.arg}=…)", always=True)
                else:
                    self.visit(kw.value)
            return
        positions = TEXT_ARGUMENTS.get(name)
        for i, arg in enumerate(node.args):
            if name in SHOWN_CALLS and (positions is None or i in positions):
                self.flag(arg, f"{name}(…)", always=True)
            elif positions is not None:
                continue  # keys, actions, field names
            self.visit(arg)
        for kw in node.keywords:
            if kw.arg in SHOWN_KEYWORDS:
                self.flag(kw.value, f"{name}({kw.arg}=…)", always=True)
            elif kw.arg in {
                "id",
                "classes",
                "name",
                "group",
                "action",
                "key",
                "variant",
                "severity",
                "markup",
                "style",
            }:
                continue
            self.visit(kw.value)
        self.visit(node.func)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            name = (
                target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""
            )
            if name in TECHNICAL_ATTRIBUTES:
                return
            if name in SHOWN_ATTRIBUTES:
                self.flag(node.value, name, always=True)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        return  # `kind == "gave"` compares keys

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)  # `doc["name"]` is a key

    def visit_Dict(self, node: ast.Dict) -> None:
        for value in node.values:
            self.visit(value)  # keys are keys; values may be text

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if id(node) not in self.docstrings:
            self.flag(node, "text", always=False)
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self.visit(value.value)

    def visit_Constant(self, node: ast.Constant) -> None:
        if id(node) not in self.docstrings:
            self.flag(node, "text", always=False)


def english_literals() -> list[str]:
    problems = []
    for path in files():
        relative = str(path.relative_to(ROOT))
        scan = Scan(relative)
        scan.visit(ast.parse(path.read_text(encoding="utf-8")))
        for line, text, why in sorted(scan.found):
            problems.append(f"{relative}:{line}: {text!r} ({why}) is not passed through _()")
    return problems


def test_every_shown_string_is_translated() -> None:
    problems = english_literals()
    assert not problems, f"{len(problems)} strings a user reads are not translated:\n" + "\n".join(problems)


def test_the_scan_finds_an_english_literal(tmp_path: Path) -> None:
    source = (
        "from netevent.i18n import _\n"
        "def f(app, name):\n"
        "    app.notify('Saved the note')\n"
        "    app.notify(_('Saved the note'))\n"
        "    label = Label(f'Met {name}')\n"
        "    Binding('m', 'met', 'Met', id='met')\n"
        "    Binding('n', 'note', N_('Note'))\n"
        "    app.query_one('#card .title')\n"
        "    if name == 'the same text': pass\n"
        "    return 'no current event'\n"
    )
    scan = Scan("x.py")
    scan.visit(ast.parse(source))
    assert [line for line, _text, _why in scan.found] == [3, 5, 6, 10]
