"""How fast a model would write on this computer, estimated before it is downloaded.

Writing a reply on a CPU is bound by memory: every token reads the model's weights once (for a
mixture of experts only the experts it uses), so a token costs about a fixed overhead (the
sampling, the graph, Python's loop) plus the bytes read over the speed at which this computer
reads and multiplies them. That speed is calibrated from a real reply of the local model
(GenerationStats.tokens_per_s, fed by wiring after each reply) and kept in the config folder, so
an estimate follows this computer, not a table of other people's. Before the first reply an
estimate from the number of cores stands in, set low on purpose: an offer that undersells a
fast computer costs less than one that pushes an 8B model onto two cores.

Attributing the whole measured time to the bytes would under-estimate big models: the bundled
model is small enough that its fixed cost per token is a fair share of its time. So the fixed
cost is counted apart, and never more than a quarter of what was measured (on a faster
computer it is smaller than the figure measured here). bench/speed_estimate.py checks the
estimate against models measured here.
"""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path

from app.settings import load_json_dataclass, save_json_dataclass

log = logging.getLogger(__name__)

# Below this a reply arrives more slowly than people read it, so chat feels like waiting
CHAT_TOKENS_PER_S = 8.0
# The bundled model's cost per token beyond reading its bytes. Through the bundled model
# (64.5 tokens/s) and a 577 MB Q4_K_M model (33.0) on a 2-core machine, t = a + bytes / rate
# gives a = 4 ms; half that is taken, leaning toward under-selling bigger models. It is the
# layers' many small operations and Gemma's 262,144-token vocabulary, not Python's loop:
# the tiny test models (2 layers, 300 tokens) decode in 0.15 ms.
OVERHEAD_S = 0.002
OVERHEAD_SHARE = 0.25  # at most this share of a measured token's time is the fixed cost
# Before any reply: bytes of weights one core gets through per second, set low on purpose
# (a 2-core cloud machine measured 9 GB/s per core; an 8B model's 3 tokens/s on another
# 2-core machine is 7.4)
FALLBACK_BYTES_PER_S_PER_CORE = 4e9
FALLBACK_MAX_BYTES_PER_S = 25e9  # memory bandwidth caps it whatever the cores
MIN_TOKENS = 16  # shorter replies are mostly the first tokens' warm-up, a noisy measure
SMOOTHING = 0.5  # weight of a new measurement of the same model against the one kept
SAVE_CHANGE = 0.05  # rewrite the file only when the figure moved this much


@dataclass
class MeasuredSpeed:
    """What speed.json keeps: the last local model measured, and its smoothed speed."""

    bytes_per_token: int = 0
    tokens_per_s: float = 0.0


class SpeedEstimator:
    """Estimates tokens/s for a model from the bytes it reads per token.

    Fed by `record` after each local reply; persists to `path` when given (None keeps it in
    memory, for tests and for a window built without a config folder)."""

    def __init__(self, path: Path | None = None, cores: int | None = None) -> None:
        self._path = path
        self._cores = max(1, cores if cores is not None else (os.cpu_count() or 1))
        self._measured = (load_json_dataclass(MeasuredSpeed, path) if path is not None
                          else MeasuredSpeed())
        if not self._valid(self._measured):
            self._measured = MeasuredSpeed()
        self._saved = self._measured.tokens_per_s

    @staticmethod
    def _valid(measured: MeasuredSpeed) -> bool:
        return (measured.bytes_per_token > 0 and math.isfinite(measured.tokens_per_s)
                and measured.tokens_per_s > 0)

    @property
    def measured(self) -> MeasuredSpeed | None:
        """The measurement the estimates come from; None before the first local reply."""
        return self._measured if self._valid(self._measured) else None

    @property
    def cores(self) -> int:
        return self._cores

    def overhead_s(self) -> float:
        measured = self.measured
        if measured is None:
            return OVERHEAD_S
        return min(OVERHEAD_S, OVERHEAD_SHARE / measured.tokens_per_s)

    def bytes_per_s(self) -> float:
        """The rate at which this computer reads and multiplies a model's weights."""
        measured = self.measured
        if measured is None:
            return min(FALLBACK_BYTES_PER_S_PER_CORE * self._cores, FALLBACK_MAX_BYTES_PER_S)
        reading_s = 1 / measured.tokens_per_s - self.overhead_s()
        return measured.bytes_per_token / reading_s

    def tokens_per_s(self, bytes_per_token: int) -> float:
        """The estimated speed of a model that reads this many bytes per token."""
        return 1 / (self.overhead_s() + max(0, bytes_per_token) / self.bytes_per_s())

    def fast_enough(self, bytes_per_token: int) -> bool:
        return self.tokens_per_s(bytes_per_token) >= CHAT_TOKENS_PER_S

    def record(self, bytes_per_token: int, tokens_per_s: float | None, tokens: int) -> bool:
        """Take a local reply's measured speed. Returns whether it was kept: replies too
        short to measure, and nonsense figures, are not."""
        if (tokens_per_s is None or not math.isfinite(tokens_per_s) or tokens_per_s <= 0
                or bytes_per_token <= 0 or tokens < MIN_TOKENS):
            return False
        old = self.measured
        if old is not None and old.bytes_per_token == bytes_per_token:
            # one reply slowed by another program, or by a long context, should not swing
            # every estimate; smoothed in the log so halving and doubling weigh the same
            tokens_per_s = math.exp(SMOOTHING * math.log(tokens_per_s)
                                    + (1 - SMOOTHING) * math.log(old.tokens_per_s))
        self._measured = MeasuredSpeed(bytes_per_token, tokens_per_s)
        changed = (old is None or old.bytes_per_token != bytes_per_token
                   or abs(tokens_per_s - self._saved) > SAVE_CHANGE * self._saved)
        if changed and self._path is not None:
            try:
                save_json_dataclass(self._measured, self._path)
                self._saved = tokens_per_s
            except OSError as exc:  # a full disk costs the next start's calibration only
                log.warning("Could not save the measured speed: %s", exc)
        return True


def rounded(tokens_per_s: float) -> int:
    """A speed as people say it, 25 rather than 24.73: an estimate is good to a fifth or so,
    and a figure with decimals would claim more. 0 means under one token a second."""
    if tokens_per_s < 0.5:
        return 0
    if tokens_per_s < 10:
        return round(tokens_per_s)
    if tokens_per_s < 100:
        return int(5 * round(tokens_per_s / 5))
    return int(10 * round(tokens_per_s / 10))


def about(tokens_per_s: float) -> str:
    """"about 25 tokens/s", for the command line (the windows say it through tr())."""
    value = rounded(tokens_per_s)
    return f"about {value} tokens/s" if value else "under 1 token/s"
