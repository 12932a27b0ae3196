"""The local OpenAI-compatible API: off by default, 127.0.0.1, a bearer token."""
