"""Intake with the category catalogue: extra fields stored as JSON on the
ticket, every broken rule reported on its field with nothing written; the
location, the asset (known or new) and the priority assessment; sibling
tickets of one call linked."""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import select

from desk_app.models import Asset, OutboxOp, Ticket
from desk_app.services import messages as m
from desk_app.services.catalogue import Catalogue, parse_catalogue
from desk_app.services.context import WriteContext
from desk_app.services.intake import create_ticket
from desk_app.services.links import linked_tickets
from desk_app.services.messages import ValidationFailed
from desk_app.services.priority import PRIORITY_NOT_ALLOWED
from desk_app.storage.db import Database
from tests.unit.helpers import create, db_counts, form
from tests.unit.test_catalogue import SMALL


@pytest.fixture
def small() -> Catalogue:
    return parse_catalogue(copy.deepcopy(SMALL))


def save(db: Database, ctx: WriteContext, catalogue: Catalogue, **values: object) -> str:
    with db.writing() as session:
        return create_ticket(session, ctx, form(**values), catalogue).id


def stored(db: Database, ticket_id: str) -> Ticket:
    with db.reading() as session:
        ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
        session.expunge(ticket)
        return ticket


def refused(
    db: Database, ctx: WriteContext, catalogue: Catalogue, **values: object
) -> dict[str, str]:
    before = db_counts(db)
    with pytest.raises(ValidationFailed) as failed:
        save(db, ctx, catalogue, **values)
    assert db_counts(db) == before, "nothing is written"
    return {e.field: e.message for e in failed.value.errors}


def test_extra_fields_are_stored_as_json(db: Database, ctx: WriteContext, small: Catalogue) -> None:
    ticket_id = save(
        db,
        ctx,
        small,
        category="hardware",
        extra={"device_type": "printer", "model": "  M404 ", "tray": "٢", "unrelated": "x"},
        impact="high",
        urgency="medium",
    )
    ticket = stored(db, ticket_id)
    assert json.loads(ticket.custom_fields) == {
        "device_type": "printer",
        "model": "M404",
        "tray": 2,
        "impact": "high",
        "urgency": "medium",
    }
    with db.reading() as session:
        op = session.execute(select(OutboxOp).where(OutboxOp.entity_id == ticket_id)).scalar_one()
    assert json.loads(json.loads(op.payload)["custom_fields"])["model"] == "M404"


def test_no_extra_values_store_an_empty_object(
    db: Database, ctx: WriteContext, small: Catalogue
) -> None:
    assert stored(db, save(db, ctx, small, category="other")).custom_fields == "{}"
    assert stored(db, save(db, ctx, small, category="")).custom_fields == "{}"


def test_every_problem_is_reported_at_once(
    db: Database, ctx: WriteContext, small: Catalogue
) -> None:
    errors = refused(
        db,
        ctx,
        small,
        subject="",
        category="billing",
        extra={"amount": "lots"},
        priority=4,
        impact="enormous",
    )
    assert errors == {
        "subject": m.REQUIRED,
        "extra.amount": "Enter a number.",
        "priority": PRIORITY_NOT_ALLOWED,
        "impact": m.BAD_CHOICE,
    }


def test_a_required_extra_field_must_be_filled(
    db: Database, ctx: WriteContext, small: Catalogue
) -> None:
    errors = refused(db, ctx, small, category="hardware", extra={"device_type": "printer"})
    assert errors == {"extra.model": m.REQUIRED}


def test_a_category_missing_from_the_catalogue_is_refused(
    db: Database, ctx: WriteContext, small: Catalogue
) -> None:
    assert refused(db, ctx, small, category="gardening") == {"category": m.BAD_CHOICE}


def test_without_a_catalogue_the_category_is_taken_as_given(
    db: Database, ctx: WriteContext
) -> None:
    created = create(db, ctx, category="gardening", extra={"plant": "rose", "count": 3}, priority=4)
    assert json.loads(stored(db, created.id).custom_fields) == {"plant": "rose", "count": 3}
    with pytest.raises(ValidationFailed) as failed:
        create(db, ctx, extra={"nested": {"a": 1}})
    assert [e.field for e in failed.value.errors] == ["custom_fields"]


def test_branch_site_and_room_make_the_equipment_location(
    db: Database, ctx: WriteContext, small: Catalogue
) -> None:
    ticket_id = save(
        db,
        ctx,
        small,
        location_branch=" Jeddah ",
        location_site="Tahlia  tower",
        location_room="",
        equipment_location="",
    )
    assert stored(db, ticket_id).equipment_location == "Jeddah – Tahlia tower"
    only_text = create(db, ctx, equipment_location="Floor 2, room 214")
    assert stored(db, only_text.id).equipment_location == "Floor 2, room 214"


def test_location_parts_have_limits(db: Database, ctx: WriteContext, small: Catalogue) -> None:
    errors = refused(db, ctx, small, location_branch="x" * 91, location_room="\x07")
    assert errors == {"location_branch": m.TOO_LONG, "location_room": m.CONTROL_CHARACTERS}


def test_a_new_asset_is_registered_with_the_ticket(
    db: Database, ctx: WriteContext, small: Catalogue
) -> None:
    ticket_id = save(
        db,
        ctx,
        small,
        new_asset=True,
        product_ref="HP LaserJet M404dn",
        asset_model="W1A53A",
        asset_serial="phc٤٥٦",
        licence_ref="",
        location_branch="Riyadh",
    )
    ticket = stored(db, ticket_id)
    with db.reading() as session:
        asset = session.execute(select(Asset)).scalar_one()
        op = session.execute(select(OutboxOp).where(OutboxOp.entity == "asset")).scalar_one()
    assert ticket.asset_id == asset.id
    assert (asset.product, asset.model_number, asset.serial_number, asset.location) == (
        "HP LaserJet M404dn",
        "W1A53A",
        "phc456",
        "Riyadh",
    )
    assert asset.customer_id == ticket.customer_id is not None
    assert op.entity_id == asset.id


def test_a_new_asset_needs_a_product(db: Database, ctx: WriteContext, small: Catalogue) -> None:
    assert refused(db, ctx, small, new_asset=True, product_ref=" ") == {"product_ref": m.REQUIRED}


def test_a_known_asset_is_linked_and_must_exist(
    db: Database, ctx: WriteContext, small: Catalogue
) -> None:
    first = create(db, ctx, new_asset=True, product_ref="Canon iR 2630")
    again = save(db, ctx, small, asset_id=first.asset_id, product_ref="Canon iR 2630")
    assert stored(db, again).asset_id == first.asset_id
    assert refused(db, ctx, small, asset_id="gone") == {"product_ref": m.UNKNOWN_REFERENCE}


def test_sibling_tickets_of_one_call_are_linked(
    db: Database, ctx: WriteContext, small: Catalogue
) -> None:
    first = create(db, ctx, subject="Printer jams", customer_name="Maha")
    with db.writing() as session:
        second = create_ticket(
            session,
            ctx,
            form(subject="Invoice wrong", customer_id=first.customer_id, category="billing"),
            small,
            link_to=first.id,
        )
    with db.reading() as session:
        assert [t.id for t in linked_tickets(session, first.id)] == [second.id]
        assert [t.id for t in linked_tickets(session, second.id)] == [first.id]


def test_a_sibling_is_saved_even_if_the_first_ticket_is_gone(
    db: Database, ctx: WriteContext, small: Catalogue
) -> None:
    with db.writing() as session:
        created = create_ticket(session, ctx, form(), small, link_to="vanished")
    with db.reading() as session:
        assert linked_tickets(session, created.id) == []
