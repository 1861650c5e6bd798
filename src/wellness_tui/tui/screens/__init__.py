"""One screen per file. Screens show state and turn keys into calls on the logic."""
