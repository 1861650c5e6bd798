"""Everything that imports Textual: the full-screen front end."""
