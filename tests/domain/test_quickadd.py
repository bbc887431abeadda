"""The one-line add: a name, company, strengths and needs typed in a hurry, or an address copied from a mail."""

from __future__ import annotations

import pytest

from netevent.domain.quickadd import parse_quick_add


@pytest.mark.parametrize(
    "line, name, email, company",
    [
        ("Jane Doe <jane@acme.dk>", "Jane Doe", "jane@acme.dk", ""),
        ('"Jane Doe" <jane@acme.dk>', "Jane Doe", "jane@acme.dk", ""),
        ("Jane Doe <mailto:jane@acme.dk>, Acme", "Jane Doe", "jane@acme.dk", "Acme"),
        ("Jane Doe jane@acme.dk", "Jane Doe", "jane@acme.dk", ""),
    ],
)
def test_an_address_as_mail_programs_write_it(line: str, name: str, email: str, company: str) -> None:
    parsed = parse_quick_add(line)
    assert (parsed.name, parsed.email, parsed.company) == (name, email, company)


def test_the_full_grammar_still_reads() -> None:
    parsed = parse_quick_add("Jane Doe (CFO), Acme — tax law; export ? a bookkeeper #vip +45 20 30 40 50")
    assert (parsed.name, parsed.role, parsed.company) == ("Jane Doe", "CFO", "Acme")
    assert (parsed.strengths, parsed.needs, parsed.tags) == (("tax law", "export"), ("a bookkeeper",), ("vip",))
    assert parsed.phone == "+45 20 30 40 50"
