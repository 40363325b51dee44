"""The supervisor's figures kept ready: each ticket's facts, the escalations
between tiers, and the per-day and per-month summaries with the open tickets
by age (models.metrics, kept by services.metrics_store).

Derived and local: nothing here travels. A desk that already has tickets is
marked for a rebuild from the journal, done as soon as the upgrade ends
(storage.db, ``metrics_store.rebuild``).

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

ID = sa.String(length=36)
# As this revision made them (models.metrics.MEASURES holds the same).
MEASURES = (
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


def _text(name: str, length: int, primary: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.String(length=length), nullable=False, primary_key=primary)


def _int(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "ticket_facts",
        sa.Column("ticket_id", ID, nullable=False, primary_key=True),
        sa.Column("branch_id", ID, nullable=False),
        sa.Column("queue", ID, nullable=False),
        sa.Column("agent", ID, nullable=False),
        _text("channel", 20),
        _text("category", 100),
        _int("priority"),
        _int("tier"),
        _int("is_open"),
        _text("created_day", 10),
        _text("resolved_day", 10),
        _text("fr_day", 10),
        _text("fr_outcome", 8),
        _int("written"),
        _text("frt_day", 10),
        _int("frt_seconds", nullable=True),
        _text("res_outcome", 8),
        _text("nu_outcome", 8),
        _int("reopened"),
        _int("fcr"),
        _int("escalations"),
        _int("tier0"),
        _int("satisfaction", nullable=True),
        _int("contacts"),
        _int("contact_secs"),
    )
    op.create_index("ix_ticket_facts_created", "ticket_facts", ["created_day"])
    op.create_index("ix_ticket_facts_resolved", "ticket_facts", ["resolved_day"])
    op.create_index("ix_ticket_facts_fr", "ticket_facts", ["fr_day"])
    op.create_index("ix_ticket_facts_frt", "ticket_facts", ["frt_day"])
    op.create_index("ix_ticket_facts_agent", "ticket_facts", ["agent", "created_day"])
    op.create_table(
        "ticket_fact_event",
        sa.Column("ticket_id", ID, nullable=False, primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False, primary_key=True),
        _text("day", 10),
        sa.Column("branch_id", ID, nullable=False),
        sa.Column("agent", ID, nullable=False),
        sa.Column("from_queue", ID, nullable=False),
        sa.Column("to_queue", ID, nullable=False),
        _int("from_tier", nullable=True),
        _int("to_tier", nullable=True),
    )
    op.create_index("ix_ticket_fact_event_day", "ticket_fact_event", ["day"])
    for name, key, width in (("metric_day", "day", 10), ("metric_month", "month", 7)):
        op.create_table(
            name,
            _text(key, width, primary=True),
            sa.Column("branch_id", ID, nullable=False, primary_key=True),
            sa.Column("queue", ID, nullable=False, primary_key=True),
            _text("dim", 12, primary=True),
            _text("value", 100, primary=True),
            *(
                sa.Column(m, sa.Integer(), nullable=False, server_default=sa.text("0"))
                for m in MEASURES
            ),
        )
        op.create_index(f"ix_{name}_dim", name, ["dim", key])
    op.create_table(
        "metric_open",
        _text("created_day", 10, primary=True),
        sa.Column("branch_id", ID, nullable=False, primary_key=True),
        sa.Column("queue", ID, nullable=False, primary_key=True),
        sa.Column("agent", ID, nullable=False, primary_key=True),
        sa.Column("tier", sa.Integer(), nullable=False, primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False, server_default=sa.text("0")),
    )
    # Tickets from before this revision: their facts are derived once, from
    # the journal, right after the upgrade.
    op.execute(
        "INSERT OR REPLACE INTO sync_state (key, value)"
        " SELECT 'metrics_rebuild_due', '1' WHERE EXISTS (SELECT 1 FROM ticket)"
    )


def downgrade() -> None:
    for name in ("metric_open", "metric_month", "metric_day", "ticket_fact_event", "ticket_facts"):
        op.drop_table(name)
    op.execute("DELETE FROM sync_state WHERE key = 'metrics_rebuild_due'")
