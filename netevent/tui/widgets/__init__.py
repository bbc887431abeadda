"""The panels and list widgets of the netevent app."""
