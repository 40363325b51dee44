"""The people and organisations the desk serves, and what they own."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import ID_LENGTH, Base, SyncedMixin

POSTAL_ADDRESS_MAX = 1000
TITLE_MAX = 100


class Organisation(SyncedMixin, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    account_number: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class Customer(SyncedMixin, Base):
    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_name_norm", "name_norm"),
        Index("ix_customer_phone_e164", "phone_e164"),
        Index("ix_customer_email", "email"),
        Index("ix_customer_account_number", "account_number"),
        Index("ix_customer_national_id", "national_id"),
    )

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    # Search form of the name (see services.text.normalise); kept beside it so
    # lookup-as-you-type is an index range scan, not a table scan.
    name_norm: Mapped[str] = mapped_column(String(300), nullable=False)
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    phone_e164: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    national_id: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    account_number: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    organisation_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("organisation.id"), nullable=True
    )
    branch_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("branch.id"), nullable=True
    )
    # What a letter needs (issue 15): the title as typed ("Dr", "الأستاذ"),
    # the language to write in ('ar', 'en'; '' unknown) and the postal
    # address, several lines.
    title: Mapped[str] = mapped_column(
        String(TITLE_MAX), nullable=False, default="", server_default=""
    )
    language: Mapped[str] = mapped_column(String(2), nullable=False, default="", server_default="")
    postal_address: Mapped[str] = mapped_column(
        String(POSTAL_ADDRESS_MAX), nullable=False, default="", server_default=""
    )


class Asset(SyncedMixin, Base):
    """A product or piece of equipment: what the SOP calls account/product data."""

    __tablename__ = "asset"
    __table_args__ = (Index("ix_asset_serial_number", "serial_number"),)

    product: Mapped[str] = mapped_column(String(200), nullable=False)
    model_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    serial_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    licence: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    location: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    customer_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("customer.id"), nullable=True
    )
    organisation_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("organisation.id"), nullable=True
    )
