"""The command line's plain-text views: a person's card and the network report."""

from __future__ import annotations

from netevent.domain.figures import bar, fit, hours, money, percent
from netevent.i18n import _, format_date, format_number
from netevent.services.cards import CardData, card_parts
from netevent.services.events import network_name
from netevent.services.ledger import give_share_label
from netevent.services.report import Report

__all__ = ["card_lines", "report_text"]


def card_lines(card: CardData) -> list[str]:
    """The card as plain text lines for the terminal, user text exactly as typed."""
    lines = [card.person.name]
    for part in card_parts(card):
        if part.kind == "heading":
            lines += ["", part.text + ":"]
        elif part.kind in ("field", "extra", "empty"):
            lines.append(f"{part.label}: {part.text}")
        else:
            lines.append(part.text)
    return lines


def _num(amount: float) -> str:
    return money(amount, unit="")


_BAR = 10


def report_text(report: Report) -> str:
    """The report as an aligned plain-text table, then each network's events as a value/cost chart."""
    if not report.networks:
        return _("No events yet. Add one with `netevent event add NAME --network N`.\n")
    head = (
        f"{fit(_('network'), 22)} {fit(_('events'), 6, right=True)} {fit(_('hours'), 6, right=True)} "
        f"{fit(_('cost kr'), 9, right=True)} {fit(_('value kr'), 9, right=True)} {fit(_('met'), 4, right=True)} "
        f"{fit(_('gave'), 4, right=True)} {fit(_('got'), 4, right=True)} {fit(_('share'), 6, right=True)}"
    )
    lines = [head, "─" * len(head)]
    for n in report.networks:
        lines.append(
            f"{fit(network_name(n.network), 22)} {n.events:>6} {format_number(n.hours, 1):>6} "
            f"{_num(n.money):>9} {_num(n.value):>9} "
            f"{n.people_met:>4} {n.gave:>4} {n.got:>4} {percent(n.give_share):>6}"
        )
    for n in report.networks:
        span = (
            f"{format_date(n.first_date)} – {format_date(n.last_date)}"
            if n.first_date and n.first_date != n.last_date
            else format_date(n.first_date)
        )
        lines += ["", f"{network_name(n.network)}" + (f"  ({span})" if span else "")]
        verdict = (
            _("gave more than it cost") if n.net > 0 else _("cost more than it gave") if n.net < 0 else _("broke even")
        )
        lines.append(
            _("  value {money} against {money2} and {time} — {verdict} in money").format(
                money=money(n.value), money2=money(n.money), time=hours(n.minutes), verdict=verdict
            )
        )
        lines.append(f"  {give_share_label(n.ledger)}")
        lines.append(
            _("  outcomes {outcomes} · follow-ups {on_time} on time, {late} late, {open} open").format(
                outcomes=n.outcomes, on_time=n.on_time, late=n.late, open=n.open
            )
            + (_(" ({count} overdue)").format(count=n.overdue) if n.overdue else "")
        )
        if not n.rows:
            lines.append(_("  no events"))
            continue
        largest = max(max(r.value, r.cost) for r in n.rows)
        lines.append(
            f"  {fit(_('date'), 10)}  {fit(_('event'), 18)} {fit(_('cost'), 8, right=True)} "
            f"{fit(_('value'), 8, right=True)}  {fit(_('value'), _BAR)} {_('cost')}"
        )
        for r in n.rows:
            lines.append(
                f"  {fit(r.date or '—', 10)}  {fit(r.name, 18)} {_num(r.cost):>8} {_num(r.value):>8}  "
                f"{bar(r.value, largest, _BAR)} {bar(r.cost, largest, _BAR)}".rstrip()
            )
    return "\n".join(lines) + "\n"
