"""The screens and modal dialogs of the netevent app."""
