"""Small helpers of the sync tests."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from desk_app.models import OutboxOp, Ticket, TicketJournal
from desk_app.services.context import WriteContext
from desk_app.services.intake import CreatedTicket, IntakeForm, create_ticket
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.tickets import add_note, change_fields
from desk_app.storage.db import Database, open_database


@dataclass
class Desk:
    db: Database
    ctx: WriteContext

    def create(self, subject: str = "Printer does not print", **values: Any) -> CreatedTicket:
        form = IntakeForm(subject=subject, **{"customer_name": "Ahmad", **values})
        with self.db.writing() as session:
            return create_ticket(session, self.ctx, form)

    def change(self, ticket_id: str, **changes: Any) -> None:
        with self.db.writing() as session:
            change_fields(session, self.ctx, ticket_id, changes)

    def note(self, ticket_id: str, body: str) -> str:
        with self.db.writing() as session:
            return add_note(session, self.ctx, ticket_id, body)

    def ticket(self, ticket_id: str) -> Ticket:
        with self.db.reading() as session:
            return session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()

    def outbox(self) -> list[OutboxOp]:
        with self.db.reading() as session:
            return list(session.execute(select(OutboxOp).order_by(OutboxOp.client_seq)).scalars())

    def tickets(self) -> dict[str, tuple[Any, ...]]:
        """Every ticket's synchronised state, by id (row_no is local)."""
        with self.db.reading() as session:
            rows = session.execute(select(Ticket)).scalars().all()
            return {
                t.id: (
                    t.number,
                    t.subject,
                    t.description,
                    t.status,
                    t.priority,
                    t.branch_id,
                    t.customer_id,
                    t.group_id,
                    t.assignee_id,
                    t.deleted_at,
                )
                for t in rows
            }

    def journal(self) -> set[tuple[Any, ...]]:
        with self.db.reading() as session:
            rows = session.execute(select(TicketJournal)).scalars().all()
            return {
                (j.id, j.ticket_id, j.kind, j.field, j.old_value, j.new_value, j.body, j.author_id)
                for j in rows
            }

    def count(self, table: str) -> int:
        with self.db.reading() as session:
            return int(session.execute(select(func.count()).select_from(text(table))).scalar_one())

    def foreign_key_problems(self) -> list[Any]:
        with self.db.engine.connect() as conn:
            return list(conn.exec_driver_sql("PRAGMA foreign_key_check").all())


def open_desk(
    path: Path,
    template: Path,
    *,
    code: str = "HQ",
    station: str = "1",
    username: str = "agent1",
    display_name: str = "Agent One",
) -> Desk:
    shutil.copyfile(template, path)
    db = open_database(path)
    with db.writing() as session:
        ctx = ensure_local_setup(
            session, BranchProfile(code=code, station=station), username, display_name
        )
    return Desk(db, ctx)


def payload(op: OutboxOp) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(op.payload)
    return value
