"""Tables only the server has, beside the synced tables of ``desk_app.models``.

They live in their own MetaData: the client's schema, its migration check and
Alembic autogenerate never see them. Foreign keys into the synced tables are
given as column objects so they resolve across the two MetaData.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from desk_app.models import Branch, User
from desk_app.models.base import ID_LENGTH, NAMING_CONVENTION, UtcDateTime

server_metadata = MetaData(naming_convention=NAMING_CONVENTION)

# A 64-bit sequence on PostgreSQL; on SQLite only "INTEGER PRIMARY KEY" is the
# rowid, and only with AUTOINCREMENT is a number never handed out twice.
SeqInteger = BigInteger().with_variant(Integer(), "sqlite")

_user_id = User.__table__.c.id
_branch_id = Branch.__table__.c.id

credential = Table(
    "server_credential",
    server_metadata,
    Column("user_id", String(ID_LENGTH), ForeignKey(_user_id), primary_key=True),
    Column("password_hash", String(255), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("changed_at", UtcDateTime, nullable=False),
)

user_branch = Table(
    "server_user_branch",
    server_metadata,
    Column("user_id", String(ID_LENGTH), ForeignKey(_user_id), primary_key=True),
    Column("branch_id", String(ID_LENGTH), ForeignKey(_branch_id), primary_key=True),
    Column("granted_at", UtcDateTime, nullable=False),
)

device = Table(
    "server_device",
    server_metadata,
    Column("id", String(ID_LENGTH), primary_key=True),
    Column("user_id", String(ID_LENGTH), ForeignKey(_user_id), nullable=False),
    Column("name", String(200), nullable=False),
    # The client's replica id: one device per (user, replica).
    Column("client_id", String(ID_LENGTH), nullable=False),
    # SHA-256 (hex) of the current refresh token (kept after a revoke, so the
    # device is told it was revoked rather than that its token is unknown).
    Column("refresh_hash", String(64), nullable=True),
    # The token the current one replaced, and when: a desk whose refresh reply
    # was lost retries with the old token, which is honoured for a short grace
    # period instead of sending the person back to the sign-in dialog.
    Column("previous_refresh_hash", String(64), nullable=True, index=True),
    Column("rotated_at", UtcDateTime, nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime, nullable=True),
    UniqueConstraint("user_id", "client_id"),
    UniqueConstraint("refresh_hash"),
)

# Keyed by client and op id: an op id is its client's, so another client's op
# of the same id is another op (migration s0005).
applied_op = Table(
    "server_applied_op",
    server_metadata,
    Column("op_id", String(ID_LENGTH), nullable=False),
    Column("client_id", String(ID_LENGTH), nullable=False),
    Column("client_seq", BigInteger, nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(ID_LENGTH), nullable=False),
    # The OpResult answered, returned unchanged when the op is pushed again.
    Column("result", JSON, nullable=False),
    Column("applied_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("client_id", "op_id"),
    Index("ix_server_applied_op_client", "client_id", "client_seq"),
)

# One entry per row: the row's latest change. A write moves the row to a new,
# higher seq (delete + insert), so a pull from any cursor meets each row once,
# and a pull from the start is a full download.
change_log = Table(
    "server_change_log",
    server_metadata,
    Column("seq", SeqInteger, primary_key=True, autoincrement=True),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(ID_LENGTH), nullable=False),
    Column("branch_id", String(ID_LENGTH), nullable=True),  # NULL: shared with every branch
    Column("at", UtcDateTime, nullable=False),
    UniqueConstraint("entity", "entity_id"),
    Index("ix_server_change_log_branch_seq", "branch_id", "seq"),
    sqlite_autoincrement=True,
)

row_meta = Table(
    "server_row_meta",
    server_metadata,
    Column("entity", String(40), primary_key=True),
    Column("entity_id", String(ID_LENGTH), primary_key=True),
    Column("field_hlc", JSON, nullable=False),
    Column("field_version", JSON, nullable=False),
    # Per field, the last version another client than its owner wrote it at
    # (merge.StoredRow.field_others); NULL on rows written before s0006.
    Column("field_others", JSON, nullable=True),
)

conflict = Table(
    "server_conflict",
    server_metadata,
    Column("id", String(ID_LENGTH), primary_key=True),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(ID_LENGTH), nullable=False),
    Column("branch_id", String(ID_LENGTH), nullable=True),
    Column("field", String(64), nullable=False),
    Column("kept_value", JSON, nullable=True),
    Column("lost_value", JSON, nullable=True),
    Column("kept_hlc", String(60), nullable=False),
    Column("lost_hlc", String(60), nullable=False),
    Column("op_id", String(ID_LENGTH), nullable=False),
    Column("client_id", String(ID_LENGTH), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("resolved_at", UtcDateTime, nullable=True),
    # Commit order, which the conflict feed pages by. Never written by the
    # application: a trigger (migration s0004) numbers each row as its
    # transaction commits. On SQLite a batch migration that recreates this
    # table drops that trigger: such a migration must create it again.
    Column("seq", SeqInteger, nullable=True),
    Index("ix_server_conflict_row", "entity", "entity_id"),
    Index("ix_server_conflict_seq", "seq", unique=True),
)

login_attempt = Table(
    "server_login_attempt",
    server_metadata,
    Column("id", SeqInteger, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False),
    Column("address", String(64), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Index("ix_server_login_attempt_username_at", "username", "at"),
    Index("ix_server_login_attempt_address_at", "address", "at"),
    Index("ix_server_login_attempt_at", "at"),
    sqlite_autoincrement=True,
)

# Small durable facts: this database's id (the server's HLC node and part of
# every cursor), the retention epoch and the highest seq a purge removed.
server_state = Table(
    "server_state",
    server_metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

DATABASE_ID = "database_id"
RETENTION_EPOCH = "retention_epoch"
PURGED_THROUGH_SEQ = "purged_through_seq"

# The server's audit log (migration s0007): refused ops, sign-ins, changes of
# people, queues and rights, and the entries desks upload from their own logs
# (keyed by the desk's entry id, so an upload sent twice is kept once).
# Append-only: the application never updates or deletes a row, and on
# PostgreSQL a trigger refuses it.
audit = Table(
    "server_audit",
    server_metadata,
    Column("id", String(ID_LENGTH), primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("actor_id", String(ID_LENGTH), nullable=True),
    Column("actor_name", String(200), nullable=False),
    Column("branch_id", String(ID_LENGTH), nullable=True),
    Column("device_id", String(ID_LENGTH), nullable=True),
    Column("kind", String(40), nullable=False),
    Column("subject", String(200), nullable=False),
    Column("detail", Text, nullable=False),
    Column("source", String(10), nullable=False),  # "server", or "desk" for an upload
    Column("received_at", UtcDateTime, nullable=False),
    Index("ix_server_audit_at", "at"),
    Index("ix_server_audit_kind_at", "kind", "at"),
)

# The rights table in force, one row per version (the highest is in force);
# none: the SFIA defaults (permissions.SFIA_DEFAULTS).
rights = Table(
    "server_rights",
    server_metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("grants", Text, nullable=False),  # RightsTable.to_json()
    Column("changed_by", String(ID_LENGTH), nullable=True),
    Column("changed_at", UtcDateTime, nullable=False),
)


# Configuration documents (migration s0008), one row per saved version: a
# change never overwrites, so the history is the audit's before and after.
config = Table(
    "server_config",
    server_metadata,
    Column("key", String(60), nullable=False),
    Column("version", Integer, nullable=False, autoincrement=False),
    Column("body", Text, nullable=False),  # JSON
    Column("changed_by", String(ID_LENGTH), nullable=True),
    Column("changed_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("key", "version"),
)


# Attachment bytes (migration s0012), content-addressed: one row per distinct
# file, whatever number of attachment rows name it. Kept in the database, not
# on a server's disk, so every worker and host behind a load balancer serves
# the same files (DESIGN.md §3: no state in the process or on its machine).
blob = Table(
    "server_blob",
    server_metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("uploaded_by", String(ID_LENGTH), nullable=True),
    Column("uploaded_at", UtcDateTime, nullable=False),
)
