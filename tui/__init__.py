"""counterpoint's command line and terminal app."""
