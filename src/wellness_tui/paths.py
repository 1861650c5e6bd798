"""Every location on disk, in one place.

Each location can be overridden: a command-line flag wins, then an environment
variable, then the platform default from platformdirs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType

APP_NAME = "wellness-tui"
PROFILE_ENV = "WELLNESS_TUI_PROFILE"
CONTENT_ENV = "WELLNESS_TUI_CONTENT"
PROFILE_FILENAME = "profile.json"
SHARED_OK_ENV = "WELLNESS_TUI_SHARED_FOLDER_OK"
"""Set to 1 by a person who understands that other accounts can change their folder."""


def shared_folder_ok() -> bool:
    return os.environ.get(SHARED_OK_ENV, "") == "1"


def data_dir() -> Path:
    """The app's own data folder (not created here)."""
    return _platform_dir("data")


def cache_dir() -> Path:
    """Where derived data (the parsed content) is cached; safe to delete at any time."""
    return _platform_dir("cache")


def _platform_dir(kind: str) -> Path:
    """platformdirs' folders, worked out here on Linux and macOS: importing platformdirs
    (and the modules it pulls in) cost every start ~12 ms. tests/unit/test_paths.py
    checks these against platformdirs itself."""
    if sys.platform == "darwin":
        where = "Library/Application Support" if kind == "data" else "Library/Caches"
        return Path.home() / where / APP_NAME
    if os.name == "posix":
        variable, default = (
            ("XDG_DATA_HOME", ".local/share") if kind == "data" else ("XDG_CACHE_HOME", ".cache")
        )
        chosen = os.environ.get(variable, "").strip()
        # Only an absolute path counts (as the XDG spec and platformdirs say).
        base = Path(chosen) if os.path.isabs(chosen) else Path.home() / default
        return base / APP_NAME
    from platformdirs import user_cache_path, user_data_path

    pick = user_data_path if kind == "data" else user_cache_path
    return pick(APP_NAME, appauthor=False)


def profile_path(flag: str | Path | None = None) -> Path:
    """The profile file: `--profile`, then $WELLNESS_TUI_PROFILE, then the data folder."""
    if flag:
        return Path(flag).expanduser()
    env = os.environ.get(PROFILE_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / PROFILE_FILENAME


def packaged_content_dir() -> Path | None:
    """The content shipped inside the wheel, or the checkout's `content/` folder.

    An editable install does not see hatchling's force-included files, so a
    source checkout falls back to the repository's top-level `content/`.
    """
    # The package's own folder (what importlib.resources.files() gives for an
    # installed wheel, without importing it: ~3 ms at every start).
    packaged = Path(__file__).resolve().parent / "_content"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "content"
    if checkout.is_dir():
        return checkout
    return None


def content_dirs(flag: str | Path | None = None) -> list[Path]:
    """Content folders to load, in order.

    An explicit folder (`--content` or $WELLNESS_TUI_CONTENT) replaces the
    built-in program. Otherwise the built-in program is loaded, followed by the
    user's own modules in `<data dir>/content` if that folder exists.
    """
    explicit = flag or os.environ.get(CONTENT_ENV)
    if explicit:
        return [Path(explicit).expanduser()]
    dirs: list[Path] = []
    packaged = packaged_content_dir()
    if packaged is not None:
        dirs.append(packaged)
    user = data_dir() / "content"
    if user.is_dir():
        dirs.append(user)
    return dirs


def code_stamp(*modules: ModuleType) -> str:
    """The sizes and times of these modules' source files: it changes with every install,
    upgrade or edit, so a cache made by other code is never taken for ours."""
    stamps = []
    for module in modules:
        info = Path(module.__file__ or "").stat()
        stamps.append(f"{module.__name__}:{info.st_size}:{info.st_mtime_ns}")
    return "|".join(stamps)


def crash_log_path(profile: Path) -> Path:
    """Where an unexpected error is written (beside the profile, owner-only)."""
    return profile.parent / "crash.log"


def fallback_folders() -> list[Path]:
    """Where changes go when the profile's folder cannot take them (a full disk)."""
    import tempfile

    uid = os.getuid() if hasattr(os, "getuid") else 0
    folders = [Path.home(), Path(tempfile.gettempdir()) / f"wellness-tui-{uid}"]
    if Path("/dev/shm").is_dir():
        folders.append(Path("/dev/shm") / f"wellness-tui-{uid}")
    return folders
