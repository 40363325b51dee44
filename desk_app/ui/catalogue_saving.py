"""Saving the catalogue the editor holds: at this desk, as the next version
of the "catalogue" document (checked, audited)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desk_app.services.catalogue_store import save_catalogue
from desk_app.services.config_store import ConfigDocument
from desk_app.ui.desk import Desk


def save_job(
    desk: Desk,
    body: dict[str, Any],
    base_version: int,
    done: Callable[[ConfigDocument], None],
    failed: Callable[[Exception], None],
    owner: QObject,
) -> None:
    desk.write(lambda s, c: save_catalogue(s, c, body, base_version), done, failed, owner=owner)
