"""The command line's plain-text views: a person's card, their timeline and the network report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netevent.domain.figures import bar, fit, hours, money, percent
from netevent.i18n import _, format_date, format_date_field, format_number, ngettext
from netevent.services.cards import CardData, card_parts
from netevent.services.events import network_name
from netevent.services.ledger import give_share_label
from netevent.services.report import NetworkReport, Report

if TYPE_CHECKING:  # `netevent who` imports this module; the timeline only with --history
    from netevent.services.timeline import Timeline

__all__ = ["card_lines", "report_text", "timeline_lines", "coverage_line"]


def card_lines(card: CardData) -> list[str]:
    """The card as plain text lines for the terminal, user text exactly as typed."""
    lines = [card.person.name]
    for part in card_parts(card):
        if part.kind == "heading":
            lines += ["", part.text + ":"]
        elif part.kind in ("field", "extra", "empty", "since"):
            lines.append(f"{part.label}: {part.text}")
        else:
            lines.append(part.text)
    return lines


def timeline_lines(history: Timeline) -> list[str]:
    """A person's history as plain lines, oldest first: date, then what happened (a note's other lines below)."""
    from netevent.domain.timeline import told

    p = history.person
    lines = [p.name + (f" — {p.headline}" if p.headline else "")]
    if history.since:
        lines.append(_("Since last time: {since}").format(since=history.since))
    lines.append("")
    if not history.moments:
        lines.append(_("Nothing yet: no rooms, notes, gives, asks or promises with them."))
    for moment in history.moments:
        lines.append(f"{fit(format_date_field(moment.date) or _('no date'), 10)}  {told(moment)}")
        lines += [f"{'':<10}    {line}" for line in moment.detail.splitlines()]
    return lines


def coverage_line(n: NetworkReport, *, names: int = 12) -> list[str]:
    """ "in touch with 12 of 25 members in the last 6 months", then the others' names (at most `names`)."""
    c = n.coverage
    if c is None or not c.members:
        return []
    out = [
        ngettext(
            "in touch with {count} of {members} member in the last 6 months (since {date})",
            "in touch with {count} of {members} members in the last 6 months (since {date})",
            c.members,
        ).format(count=len(c.in_touch), members=c.members, date=format_date(c.since))
    ]
    if n.out_of_touch:
        more = len(n.out_of_touch) - names
        shown = ", ".join(n.out_of_touch[:names])
        if more > 0:
            out.append(_("not since: {names} and {count} more").format(names=shown, count=more))
        else:
            out.append(_("not since: {names}").format(names=shown))
    return out


def _num(amount: float) -> str:
    return money(amount, unit="")


_BAR = 10


def report_text(report: Report) -> str:
    """The report as an aligned plain-text table, then each network's events as a value/cost chart."""
    if not report.networks:
        return _("No events yet. Add one with `netevent event add NAME --network N`.\n")
    head = (
        f"{fit(_('network'), 17)} {fit(_('events'), 6, right=True)} {fit(_('hours'), 5, right=True)} "
        f"{fit(_('cost kr'), 8, right=True)} {fit(_('value kr'), 8, right=True)} {fit(_('closed kr'), 9, right=True)} "
        f"{fit(_('met'), 4, right=True)} {fit(_('gave'), 4, right=True)} {fit(_('got'), 4, right=True)} "
        f"{fit(_('share'), 6, right=True)}"
    )
    lines = [head, "─" * len(head)]
    for n in report.networks:
        lines.append(
            f"{fit(network_name(n.network), 17)} {n.events:>6} {format_number(n.hours, 1):>5} "
            f"{_num(n.money):>8} {_num(n.value):>8} {_num(n.closed_business):>9} "
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
        b = n.business
        if b.closed or b.still_open or b.no_business:
            lines.append(
                ngettext(
                    "  referrals: closed business {got} from {got_count} you got, {gave} from {gave_count} you gave"
                    " · {open} open · {none} no business",
                    "  referrals: closed business {got} from {got_count} you got, {gave} from {gave_count} you gave"
                    " · {open} open · {none} no business",
                    b.still_open,
                ).format(
                    got=money(b.got_amount),
                    got_count=b.got_closed,
                    gave=money(b.gave_amount),
                    gave_count=b.gave_closed,
                    open=b.still_open,
                    none=b.no_business,
                )
            )
        lines += [f"  {line}" for line in coverage_line(n)]
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
            day = format_date_field(r.date) or "—"
            lines.append(
                f"  {fit(day, 10)}  {fit(r.name, 18)} {_num(r.cost):>8} {_num(r.value):>8}  "
                f"{bar(r.value, largest, _BAR)} {bar(r.cost, largest, _BAR)}".rstrip()
            )
    return "\n".join(lines) + "\n"
