# keyring finds its backends through package metadata (entry points) and imports them by
# name; without both, a frozen app silently falls back to the failing backend.
from PyInstaller.utils.hooks import collect_submodules, copy_metadata

hiddenimports = collect_submodules("keyring.backends")
datas = copy_metadata("keyring")
