"""Click's own words (its usage line, help headings and errors), for netevent's catalogue.

Click asks Python's global gettext for them, and `netevent.i18n.set_language`
points that at netevent's catalogue, so listing them here is all it takes for
Babel to extract them and for `netevent --help` to read Danish throughout.
Nothing imports this module at run time; `tests/i18n/test_catalogue.py`
checks that each of these is still one of click's strings.
"""

from __future__ import annotations

from netevent.i18n import N_

__all__ = ["CLICK_WORDS"]

CLICK_WORDS = (
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("No such command {name!r}."),
    N_("No such option {name!r}."),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing command."),
    N_("Missing parameter: {param_name}"),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Option {name!r} does not take a value."),
    N_("Option {name!r} requires an argument."),
    N_("{value!r} is not one of {choices}."),
    N_("{value!r} is not {choice}."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("Got unexpected extra argument ({args})"),
    N_("Got unexpected extra arguments ({args})"),
    N_("Did you mean {possibility}?"),
    N_("(Did you mean one of: {possibilities}?)"),
    N_("Aborted!"),
    N_("default: {default}"),
    N_("Do you want to continue?"),
    N_("Confirm the action without prompting."),
    N_("%(prog)s, version %(version)s"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a directory."),
    N_("file"),
    N_("path"),
)
