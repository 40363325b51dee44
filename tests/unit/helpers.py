"""Small helpers shared by the unit tests (fixtures live in conftest.py)."""

from __future__ import annotations

from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.models import Customer, OutboxOp, Ticket, TicketJournal, TicketNumberSeries
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
