"""Conversation history from other apps (ChatGPT, Open WebUI, Jan, LM Studio, GPT4All), read
into the store's ImportedConversation form and written by app.store.imports; one module per
format, detect.py to tell them apart by content, run.py to import a path."""
