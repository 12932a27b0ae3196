"""Qt Widgets user interface. Only app.main imports this package."""
