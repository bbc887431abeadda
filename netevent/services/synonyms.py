"""Your own words that mean the same (`netevent synonyms add moms VAT`), kept in the data file.

Pure Python. The pairs live in the file's settings (`synonyms`: a list of
[a, b]); matching reads them through `lexicon(repo)`, and the finder
rebuilds its introduction index when they change, so a pair takes effect at
once, on every card, also in a running app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netevent.domain.models import ValidationError
from netevent.domain.text import fold
from netevent.i18n import _

if TYPE_CHECKING:
    from netevent.domain.words.lexicon import Lexicon
    from netevent.storage.repository import Repository

__all__ = ["SETTING", "synonyms", "add_synonym", "remove_synonym", "lexicon", "pairs_in"]

SETTING = "synonyms"
"""The settings key the pairs are stored under."""
_MAX = 200  # characters of one word or phrase


def pairs_in(settings: dict[str, object]) -> tuple[tuple[str, str], ...]:
    """The pairs stored in a file's settings; entries that are not two texts are skipped (a hand edit)."""
    raw = settings.get(SETTING)
    if not isinstance(raw, list):
        return ()
    out = []
    for item in raw:
        if isinstance(item, (list, tuple)) and len(item) == 2 and all(isinstance(x, str) and x.strip() for x in item):
            out.append((str(item[0]), str(item[1])))
    return tuple(out)


def synonyms(repo: Repository) -> tuple[tuple[str, str], ...]:
    """Your pairs, in the order you added them."""
    return pairs_in(repo.settings)


def lexicon(repo: Repository) -> Lexicon:
    """The shipped thesaurus with your pairs: what matching in this file uses."""
    from netevent.domain.words.lexicon import shipped_lexicon

    return shipped_lexicon(synonyms(repo))


def _clean(text: str, label: str) -> str:
    from netevent.domain.text import keywords

    value = " ".join(text.split())
    if not value:
        raise ValidationError(_("{label} is empty").format(label=label))
    if len(value) > _MAX:
        raise ValidationError(_("{label} is longer than {MAX} characters").format(label=label, MAX=_MAX))
    if not keywords(value):
        raise ValidationError(
            _("{label} {value!r} has no word that matching uses (only small words like 'og', 'the')").format(
                label=label, value=value
            )
        )
    return value


def _same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return {fold(a[0]), fold(a[1])} == {fold(b[0]), fold(b[1])}


def add_synonym(repo: Repository, a: str, b: str) -> tuple[str, str]:
    """Say that `a` and `b` mean the same; returns the pair as stored.

    Raises:
        ValidationError: an empty word, two equal words, or a pair you have already. Nothing is written then.
    """
    pair = (_clean(a, _("the first word")), _clean(b, _("the second word")))
    if fold(pair[0]) == fold(pair[1]):
        raise ValidationError(_("{pair!r} and {pair2!r} are the same word").format(pair=pair[0], pair2=pair[1]))
    current = synonyms(repo)
    if any(_same(pair, old) for old in current):
        raise ValidationError(_("{pair!r} and {pair2!r} already mean the same").format(pair=pair[0], pair2=pair[1]))
    repo.set_setting(SETTING, [list(p) for p in (*current, pair)])
    return pair


def remove_synonym(repo: Repository, a: str, b: str) -> tuple[str, str]:
    """Forget a pair (in either order); returns it as it was stored.

    Raises:
        ValidationError: there is no such pair. Nothing is written then.
    """
    wanted = (" ".join(a.split()), " ".join(b.split()))
    current = synonyms(repo)
    found = next((old for old in current if _same(wanted, old)), None)
    if found is None:
        raise ValidationError(
            _("{wanted!r} and {wanted2!r} are not one of your pairs (see `netevent synonyms list`)").format(
                wanted=wanted[0], wanted2=wanted[1]
            )
        )
    repo.set_setting(SETTING, [list(p) for p in current if p is not found])
    return found
