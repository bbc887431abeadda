"""Where netevent keeps its files, and the few settings that live outside the data file.

Pure Python. Precedence for the data file: `--db PATH` > `NETEVENT_DB` > the
platform's user data folder. Nothing is created at import time.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
from platformdirs import user_cache_path, user_config_path, user_data_path

__all__ = [
    "default_db_path",
    "resolve_db_path",
    "config_path",
    "load_config",
    "save_config",
    "spare_recovery_folders",
]

APP_NAME = "netevent"


def default_db_path() -> Path:
    """The data file used when neither `--db` nor `NETEVENT_DB` is given."""
    return user_data_path(APP_NAME, appauthor=False) / "netevent.json"


def resolve_db_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The data file to use: the option, else `NETEVENT_DB`, else the default."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get("NETEVENT_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def config_path() -> Path:
    """The settings file (theme and the like): `NETEVENT_CONFIG` or the user config folder."""
    env = os.environ.get("NETEVENT_CONFIG")
    if env:
        return Path(env).expanduser()
    return user_config_path(APP_NAME, appauthor=False) / "config.json"


def load_config() -> dict[str, Any]:
    """The saved settings; an unreadable settings file counts as empty, it only holds preferences."""
    try:
        data = orjson.loads(config_path().read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def save_config(**changes: Any) -> None:
    """Merge `changes` into the settings file, atomically."""
    path = config_path()
    data = load_config()
    data.update(changes)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    os.replace(tmp, path)


def spare_recovery_folders() -> list[Path]:
    """Where unsaved changes are kept when the data file's own folder has no room: cache, then temp."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return [user_cache_path(APP_NAME, appauthor=False) / "recovery", Path(tempfile.gettempdir()) / f"netevent-{uid}"]
