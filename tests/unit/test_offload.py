"""Auto GPU offload: the most layers that fit the device's free memory."""

from __future__ import annotations

from app.engine.offload import Device, Offload, choose_layers, layers_on_gpu

GB = 1024**3
H200 = Device("CUDA0", "NVIDIA H200", free_bytes=139 * GB, total_bytes=141 * GB)
SMALL = Device("CUDA0", "GeForce GTX 1650", free_bytes=3 * GB, total_bytes=4 * GB)


def test_no_gpu_means_the_cpu() -> None:
    offload = choose_layers(32, 4 * GB, 131072, 4096, [])
    assert (offload.layers, offload.label) == (0, "CPU")


def test_a_big_gpu_takes_everything() -> None:
    offload = choose_layers(32, 4 * GB, 131072, 4096, [H200])
    assert offload.layers == -1 and offload.label == "32/32 layers on NVIDIA H200"


def test_a_small_gpu_takes_what_fits_with_its_kv_cache() -> None:
    # 7B Q4: 4 GB over 32 layers, 0.5 MB of KV per token at 4K context (2 GB in all)
    offload = choose_layers(32, 4 * GB, 512 * 1024, 4096, [SMALL])
    assert 0 < offload.layers < 32
    per_layer = 4 * GB / 34 + 512 * 1024 * 4096 / 32
    assert offload.layers * per_layer <= 3 * GB * 0.9
    assert offload.label == f"{offload.layers}/32 layers on GeForce GTX 1650"
    longer = choose_layers(32, 4 * GB, 512 * 1024, 16384, [SMALL])
    assert longer.layers < offload.layers  # a longer context leaves room for fewer


def test_a_full_gpu_is_no_gpu() -> None:
    busy = Device("CUDA0", "busy", free_bytes=300 * 1024 * 1024, total_bytes=8 * GB)
    assert choose_layers(32, 4 * GB, 131072, 4096, [busy]).layers == 0


def test_the_largest_free_device_is_chosen() -> None:
    offload = choose_layers(32, 4 * GB, 131072, 4096, [SMALL, H200])
    assert "H200" in offload.label


def test_the_cpu_device_is_never_an_offload_target() -> None:
    cpu = Device("CPU", "AMD EPYC", free_bytes=500 * GB, total_bytes=512 * GB, kind="CPU")
    assert choose_layers(32, 4 * GB, 131072, 4096, [cpu]).label == "CPU"
    igpu = Device("Vulkan0", "Radeon 780M", free_bytes=16 * GB, total_bytes=16 * GB,
                  kind="IGPU")
    assert choose_layers(32, 4 * GB, 131072, 4096, [cpu, igpu]).label.endswith("Radeon 780M")


def test_the_layers_a_label_puts_on_a_gpu() -> None:
    assert layers_on_gpu("20/32 layers on NVIDIA H200") == 20
    assert layers_on_gpu(Offload(-1, 18, "NVIDIA H100").label) == 18
    assert layers_on_gpu("CPU") == 0
    assert layers_on_gpu("on 192.168.1.5") == 0  # a remote model

