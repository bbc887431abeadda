"""The network report's pages: an overview of every network, then one network's figures."""

from __future__ import annotations

from typing import Any

from textual.content import Content

from netevent.domain.figures import GIVE_AIM, hours, money, percent
from netevent.services.ledger import give_share_label
from netevent.services.report import NetworkReport, Report
from netevent.tui.safe import assemble

__all__ = ["overview_content", "network_content"]


def _net(amount: float) -> tuple[str, str]:
    sign = "+" if amount > 0 else "−" if amount < 0 else "±"
    style = "$text-success" if amount > 0 else "$text-error" if amount < 0 else ""
    return f"{sign}{money(abs(amount))}", style


def _share(n: NetworkReport) -> tuple[str, str]:
    share = n.give_share
    style = "" if share is None or share >= GIVE_AIM else "$text-warning"
    return percent(share), style


def _spent(n: NetworkReport) -> str:
    """E.g. "5 events · 10 h · 2,250 kr" (time left out when none was logged)."""
    parts = [f"{n.events} event" + ("" if n.events == 1 else "s")]
    if n.minutes:
        parts.append(hours(n.minutes))
    return " · ".join(parts + [money(n.money)])


def _span(n: NetworkReport) -> str:
    if n.first_date and n.first_date != n.last_date:
        return f"{n.first_date} – {n.last_date}"
    return n.first_date


def overview_content(report: Report) -> Content:
    """Every network in two lines: what it cost and what it brought."""
    if not report.networks:
        return Content.styled("No events yet. Create one on the events screen (e, then n).", "dim")
    parts: list[Any] = []
    for n in report.networks:
        parts += [(n.network, "bold"), ("  " + _span(n) if _span(n) else "", "dim"), "\n"]
        closed = f", closed business {money(n.closed_business)}" if n.business.closed else ""
        parts += [f"  {_spent(n)} → value {money(n.value)}{closed}, net ", _net(n.net), "\n"]
        parts += [
            f"  met {n.people_met} · gave {n.gave} · got {n.got} · give share ",
            _share(n),
            f" · {n.outcomes} outcomes\n",
        ]
        if n.coverage is not None and n.coverage.members:
            parts.append(f"  in touch with {len(n.coverage.in_touch)} of {n.coverage.members} members in 6 months\n")
        parts.append("\n")
    return assemble(*parts).rstrip()


def _business(n: NetworkReport) -> str:
    """E.g. "8,000 kr closed business from 1 you got · 1 open · 1 no business"."""
    b = n.business
    if not (b.closed or b.still_open or b.no_business):
        return "none yet"
    parts = [f"{money(b.got_amount)} closed business from {b.got_closed} you got"]
    if b.gave_closed:
        parts.append(f"{money(b.gave_amount)} from {b.gave_closed} you gave")
    return " · ".join(parts + [f"{b.still_open} open", f"{b.no_business} no business"])


def _coverage(n: NetworkReport, names: int = 12) -> list[Any]:
    """The one-to-one coverage lines: how many members you were in touch with, and the others' names."""
    c = n.coverage
    if c is None or not c.members:
        return []
    out: list[Any] = [
        ("Coverage    ", "bold"),
        f"in touch with {len(c.in_touch)} of {c.members} members in the last 6 months\n",
    ]
    if n.out_of_touch:
        more = len(n.out_of_touch) - names
        shown = ", ".join(n.out_of_touch[:names]) + (f" and {more} more" if more > 0 else "")
        out += [("            not since: ", "dim"), shown + "\n"]
    if n.keep_in_touch:
        out += [("Cadence     ", "bold"), f"keep in touch {n.keep_in_touch}\n"]
    return out


def network_content(n: NetworkReport) -> Content:
    """One network's figures, labelled, one topic a line."""
    if n.net > 0:
        verdict = ("It gave more than it cost in money.", "$text-success")
    elif n.net < 0:
        verdict = ("It cost more than it gave in money.", "$text-error")
    else:
        verdict = ("It broke even in money.", "")
    overdue = f" ({n.overdue} overdue)" if n.overdue else ""
    share = give_share_label(n.ledger)
    parts: list[Any] = [
        (n.network, "bold"),
        ("   " + _span(n) if _span(n) else "", "dim"),
        "\n\n",
        ("Spent       ", "bold"),
        _spent(n) + "\n",
        ("Brought     ", "bold"),
        f"value {money(n.value)} · {n.outcomes} outcomes · net ",
        _net(n.net),
        "\n",
        ("People      ", "bold"),
        f"{n.people_met} met\n",
        ("Give/get    ", "bold"),
        (share[:1].upper() + share[1:], _share(n)[1]),
        "\n",
        ("Referrals   ", "bold"),
        _business(n) + "\n",
        *_coverage(n),
        ("Follow-ups  ", "bold"),
        f"{n.on_time} on time · {n.late} late · {n.open} open{overdue}\n",
        "\n",
        verdict,
        "\n\n",
        ("Value and cost per event", "bold underline"),
        ("   ✓ picked up the 1,000 kr · ✗ did not", "dim"),
    ]
    return assemble(*parts)
