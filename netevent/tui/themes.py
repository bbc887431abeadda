"""The `netevent` themes: calm colours that survive 16-colour terminals over SSH."""

from __future__ import annotations

from textual.theme import Theme

__all__ = ["NETEVENT_DARK", "NETEVENT_LIGHT", "THEMES"]

NETEVENT_DARK = Theme(
    name="netevent",
    primary="#4FA3D1",
    secondary="#8FBF7F",
    accent="#F2B84B",
    warning="#F2B84B",
    error="#E06C5C",
    success="#8FBF7F",
    foreground="#E4E6EB",
    background="#15191E",
    surface="#1D232A",
    panel="#27303A",
    dark=True,
)
"""The default theme."""

NETEVENT_LIGHT = Theme(
    name="netevent-light",
    primary="#1F6F9F",
    secondary="#4E7F3F",
    accent="#B7791F",
    warning="#B7791F",
    error="#B23A2E",
    success="#4E7F3F",
    foreground="#1C2128",
    background="#F7F5F0",
    surface="#EFECE6",
    panel="#E2DED6",
    dark=False,
)
"""For bright rooms and projectors."""

THEMES = (NETEVENT_DARK, NETEVENT_LIGHT)
