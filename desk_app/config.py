"""Typed settings: a machine-wide profile an administrator deploys, overlaid by
the user's own file. Both are JSON; unknown keys are ignored, bad values fall
back to defaults with a warning rather than stopping the app."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from desk_app.services.setup import BranchProfile

APP_NAME = "maktab"
LANGUAGES = ("ar", "en", "pl")
log = logging.getLogger(__name__)


def data_dir() -> Path:
    override = os.environ.get("MAKTAB_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def config_dir() -> Path:
    override = os.environ.get("MAKTAB_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def site_config_file() -> Path:
    override = os.environ.get("MAKTAB_SITE_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP_NAME, False)) / "profile.json"


@dataclass
class Settings:
    language: str = ""  # "" follows the system locale
    database: str = ""  # "" is <data dir>/maktab.sqlite3
    username: str = ""  # "" is the operating-system login
    display_name: str = ""
    # The central sync server's address ("https://desk.example.org"); "" means
    # the office works alone and nothing is synchronised.
    server_url: str = ""
    # The category catalogue (a JSON file, see README); "" is the built-in one.
    catalogue: str = ""
    branch: BranchProfile = field(default_factory=BranchProfile)
    # Working hours, holidays and targets (services.sla_config), usually set by
    # an administrator in the machine profile.
    service_levels: dict[str, Any] = field(default_factory=dict)
    # Minutes without a key or a click before the desk locks (0: never).
    lock_after_minutes: int = 10
    # The largest file that may be attached (services.attachments), in MB;
    # the server has its own limit (MAKTAB_SERVER_MAX_ATTACHMENT_BYTES).
    attachment_max_mb: int = 20

    @property
    def database_path(self) -> Path:
        return Path(self.database) if self.database else data_dir() / "maktab.sqlite3"

    @property
    def attachment_max_bytes(self) -> int:
        return self.attachment_max_mb * 1024 * 1024

    @property
    def catalogue_path(self) -> Path | None:
        return Path(self.catalogue).expanduser() if self.catalogue.strip() else None

    @property
    def agent_username(self) -> str:
        return self.username or _login_name()

    @property
    def agent_display_name(self) -> str:
        return self.display_name or self.agent_username

    def to_json(self) -> dict[str, Any]:
        # Service levels belong to the machine profile: a copy saved in the
        # user's file would hide the administrator's later changes.
        data = asdict(self)
        data.pop("service_levels")
        return data


def _login_name() -> str:
    for var in ("USER", "USERNAME", "LOGNAME"):
        if os.environ.get(var):
            return os.environ[var]
    return "agent"


def user_config_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    merged: dict[str, Any] = {}
    for path in (site_config_file(), user_config_file()):
        data = _read_json(path)
        own_branch = data.pop("branch", {})
        if not isinstance(own_branch, dict):
            log.warning("ignoring branch settings in %s: expected an object", path)
            own_branch = {}
        branch = {**merged.get("branch", {}), **own_branch}
        merged.update(data)
        merged["branch"] = branch
    return _from_dict(merged)


def save_settings(settings: Settings) -> None:
    """Write the user's file atomically (a crash mid-write keeps the old one)."""
    path = user_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings.to_json(), ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, path)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        # utf-8-sig: a profile saved by Notepad starts with a byte-order mark.
        data = json.loads(path.read_text("utf-8-sig"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("ignoring unreadable settings file %s: %s", path, error)
        return {}
    return data if isinstance(data, dict) else {}


def branch_names(given: dict[str, str]) -> dict[str, str]:
    """A branch named in one language only keeps that name in the other until
    it is translated, rather than the built-in "Head Office"/"المكتب الرئيسي"."""
    name, name_ar = given.get("name", "").strip(), given.get("name_ar", "").strip()
    if name and not name_ar:
        return {"name": name, "name_ar": name}
    if name_ar and not name:
        return {"name": name_ar, "name_ar": name_ar}
    return {}


def _from_dict(data: dict[str, Any]) -> Settings:
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in ("branch", "service_levels") or f.name not in data:
            continue
        if f.name == "lock_after_minutes":
            minutes = data[f.name]
            if isinstance(minutes, int) and not isinstance(minutes, bool) and minutes >= 0:
                values[f.name] = minutes
            else:
                log.warning("ignoring setting %s: expected minutes (0 or more)", f.name)
        elif f.name == "attachment_max_mb":
            size = data[f.name]
            if isinstance(size, int) and not isinstance(size, bool) and 1 <= size <= 1024:
                values[f.name] = size
            else:
                log.warning("ignoring setting %s: expected megabytes (1 to 1024)", f.name)
        elif isinstance(data[f.name], str):
            values[f.name] = data[f.name]
        else:
            log.warning("ignoring setting %s: expected text", f.name)
    if values.get("language") not in (None, "", *LANGUAGES):
        log.warning("ignoring unknown language %r", values["language"])
        values["language"] = ""
    branch_data = data.get("branch", {})
    branch_values = {
        f.name: branch_data[f.name]
        for f in fields(BranchProfile)
        if isinstance(branch_data.get(f.name), str)
    }
    branch_values.update(branch_names(branch_values))
    levels = data.get("service_levels", {})
    if not isinstance(levels, dict):
        log.warning("ignoring setting service_levels: expected an object")
        levels = {}
    return Settings(
        **{
            **asdict(defaults),
            **values,
            "branch": BranchProfile(**branch_values),
            "service_levels": levels,
        }
    )
