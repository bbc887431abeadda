"""Pure builders of styled text (rich `Text` or Textual `Content`) that screens and widgets show."""
