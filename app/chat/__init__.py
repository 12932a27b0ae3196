"""Logic objects for what the user sees: QObjects with domain signals, no widgets."""
