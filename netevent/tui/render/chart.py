"""Value against cost per event, as text in eighth-of-a-cell bars (the report's chart)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text

from netevent.domain.figures import bar, fit, money
from netevent.domain.text import fold
from netevent.i18n import _, format_date_field
from netevent.services.report import EventRow
from netevent.tui.safe import Shown

__all__ = ["chart_layout", "chart_text", "short_name"]

_FIXED = 10 + 1 + 1 + 1 + 1 + 9 + 1 + 9  # date, mark, gaps and both amounts
_MARK = {True: "✓", False: "✗", None: " "}


def chart_layout(width: int) -> tuple[int, int]:
    """(name width, bar width) for a chart `width` cells wide."""
    spare = max(width - _FIXED, 20)
    name = max(8, min(24, spare // 3))
    return name, max(4, (spare - name) // 2)


def short_name(name: str, network: str) -> str:
    """An event's name without its network's name in front: "Netværk Nord — maj" → "maj"."""
    if network and fold(name[: len(network)]) == fold(network):
        rest = name[len(network) :].lstrip(" —–-:,·/")
        if rest:
            return rest
    return name


def chart_text(
    rows: Sequence[EventRow],
    width: int,
    *,
    value_style: Style | str = "",
    cost_style: Style | str = "",
    head_style: Style | str = "",
    network: str = "",
) -> Text:
    """The chart as text `width` cells wide (names cut with "…", user text never markup)."""
    name_w, bar_w = chart_layout(width)
    largest = max((max(r.value, r.cost) for r in rows), default=0.0)
    out = Shown(no_wrap=True, overflow="ellipsis")
    head = f"{_('date'):<10}   {fit(_('event'), name_w)} {fit(_('value'), bar_w + 10)} {_('cost')}"
    out.append(head + "\n", style=head_style)
    for r in rows:
        out.append(
            f"{(format_date_field(r.date) or '—'):<10} {_MARK[r.picked_up]} {fit(short_name(r.name, network), name_w)} "
        )
        out.append(bar(r.value, largest, bar_w), style=value_style)
        out.append(f"{money(r.value, unit=''):>9} ")
        out.append(bar(r.cost, largest, bar_w), style=cost_style)
        out.append(f"{money(r.cost, unit=''):>9}\n")
    out.rstrip()
    return out
