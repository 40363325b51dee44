"""The ticket's latest escalation and its next automatic rule, read from the
journal by every desk (services.escalation_state), and the tier as a sort.

The columns are derived and never travel. They are empty after the upgrade:
a desk has no escalations before this revision, and the rules' due times are
filled in when each ticket's clocks are next recomputed (every open ticket's
at the first start, see ``sla_clock.revise_stored``).

Revision ID: 0013
Revises: 0012
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# As this revision made them (the models hold the same text).
_OPEN = (
    "status IN ('new', 'open', 'waiting_customer', 'waiting_third_party') AND deleted_at IS NULL"
)
_COLUMNS = (
    ("escalation_kind", sa.String(length=16)),
    ("escalated_at", sa.DateTime()),
    ("escalated_queue_id", sa.String(length=36)),
    ("escalated_to_user_id", sa.String(length=36)),
    ("escalation_due_at", sa.DateTime()),
)


def upgrade() -> None:
    for name, kind in _COLUMNS:
        op.add_column("ticket", sa.Column(name, kind, nullable=True))
    op.create_index("ix_ticket_tier_last", "ticket", ["tier", "last_activity_at"])
    op.create_index(
        "ix_ticket_open_tier", "ticket", ["tier", "last_activity_at"], sqlite_where=sa.text(_OPEN)
    )
    op.create_index(
        "ix_ticket_escalated",
        "ticket",
        ["escalation_kind", "last_activity_at"],
        sqlite_where=sa.text("escalation_kind IS NOT NULL"),
    )
    op.create_index(
        "ix_ticket_escalation_due",
        "ticket",
        ["escalation_due_at"],
        sqlite_where=sa.text("escalation_due_at IS NOT NULL"),
    )
    # A desk that already has tickets notes when the automatic rules came into
    # force: a rule that fell due before is not fired (services.escalation_state).
    op.execute(
        sa.text(
            "INSERT OR IGNORE INTO sync_state (key, value)"
            " SELECT 'escalation_rules_since', :now WHERE EXISTS (SELECT 1 FROM ticket)"
        ).bindparams(now=datetime.now(UTC).isoformat())
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM sync_state WHERE key = 'escalation_rules_since'"))
    for name in (
        "ix_ticket_escalation_due",
        "ix_ticket_escalated",
        "ix_ticket_open_tier",
        "ix_ticket_tier_last",
    ):
        op.drop_index(name, table_name="ticket")
    # Dropped in place (SQLite 3.35+), not by recreating the table: its
    # expression indexes cannot be reflected for a copy.
    for name, _kind in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE ticket DROP COLUMN {name}")
