"""The statuses of asks and referrals, and a target's outcome, as people read them in the current language.

The data file keeps the English words (`open`, `no business`, `later`)
whichever language wrote them; these name them for the screen, as
`kind_name` does for a ledger kind. A status of an ask and one of a referral
may read differently in Danish (an ask is "et ønske", a referral "en
henvisning"), so each has its own table.
"""

from __future__ import annotations

from netevent.i18n import N_, _

__all__ = ["ask_status_name", "referral_status_name", "outcome_name"]

# Translators: the status of an ask ("et ønske"): open, helped, closed (met), dropped (no longer wanted).
_ASK = {"open": N_("open"), "helped": N_("helped"), "closed": N_("closed"), "dropped": N_("dropped")}
_REFERRAL = {"new": N_("new"), "pending": N_("pending"), "closed": N_("closed"), "no business": N_("no business")}
_OUTCOME = {"yes": N_("yes"), "no": N_("no"), "later": N_("later")}


def ask_status_name(status: str) -> str:
    """An ask's status as people read it ("hjulpet" for "helped"); an unknown one as stored."""
    return _(_ASK.get(status, status))


def referral_status_name(status: str) -> str:
    """A referral's status as people read it ("ingen forretning" for "no business"); an unknown one as stored."""
    return _(_REFERRAL.get(status, status))


def outcome_name(outcome: str) -> str:
    """Whether you got what you came for, as people read it ("senere" for "later")."""
    return _(_OUTCOME.get(outcome, outcome))
