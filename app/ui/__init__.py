"""Qt Widgets user interface. Only app.wiring (and app.main, for its dialogs) import it."""
