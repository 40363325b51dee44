"""Configuration documents: versioned, audited, never overwritten unseen."""

from __future__ import annotations

import json

import pytest

from desk_app.models import SyncState
from desk_app.services.audit import entries
from desk_app.services.config_store import (
    ConfigDocument,
    StaleDocument,
    documents,
    keep_server_copy,
    load_document,
    save_local,
)
from desk_app.services.context import WriteContext
from desk_app.storage.db import Database


def test_a_local_save_counts_versions_and_audits_before_and_after(
    db: Database, ctx: WriteContext
) -> None:
    with db.reading() as session:
        assert load_document(session, "catalogue") is None
    with db.writing() as session:
        first = save_local(session, ctx, "catalogue", {"a": 1}, base_version=0)
    with db.writing() as session:
        second = save_local(session, ctx, "catalogue", {"a": 2}, base_version=1)
    assert (first.version, second.version) == (1, 2)
    with db.reading() as session:
        assert load_document(session, "catalogue") == ConfigDocument("catalogue", 2, {"a": 2})
        newest = entries(session, kinds=frozenset({"config_changed"}))[0]
        assert newest.subject == "catalogue v2"
        assert json.loads(newest.detail) == {"before": {"a": 1}, "after": {"a": 2}}


def test_an_editor_that_started_from_an_older_version_is_refused(
    db: Database, ctx: WriteContext
) -> None:
    with db.writing() as session:
        save_local(session, ctx, "service_levels/b1", {"hours": []}, base_version=0)
    with pytest.raises(StaleDocument) as raised, db.writing() as session:
        save_local(session, ctx, "service_levels/b1", {"hours": ["x"]}, base_version=0)
    assert raised.value.version == 1
    with db.reading() as session:
        assert load_document(session, "service_levels/b1") == ConfigDocument(
            "service_levels/b1", 1, {"hours": []}
        )


def test_the_servers_copy_is_kept_and_reports_a_change_once(db: Database) -> None:
    served = ConfigDocument("service_levels/b2", 7, {"holidays": ["2027-03-20"]})
    with db.writing() as session:
        assert keep_server_copy(session, served) is True
    with db.writing() as session:
        assert keep_server_copy(session, served) is False
        assert [d.key for d in documents(session, "service_levels/")] == ["service_levels/b2"]
        assert documents(session, "catalogue") == []


def test_a_damaged_copy_reads_as_none_and_a_prefix_is_not_a_pattern(db: Database) -> None:
    with db.writing() as session:
        session.add(SyncState(key="config:catalogue", value="{not json"))
        session.add(SyncState(key="config:a_b", value='{"version": 1, "body": {}}'))
        session.add(SyncState(key="config:axb", value='{"version": 1, "body": {}}'))
    with db.reading() as session:
        assert load_document(session, "catalogue") is None
        assert [d.key for d in documents(session, "a_")] == ["a_b"]
