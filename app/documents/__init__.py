"""Chat with documents: parsing (in a child process), chunking, the index (its own SQLite
file), hybrid retrieval and citations."""
