"""The server's escalation pass reads only the tickets whose rules it must
time again or that are due (server.escalation_schedule): an index on the
ticket's ``escalation_due_at``, which the server now keeps.

Revision ID: s0011
Revises: s0010
"""

from alembic import op

revision = "s0011"
down_revision = "s0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_server_ticket_escalation_due", "ticket", ["escalation_due_at"])


def downgrade() -> None:
    op.drop_index("ix_server_ticket_escalation_due", table_name="ticket")
