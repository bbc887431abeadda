"""Where an ask or a referral may go next, and the words people type for a status.

Pure Python. An ask goes `open → helped → closed`, or is dropped; a referral
goes `new → pending → closed`, or ends in no business. A move that makes no
sense (to where it already is, back from closed business, helping an ask
that is closed) is refused with a line that says where it can go instead.
"""

from __future__ import annotations

from collections.abc import Callable

from netevent.domain.models import (
    ASK_STATUSES,
    OUTCOMES,
    REFERRAL_STATUSES,
    ValidationError,
    ask_status_name,
    outcome_name,
    referral_status_name,
)
from netevent.i18n import N_, _

__all__ = ["ASK_MOVES", "REFERRAL_MOVES", "ask_status", "referral_status", "outcome", "check_ask_move",
           "check_referral_move", "every_status"]  # fmt: skip

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
              "lost": "no business", "igang": "pending", "færdig": "closed", "genåbn": "open", "vundet": "closed",
              "tabt": "no business", "ingen": "no business"}  # fmt: skip
"""Other words people type for a status, in English and Danish (keys as typed, values as stored)."""


def _word(text: str, keys: tuple[str, ...], name: Callable[[str], str]) -> str:
    """The stored key `text` names: the key itself, its name in the language spoken, or another spelling."""
    word = " ".join(text.replace("-", " ").replace("_", " ").split()).casefold()
    word = _SPELLINGS.get(word, _SPELLINGS.get(word.replace(" ", ""), word))
    # The name in the language spoken: `ask set 3 hjulpet` in Danish, as `--kind henvisning` is read.
    return next((k for k in keys if word in (k, name(k).casefold())), word)


def every_status(text: str | None) -> bool:
    """True when a list is asked for every status: nothing, `all`, or the word in the language spoken ("alle")."""
    word = " ".join((text or "").split()).casefold()
    return word in ("", "all", _("all").casefold())


def _status(text: str, keys: tuple[str, ...], name: Callable[[str], str], refusal: str) -> str:
    """The status of `keys` that `text` names; else `refusal` (with `{statuses}` and `{text}`) as the error."""
    word = _word(text, keys, name)
    if word not in keys:
        raise ValidationError(_(refusal).format(statuses=", ".join(name(k) for k in keys), text=text))
    return word


def ask_status(text: str) -> str:
    """The ask status `text` names (`done` and `met` mean closed, `reopen` open).

    Raises:
        ValidationError: no such status; the message lists them.
    """
    return _status(text, ASK_STATUSES, ask_status_name, N_("an ask is {statuses}, not {text!r}"))


def referral_status(text: str) -> str:
    """The referral status `text` names (`no-business`, `won`, `lost` work too).

    Raises:
        ValidationError: no such status; the message lists them.
    """
    return _status(text, REFERRAL_STATUSES, referral_status_name, N_("a referral is {statuses}, not {text!r}"))


def outcome(text: str) -> str:
    """Whether you got what you came for: yes, no or later ("" for not said).

    Raises:
        ValidationError: another word.
    """
    word = " ".join(text.split()).casefold()
    word = {"y": "yes", "ja": "yes", "n": "no", "nej": "no", "l": "later", "senere": "later"}.get(word, word)
    word = next((k for k in OUTCOMES if word == outcome_name(k).casefold()), word)
    if word and word not in OUTCOMES:
        names = ", ".join(outcome_name(o) for o in OUTCOMES)
        raise ValidationError(_("got what you came for is {outcomes}, not {text!r}").format(outcomes=names, text=text))
    return word


def _check(what: str, moves: dict[str, tuple[str, ...]], name: Callable[[str], str], old: str, new: str) -> None:
    if new == old:
        raise ValidationError(_("{what} is {status} already").format(what=what, status=name(old)))
    allowed = moves.get(old, ())
    if new not in allowed:
        if allowed:
            where = _("it can be {statuses}").format(statuses=_(" or ").join(name(s) for s in allowed))
        else:
            where = _("that is final (`netevent undo` takes back a mistake)")
        raise ValidationError(
            _("{what} is {status}: it cannot become {new}; {where}").format(
                what=what, status=name(old), new=name(new), where=where
            )
        )


def check_ask_move(what: str, old: str, new: str) -> None:
    """Refuse a move of an ask that makes no sense.

    Args:
        what: how to name the ask in the message (`ask #3 "a lawyer"`).

    Raises:
        ValidationError: `new` is where it is, or not a place it can go from `old`.
    """
    _check(what, ASK_MOVES, ask_status_name, old, new)


def check_referral_move(what: str, old: str, new: str) -> None:
    """Refuse a move of a referral that makes no sense. Raises like `check_ask_move`."""
    _check(what, REFERRAL_MOVES, referral_status_name, old, new)
