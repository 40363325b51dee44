"""Saving the catalogue the editor holds (ui.config_saving): checked by the
catalogue reader, saved on the server when one is signed in, else here as
the next version of the "catalogue" document; audited either way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desk_app.services.catalogue_reader import parse_catalogue
from desk_app.services.catalogue_store import KEY, save_catalogue
from desk_app.services.config_store import ConfigDocument
from desk_app.ui.config_saving import on_server as on_server
from desk_app.ui.config_saving import save_document
from desk_app.ui.desk import Desk


def save_job(
    desk: Desk,
    body: dict[str, Any],
    base_version: int,
    done: Callable[[ConfigDocument], None],
    failed: Callable[[Exception], None],
    owner: QObject,
) -> None:
    save_document(
        desk,
        KEY,
        body,
        base_version,
        check=parse_catalogue,
        save_here=lambda s, c: save_catalogue(s, c, body, base_version),
        done=done,
        failed=failed,
        owner=owner,
    )
