"""Small helpers shared by the unit tests (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.models import Base, Customer, OutboxOp, Ticket, TicketJournal, TicketNumberSeries
from desk_app.services.context import WriteContext
from desk_app.services.intake import CreatedTicket, IntakeForm, create_ticket
from desk_app.storage.db import Database

AGENT = "agent1"
AGENT_NAME = "Agent One"

# Search input a person might type or paste: FTS5 operators and syntax characters
# mixed with arbitrary text (including NUL and other controls).
FTS_NASTY = st.lists(
    st.one_of(
        st.sampled_from(list("\"'-:@*()^+{},.;!?~ \t\n_\\/%$#&|<>=\x00")),
        st.sampled_from(["OR", "AND", "NOT", "NEAR", "NEAR(", "near/3", "subject:", " 12", "٣"]),
        st.text(max_size=3),
    ),
    max_size=12,
).map("".join)


def form(**values: object) -> IntakeForm:
    """A valid intake form; keyword arguments override its fields."""
    base: dict[str, object] = {"subject": "Printer does not print", "customer_name": "Ahmad"}
    base.update(values)
    return IntakeForm(**base)  # type: ignore[arg-type]


def create(db: Database, ctx: WriteContext, **values: object) -> CreatedTicket:
    with db.writing() as session:
        return create_ticket(session, ctx, form(**values))


def counts(session: Session) -> dict[str, int]:
    """How many rows each table that a write touches holds."""
    tables = {
        "ticket": Ticket,
        "customer": Customer,
        "journal": TicketJournal,
        "outbox": OutboxOp,
        "series": TicketNumberSeries,
    }
    return {
        name: int(session.execute(select(func.count()).select_from(model)).scalar_one())
        for name, model in tables.items()
    }


def db_counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return counts(session)


# The ticket columns revisions after 0012 added, which the current code writes.
_LATER_TICKET_COLUMNS = (
    ("escalation_kind", "VARCHAR(16)"),
    ("escalated_at", "DATETIME"),
    ("escalated_queue_id", "VARCHAR(36)"),
    ("escalated_to_user_id", "VARCHAR(36)"),
    ("escalation_due_at", "DATETIME"),
)
# And the customer columns revision 0016 added (a letter's details).
_LATER_CUSTOMER_COLUMNS = (
    ("title", "VARCHAR(100) NOT NULL DEFAULT ''"),
    ("language", "VARCHAR(2) NOT NULL DEFAULT ''"),
    ("postal_address", "VARCHAR(1000) NOT NULL DEFAULT ''"),
)
_LATER = (("ticket", _LATER_TICKET_COLUMNS), ("customer", _LATER_CUSTOMER_COLUMNS))

# Tables later revisions added that every ticket write keeps (0015: the
# supervisor's figures).
_LATER_TABLES = ("ticket_facts", "ticket_fact_event", "metric_day", "metric_month", "metric_open")


@contextmanager
def later_ticket_columns(db: Database) -> Iterator[None]:
    """For a test that writes with today's code into a database of an older
    revision, as that release did: the ticket columns today's code writes
    exist while it writes, and are gone again before the upgrade adds them."""
    with db.engine.begin() as conn:
        for table, columns in _LATER:
            for name, kind in columns:
                conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
        for table in _LATER_TABLES:
            Base.metadata.tables[table].create(conn)
    try:
        yield
    finally:
        with db.engine.begin() as conn:
            for table, columns in _LATER:
                for name, _kind in columns:
                    conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {name}")
            for table in _LATER_TABLES:
                Base.metadata.tables[table].drop(conn)
