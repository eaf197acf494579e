"""The app's screens: the three-pane main screen and its modal dialogs."""
