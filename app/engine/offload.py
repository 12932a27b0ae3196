"""How many layers to put on the GPU ("Auto"): the most that fit in the device's free
memory with their share of the KV cache for the chosen context. Pure arithmetic: the
device's memory comes from whoever asks (llama.cpp's devices in engine/native.py, a fake
in the tests)."""

from __future__ import annotations

from dataclasses import dataclass

AUTO = -2  # the gpu_layers setting that asks for this choice; -1 is "all", 0 "none"
HEADROOM = 0.90  # of free device memory: leave room for compute buffers and the driver
COMPUTE_BUFFER_BYTES = 512 * 1024 * 1024
GPU_KINDS = frozenset({"GPU", "IGPU"})  # the devices layers can be offloaded to


@dataclass(frozen=True)
class Device:
    name: str  # "CUDA0"
    description: str  # "NVIDIA H200"
    free_bytes: int
    total_bytes: int
    kind: str = "GPU"  # llama.cpp's device type: CPU, GPU, IGPU (integrated), ACCEL, META


@dataclass(frozen=True)
class Offload:
    layers: int  # what to pass as n_gpu_layers
    total_layers: int
    device: str  # "" when everything stays on the CPU

    @property
    def label(self) -> str:
        if self.layers == 0 or not self.device:
            return "CPU"
        on_gpu = self.total_layers if self.layers < 0 else min(self.layers, self.total_layers)
        return f"{on_gpu}/{self.total_layers} layers on {self.device}"


def choose_layers(total_layers: int, model_bytes: int, kv_bytes_per_token: int,
                  context: int, devices: list[Device]) -> Offload:
    """The most layers that fit the largest GPU's free memory. Layers are taken as equal
    shares of the file (the embeddings and output stay a layer's worth on each side),
    each with its layers' share of the KV cache at this context."""
    gpus = [d for d in devices if d.kind in GPU_KINDS and d.free_bytes > 0]
    if total_layers <= 0 or not gpus:
        return Offload(0, max(total_layers, 0), "")
    device = max(gpus, key=lambda d: d.free_bytes)
    per_layer = model_bytes / (total_layers + 2) + kv_bytes_per_token * context / total_layers
    room = device.free_bytes * HEADROOM - COMPUTE_BUFFER_BYTES
    if room <= per_layer:
        return Offload(0, total_layers, "")
    fitting = int(room // per_layer)
    if fitting >= total_layers + 2:  # the whole model, output layers included
        return Offload(-1, total_layers, device.description or device.name)
    return Offload(min(fitting, total_layers), total_layers, device.description or device.name)


def layers_on_gpu(label: str) -> int:
    """The layers a label says are on a GPU ("20/32 layers on NVIDIA H200": 20; "CPU": 0)."""
    count, slash, rest = label.partition("/")
    return int(count) if slash and count.isdigit() and " layers on " in rest else 0
