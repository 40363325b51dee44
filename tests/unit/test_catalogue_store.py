"""The catalogue as an administrator edits it: checked by the catalogue
reader (nothing else), saved as a versioned, audited document, refused
without the right or from an older version; the desk's catalogue comes from
the stored document before the file; the editing helpers find the part a
reader's error is about."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from desk_app.models import AuditEntry, Role, User
from desk_app.services import catalogue_edit as edit
from desk_app.services.audit import AuditKind
from desk_app.services.catalogue import builtin_path, parse_catalogue
from desk_app.services.catalogue_model import CatalogueError
from desk_app.services.catalogue_store import (
    catalogue_json,
    editable_catalogue,
    load_catalogue_document,
    read_catalogue_file,
    record_export,
    save_catalogue,
    stored_catalogue,
)
from desk_app.services.config_store import ConfigDocument, StaleDocument, save_local
from desk_app.services.context import WriteContext
from desk_app.services.permissions import PermissionDenied
from desk_app.storage.db import Database


def builtin() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(builtin_path().read_text("utf-8"))
    return data


def small() -> dict[str, Any]:
    return {
        "version": 1,
        "categories": [
            {
                "code": "printing",
                "name": {"en": "Printing", "ar": "الطباعة"},
                "fields": [
                    {
                        "key": "colour",
                        "type": "choice",
                        "label": {"en": "Colour", "ar": "اللون"},
                        "options": [{"value": "mono", "label": {"en": "Mono", "ar": "أحادي"}}],
                    }
                ],
                "children": [{"code": "toner", "name": {"en": "Toner", "ar": "الحبر"}}],
            }
        ],
    }


def set_role(db: Database, ctx: WriteContext, role: Role) -> None:
    with db.writing() as session:
        session.execute(update(User).where(User.id == ctx.actor.user_id).values(role=role.value))


def test_a_save_is_checked_by_the_reader_versioned_and_audited(
    db: Database, ctx: WriteContext
) -> None:
    with db.writing() as session:
        saved = save_catalogue(session, ctx, small(), 0)
    assert saved.version == 1
    with db.reading() as session:
        document = load_catalogue_document(session)
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == AuditKind.CONFIG_CHANGED.value)
        ).all()
    assert document == ConfigDocument("catalogue", 1, small())
    assert len(audited) == 1 and json.loads(audited[0].detail)["after"] == small()
    catalogue = stored_catalogue(document)
    assert catalogue is not None and catalogue.get("toner") is not None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["categories"][0].update(code=""), '"code" must be non-empty text'),
        (
            lambda d: d["categories"][0]["children"][0].update(code="printing"),
            'code "printing" is used twice',
        ),
        (lambda d: d["categories"][0]["name"].update(ar=""), 'the "ar" name must be'),
        (
            lambda d: d["categories"][0]["fields"].append(
                {
                    "key": "model",
                    "type": "text",
                    "label": {"en": "Model", "ar": "الطراز"},
                    "when": {"field": "size", "equals": "a4"},
                }
            ),
            '"size" is not a field defined before this one',
        ),
        (lambda d: d["categories"][0]["fields"][0].update(options=[]), "a non-empty list"),
    ],
)
def test_a_bad_catalogue_is_refused_with_the_readers_message(
    db: Database, ctx: WriteContext, change: Any, message: str
) -> None:
    data = small()
    change(data)
    with pytest.raises(CatalogueError) as refused, db.writing() as session:
        save_catalogue(session, ctx, data, 0)
    assert message in str(refused.value)
    with pytest.raises(CatalogueError) as by_reader:
        parse_catalogue(data)
    assert str(refused.value) == str(by_reader.value)  # the same code said it
    with db.reading() as session:
        assert load_catalogue_document(session) is None


def test_a_save_needs_the_right_and_the_version_it_started_from(
    db: Database, ctx: WriteContext
) -> None:
    with db.writing() as session:
        save_catalogue(session, ctx, small(), 0)
    with pytest.raises(StaleDocument), db.writing() as session:
        save_catalogue(session, ctx, builtin(), 0)
    set_role(db, ctx, Role.SENIOR_AGENT)
    with pytest.raises(PermissionDenied), db.writing() as session:
        save_catalogue(session, ctx, builtin(), 1)
    with db.reading() as session:
        document = load_catalogue_document(session)
        refused = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == AuditKind.REFUSED.value)
        ).all()
    assert document is not None and document.version == 1
    assert len(refused) == 1


def test_the_editor_starts_from_the_stored_document_else_the_file(
    db: Database, ctx: WriteContext, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps(small()), "utf-8")
    with db.reading() as session:
        assert editable_catalogue(session, None).body == builtin()
        assert editable_catalogue(session, mine).body == small()
        assert editable_catalogue(session, tmp_path / "missing.json").body == builtin()
    with db.writing() as session:
        save_catalogue(session, ctx, small(), 0)
    with db.reading() as session:
        started = editable_catalogue(session, None)
    assert (started.version, started.body) == (1, small())


def test_a_stored_document_that_no_longer_reads_is_passed_over(
    db: Database, ctx: WriteContext
) -> None:
    with db.writing() as session:
        save_local(session, ctx, "catalogue", {"categories": "none"}, base_version=0)
    with db.reading() as session:
        document = load_catalogue_document(session)
        started = editable_catalogue(session, None)
    assert document is not None and stored_catalogue(document) is None
    assert (started.version, started.body) == (1, builtin())


def test_export_and_import_round_trip(db: Database, ctx: WriteContext, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text(catalogue_json(builtin()), "utf-8")
    assert "الأجهزة" in path.read_text("utf-8")  # Arabic as written, not escaped
    assert read_catalogue_file(path) == builtin()
    assert parse_catalogue(read_catalogue_file(path)) == parse_catalogue(builtin())
    with db.writing() as session:
        record_export(session, ctx, str(path), 0)
    with db.reading() as session:
        exported = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == AuditKind.EXPORTED.value)
        ).one()
    assert exported.subject == "catalogue v0"


@pytest.mark.parametrize(
    ("text", "reason"),
    [("{not json", "not valid JSON"), ('["a list"]', "expected an object")],
)
def test_a_bad_file_is_not_read(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, "utf-8")
    with pytest.raises(CatalogueError, match=reason):
        read_catalogue_file(path)


def test_an_error_names_the_part_and_the_key_it_is_about() -> None:
    data = small()
    data["categories"][0]["children"][0]["name"]["ar"] = " "
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(data)
    place = edit.error_place(caught.value)
    assert place == edit.ErrorPlace(("categories", 0, "children", 0), "name")
    data = small()
    data["categories"][0]["fields"][0]["options"].append({"value": "mono", "label": {}})
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(data)
    assert edit.error_place(caught.value) == edit.ErrorPlace(
        ("categories", 0, "fields", 0), "options", 1
    )
    data = small()
    data["queue_rules"] = [{"category": "nothing", "location": "HQ", "queue": "Q"}]
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(data)
    assert edit.error_place(caught.value) == edit.ErrorPlace((), "queue_rules", 0)


def test_adding_removing_and_moving_parts() -> None:
    data = small()
    child = edit.add_category(data, ("categories", 0))
    assert child == ("categories", 0, "children", 1)
    sibling = edit.add_sibling(data, ("categories", 0))
    assert sibling == ("categories", 1)
    field = edit.add_field(data, child)
    assert field == ("categories", 0, "children", 1, "fields", 0)
    # A condition may name the fields the category inherits.
    assert [f["key"] for f in edit.earlier_fields(data, field)] == ["colour"]
    assert edit.move(data, child, -1) == ("categories", 0, "children", 0)
    assert data["categories"][0]["children"][1]["code"] == "toner"
    assert edit.move(data, ("categories", 0, "children", 0), -1) == (
        "categories",
        0,
        "children",
        0,
    )
    before = copy.deepcopy(data)
    assert edit.remove(data, ("categories", 1)) == ("categories", 0)
    assert data["categories"] == before["categories"][:1]
    assert edit.remove(data, ("categories", 0, "fields", 0)) == ("categories", 0)
    assert "fields" not in data["categories"][0]
    assert len(edit.category_paths(data)) == 3
