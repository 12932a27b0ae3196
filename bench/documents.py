"""Documents: answer recall on SQuAD's articles, search latency at 100,000 chunks, indexing
throughput against llama.cpp's own `llama-embedding`, kill -9 during indexing, and the chat's
speed while a folder is indexed.

    python bench/documents.py            # first run also builds llama-embedding (minutes)
    python bench/documents.py --quick    # fewer questions, no kill -9 rounds

The twelve articles of ../shared/data/squad-dev-v1.1-public.json are written out as files of
mixed formats (txt, md, html, pdf, docx), indexed by the app's own indexer (child process and
all), and each question is asked three ways: hybrid, FTS only, vectors only. A hit is an
answer string, white space folded, inside a returned passage (answer recall@k).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
from common import emit  # noqa: E402
from native_generation import llama_bench  # noqa: E402

from app.docs_cli import bundled_embedder  # noqa: E402
from app.documents.index import INDEX_FILE, DocumentIndex, write_chunks  # noqa: E402
from app.documents.indexer import Indexer, IndexOptions, embedder_id  # noqa: E402
from app.documents.types import Chunk  # noqa: E402
from app.paths import AppPaths  # noqa: E402

SQUAD = ROOT.parent / "shared" / "data" / "squad-dev-v1.1-public.json"
FORMATS = ("txt", "md", "html", "pdf", "docx")
THREADS = 2
SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    return SPACE.sub(" ", text).strip().lower()


def articles() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(SQUAD.read_text(encoding="utf-8"))["data"]
    return data


def write_article(article: dict[str, Any], folder: Path, kind: str) -> Path:
    title = article["title"].replace("_", " ")
    paragraphs = [p["context"] for p in article["paragraphs"]]
    stem = re.sub(r"\W+", "-", title).strip("-")
    path = folder / f"{stem}.{kind}"
    if kind == "txt":
        path.write_text(title + "\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    elif kind == "md":
        path.write_text(f"# {title}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    elif kind == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        path.write_text(f"<html><head><title>{title}</title></head><body><nav>Home | About"
                        f"</nav><article><h1>{title}</h1>{body}</article><footer>Footer"
                        "</footer></body></html>", encoding="utf-8")
    elif kind == "pdf":
        from fpdf import FPDF

        pdf = FPDF()
        text = title + "\n\n" + "\n\n".join(paragraphs)
        font = _font()
        if font is not None:
            pdf.add_font("DejaVu", "", font)
            pdf.set_font("DejaVu", size=10)
        else:  # the PDF's core font: Latin-1 only
            pdf.set_font("helvetica", size=10)
            text = text.encode("latin-1", "replace").decode("latin-1")
        pdf.add_page()
        pdf.multi_cell(0, 5, text)
        pdf.output(str(path))
    else:
        import docx

        document = docx.Document()
        document.add_heading(title, level=1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        document.save(str(path))
    return path


def _font() -> str | None:
    """A Unicode TrueType font for the PDFs (SQuAD has accents and dashes), if the system
    has one."""
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                      "/usr/share/fonts/dejavu/DejaVuSans.ttf",
                      "/Library/Fonts/Arial Unicode.ttf", "C:/Windows/Fonts/arial.ttf"):
        if Path(candidate).is_file():
            return candidate
    return None


def recall(index: DocumentIndex, embedder: Any, model: str, questions: list[dict[str, Any]],
           collection_name: str) -> dict[str, dict[str, float]]:
    collection = index.collection(collection_name)
    vectors = embedder.embed([embedder.query_prefix + q["question"] for q in questions])
    out: dict[str, dict[str, float]] = {}
    for mode in ("hybrid", "fts", "vectors"):
        hits = {1: 0, 3: 0, 5: 0}
        for question, vector in zip(questions, vectors, strict=True):
            passages = index.search(question["question"], vector, model, [collection], 5, mode)
            answers = [fold(a["text"]) for a in question["answers"]]
            texts = [fold(p.text) for p in passages]
            for k in hits:
                if any(a in t for t in texts[:k] for a in answers):
                    hits[k] += 1
        out[mode] = {f"recall@{k}": round(v / len(questions), 3) for k, v in hits.items()}
    return out


def search_latency(folder: Path, embedder: Any, model: str, questions: list[dict[str, Any]],
                   size: int = 100_000) -> dict[str, float]:
    """p50/p95 of hybrid searches over `size` chunks (SQuAD text; stand-in vectors, as a
    scan costs the same whatever the vectors hold)."""
    index = DocumentIndex(folder / "latency.db")
    collection = index.collection("big", create=True)
    texts = [p["context"][:600] for a in articles() for p in a["paragraphs"]]
    rng = np.random.default_rng(7)
    per_file = 1000
    for start in range(0, size, per_file):
        file_id = index.upsert_file(collection, f"/big/{start}.txt", 1, 1.0)
        chunks = [Chunk(i, texts[(start + i) % len(texts)], f"lines {i}-{i}")
                  for i in range(per_file)]
        vectors = rng.standard_normal((per_file, embedder.dim)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        write_chunks(index._db, file_id, 1, 1.0, "sha", model, chunks, vectors)
    sample = questions[:200]
    query_vectors = embedder.embed([q["question"] for q in sample])
    index.search("warm up", query_vectors[0], model, [collection], 5)  # the first read
    times = []
    for question, vector in zip(sample, query_vectors, strict=True):
        started = time.perf_counter()
        index.search(question["question"], vector, model, [collection], 5)
        times.append((time.perf_counter() - started) * 1000)
    index.close()
    times.sort()
    return {"chunks": size, "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 1)}


def llama_embedding() -> Path:
    """llama.cpp's own embedding tool, built from the same vendored source as llama-bench."""
    bench = llama_bench()
    source = bench.parents[2]
    binary = source / "build" / "bin" / "llama-embedding"
    if not binary.is_file():
        subprocess.run(["cmake", "-S", str(source), "-B", str(source / "build"),
                        "-DLLAMA_BUILD_EXAMPLES=ON"], check=True, capture_output=True)
        subprocess.run(["cmake", "--build", str(source / "build"), "--target",
                        "llama-embedding", "-j", str(os.cpu_count() or 2)], check=True,
                       capture_output=True)
    return binary


def throughput(model_path: Path, embedder: Any, texts: list[str]) -> dict[str, float]:
    """Chunks per second: the app's embedder against llama-embedding on the same texts,
    same batch and threads, model load left out of both."""
    started = time.perf_counter()
    for start in range(0, len(texts), 32):
        embedder.embed(texts[start:start + 32])
    app_rate = len(texts) / (time.perf_counter() - started)
    binary = llama_embedding()
    with tempfile.TemporaryDirectory() as tmp:
        prompts = Path(tmp) / "prompts.txt"
        prompts.write_text("\n".join(t.replace("\n", " ") for t in texts), encoding="utf-8")
        common = [str(binary), "-m", str(model_path), "-t", str(THREADS), "-c", "512",
                  "-b", "512", "-ub", "512", "--pooling", "mean", "--embd-normalize", "2",
                  "--embd-output-format", "array"]
        rates = []
        for _ in range(2):
            one = Path(tmp) / "one.txt"
            one.write_text(texts[0].replace("\n", " "), encoding="utf-8")
            began = time.perf_counter()
            subprocess.run([*common, "-f", str(one)], check=True, capture_output=True)
            load_s = time.perf_counter() - began
            began = time.perf_counter()
            subprocess.run([*common, "-f", str(prompts)], check=True, capture_output=True)
            rates.append(len(texts) / max(1e-6, time.perf_counter() - began - load_s))
    native_rate = max(rates)
    return {"app_chunks_per_s": round(app_rate, 1), "native_chunks_per_s": round(native_rate, 1),
            "ratio": round(app_rate / native_rate, 3)}


def kill_rounds(folder: Path, rounds: int) -> dict[str, Any]:
    """A 500-file collection; the indexing command is killed with SIGKILL at a random
    moment, then run again, `rounds` times; then run to the end."""
    files = folder / "many"
    files.mkdir()
    paragraphs = [p["context"] for a in articles() for p in a["paragraphs"]]
    for i in range(500):
        (files / f"note-{i:03}.txt").write_text(paragraphs[i % len(paragraphs)],
                                                encoding="utf-8")
    data = folder / "kill-data"
    command = [sys.executable, "-m", "app", "--data-dir", str(data), "docs", "add",
               str(files), "--collection", "many"]
    rng = random.Random(11)
    killed_after = []
    for _ in range(rounds):
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
        delay = rng.uniform(1.0, 8.0)
        time.sleep(delay)
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        killed_after.append(round(delay, 1))
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    db = sqlite3.connect(AppPaths.under(data).data / INDEX_FILE)
    statuses = dict(db.execute("SELECT status, COUNT(*) FROM files GROUP BY status").fetchall())
    duplicates = db.execute("SELECT COUNT(*) FROM (SELECT file_id, ordinal FROM chunks GROUP BY "
                            "file_id, ordinal HAVING COUNT(*) > 1)").fetchone()[0]
    fts = db.execute("SELECT COUNT(*) FROM chunks_fts").fetchone()[0]
    chunks = db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    try:  # FTS5's own check of its index against the chunks it mirrors
        db.execute("INSERT INTO chunks_fts(chunks_fts) VALUES('integrity-check')")
        fts_ok = True
    except sqlite3.DatabaseError:
        fts_ok = False
    db.close()
    return {"rounds": rounds, "killed_after_s": killed_after, "exit": finished.returncode,
            "files": statuses, "chunks": chunks, "fts_rows": fts,
            "duplicate_chunks": duplicates, "integrity_check": integrity,
            "fts_integrity_ok": fts_ok,
            "complete": statuses.get("indexed", 0) == 500}


def chat_speed_while_indexing(folder: Path) -> dict[str, float]:
    """The bundled model's tokens/s from the app's self-test, idle and while the indexer
    reads the articles again into another collection."""
    def self_test() -> float:
        with tempfile.TemporaryDirectory() as tmp:
            done = subprocess.run(
                [sys.executable, "-m", "app", "--self-test", "--data-dir", tmp,
                 "--ignore-stop", "--max-tokens", "128", "--stall-probe-ms", "0"],
                capture_output=True, text=True, cwd=ROOT, timeout=300,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            return float(json.loads(done.stdout.strip().splitlines()[-1])["tokens_per_s"])

    idle = self_test()
    data = folder / "busy-data"
    indexing = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data), "docs", "add",
         str(folder / "articles"), str(folder / "many"), "--collection", "busy"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2)
    busy = self_test()
    still_indexing = indexing.poll() is None
    indexing.kill()
    indexing.wait()
    return {"idle_tokens_per_s": round(idle, 1), "while_indexing_tokens_per_s": round(busy, 1),
            "ratio": round(busy / idle, 3), "indexer_ran_throughout": still_indexing}


def second_question(article: dict[str, Any]) -> dict[str, float]:
    """An attached file given whole: the first question reads it, the second must not
    (the file sits after the system prompt, so the conversation's prompt cache keeps it).
    The bundled model, the app's engine and the app's prompt assembly (Grounded.apply)."""
    from app.chat.grounding import Grounded
    from app.engine.base import CancelToken, ChatMessage, GenerationParams, LoadOptions
    from app.engine.llama import LlamaEngine
    from app.models.provision import default_bundled_model, provision
    from app.store.records import Source

    model = provision(default_bundled_model(), Path.home() / ".cache" / "hearth-bench")
    text = "\n\n".join(p["context"] for p in article["paragraphs"][:8])
    grounded = Grounded(whole=[Source(1, "article.txt", "the whole file", text)])
    questions = [q["question"] for p in article["paragraphs"][:2] for q in p["qas"]][:2]
    with tempfile.TemporaryDirectory() as tmp:
        engine = LlamaEngine(model, LoadOptions(context_length=4096, threads=THREADS,
                                                prompt_cache_bytes=1 << 30,
                                                prompt_cache_dir=Path(tmp)))
        params = GenerationParams(max_tokens=24, seed=1, temperature=0.0, cache_key="chat",
                                  ignore_stop=True)
        chat = [ChatMessage("system", "You are a helpful assistant.")]
        ttfts = []
        for question in questions:
            chat.append(ChatMessage("user", question))
            reply = "".join(engine.stream_chat(grounded.apply(chat), params, CancelToken()))
            ttfts.append(float(engine.last_stats.ttft_ms or 0.0))
            chat.append(ChatMessage("assistant", reply))
        tokens = engine.count_tokens(grounded.apply(chat[:2]))
        engine.close()
    return {"file_tokens": tokens, "first_ttft_ms": round(ttfts[0], 1),
            "second_ttft_ms": round(ttfts[1], 1), "ratio": round(ttfts[1] / ttfts[0], 3)}


def gui_stall_while_indexing(folder: Path) -> dict[str, Any]:
    """The real window (a scripted chat engine), the Documents window open, a 500-file
    folder indexed by the app's own job while a chat goes on: the longest the GUI thread
    did not answer, against the same window idle."""
    from common import qt_app, wait_until

    from app.diagnostics import StallProbe
    from app.wiring import Overrides, build
    from tests.fakes import FakeEngineFactory, Script

    qt_app()
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        script = Script(token_delay_s=0.01, default_reply="A steady reply, " * 20)
        app = build(paths, Overrides(model=Path("fake.gguf")),
                    engine_factory=FakeEngineFactory(script), bundled=lambda: None)
        window = app.window
        window.show()
        window.start_model()
        wait_until(lambda: window.model_choice.ready_for(window.chat.conversation_id), 30)
        idle = StallProbe()
        idle.start()
        deadline = time.monotonic() + 2
        wait_until(lambda: time.monotonic() > deadline)
        baseline = idle.stop()
        collections = window.collections
        assert collections is not None
        collections.create("many")
        collections.add_sources("many", [folder / "many"])
        window.open_documents()
        reports: list[Any] = []
        collections.finished.connect(lambda _name, report: reports.append(report))
        probe = StallProbe()
        probe.start()
        started = time.monotonic()
        collections.index("many")
        finished: list[object] = []
        app.session.reply_finished.connect(lambda *_a: finished.append(1))
        while not reports and time.monotonic() - started < 600:
            asked = len(finished)
            window.send(f"question {asked} while the folder is read")
            wait_until(lambda asked=asked: len(finished) > asked or bool(reports), 60)
        replies = len(finished)
        wait_until(lambda: bool(reports), 600)
        stall = probe.stop()
        window.close()
        app.engine.shutdown()
        app.store.db.close()
    return {"files": reports[0].indexed + reports[0].unchanged, "replies_meanwhile": replies,
            "seconds": round(time.monotonic() - started, 1), "max_stall_ms": round(stall, 1),
            "idle_baseline_stall_ms": round(baseline, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    from app.engine.embedding import Embedder

    model_path = bundled_embedder()
    model = embedder_id(model_path)
    questions = [{"question": q["question"], "answers": q["answers"]}
                 for a in articles() for p in a["paragraphs"] for q in p["qas"]]
    if args.quick:
        questions = questions[::10]
    result: dict[str, Any] = {"bench": "documents", "questions": len(questions)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "articles"
        corpus.mkdir()
        for i, article in enumerate(articles()):
            write_article(article, corpus, FORMATS[i % len(FORMATS)])
        index_path = folder / "documents.db"
        index = DocumentIndex(index_path)
        index.add_source(index.collection("squad", create=True), corpus)
        index.close()
        report = Indexer(index_path, IndexOptions(model_path, threads=THREADS)).run("squad")
        result["indexing"] = {"files": report.indexed, "chunks": report.chunks,
                              "seconds": report.seconds,
                              "chunks_per_s": round(report.chunks / report.seconds, 1),
                              "quarantined": report.quarantined}
        embedder = Embedder(model_path, threads=THREADS)
        index = DocumentIndex(index_path)
        result["recall"] = recall(index, embedder, model, questions, "squad")
        texts = [p.text for p in index.search("the", None, model,
                                               [index.collection("squad")], 200, "fts")]
        index.close()
        result["throughput"] = throughput(model_path, embedder, texts[:128])
        result["search_latency"] = search_latency(folder, embedder, model, questions)
        embedder.close()
        result["second_question_whole_file"] = second_question(articles()[0])
        if not args.quick:
            result["kill9"] = kill_rounds(folder, 5)
            result["gui_while_indexing"] = gui_stall_while_indexing(folder)
            result["chat_while_indexing"] = chat_speed_while_indexing(folder)
    result["goals"] = {"hybrid recall@1": 0.88, "hybrid recall@5": 0.97,
                       "second question ttft ratio": 0.1,
                       "search p95 ms at 100k": 50, "throughput ratio": 0.9,
                       "gui max stall ms while indexing": 50,
                       "chat ratio while indexing": 0.5}
    emit(result)


if __name__ == "__main__":
    main()
