"""The supervisor's figures, kept ready (services.metrics_store maintains them).

Every table here is derived from the tickets and their journal and never
travels: each desk computes the same from the same journal, like the SLA
columns. ``ticket_facts`` holds what each ticket contributes to the figures
(one row per ticket, recomputed with its clocks); ``metric_day`` and
``metric_month`` sum those contributions per branch-local day or month,
branch, queue and dimension value, so a month or a year is a sum over a few
thousand rows; ``metric_open`` counts the open tickets by the day they were
opened (the backlog's ages); ``ticket_fact_event`` lists the escalations
(events of their own, counted per tier).
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, String, Table, text

from desk_app.models.base import ID_LENGTH, Base

# What each summary row adds up (services.metrics_facts says what each is).
MEASURES: tuple[str, ...] = (
    "opened",
    "escalated",
    "resolved",
    "res_met",
    "res_missed",
    "nu_met",
    "nu_missed",
    "fr_met",
    "fr_missed",
    "wr_met",
    "wr_missed",
    "frt_n",
    "frt_sum",
    "reopened",
    "fcr",
    "tier0",
    "sat_none",
    "sat_1",
    "sat_2",
    "sat_3",
    "sat_4",
    "sat_5",
    "contacted",
    "contacts",
    "contact_secs",
)


class TicketFacts(Base):
    """What one ticket contributes to the figures, as of its last recompute.
    Days are dates in the ticket's branch's zone ('' when it has not happened);
    dimension values are the stored keys ('' for no queue, nobody)."""

    __tablename__ = "ticket_facts"
    __table_args__ = (
        Index("ix_ticket_facts_created", "created_day"),
        Index("ix_ticket_facts_resolved", "resolved_day"),
        Index("ix_ticket_facts_fr", "fr_day"),
        Index("ix_ticket_facts_frt", "frt_day"),
        Index("ix_ticket_facts_agent", "agent", "created_day"),
    )

    ticket_id = Column(String(ID_LENGTH), primary_key=True)
    branch_id = Column(String(ID_LENGTH), nullable=False)
    queue = Column(String(ID_LENGTH), nullable=False)
    agent = Column(String(ID_LENGTH), nullable=False)
    channel = Column(String(20), nullable=False)
    category = Column(String(100), nullable=False)
    priority = Column(Integer, nullable=False)
    tier = Column(Integer, nullable=False)
    is_open = Column(Integer, nullable=False)
    created_day = Column(String(10), nullable=False)
    resolved_day = Column(String(10), nullable=False)
    # First response (or written reply): the day its clock stopped and how.
    fr_day = Column(String(10), nullable=False)
    fr_outcome = Column(String(8), nullable=False)
    written = Column(Integer, nullable=False)
    # The first response itself: its day and seconds after the ticket opened.
    frt_day = Column(String(10), nullable=False)
    frt_seconds = Column(Integer, nullable=True)
    res_outcome = Column(String(8), nullable=False)
    nu_outcome = Column(String(8), nullable=False)
    reopened = Column(Integer, nullable=False)
    fcr = Column(Integer, nullable=False)
    escalations = Column(Integer, nullable=False)
    tier0 = Column(Integer, nullable=False)
    satisfaction = Column(Integer, nullable=True)
    contacts = Column(Integer, nullable=False)
    contact_secs = Column(Integer, nullable=False)


class TicketFactEvent(Base):
    """One escalation of a ticket that moved it between tiers or queues."""

    __tablename__ = "ticket_fact_event"
    __table_args__ = (Index("ix_ticket_fact_event_day", "day"),)

    ticket_id = Column(String(ID_LENGTH), primary_key=True)
    seq = Column(Integer, primary_key=True)
    day = Column(String(10), nullable=False)
    branch_id = Column(String(ID_LENGTH), nullable=False)
    agent = Column(String(ID_LENGTH), nullable=False)
    from_queue = Column(String(ID_LENGTH), nullable=False)
    to_queue = Column(String(ID_LENGTH), nullable=False)
    from_tier = Column(Integer, nullable=True)
    to_tier = Column(Integer, nullable=True)


def _summary(name: str, key: str, width: int) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(key, String(width), primary_key=True),
        Column("branch_id", String(ID_LENGTH), primary_key=True),
        Column("queue", String(ID_LENGTH), primary_key=True),
        Column("dim", String(12), primary_key=True),
        Column("value", String(100), primary_key=True),
        *(Column(m, Integer, nullable=False, server_default=text("0")) for m in MEASURES),
        Index(f"ix_{name}_dim", "dim", key),
    )


metric_day = _summary("metric_day", "day", 10)
metric_month = _summary("metric_month", "month", 7)

# Open tickets now, by the day they were opened (their age) and where they are.
metric_open = Table(
    "metric_open",
    Base.metadata,
    Column("created_day", String(10), primary_key=True),
    Column("branch_id", String(ID_LENGTH), primary_key=True),
    Column("queue", String(ID_LENGTH), primary_key=True),
    Column("agent", String(ID_LENGTH), primary_key=True),
    Column("tier", Integer, primary_key=True),
    Column("n", Integer, nullable=False, server_default=text("0")),
)

# The two mapped tables as Core tables (the summaries' writes are Core).
ticket_facts: Table = Base.metadata.tables["ticket_facts"]
ticket_fact_event: Table = Base.metadata.tables["ticket_fact_event"]
