"""Pending edits queued by an earlier release are based on what the server said.

Earlier releases counted a row's version up with every local edit and based
each queued edit on that count, so a second offline edit claimed a version the
server never gave. A desk now bases every pending op on the version it last
took from the server (docs/sync-protocol.md, "Merge rules"). Ops already in an
outbox at the upgrade are brought to that rule: every waiting edit of a row is
based on the earliest base among them (the version the row had when the first
of them was made, which the desk had from the server or from its own pushes),
and the row's own version goes back to it, so edits made after the upgrade
claim no more either. Lower bases can only find more conflicts, never hide one.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The synced tables as this revision knows them (a migration keeps its own list).
_ENTITIES = (
    "branch",
    "app_user",
    "desk_group",
    "organisation",
    "customer",
    "asset",
    "ticket",
)
_WAITING = "state IN ('pending', 'rejected') AND kind IN ('update', 'delete')"


def upgrade() -> None:
    conn = op.get_bind()
    earliest = conn.execute(
        sa.text(
            "SELECT entity, entity_id, MIN(base_version) FROM outbox_op"
            f" WHERE {_WAITING} GROUP BY entity, entity_id"
        )
    ).all()
    for entity, entity_id, base in earliest:
        if entity not in _ENTITIES:
            continue
        conn.execute(
            sa.text(
                f"UPDATE outbox_op SET base_version = :base WHERE {_WAITING}"
                " AND entity = :entity AND entity_id = :entity_id"
            ),
            {"base": base, "entity": entity, "entity_id": entity_id},
        )
        conn.execute(
            sa.text(f'UPDATE "{entity}" SET version = :base WHERE id = :id AND version > :base'),
            {"base": base, "id": entity_id},
        )


def downgrade() -> None:
    # The earlier release reads these bases as they are; nothing to undo.
    pass
