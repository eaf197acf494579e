"""The panes and lists of the app. Widgets show data and post messages; screens act on them."""
