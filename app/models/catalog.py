"""The built-in model catalog (resources/catalog.json), validated on load, and "will it fit".

A catalog that fails validation is refused whole with a message that names the entry and the
field, rather than half-loaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.models.speed import SpeedEstimator
from app.resources import resource

SHA256 = re.compile(r"^[0-9a-f]{64}$")
REPO_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
PARAMETERS = re.compile(r"^(\d+(?:\.\d+)?)([MB])\b")  # "270M", "46.7B (8 experts)"
DEFAULT_CONTEXT = 4096
FITS_SHARE = 0.60  # of physical memory, leaving room for the OS and other apps
TIGHT_SHARE = 0.85


class Kind(StrEnum):
    CHAT = "chat"
    EMBEDDING = "embedding"  # turns text into vectors for documents; never chats


POOLINGS = ("mean", "cls", "last")


class Fit(StrEnum):
    FITS = "Fits"
    TIGHT = "Tight"
    TOO_LARGE = "Too large"


@dataclass(frozen=True)
class License:
    name: str
    url: str


@dataclass(frozen=True)
class EmbeddingInfo:
    """How an embedder must be driven: what its vectors hold, how long a passage may be,
    how its tokens are pooled, and what goes in front of a query and of a document (the
    model was trained with those words: without them it finds less)."""

    dimension: int
    max_tokens: int
    pooling: str  # one of POOLINGS
    query_prefix: str = ""
    document_prefix: str = ""


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    repo_id: str
    filename: str
    size_bytes: int
    sha256: str | None
    revision: str
    architecture: str
    parameters: str
    quant: str
    context_length: int
    license: License
    gated: bool
    description: str
    tags: tuple[str, ...]
    kv_bytes_per_token: int
    default_context: int
    memory_bytes: int
    supported: bool
    bundled: bool
    unsupported_reason: str = ""
    # False where public sources give only an approximate size (and no sha256): the
    # download is then checked against the Hub's own size and LFS hash, and the UI says so.
    size_exact: bool = True
    instruct: bool = False  # tuned to follow instructions, not a base model
    # A mixture of experts reads only the experts it routes each token to ("12.9B" of
    # Mixtral's 46.7B); "" for a dense model, which reads all of its weights
    active_parameters: str = ""
    kind: Kind = Kind.CHAT
    # What the model can do beyond plain chat, as its makers and its chat template say:
    # it thinks before it answers (<think>, or a channel of its own), it calls tools, it
    # reads images (with a projector file, which Hearth does not use yet)
    reasoning: bool = False
    tools: bool = False
    images: bool = False
    embedding: EmbeddingInfo | None = None  # set exactly when kind is EMBEDDING

    @property
    def bytes_per_token(self) -> int:
        """The weights read to write one token: what its speed on a CPU depends on."""
        total = parameter_count(self.parameters)
        active = parameter_count(self.active_parameters)
        if total is None or active is None or not 0 < active < total:
            return self.size_bytes
        return round(self.size_bytes * active / total)

    @property
    def pinned(self) -> bool:
        """Exact size and sha256 are known, so a download of it cannot change under us."""
        return self.size_exact and self.sha256 is not None

    def memory_at(self, context: int, overhead: int) -> int:
        return self.size_bytes + self.kv_bytes_per_token * context + overhead


@dataclass(frozen=True)
class Catalog:
    """`entries` are the chat models, the only ones offered, recommended and listed as
    models; `embedders` are kept apart, so no list of chat models can show one."""

    entries: tuple[CatalogEntry, ...]
    overhead_bytes: int
    embedders: tuple[CatalogEntry, ...] = ()

    def get(self, entry_id: str) -> CatalogEntry:
        """A chat model or an embedder by its id (both can be downloaded by id)."""
        for entry in self.entries + self.embedders:
            if entry.id == entry_id:
                return entry
        raise UserError(f"There is no model '{entry_id}' in the catalog. "
                        "`python -m app models list` shows the ids.")

    def by_filename(self, filename: str) -> CatalogEntry | None:
        """The chat model stored under this file name (never an embedder)."""
        return next((e for e in self.entries if e.filename == filename), None)

    def embedder_by_filename(self, filename: str) -> CatalogEntry | None:
        return next((e for e in self.embedders if e.filename == filename), None)

    def bytes_per_token(self, path: Path) -> int:
        """What a local model file reads per token: the catalog's figure where it knows the
        file (an MoE's active share), else the file's size; 0 if it cannot be read."""
        entry = self.by_filename(path.name)
        if entry is not None:
            return entry.bytes_per_token
        try:
            return path.stat().st_size
        except OSError:
            return 0

    def display_name(self, filename: str, fallback: str) -> str:
        """The catalog's name for a model file ("Gemma 3 270M"), so the status bar, the
        selector and the Models window spell it one way; a file's own header name
        ("Gemma 3 270m") only for files the catalog does not know."""
        entry = self.by_filename(filename)
        return entry.name if entry is not None else fallback

    def recommended(self, total_memory: int,
                    speed: SpeedEstimator | None = None) -> list[CatalogEntry]:
        """Models that fit this machine first, then tight ones, then the rest. Among those
        that fit, the ones fast enough to chat with come first, the most capable (largest)
        first, so the top row is what the offer picks; then the slow ones, fastest first."""
        speed = speed or SpeedEstimator()
        order = {Fit.FITS: 0, Fit.TIGHT: 1, Fit.TOO_LARGE: 2}

        def key(entry: CatalogEntry) -> tuple[int, bool, bool, float]:
            fast = speed.fast_enough(entry.bytes_per_token)
            return (order[fit(entry.memory_bytes, total_memory)], not entry.supported,
                    not fast, -entry.size_bytes if fast else -speed.tokens_per_s(
                        entry.bytes_per_token))

        return sorted(self.entries, key=key)

    def best_instruct(self, total_memory: int,
                      speed: SpeedEstimator | None = None) -> CatalogEntry | None:
        """The model to offer a new user: the largest pinned, ungated instruct model that
        fits this computer comfortably and writes fast enough to chat with here (by
        `speed`, the estimate calibrated on this computer; without one, the cautious
        estimate from its cores). If none is fast enough, the fastest that fits: it is no
        slower than the bundled model the user is running now."""
        speed = speed or SpeedEstimator()
        # A reasoning model writes hundreds of words of thought before its answer: a slow
        # first reply for someone who has just arrived, so the offer is a plain chat model.
        # Nor a mixture of experts: it downloads every expert to use a few (Granite 4.0 H
        # Tiny: 4.2 GB for 1B active), and its speed here is the least certain estimate.
        candidates = [e for e in self.entries
                      if e.instruct and not e.reasoning and e.supported and not e.bundled
                      and not e.gated and e.pinned and not e.active_parameters
                      and fit(e.memory_bytes, total_memory) == Fit.FITS]
        fast = [e for e in candidates if speed.fast_enough(e.bytes_per_token)]
        if fast:
            return max(fast, key=lambda e: e.size_bytes)
        return max(candidates, key=lambda e: speed.tokens_per_s(e.bytes_per_token),
                   default=None)


def parameter_count(text: str) -> float | None:
    """'270M' -> 2.7e8, '46.7B (8 experts)' -> 4.67e10; None when it says no count."""
    match = PARAMETERS.match(text.strip())
    if match is None:
        return None
    return float(match.group(1)) * (1e6 if match.group(2) == "M" else 1e9)


def fit(memory_bytes: int, total_memory: int) -> Fit:
    if total_memory <= 0:
        return Fit.TIGHT
    share = memory_bytes / total_memory
    if share <= FITS_SHARE:
        return Fit.FITS
    if share <= TIGHT_SHARE:
        return Fit.TIGHT
    return Fit.TOO_LARGE


_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "name": str, "repo_id": str, "filename": str, "size_bytes": int,
    "sha256": (str, type(None)), "revision": str, "architecture": str, "parameters": str,
    "quant": str, "context_length": int, "license": dict, "gated": bool, "description": str,
    "tags": list, "kv_bytes_per_token": int, "default_context": int, "memory_bytes": int,
    "supported": bool, "bundled": bool,
}


def load_catalog(path: Path | None = None) -> Catalog:
    path = path or resource("catalog.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"The model catalog {path.name} cannot be read: {exc}") from exc
    return parse_catalog(raw)


def parse_catalog(raw: Any) -> Catalog:
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise UserError("The model catalog is not valid: it needs an 'entries' list.")
    overhead = raw.get("memory_overhead_bytes", 0)
    if not isinstance(overhead, int) or overhead < 0:
        raise UserError("The model catalog is not valid: bad 'memory_overhead_bytes'.")
    entries = [_entry(item, index, overhead) for index, item in enumerate(raw["entries"])]
    seen: set[str] = set()
    files: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise UserError(f"The model catalog is not valid: the id '{entry.id}' appears twice.")
        if entry.filename in files:  # a file is found again by its name alone
            raise UserError(f"The model catalog is not valid: the file '{entry.filename}' "
                            "appears twice.")
        seen.add(entry.id)
        files.add(entry.filename)
    chat = tuple(e for e in entries if e.kind == Kind.CHAT)
    if not chat:
        raise UserError("The model catalog is not valid: it has no entries.")
    return Catalog(chat, overhead, tuple(e for e in entries if e.kind == Kind.EMBEDDING))


def _entry(item: Any, index: int, overhead: int) -> CatalogEntry:
    where = f"entry {index}"
    if not isinstance(item, dict):
        raise UserError(f"The model catalog is not valid: {where} is not an object.")
    where = f"entry '{item.get('id', index)}'"

    def bad(field: str, why: str) -> UserError:
        return UserError(f"The model catalog is not valid: {where}, field '{field}': {why}.")

    for field, kind in _FIELDS.items():
        if field not in item:
            raise bad(field, "missing")
        value = item[field]
        if isinstance(value, bool) and kind is int:
            raise bad(field, "must be a whole number")
        if not isinstance(value, kind):
            raise bad(field, "wrong type")
    if not REPO_ID.match(item["repo_id"]):
        raise bad("repo_id", "must look like owner/name")
    if not item["filename"].endswith(".gguf") or "/" in item["filename"] \
            or item["filename"].startswith("."):
        raise bad("filename", "must be a plain .gguf file name")
    if item["sha256"] is not None and not SHA256.match(item["sha256"]):
        raise bad("sha256", "must be 64 lowercase hex digits or null")
    for field in ("size_bytes", "context_length", "kv_bytes_per_token", "default_context"):
        if item[field] <= 0:
            raise bad(field, "must be positive")
    if item["default_context"] > item["context_length"]:
        raise bad("default_context", "larger than the model's context length")
    license_ = item["license"]
    if not isinstance(license_.get("name"), str) or not str(license_.get("url", "")).startswith(
            "https://"):
        raise bad("license", "needs a name and an https URL")
    if not all(isinstance(tag, str) for tag in item["tags"]):
        raise bad("tags", "must be strings")
    for flag in ("size_exact", "instruct", "reasoning", "tools", "images"):
        if not isinstance(item.get(flag, False), bool):
            raise bad(flag, "must be true or false")
    try:
        entry_kind = Kind(item.get("kind", Kind.CHAT))
    except ValueError:
        raise bad("kind", f"must be one of {', '.join(k.value for k in Kind)}") from None
    embedding = _embedding(item.get("embedding"), entry_kind, bad)
    if entry_kind == Kind.EMBEDDING:
        for flag in ("instruct", "reasoning", "tools", "images"):
            if item.get(flag, False):
                raise bad(flag, "an embedder does not chat")
    active = item.get("active_parameters", "")
    if active != "":
        total = parameter_count(item["parameters"])
        count = parameter_count(active) if isinstance(active, str) else None
        if count is None or total is None or not 0 < count < total:
            raise bad("active_parameters", "must be a count like '12.9B', below 'parameters'")
    entry = CatalogEntry(
        id=item["id"], name=item["name"], repo_id=item["repo_id"], filename=item["filename"],
        size_bytes=item["size_bytes"], sha256=item["sha256"], revision=item["revision"],
        architecture=item["architecture"], parameters=item["parameters"], quant=item["quant"],
        context_length=item["context_length"], license=License(license_["name"],
                                                                license_["url"]),
        gated=item["gated"], description=item["description"], tags=tuple(item["tags"]),
        kv_bytes_per_token=item["kv_bytes_per_token"], default_context=item["default_context"],
        memory_bytes=item["memory_bytes"], supported=item["supported"], bundled=item["bundled"],
        unsupported_reason=str(item.get("unsupported_reason", "")),
        size_exact=item.get("size_exact", True), instruct=item.get("instruct", False),
        active_parameters=active, kind=entry_kind, reasoning=item.get("reasoning", False),
        tools=item.get("tools", False), images=item.get("images", False), embedding=embedding,
    )
    if entry.memory_bytes != entry.memory_at(entry.default_context, overhead):
        raise bad("memory_bytes", "does not equal size + KV cache at the default context + "
                  "overhead")
    return entry


def _embedding(raw: Any, kind: Kind,
               bad: Callable[[str, str], UserError]) -> EmbeddingInfo | None:
    if kind != Kind.EMBEDDING:
        if raw is not None:
            raise bad("embedding", "only an entry of kind 'embedding' has one")
        return None
    if not isinstance(raw, dict):
        raise bad("embedding", "an embedder needs its dimension, max_tokens and pooling")
    for field in ("dimension", "max_tokens"):
        value = raw.get(field)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise bad(f"embedding.{field}", "must be a positive whole number")
    if raw.get("pooling") not in POOLINGS:
        raise bad("embedding.pooling", f"must be one of {', '.join(POOLINGS)}")
    for field in ("query_prefix", "document_prefix"):
        if not isinstance(raw.get(field, ""), str):
            raise bad(f"embedding.{field}", "must be text")
    return EmbeddingInfo(raw["dimension"], raw["max_tokens"], raw["pooling"],
                         raw.get("query_prefix", ""), raw.get("document_prefix", ""))
