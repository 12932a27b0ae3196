"""The one native helper, app/engine/_topk.c; everything else is in pyproject.toml.

Optional: where it cannot be built, the engine samples with llama.cpp's own top-k."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("app.engine._topk", ["app/engine/_topk.c"], optional=True)])
