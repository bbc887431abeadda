"""Where an ask or a referral may go next, and the words people type for a status.

Pure Python. An ask goes `open → helped → closed`, or is dropped; a referral
goes `new → pending → closed`, or ends in no business. A move that makes no
sense (to where it already is, back from closed business, helping an ask
that is closed) is refused with a line that says where it can go instead.
"""

from __future__ import annotations

from netevent.domain.models import ASK_STATUSES, OUTCOMES, REFERRAL_STATUSES, ValidationError

__all__ = ["ASK_MOVES", "REFERRAL_MOVES", "ask_status", "referral_status", "outcome", "check_ask_move",
           "check_referral_move"]  # fmt: skip

ASK_MOVES: dict[str, tuple[str, ...]] = {
    "open": ("helped", "closed", "dropped"),
    "helped": ("closed", "open", "dropped"),
    "closed": ("open",),
    "dropped": ("open", "closed"),
}
"""From each status of an ask, where it may go: a closed or dropped ask can be opened again."""

REFERRAL_MOVES: dict[str, tuple[str, ...]] = {
    "new": ("pending", "closed", "no business"),
    "pending": ("closed", "no business"),
    "no business": ("pending",),
    "closed": (),
}
"""From each status of a referral, where it may go: closed business is final (undo takes back a mistake)."""

_SPELLINGS = {"no-business": "no business", "nobusiness": "no business", "no_business": "no business",
              "none": "no business", "done": "closed", "met": "closed", "reopen": "open", "won": "closed",
              "lost": "no business"}  # fmt: skip


def _word(text: str) -> str:
    return _SPELLINGS.get(" ".join(text.split()).casefold(), " ".join(text.split()).casefold())


def ask_status(text: str) -> str:
    """The ask status `text` names (`done` and `met` mean closed, `reopen` open).

    Raises:
        ValidationError: no such status; the message lists them.
    """
    word = _word(text)
    if word not in ASK_STATUSES:
        raise ValidationError(f"an ask is {', '.join(ASK_STATUSES)}, not {text!r}")
    return word


def referral_status(text: str) -> str:
    """The referral status `text` names (`no-business`, `won`, `lost` work too).

    Raises:
        ValidationError: no such status; the message lists them.
    """
    word = _word(text)
    if word not in REFERRAL_STATUSES:
        raise ValidationError(f"a referral is {', '.join(REFERRAL_STATUSES)}, not {text!r}")
    return word


def outcome(text: str) -> str:
    """Whether you got what you came for: yes, no or later ("" for not said).

    Raises:
        ValidationError: another word.
    """
    word = " ".join(text.split()).casefold()
    word = {"y": "yes", "ja": "yes", "n": "no", "nej": "no", "l": "later", "senere": "later"}.get(word, word)
    if word and word not in OUTCOMES:
        raise ValidationError(f"got what you came for is {', '.join(OUTCOMES)}, not {text!r}")
    return word


def _check(what: str, moves: dict[str, tuple[str, ...]], old: str, new: str) -> None:
    if new == old:
        raise ValidationError(f"{what} is {old} already")
    allowed = moves.get(old, ())
    if new not in allowed:
        where = (
            f"it can be {' or '.join(allowed)}" if allowed else "that is final (`netevent undo` takes back a mistake)"
        )
        raise ValidationError(f"{what} is {old}: it cannot become {new}; {where}")


def check_ask_move(what: str, old: str, new: str) -> None:
    """Refuse a move of an ask that makes no sense.

    Args:
        what: how to name the ask in the message (`ask #3 "a lawyer"`).

    Raises:
        ValidationError: `new` is where it is, or not a place it can go from `old`.
    """
    _check(what, ASK_MOVES, old, new)


def check_referral_move(what: str, old: str, new: str) -> None:
    """Refuse a move of a referral that makes no sense. Raises like `check_ask_move`."""
    _check(what, REFERRAL_MOVES, old, new)
