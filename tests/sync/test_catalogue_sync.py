"""The catalogue end to end, on the real server (PostgreSQL and SQLite): a
supervisor's catalogue published from one desk reaches another desk at its
next sync and is the catalogue that desk uses; an editor that started from
an older version is refused; a level-3 desk may not publish."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desk_app.config import Settings
from desk_app.services.catalogue import builtin_path
from desk_app.services.catalogue_store import load_catalogue_document, stored_catalogue
from desk_app.services.config_store import StaleDocument
from desk_app.services.permissions import PermissionDenied
from desk_app.sync import config_sync
from desk_app.sync.engine import SyncEngine
from desk_app.sync.status import SyncState
from desk_app.ui.catalogue_source import current_catalogue
from tests.sync.harness import Server, running_server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]


@pytest.fixture(params=["postgresql", "sqlite"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    with running_server(tmp_path, request.param) as running:
        running.add_user("boss", ["HQ"], role="supervisor")
        running.add_user("senior", ["HQ"], role="senior_agent")
        yield running


def synced(engine: SyncEngine) -> None:
    status = engine.sync_once()
    assert status.state is SyncState.SYNCED, status


def edited() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(builtin_path().read_text("utf-8"))
    body["categories"].append(
        {"code": "drones", "name": {"en": "Drones", "ar": "الطائرات المسيّرة"}}
    )
    return body


def test_a_published_catalogue_is_used_by_the_other_desk(
    server: Server, make_desk: MakeDesk
) -> None:
    a = make_desk("a", station="1", username="boss")
    b = make_desk("b", station="2", username="senior")
    engine_a, engine_b = server.engine_for(a, "boss"), server.engine_for(b, "senior")
    synced(engine_a)
    synced(engine_b)
    saved = config_sync.publish(engine_a.client, "catalogue", 0, edited())
    assert saved.version == 1
    with pytest.raises(StaleDocument):
        config_sync.publish(engine_a.client, "catalogue", 0, edited())

    synced(engine_b)
    with b.db.reading() as session:
        kept = load_catalogue_document(session)
    assert kept is not None and kept.version == 1
    catalogue = stored_catalogue(kept)
    assert catalogue is not None and catalogue.get("drones") is not None
    in_use = current_catalogue(Settings(), kept).catalogue
    assert in_use.get("drones") is not None

    # Level 3 may not change it: refused, and nothing changes.
    with pytest.raises(PermissionDenied):
        config_sync.publish(engine_b.client, "catalogue", 1, {"version": 1, "categories": []})
    synced(engine_b)
    with b.db.reading() as session:
        again = load_catalogue_document(session)
    assert again is not None and again.version == 1
