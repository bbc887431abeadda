"""Where the app's stylesheets are: inside the installed package, or `styles/` in a checkout."""

from __future__ import annotations

from pathlib import Path

__all__ = ["styles_dir"]


def styles_dir() -> Path:
    """The folder holding the TCSS files."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "styles"  # the wheel puts `styles/` inside the package
    if packaged.is_dir():
        return packaged
    return package.parent / "styles"
