"""The introductions board's rows (user text as typed, never markup)."""

from __future__ import annotations

from textual.content import Content

from netevent.i18n import _, ngettext
from netevent.services.intro_board import Board, BoardPair

__all__ = ["pair_label", "board_status"]


def pair_label(pair: BoardPair) -> Content:
    """Who with whom (marked with the date if introduced), and why: → the first's need, ← the second's."""
    parts: list[str | tuple[str, str]] = [
        ("✓ " if pair.introduced else "• ", "$text-success" if pair.introduced else "$accent"),
        (pair.first_name, "bold"),
        " ↔ ",
        (pair.second_name, "bold"),
    ]
    if pair.introduced:
        parts.append((_("  introduced {introduced}").format(introduced=pair.introduced), "$text-success italic"))
    # → what the second brings to the first's need; ← the other way round.
    parts += ["\n  → ", (pair.reason, "dim")]
    if pair.back_reason:
        parts += ["\n  ← ", (pair.back_reason, "dim")]
    return Content.assemble(*parts)


def board_status(board: Board) -> Content:
    """The line over the list: how many pairs, among how many people, where, and how many are done."""
    done = sum(1 for p in board.pairs if p.introduced)
    pairs = ngettext("{count} pair", "{count} pairs", len(board.pairs)).format(count=len(board.pairs))
    people = ngettext("{count} person", "{count} people", board.people).format(count=board.people)
    text = f"{pairs} · {people} · {board.event.name}"
    return Content(text + (_(" · {count} introduced").format(count=done) if done else ""))
