"""Model files: the bundled model, GGUF headers, and (later) the catalog and downloads."""
