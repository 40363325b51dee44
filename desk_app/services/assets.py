"""Account and product data at intake: finding the customer's equipment or
licence by model number, serial number, licence agreement or account number,
and registering a new asset on the spot."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk_app.models import Asset, Customer, OpKind, Organisation
from desk_app.services import journal
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.services.validation import ascii_digits, clean_line

PRODUCT_MAX = 200
CODE_MAX = 100


@dataclass(frozen=True)
class AssetMatch:
    id: str
    product: str
    model_number: str
    serial_number: str
    licence: str
    location: str
    customer_id: str | None
    owner_name: str

    def reference(self) -> str:
        """What the ticket's product field shows for this asset."""
        codes = " ".join(x for x in (self.model_number, self.serial_number) if x)
        return f"{self.product} ({codes})" if codes else self.product


def lookup_assets(
    session: Session, typed: str, customer_id: str | None = None, limit: int = 12
) -> list[AssetMatch]:
    """Assets whose serial number, model number or licence starts with what was
    typed, whose product name contains it, or whose owner's account number
    (customer or organisation) starts with it. With nothing typed, the chosen
    customer's own assets."""
    needle = ascii_digits(typed.strip())
    query = (
        select(Asset, Customer.name)
        .outerjoin(Customer, Customer.id == Asset.customer_id)
        .where(Asset.deleted_at.is_(None))
    )
    if len(needle) < 2:
        if customer_id is None:
            return []
        query = query.where(Asset.customer_id == customer_id)
    else:
        accounts = select(Customer.id).where(
            Customer.account_number.startswith(needle, autoescape=True)
        )
        organisations = select(Organisation.id).where(
            Organisation.account_number.startswith(needle, autoescape=True)
        )
        query = query.where(
            or_(
                Asset.serial_number.startswith(needle, autoescape=True),
                Asset.model_number.startswith(needle, autoescape=True),
                Asset.licence.startswith(needle, autoescape=True),
                Asset.product.contains(needle, autoescape=True),
                Asset.customer_id.in_(accounts),
                Asset.organisation_id.in_(organisations),
            )
        )
    # The caller's own equipment first, then by name.
    first = Asset.customer_id == customer_id if customer_id is not None else None
    order = [first.desc()] if first is not None else []
    rows = session.execute(query.order_by(*order, Asset.product).limit(limit)).all()
    return [
        AssetMatch(
            a.id,
            a.product,
            a.model_number,
            a.serial_number,
            a.licence,
            a.location,
            a.customer_id,
            owner or "",
        )
        for a, owner in rows
    ]


def create_asset(
    session: Session,
    ctx: WriteContext,
    hlc: str,
    *,
    product: str,
    model_number: str = "",
    serial_number: str = "",
    licence: str = "",
    location: str = "",
    customer_id: str | None = None,
) -> str:
    """A new asset row and its outbox op, in the caller's transaction.
    The caller has checked the lengths."""
    asset = Asset(
        id=new_id(),
        product=clean_line(product),
        model_number=ascii_digits(clean_line(model_number)),
        serial_number=ascii_digits(clean_line(serial_number)),
        licence=ascii_digits(clean_line(licence)),
        location=clean_line(location),
        customer_id=customer_id,
        created_at=ctx.now(),
        updated_at=hlc,
        version=1,
        origin_client_id=ctx.client_id,
    )
    session.add(asset)
    session.flush()
    journal.queue_op(
        session, ctx, "asset", asset.id, OpKind.INSERT, journal.row_values(asset), 0, hlc
    )
    return asset.id
