"""Finding account and product data at intake: by serial, model, licence,
product name, or the owner's account number; the caller's own assets first."""

from __future__ import annotations

import pytest

from desk_app.models import Organisation
from desk_app.services.assets import lookup_assets
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.storage.db import Database
from tests.unit.helpers import create


@pytest.fixture
def assets(db: Database, ctx: WriteContext) -> dict[str, str]:
    """Three assets of two customers; returns {name: asset id} and the customers."""
    maha = create(
        db,
        ctx,
        customer_name="Maha",
        account_number="ACC-7788",
        new_asset=True,
        product_ref="HP LaserJet Pro M404dn",
        asset_model="W1A53A",
        asset_serial="PHB1234567",
    )
    maha2 = create(
        db,
        ctx,
        customer_id=maha.customer_id,
        new_asset=True,
        product_ref="Microsoft 365 Business Standard",
        licence_ref="LIC-1111-2222-3333",
    )
    omar = create(
        db,
        ctx,
        customer_name="Omar",
        new_asset=True,
        product_ref="HP LaserJet Pro M404dn",
        asset_model="W1A53A",
        asset_serial="PHB7654321",
    )
    assert maha.asset_id and maha2.asset_id and omar.asset_id
    assert maha.customer_id and omar.customer_id
    return {
        "maha_printer": maha.asset_id,
        "maha_licence": maha2.asset_id,
        "omar_printer": omar.asset_id,
        "maha": maha.customer_id,
        "omar": omar.customer_id,
    }


def ids(db: Database, typed: str, customer_id: str | None = None) -> list[str]:
    with db.reading() as session:
        return [a.id for a in lookup_assets(session, typed, customer_id)]


def test_by_serial_number_prefix(db: Database, assets: dict[str, str]) -> None:
    assert ids(db, "PHB12") == [assets["maha_printer"]]
    assert ids(db, "phb76") == [assets["omar_printer"]]  # any case


def test_by_model_number_with_the_callers_first(db: Database, assets: dict[str, str]) -> None:
    assert set(ids(db, "W1A53")) == {assets["maha_printer"], assets["omar_printer"]}
    assert ids(db, "W1A53", assets["omar"])[0] == assets["omar_printer"]
    assert ids(db, "W1A53", assets["maha"])[0] == assets["maha_printer"]


def test_by_licence_agreement(db: Database, assets: dict[str, str]) -> None:
    assert ids(db, "LIC-1111") == [assets["maha_licence"]]
    assert ids(db, "LIC-١١١١") == [assets["maha_licence"]]  # Arabic-Indic digits


def test_by_product_name(db: Database, assets: dict[str, str]) -> None:
    assert ids(db, "365") == [assets["maha_licence"]]


def test_by_the_owners_account_number(db: Database, assets: dict[str, str]) -> None:
    assert set(ids(db, "ACC-77")) == {assets["maha_printer"], assets["maha_licence"]}


def test_by_the_organisations_account_number(
    db: Database, ctx: WriteContext, assets: dict[str, str]
) -> None:
    from desk_app.models import Asset

    with db.writing() as session:
        org = Organisation(
            id=new_id(),
            name="Al Noor Trading",
            account_number="ORG-55",
            updated_at=ctx.stamp(session),
            version=1,
            origin_client_id=ctx.client_id,
            created_at=ctx.now(),
        )
        session.add(org)
        session.flush()
        asset = session.get(Asset, assets["omar_printer"])
        assert asset is not None
        asset.organisation_id = org.id
    assert ids(db, "ORG-5") == [assets["omar_printer"]]


def test_nothing_typed_lists_the_customers_own(db: Database, assets: dict[str, str]) -> None:
    assert set(ids(db, "", assets["maha"])) == {assets["maha_printer"], assets["maha_licence"]}
    assert ids(db, "") == []
    assert ids(db, "P") == []  # one letter is not a search yet


def test_like_wildcards_are_data(db: Database, assets: dict[str, str]) -> None:
    assert ids(db, "%%") == [] and ids(db, "__") == []


def test_the_match_describes_itself(db: Database, assets: dict[str, str]) -> None:
    with db.reading() as session:
        [match] = lookup_assets(session, "PHB12")
    assert match.reference() == "HP LaserJet Pro M404dn (W1A53A PHB1234567)"
    assert match.owner_name == "Maha"
