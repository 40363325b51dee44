"""One desk as its own OS process, for the fault-injection runs.

    python -m tests.e2e.desk_worker run    CONFIG.json   # the scripted work, then exit 0
    python -m tests.e2e.desk_worker settle CONFIG.json   # sync to quiescence, print JSON

The desk is the real thing: its own SQLite file opened with
``open_database``, writes through the services (intake, change_fields,
add_note), the real ``SyncEngine`` and ``SyncClient`` against the server URL
(a FaultProxy in front of desk-server), its refresh token in a keyring (a file
here, so it outlives a kill -9 as the OS keyring would).

The script is a pure function of (seed, desk, step number): a desk killed at
any point and started again resumes at the first step it had not finished,
and re-running a half-done step writes nothing twice (creations and notes are
looked up by their tag first; an edit to the value already there is no edit).

What the desk did is appended to ``events.jsonl`` for the checks:
- ``op``: every outbox op it committed (logged after the commit; ops a kill
  cut off before they were logged are still in the outbox at the next start
  and are logged then);
- ``write``: every field change (its journal entry, value, HLC) with the
  same field's history entries this desk had at that moment (``seen``) and
  whether that knowledge was whole (``certain``: no pull page was applied
  since the last complete round, which could have brought a row without its
  history entry);
- ``sync``: the state and problem of every round.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import keyring
from keyring.backend import KeyringBackend
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import DeskGroup, OutboxOp, Status, Ticket, TicketJournal, User
from desk_app.services.context import WriteContext
from desk_app.services.hlc import Timestamp
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.tickets import add_note, change_fields
from desk_app.storage.db import Database, open_database
from desk_app.sync.account import restore_session, sign_in
from desk_app.sync.client import SyncClient
from desk_app.sync.credentials import CredentialStore
from desk_app.sync.engine import SyncEngine
from desk_app.sync.errors import SyncError
from desk_app.sync.protocol import PullResponse
from desk_app.sync.status import SyncState

# The fields edited, weighted: few fields and few tickets make desks meet often.
FIELDS = ("status", "priority", "subject", "group_id", "assignee_id")
FIELD_WEIGHTS = (3, 3, 2, 2, 1)
STATUSES = tuple(s.value for s in Status)
TIMEOUT = httpx.Timeout(5.0, connect=2.0)  # a dead link must not hold a step long
SETTLE_ROUNDS = 12


@dataclass(frozen=True)
class Config:
    name: str  # "d1" …; tags every ticket and note this desk writes
    directory: Path
    url: str
    username: str
    password: str
    station: str
    seed: int
    steps: int
    pull_limit: int
    push_batch: int
    pace_s: float  # the most a desk idles between steps

    @classmethod
    def load(cls, path: Path) -> Config:
        data = json.loads(path.read_text("utf-8"))
        data["directory"] = Path(data["directory"])
        return cls(**data)

    def save(self, path: Path) -> None:
        data = {**self.__dict__, "directory": str(self.directory)}
        path.write_text(json.dumps(data), "utf-8")

    @property
    def db_path(self) -> Path:
        return self.directory / "desk.sqlite3"

    @property
    def events_path(self) -> Path:
        return self.directory / "events.jsonl"


class FileKeyring(KeyringBackend):
    """The OS keyring's part, in a JSON file written whole (rename), so a
    killed desk finds the refresh token it last stored."""

    priority = -1

    def __init__(self, path: Path) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = path

    def _read(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def _write(self, data: dict[str, str]) -> None:
        draft = self.path.with_suffix(".tmp")
        draft.write_text(json.dumps(data), "utf-8")
        os.replace(draft, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._write({**self._read(), f"{service}|{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}|{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")
        self._write(data)


class Progress:
    """The next step to run and whether pulled knowledge is whole, in a file
    written whole: the only state a desk keeps outside its database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        data = json.loads(path.read_text("utf-8")) if path.exists() else {}
        self.next_step: int = data.get("next_step", 0)
        # Set before a pulled page is applied, cleared after a whole round.
        self.partial: bool = data.get("partial", False)

    def save(self) -> None:
        draft = self.path.with_suffix(".tmp")
        draft.write_text(json.dumps({"next_step": self.next_step, "partial": self.partial}))
        os.replace(draft, self.path)


class DeskWorker:
    def __init__(self, config: Config) -> None:
        self.config = config
        keyring.set_keyring(FileKeyring(config.directory / "keyring.json"))
        self.db: Database = open_database(config.db_path)
        with self.db.writing() as session:
            self.ctx: WriteContext = ensure_local_setup(
                session,
                BranchProfile(code="HQ", station=config.station),
                config.username,
                config.username.title(),
            )
        self.progress = Progress(config.directory / "progress.json")
        self.events = open(config.events_path, "a", encoding="utf-8")  # noqa: SIM115
        self.client = SyncClient(config.url, httpx.Client(timeout=TIMEOUT))
        self.engine = SyncEngine(
            self.db,
            self.ctx,
            self.client,
            pull_limit=config.pull_limit,
            push_batch=config.push_batch,
        )
        self._wrap_pull()
        self.signed_in = restore_session(self.client, CredentialStore(), username=config.username)
        self.logged_ops: set[str] = set()
        self.log("hello", client_id=self.ctx.client_id, step=self.progress.next_step)
        self.log_new_ops()

    # -- bookkeeping -------------------------------------------------------------

    def log(self, event: str, **values: Any) -> None:
        self.events.write(json.dumps({"ev": event, **values}) + "\n")
        self.events.flush()

    def log_new_ops(self) -> list[OutboxOp]:
        with self.db.reading() as session:
            ops = list(session.execute(select(OutboxOp).order_by(OutboxOp.client_seq)).scalars())
        fresh = [op for op in ops if op.op_id not in self.logged_ops]
        for op in fresh:
            self.logged_ops.add(op.op_id)
            self.log("op", op_id=op.op_id, entity=op.entity, entity_id=op.entity_id, kind=op.kind)
        return fresh

    def _wrap_pull(self) -> None:
        """Mark knowledge partial before any pulled page is applied."""
        real = self.client.pull

        def pull(cursor: str, limit: int = self.config.pull_limit) -> PullResponse:
            page = real(cursor, limit)
            if page.changes and not self.progress.partial:
                self.progress.partial = True
                self.progress.save()
            return page

        self.client.pull = pull  # type: ignore[method-assign]

    # -- syncing -----------------------------------------------------------------

    def sync(self) -> SyncState:
        if not self.signed_in:
            try:
                sign_in(
                    self.db,
                    self.ctx,
                    self.client,
                    CredentialStore(),
                    username=self.config.username,
                    password=self.config.password,
                    device_name=f"desk {self.config.name}",
                )
            except SyncError as error:
                self.log("sync", state="signed_out", problem=error.code)
                return SyncState.SIGNED_OUT
            self.signed_in = True
            self.log("signed_in")
        status = self.engine.sync_once()
        if status.state is SyncState.SIGNED_OUT:
            self.signed_in = False  # the stored token was refused: sign in again next time
        if status.state is SyncState.SYNCED and self.progress.partial:
            self.progress.partial = False
            self.progress.save()
        report = self.engine.last_report
        self.log(
            "sync",
            state=status.state.value,
            problem=status.problem,
            pending=status.pending,
            rejected=status.rejected,
            pushed=report.pushed,
            pulled=report.pulled,
        )
        return status.state

    # -- the script --------------------------------------------------------------

    def run(self) -> None:
        while self.progress.next_step < self.config.steps:
            step = self.progress.next_step
            rng = random.Random(f"{self.config.seed}:{self.config.name}:{step}")
            self.do_step(step, rng)
            self.progress.next_step = step + 1
            self.progress.save()
            time.sleep(rng.uniform(0, self.config.pace_s))
        self.log("done")

    def do_step(self, step: int, rng: random.Random) -> None:
        roll = rng.random()
        tickets = self.live_tickets()
        own = [t for t in tickets if t.product_ref.startswith(f"{self.config.name}-")]
        if roll < 0.25 or (not tickets and roll < 0.6):
            self.sync()
        elif not tickets or (roll < 0.35 and len(own) < 2):
            self.create(step)
        elif roll < 0.45:
            self.note(rng.choice(tickets).id, step)
        else:
            # Several edits of one ticket in a row, mostly of the same field:
            # offline, each must still be based on what the server last said.
            hot = tickets[:2] if rng.random() < 0.7 else tickets
            ticket_id = rng.choice(hot).id
            field = rng.choices(FIELDS, FIELD_WEIGHTS)[0]
            for edit in range(rng.randint(1, 3)):
                if edit and rng.random() < 0.3:
                    field = rng.choices(FIELDS, FIELD_WEIGHTS)[0]
                self.edit(ticket_id, field, rng, f"{step}.{edit}")

    def live_tickets(self) -> list[Ticket]:
        with self.db.reading() as session:
            rows = session.execute(
                select(Ticket).where(Ticket.deleted_at.is_(None)).order_by(Ticket.created_at)
            ).scalars()
            return list(rows)

    def create(self, step: int) -> None:
        tag = f"{self.config.name}-{step}"
        with self.db.writing() as session:
            done = session.execute(select(Ticket.id).where(Ticket.product_ref == tag)).first()
            if done is None:
                form = IntakeForm(
                    subject=f"Printer {tag}", customer_name=f"Customer {tag}", product_ref=tag
                )
                create_ticket(session, self.ctx, form)
        self.log_new_ops()

    def note(self, ticket_id: str, step: int) -> None:
        body = f"note {self.config.name}-{step}"
        with self.db.writing() as session:
            done = session.execute(
                select(TicketJournal.id).where(
                    TicketJournal.ticket_id == ticket_id, TicketJournal.body == body
                )
            ).first()
            if done is None:
                add_note(session, self.ctx, ticket_id, body)
        self.log_new_ops()

    def edit(self, ticket_id: str, field: str, rng: random.Random, label: str) -> None:
        with self.db.writing() as session:
            value = self.value_for(session, field, rng, label)
            seen = self.history(session, ticket_id, field)
            change_fields(session, self.ctx, ticket_id, {field: value})
        fresh = self.log_new_ops()
        journal_ids = [op.entity_id for op in fresh if op.entity == "ticket_journal"]
        if not journal_ids:
            return  # the value was already there: no edit
        with self.db.reading() as session:
            entries = session.execute(
                select(TicketJournal).where(
                    TicketJournal.id.in_(journal_ids), TicketJournal.field == field
                )
            ).scalars()
            for entry in entries:
                self.log(
                    "write",
                    journal_id=entry.id,
                    ticket_id=ticket_id,
                    field=field,
                    value=entry.new_value,
                    hlc=entry.updated_at,
                    certain=not self.progress.partial,
                    seen=seen,
                )

    def value_for(self, session: Session, field: str, rng: random.Random, label: str) -> Any:
        if field == "status":
            return rng.choice(STATUSES)
        if field == "priority":
            return rng.randint(1, 4)
        if field == "subject":
            return f"Printer {self.config.name} {label}"  # each write its own value
        if field == "group_id":
            queues = session.execute(
                select(DeskGroup.id).where(DeskGroup.deleted_at.is_(None)).order_by(DeskGroup.id)
            ).scalars()
            return rng.choice([None, *queues])
        people = session.execute(
            select(User.id).where(User.deleted_at.is_(None), User.active).order_by(User.id)
        ).scalars()
        return rng.choice([None, *people])

    def history(self, session: Session, ticket_id: str, field: str) -> list[str]:
        """The field's change entries written by other desks that this desk has."""
        rows = session.execute(
            select(TicketJournal.id, TicketJournal.updated_at).where(
                TicketJournal.ticket_id == ticket_id, TicketJournal.field == field
            )
        ).all()
        return [r.id for r in rows if Timestamp.decode(r.updated_at).node != self.ctx.client_id]

    # -- the end ------------------------------------------------------------------

    def settle(self) -> dict[str, Any]:
        """Sync until a round pushes, pulls and learns nothing (bounded)."""
        totals = {"rounds": 0, "pushed": 0, "pulled": 0, "conflicts": 0, "state": ""}
        for _ in range(SETTLE_ROUNDS):
            state = self.sync()
            report = self.engine.last_report
            totals["rounds"] += 1
            totals["state"] = state.value
            if state is not SyncState.SYNCED:
                time.sleep(0.5)
                continue
            moved = report.pushed + report.pulled + report.conflicts
            totals["pushed"] += report.pushed
            totals["pulled"] += report.pulled
            totals["conflicts"] += report.conflicts
            if moved == 0:
                break
        status = self.engine.status()
        totals.update(pending=status.pending, rejected=status.rejected)
        return totals

    def close(self) -> None:
        self.events.close()
        self.client.close()
        self.db.close()


def main(argv: list[str]) -> int:
    mode, config_path = argv
    worker = DeskWorker(Config.load(Path(config_path)))
    try:
        if mode == "run":
            worker.run()
        elif mode == "settle":
            print(json.dumps(worker.settle()), flush=True)
        else:
            raise SystemExit(f"unknown mode {mode!r}")
    finally:
        worker.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
