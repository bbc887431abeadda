"""The three match blocks on a card, each match with a one-line reason that says how it matched.

Pure Python (never imports Textual):

* you can offer them — your offers, and (weighted below them) your role,
  company and pitch × their needs (and, weaker, their interests);
* they can help you — their strengths, and (below them) their role,
  company, tags and about × your asks;
* introduce them to — their needs × other people's strengths, roles,
  companies, tags and abouts, found through an inverted index
  (`IntroIndex`, in `introductions.py`), never by a scan.

Phrases meet over meaning (`words.lexicon`: word forms in Danish and
English, compounds split with care, a Danish–English business thesaurus and
the user's own pairs) and must cover enough of each other
(`words.similarity`). Each block holds at most one match per need or ask —
the strongest — and each why quotes the user's own words exactly as typed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol

from netevent.domain.introductions import IntroIndex
from netevent.domain.models import Person, Profile
from netevent.domain.sides import Match, best_match, how_suffix, my_side, quote, their_side
from netevent.domain.words.lexicon import Lexicon, shipped_lexicon
from netevent.i18n import N_, _

__all__ = ["Match", "CardMatches", "IntroIndex", "Introducer", "you_can_offer", "they_can_help", "card_matches"]

_INTEREST = 0.6  # an interest is a weaker reason to offer something than a need


@dataclass(frozen=True, slots=True)
class CardMatches:
    """The three blocks of a card, each best first."""

    offer: tuple[Match, ...] = ()
    help: tuple[Match, ...] = ()
    introduce: tuple[Match, ...] = ()


# Whole phrases, not "your" + a kind: Danish says "dit tilbud" but "din rolle".
_YOURS = {"offer": N_("your offer"), "role": N_("your role"), "company": N_("your company"), "pitch": N_("your pitch")}
_THEIRS = {
    "need": N_("their need"),
    "interest": N_("their interest"),
    "strength": N_("their strength"),
    "role": N_("their role"),
    "company": N_("their company"),
    "tag": N_("their tag"),
}


def you_can_offer(profile: Profile, person: Person, lexicon: Lexicon | None = None) -> list[Match]:
    """For each of their needs (and, scored lower, interests), the best of what you bring; best first."""
    lexicon = lexicon or shipped_lexicon()
    mine = my_side(profile)
    found = []
    for label, factor, phrases in (("need", 1.0, person.needs), ("interest", _INTEREST, person.interests)):
        for phrase in phrases:
            best = best_match(phrase, mine, lexicon)
            if best is not None:
                source, match, score = best
                why = _('{yours} {quote} meets {theirs} "{phrase}"{how_suffix}').format(
                    yours=_(_YOURS.get(source.kind, source.kind)),
                    quote=quote(source, match),
                    theirs=_(_THEIRS[label]),
                    phrase=phrase,
                    how_suffix=how_suffix(match),
                )
                found.append(Match(round(score * factor, 3), why, source.text, phrase, None, match.how, source.kind))
    found.sort(key=lambda m: -m.score)  # stable: their order breaks ties
    return found


def they_can_help(profile: Profile, person: Person, lexicon: Lexicon | None = None) -> list[Match]:
    """For each of your asks, the best of what they bring (strengths, role, company, tags, about); best first."""
    lexicon = lexicon or shipped_lexicon()
    theirs = their_side(person)
    found = []
    for ask in profile.asks:
        best = best_match(ask, theirs, lexicon)
        if best is not None:
            source, match, score = best
            label = _("about them") if source.free else _(_THEIRS.get(source.kind, source.kind))
            why = _('{label} {quote} meets your ask "{ask}"{how_suffix}').format(
                label=label, quote=quote(source, match), ask=ask, how_suffix=how_suffix(match)
            )
            found.append(Match(score, why, ask, source.text, None, match.how, source.kind))
    found.sort(key=lambda m: -m.score)
    return found


class Introducer(Protocol):
    """Anything that finds introductions for a person: an `IntroIndex`, or the finder that owns one."""

    def introductions(self, person: Person, *, within: Collection[int] | None = None, limit: int = 5) -> list[Match]:
        """Others whose strengths meet this person's needs, best first."""
        ...


def card_matches(
    profile: Profile,
    person: Person,
    intro_index: Introducer,
    *,
    within: Collection[int] | None = None,
    limit: int = 5,
    lexicon: Lexicon | None = None,
) -> CardMatches:
    """All three blocks for a person's card, each cut to `limit`, best first."""
    return CardMatches(
        offer=tuple(you_can_offer(profile, person, lexicon)[:limit]),
        help=tuple(they_can_help(profile, person, lexicon)[:limit]),
        introduce=tuple(intro_index.introductions(person, within=within, limit=limit)),
    )
