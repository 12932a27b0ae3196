"""Language model inference: the protocol, llama.cpp behind it, and its worker thread."""
