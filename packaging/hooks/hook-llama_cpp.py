# llama-cpp-python loads libllama and the ggml libraries with ctypes from llama_cpp/lib,
# so PyInstaller's import analysis never sees them: collect them where the package looks.
from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs

binaries = collect_dynamic_libs("llama_cpp")
datas = collect_data_files("llama_cpp", includes=["**/*.jinja", "**/*.json"])
