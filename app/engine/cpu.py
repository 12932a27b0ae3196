"""What the CPU side of llama.cpp was built with, read from its system-info line.

llama.cpp's AMX path segfaults on Q4_K weights (ggml-org/llama.cpp#20824). A build that
has AMX compiled in says `AMX_INT8 = 1` in `llama_print_system_info()`; models are then
loaded without llama.cpp's extra buffer types, which is where the AMX kernels live.
"""

from __future__ import annotations

import re

_AMX_FEATURE = re.compile(r"\bAMX_[A-Z0-9_]+\s*=\s*1\b")


def has_amx(system_info: str) -> bool:
    """True when the build reports any AMX feature as compiled in."""
    return bool(_AMX_FEATURE.search(system_info))
