"""The language netevent speaks: the translation function and the language's numbers and dates.

Pure Python, below every other layer, so that the command line, the app, the
exports and the services' messages all speak one language. Source strings are
English; Danish comes from a gettext catalogue (`locale/da/LC_MESSAGES/netevent.mo`,
made with Babel from the `.po` beside it). A string without a Danish
translation is shown in English, never empty.

Reading what people type (amounts, durations, dates) in the current
language is the domain's job: `netevent.domain.figures` and
`netevent.domain.dates`.

The language is chosen once per process (`set_language`), from `--lang`, the
saved setting or the locale (`detect_language`), and can be changed while the
app runs. Only text is translated: the data file holds the same values
whichever language wrote it.
"""

from __future__ import annotations

from netevent.i18n.catalogue import (
    LANGUAGES,
    N_,
    Np_,
    _,
    detect_language,
    language,
    language_name,
    ngettext,
    set_language,
    translate_stored,
)
from netevent.i18n.formats import (
    format_amount,
    format_date,
    format_date_field,
    format_hours,
    format_number,
    format_percent,
)

__all__ = [
    "LANGUAGES",
    "N_",
    "Np_",
    "_",
    "detect_language",
    "language",
    "language_name",
    "ngettext",
    "set_language",
    "translate_stored",
    "format_amount",
    "format_date",
    "format_date_field",
    "format_hours",
    "format_number",
    "format_percent",
]
