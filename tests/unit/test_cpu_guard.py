"""The AMX guard: which llama.cpp builds need it, and the build script's flags."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import pytest

from app.engine.cpu import has_amx

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import llama_build

# System-info lines as llama.cpp prints them; the first from a Sapphire Rapids build.
AMX_BUILD = ("CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 "
             "| AVX512 = 1 | AVX512_VBMI = 1 | AVX512_VNNI = 1 | AVX512_BF16 = 1 | AMX_INT8 = 1 "
             "| LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 |")
AVX2_BUILD = ("CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 "
              "| LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 |")
CUDA_AMX_BUILD = "CUDA : ARCHS = 900 | USE_GRAPHS = 1 | PEER_MAX_BATCH_SIZE = 128 | " + AMX_BUILD


@pytest.mark.parametrize(("line", "guarded"), [
    (AMX_BUILD, True), (CUDA_AMX_BUILD, True), (AVX2_BUILD, False),
    ("CPU : AVX512 = 1 | AMX_INT8 = 0 |", False), ("", False),
])
def test_the_guard_is_on_exactly_when_amx_is_compiled_in(line: str, guarded: bool) -> None:
    assert has_amx(line) is guarded


@pytest.mark.skipif(platform.machine().lower() not in {"x86_64", "amd64"},
                    reason="the AMX flags are for x86-64 compilers")
def test_the_build_turns_amx_off_and_keeps_the_callers_flags() -> None:
    args = llama_build.cmake_args("-DGGML_CUDA=on -DCMAKE_CUDA_ARCHITECTURES=90")
    import shlex

    split = shlex.split(args)
    assert split[:2] == ["-DGGML_CUDA=on", "-DCMAKE_CUDA_ARCHITECTURES=90"]
    assert f"-DCMAKE_C_FLAGS={llama_build.NO_AMX}" in split
    assert f"-DCMAKE_CXX_FLAGS={llama_build.NO_AMX}" in split
    assert "-DGGML_NATIVE=off" not in split  # everything else stays native


def test_a_different_flag_set_builds_into_a_different_folder() -> None:
    requirement = llama_build.llama_requirement()
    assert requirement == "llama-cpp-python==0.3.36"
    assert llama_build.build_key(requirement, "-DA=1") != llama_build.build_key(requirement,
                                                                                 "-DA=2")


def test_the_installed_llama_cpp_has_no_amx_compiled_in() -> None:
    """What was built, not what was asked for: llama.cpp's own report of its features."""
    from app.engine.native import amx_guard_needed, system_info

    assert system_info().startswith("CPU :")
    assert not has_amx(system_info())
    assert amx_guard_needed() is False
