"""The benchmark's Markdown table: rows of measurements, a column per size, and the design budgets.

A cell is "median (max)" over the runs; a median over the design budget for
that size gets a ✗. Sizes between the design's tiers use the next larger
tier's budget; sizes beyond its largest tier (the 100,000 people measured
for start-up and memory) have none, and are shown for what they cost.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

__all__ = ["ROWS", "Row", "render", "over_budget"]

TIERS = (1_000, 10_000, 50_000)


@dataclass(frozen=True)
class Row:
    """One line of the table: where its samples are, how to show them, and its budget."""

    key: str
    label: str
    unit: str  # "ms", "s", "MB", "x"
    budget_10k: str = ""
    limits: tuple[float, float, float] | None = None
    """The budget (in `unit`) at 1k, 10k and 50k people; None: not budgeted."""


ROWS = (
    Row("gen_s", "synthetic database generated and written", "s"),
    Row("size_mb", "database file size", "MB"),
    Row("start_app", "1. process start → list on screen, netevent (pty 120×36)", "ms", "≈ 350 ms",
        (float("inf"), float("inf"), 1000.0)),
    Row("start_bare", "1. process start → list on screen, bare Textual app", "ms"),
    Row("start_ratio", "1. ratio netevent / bare (per run pair)", "x", "≤ 1.5×", (1.3, 1.5, float("inf"))),
    Row("open_ms", "   open the file (Repository.open, in process)", "ms"),
    Row("search_build_ms", "   build the search index", "ms"),
    Row("intro_build_ms", "   build the introduction index", "ms"),
    Row("search:name prefix 'sør'", "2a. search() alone, name prefix 'sør'", "ms"),
    Row("search:company word 'revision'", "2a. search() alone, company word 'revision'", "ms"),
    Row("search:strength 'skat'", "2a. search() alone, strength 'skat'", "ms"),
    Row("search:typo 'bookeeping'", "2a. search() alone, typo 'bookeeping'", "ms"),
    Row("search:two words 'mette advokat'", "2a. search() alone, two words 'mette advokat'", "ms"),
    Row("first_keystroke_ms", "2b. first keystroke, 1 s after the list appeared, everyone (Pilot)", "ms",
        "≤ 50 ms", (30, 50, 100)),
    Row("keystroke_all_ms", "2b. keystroke → list painted, everyone, later keys (Pilot)", "ms",
        "≤ 50 ms", (30, 50, 100)),
    Row("keystroke_all_warm_ms", "2b. keystroke → list painted, everyone, after the warm-up (Pilot)", "ms",
        "≤ 50 ms", (30, 50, 100)),
    Row("keystroke_room_ms", "2b. keystroke → list painted, current room (Pilot)", "ms", "≤ 50 ms", (30, 50, 100)),
    Row("card_ms", "3. card_data() alone, 50 random people", "ms", "≤ 50 ms", (20, 50, 150)),
    Row("card_ui_ms", "3. cursor ↓ → card painted (Pilot)", "ms", "≤ 50 ms", (20, 50, 150)),
    Row("save_ms", "4. save_live_note(), whole write", "ms"),
    Row("first_save_ms", "4. save_live_note(), first of a session (backs the file up)", "ms"),
    Row("save_ui_ms", "4. note save: request → saved and shown (Pilot)", "ms"),
    Row("save_stall_ms", "4. longest UI stall while a note is saved (Pilot)", "ms", "≤ 10 ms", (5, 10, 30)),
    Row("first_save_stall_ms", "4. longest UI stall, first save of a session", "ms"),
    Row("idle_stall_ms", "4. longest UI stall, idle window of the same length", "ms"),
    Row("saved_callback_ms", "   UI-thread time in the screen's saved-note callback", "ms"),
    Row("edit_ui_ms", "4. person edit: form answer → saved and shown (Pilot)", "ms"),
    Row("edit_stall_ms", "4. longest UI stall while a person is edited (Pilot)", "ms", "≤ 10 ms", (5, 10, 30)),
    Row("who_ms", "5. `netevent who QUERY`, whole process", "ms", "≤ 300 ms", (250, 300, 1000)),
    Row("import_s", "5. `netevent import` of an N-row CSV, whole process", "s", "≤ 3 s", (1, 3, 15)),
    Row("peak_app_mb", "6. peak memory, netevent in the terminal (VmHWM)", "MB"),
    Row("settled_app_mb", "6. peak memory, netevent after the warm-up (VmHWM, once)", "MB"),
    Row("peak_bare_mb", "6. peak memory, bare Textual app (VmHWM)", "MB"),
    Row("peak_repo_mb", "6. peak memory, file + search + intro index (ru_maxrss)", "MB"),
)  # fmt: skip


def _limit(row: Row, people: int) -> float | None:
    if row.limits is None:
        return None
    for tier, limit in zip(TIERS, row.limits):
        if people <= tier:
            return limit
    return None


def _number(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def _samples(results: dict[str, Any], key: str) -> list[float]:
    value = results.get(key)
    if value is None:
        return []
    return [float(v) for v in value] if isinstance(value, (list, tuple)) else [float(value)]


def over_budget(row: Row, people: int, results: dict[str, Any]) -> bool:
    """True when the median of this row is over its budget at this size."""
    limit = _limit(row, people)
    samples = _samples(results, row.key)
    return bool(samples) and limit is not None and statistics.median(samples) > limit


def cell(row: Row, people: int, results: dict[str, Any]) -> str:
    """`median (max)`, or just the value for single measurements; ✗ when over budget."""
    samples = _samples(results, row.key)
    if not samples:
        return "—"
    median = statistics.median(samples)
    text = _number(median, row.unit)
    if len(samples) > 1:
        text += f" ({_number(max(samples), row.unit)})"
    if row.unit == "ms":
        text += " ms"
    return text + (" ✗" if over_budget(row, people, results) else "")


def render(results: dict[int, dict[str, Any]], footer: list[str]) -> str:
    """The whole Markdown report: table, then the footer lines."""
    sizes = list(results)
    lines = [
        "| measurement | " + " | ".join(f"{n:,} people" for n in sizes) + " | budget at 10,000 |",
        "|---|" + "---|" * len(sizes) + "---|",
    ]
    for row in ROWS:
        if not any(_samples(results[n], row.key) for n in sizes):
            continue
        cells = [cell(row, n, results[n]) for n in sizes]
        lines.append(f"| {row.label} | " + " | ".join(cells) + f" | {row.budget_10k} |")
    return "\n".join(lines + [""] + footer) + "\n"
