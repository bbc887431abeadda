"""The network report's pages: an overview of every network, then one network's figures."""

from __future__ import annotations

from typing import Any

from textual.content import Content

from netevent.domain.figures import GIVE_AIM, hours, money, percent
from netevent.i18n import N_, _, format_date, ngettext
from netevent.services.events import network_name
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
    parts = [ngettext("{count} event", "{count} events", n.events).format(count=n.events)]
    if n.minutes:
        parts.append(hours(n.minutes))
    return " · ".join(parts + [money(n.money)])


_LABELS = ("Spent", "Brought", "People", "Give/get", "Referrals", "Coverage", "Cadence", "Follow-ups")


def _label(text: str) -> str:
    """A row's label, padded so the values line up whatever the language's longest label."""
    return _(text).ljust(max(len(_(t)) for t in _LABELS) + 2)


_KEEP = "\ue000"
"""Stands for a space that must not break (inside a name, before "kr") while a value is wrapped."""


def _rows(rows: list[tuple[str, list[Any]]], width: int) -> list[Any]:
    """Labelled rows, each value wrapped to `width` columns under itself, not under the labels.

    Args:
        rows: (label, in English, the value's parts); "" for a row that goes on the one above.
        width: the columns the page has (0: the widget wraps the lines).
    """
    indent = len(_label(_LABELS[0]))
    out: list[Any] = []
    for label, parts in rows:
        shown = _label(label) if label else " " * indent
        out += [(shown, "bold"), _wrapped(parts, width, indent), "\n"]
    return out


def _wrapped(parts: list[Any], width: int, indent: int) -> Content:
    """`parts` as one value, wrapped to `width` columns with each further line indented by `indent`.

    A name, and an amount and its "kr", stay on one line; with no room to
    spare (or `width` 0) the widget wraps the line itself.
    """
    value = assemble(*parts)
    value = Content(value.plain.replace("\u00a0", _KEEP).replace(" kr", _KEEP + "kr"), list(value.spans))
    if width > indent + 20:
        value = Content("\n" + " " * indent).join(value.wrap(width - indent))
    return Content(value.plain.replace(_KEEP, " "), list(value.spans))


def _span(n: NetworkReport) -> str:
    if n.first_date and n.first_date != n.last_date:
        return f"{format_date(n.first_date)} – {format_date(n.last_date)}"
    return format_date(n.first_date)


def overview_content(report: Report, width: int = 0) -> Content:
    """Every network in a few lines: what it cost and what it brought; a long line wraps under itself.

    Args:
        width: the columns the page has (0: the widget wraps the lines).
    """
    if not report.networks:
        return Content.styled(_("No events yet. Create one on the events screen (e, then n)."), "dim")
    parts: list[Any] = []
    for n in report.networks:
        parts += [(network_name(n.network), "bold"), ("  " + _span(n) if _span(n) else "", "dim"), "\n"]
        closed = _(", closed business {money}").format(money=money(n.closed_business)) if n.business.closed else ""
        line = _("  {spent} → value {money}{closed}, net ").format(spent=_spent(n), money=money(n.value), closed=closed)
        lines: list[list[Any]] = [[line.lstrip(), _net(n.net)]]
        lines.append([
            _("  met {people_met} · gave {gave} · got {got} · give share ").format(
                people_met=n.people_met, gave=n.gave, got=n.got
            ).lstrip(),
            _share(n),
            " · " + ngettext("{count} outcome", "{count} outcomes", n.outcomes).format(count=n.outcomes),
        ])  # fmt: skip
        if n.coverage is not None and n.coverage.members:
            touch = _("  in touch with {count} of {members} members in 6 months\n")
            lines.append([touch.format(count=len(n.coverage.in_touch), members=n.coverage.members).strip()])
        for parts_of_line in lines:
            parts += ["  ", _wrapped(parts_of_line, width, 2), "\n"]
        parts.append("\n")
    return assemble(*parts).rstrip()


def _business(n: NetworkReport) -> str:
    """E.g. "8,000 kr closed business from 1 you got · 1 open · 1 no business"."""
    b = n.business
    if not (b.closed or b.still_open or b.no_business):
        return _("none yet")
    parts = [_("{money} closed business from {count} you got").format(money=money(b.got_amount), count=b.got_closed)]
    if b.gave_closed:
        parts.append(_("{money} from {count} you gave").format(money=money(b.gave_amount), count=b.gave_closed))
    still = [
        ngettext("{count} open", "{count} open", b.still_open).format(count=b.still_open),
        _("{count} no business").format(count=b.no_business),
    ]
    return " · ".join(parts + still)


def _coverage(n: NetworkReport, names: int = 12) -> list[tuple[str, list[Any]]]:
    """The one-to-one coverage rows: how many members you were in touch with, the others' names, the cadence."""
    c = n.coverage
    if c is None or not c.members:
        return []
    touch = _("in touch with {count} of {members} members in the last 6 months")
    rows: list[tuple[str, list[Any]]] = [(N_("Coverage"), [touch.format(count=len(c.in_touch), members=c.members)])]
    if n.out_of_touch:
        more = len(n.out_of_touch) - names
        kept = ", ".join(" ".join(name.split()).replace(" ", "\u00a0") for name in n.out_of_touch[:names])
        shown = kept + (_(" and {count} more").format(count=more) if more > 0 else "")
        rows.append(("", [(_("not since: "), "dim"), shown]))
    if n.keep_in_touch:
        rows.append((N_("Cadence"), [_("keep in touch {every}").format(every=n.keep_in_touch)]))
    return rows


def network_content(n: NetworkReport, width: int = 0) -> Content:
    """One network's figures, labelled, one topic a line.

    Args:
        width: the columns the page has: a long value wraps under itself, not under the labels (0: no wrapping here).
    """
    if n.net > 0:
        verdict = (_("It gave more than it cost in money."), "$text-success")
    elif n.net < 0:
        verdict = (_("It cost more than it gave in money."), "$text-error")
    else:
        verdict = (_("It broke even in money."), "")
    overdue = _(" ({count} overdue)").format(count=n.overdue) if n.overdue else ""
    share = give_share_label(n.ledger)
    rows: list[tuple[str, list[Any]]] = [
        (N_("Spent"), [_spent(n)]),
        (
            N_("Brought"),
            [
                _("value {money} · {outcomes} outcomes · net ").format(money=money(n.value), outcomes=n.outcomes),
                _net(n.net),
            ],
        ),
        (N_("People"), [_("{count} met").format(count=n.people_met)]),
        (N_("Give/get"), [(share[:1].upper() + share[1:], _share(n)[1])]),
        (N_("Referrals"), [_business(n)]),
        *_coverage(n),
        (
            N_("Follow-ups"),
            [
                ngettext(
                    "{on_time} on time · {late} late · {open} open{overdue}",
                    "{on_time} on time · {late} late · {open} open{overdue}",
                    n.open,
                ).format(on_time=n.on_time, late=n.late, open=n.open, overdue=overdue)
            ],
        ),
    ]
    parts: list[Any] = [
        (network_name(n.network), "bold"),
        ("   " + _span(n) if _span(n) else "", "dim"),
        "\n\n",
        *_rows(rows, width),
        "\n",
        verdict,
        "\n\n",
        (_("Value and cost per event"), "bold underline"),
        (_("   ✓ picked up the 1,000 kr · ✗ did not"), "dim"),
    ]
    return assemble(*parts)
