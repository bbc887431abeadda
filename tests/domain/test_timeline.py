"""A person's history in the order it happened."""

from __future__ import annotations

from netevent.domain.timeline import Moment, in_order, told


def test_moments_come_oldest_first_and_a_meeting_first_within_its_day() -> None:
    moments = [
        Moment("2026-10-01", "fate", "Ask closed: revisor", seq="000000003"),
        Moment("2026-09-03", "gave", "You gave (intro): Åse", seq="000000002"),
        Moment("2026-09-03", "note", "Note at september", note="ringer i morgen", seq="2026-09-03T08:40:00"),
        Moment("2026-09-03", "note", "Note at september", note="først", seq="2026-09-03T08:05:00"),
        Moment("2026-09-03", "event", "Netværk Nord — september: met ✓", seq="000000004"),
        Moment("2026-09-03", "promise", "Promised: send tilbud"),
        Moment("2026-09-03", "ask", "Asked for: revisor", seq="000000003"),
        Moment("", "ask", "Asked for: moms (from before dates were kept)"),
        Moment("2026-08-06", "first met", "First met at august"),
    ]
    ordered = in_order(moments)
    assert [(m.date, m.kind) for m in ordered] == [
        ("", "ask"),
        ("2026-08-06", "first met"),
        ("2026-09-03", "event"),
        ("2026-09-03", "note"),
        ("2026-09-03", "note"),
        ("2026-09-03", "ask"),
        ("2026-09-03", "gave"),
        ("2026-09-03", "promise"),
        ("2026-10-01", "fate"),
    ]
    assert [told(m) for m in ordered[3:5]] == ["Note at september: først", "Note at september: ringer i morgen"]
