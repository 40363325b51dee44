"""Demo data: a desk's worth of customers, assets and bilingual tickets with history.

This is local seed data, not a change made by a person: nothing goes to the
outbox. Rows are written with plain ``executemany`` in one transaction on a
connection of the database's own engine, so the search functions it registers
and the schema's full-text triggers index every ticket exactly as intake would,
at tens of thousands of tickets a second rather than the ORM's few thousand.
"""

from __future__ import annotations

import random
import sqlite3
import time
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from typing import Any

from desk_app.admin import demo_text as vocab
from desk_app.models import Channel, JournalKind, Priority, Status
from desk_app.services import sla_clock
from desk_app.services.context import WriteContext
from desk_app.services.hlc import Timestamp
from desk_app.services.numbering import format_number
from desk_app.services.setup import DEFAULT_GROUPS
from desk_app.services.text import normalise
from desk_app.storage.db import Database
from desk_app.storage.search_maintenance import fill_search_reach, trigger_inserts

MAX_TICKETS = 5_000_000
HISTORY_DAYS = 548  # about eighteen months
CHUNK = 5_000

_EPOCH = datetime(1970, 1, 1)
_DAY_US = 86_400_000_000
_HOUR_US = 3_600_000_000
_MINUTE_US = 60_000_000


def db_time(us: int) -> str:
    """Microseconds since the epoch as SQLAlchemy's UtcDateTime stores them."""
    return (_EPOCH + timedelta(microseconds=us)).isoformat(" ", "microseconds")


class Uuid7:
    """UUIDv7 text for a given moment: the row's own time in the top 48 bits, so
    ids of demo rows sort the way they would had they been created then."""

    def __init__(self) -> None:
        # Not the content seed: running the demo twice must not repeat ids.
        self._rng = random.Random()

    def at(self, us: int) -> str:
        bits = self._rng.getrandbits(74)
        value = (
            (us // 1000) << 80
            | 0x7 << 76
            | (bits >> 62) << 64
            | 0b10 << 62
            | (bits & ((1 << 62) - 1))
        )
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(frozen=True)
class DemoSummary:
    tickets: int
    journal_entries: int
    customers: int
    organisations: int
    assets: int
    agents: int
    first_number: str
    last_number: str
    seconds: float


@dataclass(frozen=True)
class _Agent:
    id: str
    name: str
    group: int


@dataclass(frozen=True)
class _Customer:
    id: str
    name: str
    language: str
    account_number: str
    assets: list[tuple[str, str, str, str]] = field(default_factory=list)


class _Weighted:
    """Fast weighted choice from a fixed table."""

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cumulative = list(accumulate(w for _, w in pairs))

    def pick(self, rng: random.Random) -> Any:
        return self.values[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


_CHANNELS = _Weighted(
    [
        (Channel.PHONE.value, 40),
        (Channel.EMAIL.value, 24),
        (Channel.CHAT.value, 12),
        (Channel.FACE_TO_FACE.value, 8),
        (Channel.WEB.value, 9),
        (Channel.LETTER.value, 4),
        (Channel.FAX.value, 3),
    ]
)
_PRIORITIES = _Weighted(
    [
        (int(Priority.ENTERPRISE_FAILURE), 3),
        (int(Priority.CRITICAL), 12),
        (int(Priority.REGULAR), 65),
        (int(Priority.PLANNED), 20),
    ]
)
# Typical time to resolve, by priority (hours).
_RESOLVE_HOURS = {1: 4.0, 2: 12.0, 3: 60.0, 4: 160.0}
_OLD = _Weighted(
    [
        (Status.CLOSED.value, 86),
        (Status.RESOLVED.value, 6),
        (Status.WAITING_THIRD_PARTY.value, 3),
        (Status.OPEN.value, 3),
        (Status.WAITING_CUSTOMER.value, 2),
    ]
)
_RECENT = _Weighted(
    [
        (Status.CLOSED.value, 55),
        (Status.RESOLVED.value, 15),
        (Status.OPEN.value, 12),
        (Status.WAITING_CUSTOMER.value, 8),
        (Status.WAITING_THIRD_PARTY.value, 7),
        (Status.NEW.value, 3),
    ]
)
_FRESH = _Weighted(
    [
        (Status.NEW.value, 25),
        (Status.OPEN.value, 35),
        (Status.WAITING_CUSTOMER.value, 12),
        (Status.WAITING_THIRD_PARTY.value, 8),
        (Status.RESOLVED.value, 15),
        (Status.CLOSED.value, 5),
    ]
)
# Plain strings in the per-ticket code: enum attribute access is slow at scale.
_NEW, _OPEN, _RESOLVED, _CLOSED = (
    Status.NEW.value,
    Status.OPEN.value,
    Status.RESOLVED.value,
    Status.CLOSED.value,
)
_WAITING = (Status.WAITING_CUSTOMER.value, Status.WAITING_THIRD_PARTY.value)
_DONE = (_RESOLVED, _CLOSED)
_TOPICS = _Weighted([(t, t.weight) for t in vocab.TOPICS])

_TICKET_COLUMNS = (
    "id, branch_id, number, subject, description, category, channel, priority, status, tier,"
    " group_id, assignee_id, customer_id, customer_name, asset_id, equipment_location,"
    " account_ref, licence_ref, product_ref, last_activity_at, closed_at,"
    " complaint, resolution_cause, solution, satisfaction,"
    " follow_up_every_days, follow_up_next_at,"
    " updated_at, version, origin_client_id, created_at"
)
_JOURNAL_COLUMNS = (
    "id, ticket_id, kind, at, author_id, author_name, field, old_value, new_value, body,"
    " channel, direction, duration_s, updated_at, version, origin_client_id, created_at"
)


def _insert_sql(table: str, columns: str) -> str:
    marks = ", ".join("?" * (columns.count(",") + 1))
    return f"INSERT INTO {table} ({columns}) VALUES ({marks})"


# The trigger that indexes a new ticket for search (see the first migration).
_INDEX_TRIGGER = "ticket_ai"
# The trigger that counts a new ticket's words by assignee and subject group.
_REACH_TRIGGER = "ticket_reach_ai"


def bulk_index_statements(trigger_sql: str) -> list[str] | None:
    """The index trigger's own statements, turned from one row into many.

    Each ``INSERT INTO x (cols) VALUES (exprs of new.*)`` in the trigger body
    becomes ``INSERT INTO x (cols) SELECT exprs FROM ticket AS new WHERE
    new.row_no > ?``: the same expressions, the same registered functions, run
    once over the loaded rows. SQLite 3.40's FTS5 writes its pending terms out
    at every statement savepoint, so indexing row by row from the trigger costs
    a few hundred microseconds a ticket; in one pass it costs a few dozen.
    None when the trigger has a shape this does not understand (the load then
    keeps the trigger and is merely slower).
    """
    inserts = trigger_inserts(trigger_sql)
    if not inserts:
        return None
    return [
        f"INSERT INTO {table} ({columns}) SELECT {values} FROM ticket AS new"
        " WHERE new.row_no > ? ORDER BY new.row_no"
        for table, columns, values in inserts
    ]


def has_tickets(db: Database) -> bool:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT 1 FROM ticket LIMIT 1").first() is not None


def populate(
    db: Database,
    ctx: WriteContext,
    tickets: int,
    *,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Add ``tickets`` demo tickets (and the people and things they are about)."""
    if not 0 <= tickets <= MAX_TICKETS:
        raise ValueError(f"tickets must be between 0 and {MAX_TICKETS}")
    started = time.perf_counter()
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    now_us = (moment - _EPOCH) // timedelta(microseconds=1)
    writer = _Writer(ctx, random.Random(seed), now_us)
    pooled = db.engine.raw_connection()
    try:
        conn: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        # A bigger page cache for the load keeps the ticket indexes in memory.
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("BEGIN IMMEDIATE")
        try:
            summary = writer.run(conn, tickets, progress)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("PRAGMA cache_size = -32000")
    finally:
        pooled.close()
    # The SLA columns follow from each ticket's history, as on any desk.
    with db.writing() as session:
        sla_clock.recompute_all(session, now)
    # The list queries choose between a sort index and a filter index; the
    # planner needs statistics to choose well on a freshly filled table.
    pooled = db.engine.raw_connection()
    try:
        raw: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        raw.execute("ANALYZE")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        pooled.close()
    return DemoSummary(**{**summary, "seconds": time.perf_counter() - started})


class _Writer:
    def __init__(self, ctx: WriteContext, rng: random.Random, now_us: int) -> None:
        self.ctx = ctx
        self.rng = rng
        self.now_us = now_us
        self.ids = Uuid7()
        self.node = ctx.client_id

    def hlc(self, us: int) -> str:
        return Timestamp(us // 1000, 0, self.node).encode()

    def synced(self, us: int) -> tuple[str, int, str, str]:
        """updated_at, version, origin_client_id, created_at of a new row."""
        return self.hlc(us), 1, self.node, db_time(us)

    # ------------------------------------------------------------ directory --

    def run(
        self,
        conn: sqlite3.Connection,
        tickets: int,
        progress: Callable[[int, int], None] | None,
    ) -> dict[str, Any]:
        groups = self._groups(conn)
        agents, added_agents = self._agents(conn, groups)
        n_customers = max(30, min(60_000, tickets // 12))
        n_orgs = max(8, n_customers // 30)
        orgs = self._organisations(conn, n_orgs)
        customers = self._customers(conn, n_customers, orgs)
        n_assets = self._assets(conn, customers, orgs)
        counts = self._tickets(conn, tickets, groups, agents, customers, progress)
        return {
            "tickets": tickets,
            "journal_entries": counts[0],
            "customers": n_customers,
            "organisations": n_orgs,
            "assets": n_assets,
            "agents": added_agents,
            "first_number": counts[1],
            "last_number": counts[2],
        }

    def _groups(self, conn: sqlite3.Connection) -> list[tuple[str, int]]:
        """(id, tier) of the queues, in the order of DEFAULT_GROUPS where they match."""
        rows = conn.execute(
            "SELECT id, name, tier FROM desk_group WHERE deleted_at IS NULL ORDER BY created_at, id"
        ).fetchall()
        if not rows:
            raise RuntimeError("the database has no queues: run the local set-up first")
        by_name = {name: (gid, tier) for gid, name, tier in rows}
        return [
            by_name.get(name, (rows[i % len(rows)][0], rows[i % len(rows)][2]))
            for i, (name, _ar, _tier) in enumerate(DEFAULT_GROUPS)
        ]

    def _agents(
        self, conn: sqlite3.Connection, groups: list[tuple[str, int]]
    ) -> tuple[list[_Agent], int]:
        existing = dict(conn.execute("SELECT username, id FROM app_user").fetchall())
        start = self.now_us - (HISTORY_DAYS + 30) * _DAY_US
        agents, rows = [], []
        for username, name, role, group in vocab.AGENTS:
            agent_id = existing.get(username)
            if agent_id is None:
                agent_id = self.ids.at(start)
                rows.append(
                    (agent_id, username, name, role, self.ctx.branch_id, 1, *self.synced(start))
                )
            agents.append(_Agent(agent_id, name, group))
        conn.executemany(
            _insert_sql(
                "app_user",
                "id, username, display_name, role, branch_id, active,"
                " updated_at, version, origin_client_id, created_at",
            ),
            rows,
        )
        return agents, len(rows)

    def _organisations(self, conn: sqlite3.Connection, n: int) -> list[tuple[str, str]]:
        rng, start = self.rng, self.now_us - (HISTORY_DAYS + 60) * _DAY_US
        orgs = [
            (
                self.ids.at(start),
                vocab.organisation_name(rng, i),
                f"ORG-{rng.randint(10000, 99999)}",
            )
            for i in range(n)
        ]
        conn.executemany(
            _insert_sql(
                "organisation",
                "id, name, account_number, updated_at, version, origin_client_id, created_at",
            ),
            [(*o, *self.synced(start)) for o in orgs],
        )
        return [(oid, account) for oid, _name, account in orgs]

    def _customers(
        self, conn: sqlite3.Connection, n: int, orgs: list[tuple[str, str]]
    ) -> list[_Customer]:
        rng = self.rng
        span = HISTORY_DAYS * _DAY_US
        customers, rows = [], []
        for _ in range(n):
            person = vocab.person(rng)
            at = self.now_us - span - 30 * _DAY_US + int(rng.random() * span)
            org = rng.choice(orgs) if rng.random() < 0.35 else None
            account = org[1] if org else vocab.account_number(rng)
            customer = _Customer(self.ids.at(at), person.name, person.language, account)
            customers.append(customer)
            rows.append(
                (
                    customer.id,
                    person.name,
                    normalise(person.name),
                    person.phone,
                    person.phone_e164,
                    person.email,
                    person.national_id,
                    account,
                    org[0] if org else None,
                    self.ctx.branch_id,
                    *self.synced(at),
                )
            )
        conn.executemany(
            _insert_sql(
                "customer",
                "id, name, name_norm, phone, phone_e164, email, national_id, account_number,"
                " organisation_id, branch_id, updated_at, version, origin_client_id, created_at",
            ),
            rows,
        )
        return customers

    def _assets(
        self,
        conn: sqlite3.Connection,
        customers: list[_Customer],
        orgs: list[tuple[str, str]],
    ) -> int:
        rng, start = self.rng, self.now_us - (HISTORY_DAYS + 20) * _DAY_US
        rows = []
        for customer in customers:
            for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 3))):
                product, model, licensed = rng.choice(vocab.PRODUCTS)
                licence = vocab.licence_key(rng) if licensed else ""
                location = rng.choice(vocab.LOCATIONS)
                asset_id = self.ids.at(start)
                customer.assets.append((asset_id, product, licence, location))
                org = rng.choice(orgs)[0] if rng.random() < 0.2 else None
                rows.append(
                    (
                        asset_id,
                        product,
                        model,
                        vocab.serial_number(rng),
                        licence,
                        location,
                        customer.id,
                        org,
                        *self.synced(start),
                    )
                )
        conn.executemany(
            _insert_sql(
                "asset",
                "id, product, model_number, serial_number, licence, location, customer_id,"
                " organisation_id, updated_at, version, origin_client_id, created_at",
            ),
            rows,
        )
        return len(rows)

    # -------------------------------------------------------------- tickets --

    def _creation_times(self, n: int) -> list[int]:
        """When tickets came in: more lately than long ago, mostly in working
        hours (Riyadh, 08:00-17:00), rarely on the Friday/Saturday weekend."""
        rng, now_us = self.rng, self.now_us
        first_day = (now_us - HISTORY_DAYS * _DAY_US) // _DAY_US * _DAY_US
        times = []
        for _ in range(n):
            while True:
                day = first_day + int(HISTORY_DAYS * rng.random() ** 0.8) * _DAY_US
                weekday = (day // _DAY_US + 3) % 7  # 0 = Monday
                if weekday not in (4, 5) or rng.random() < 0.15:
                    break
            if rng.random() < 0.88:
                offset = 5 * _HOUR_US + int(rng.random() * 9 * _HOUR_US)
            else:
                offset = int(rng.random() * _DAY_US)
            moment = day + offset
            if moment >= now_us:
                moment = now_us - int(rng.random() * 6 * _HOUR_US) - _MINUTE_US
            times.append(moment)
        times.sort()
        return times

    def _tickets(
        self,
        conn: sqlite3.Connection,
        n: int,
        groups: list[tuple[str, int]],
        agents: list[_Agent],
        customers: list[_Customer],
        progress: Callable[[int, int], None] | None,
    ) -> tuple[int, str, str]:
        times = self._creation_times(n)
        trigger = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_INDEX_TRIGGER,)
        ).fetchone()
        bulk_index = bulk_index_statements(trigger[0]) if trigger else None
        if bulk_index:
            # Dropped and re-created inside this transaction: no other
            # connection ever sees the table without it.
            conn.execute(f"DROP TRIGGER {_INDEX_TRIGGER}")
        # Where each word lies (migration 0012): counted once after the load,
        # as the migration fills it, not one upsert per word of every ticket.
        reach = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_REACH_TRIGGER,)
        ).fetchone()
        if reach:
            conn.execute(f"DROP TRIGGER {_REACH_TRIGGER}")
        last_row_no = conn.execute("SELECT ifnull(max(row_no), 0) FROM ticket").fetchone()[0]
        series = dict(
            conn.execute(
                "SELECT year, last_value FROM ticket_number_series WHERE prefix = ?",
                (self.ctx.number_prefix,),
            ).fetchall()
        )
        by_group: dict[int, list[_Agent]] = {}
        for agent in agents:
            by_group.setdefault(agent.group, []).append(agent)
        ticket_sql = _insert_sql("ticket", _TICKET_COLUMNS)
        journal_sql = _insert_sql("ticket_journal", _JOURNAL_COLUMNS)
        journal_total, numbers = 0, ["", ""]
        for begin in range(0, n, CHUNK):
            ticket_rows: list[tuple[Any, ...]] = []
            journal_rows: list[tuple[Any, ...]] = []
            for created in times[begin : begin + CHUNK]:
                year = (_EPOCH + timedelta(microseconds=created)).year
                series[year] = series.get(year, 0) + 1
                number = format_number(self.ctx.number_prefix, year, series[year])
                numbers[0] = numbers[0] or number
                numbers[1] = number
                ticket_rows.append(
                    self._ticket(created, number, groups, agents, by_group, customers, journal_rows)
                )
            conn.executemany(ticket_sql, ticket_rows)
            conn.executemany(journal_sql, journal_rows)
            journal_total += len(journal_rows)
            if progress is not None:
                progress(min(begin + CHUNK, n), n)
        if bulk_index and trigger:
            for statement in bulk_index:
                conn.execute(statement, (last_row_no,))
            conn.execute(trigger[0])
        if reach:
            fill_search_reach(conn, last_row_no)
            conn.execute(reach[0])
        conn.executemany(
            "INSERT INTO ticket_number_series (prefix, year, last_value) VALUES (?, ?, ?)"
            " ON CONFLICT (prefix, year) DO UPDATE"
            " SET last_value = max(last_value, excluded.last_value)",
            [(self.ctx.number_prefix, year, last) for year, last in sorted(series.items())],
        )
        return journal_total, numbers[0], numbers[1]

    def _ticket(
        self,
        created: int,
        number: str,
        groups: list[tuple[str, int]],
        agents: list[_Agent],
        by_group: dict[int, list[_Agent]],
        customers: list[_Customer],
        journal_rows: list[tuple[Any, ...]],
    ) -> tuple[Any, ...]:
        rng, now_us = self.rng, self.now_us
        topic = _TOPICS.pick(rng)
        customer = customers[int(len(customers) * rng.random() ** 1.7)]
        anonymous = rng.random() < 0.02
        subject, description = vocab.problem_text(topic, customer.language, rng)
        channel = _CHANNELS.pick(rng)
        priority = _PRIORITIES.pick(rng)
        if topic.group == 3 and priority > 2 and rng.random() < 0.5:
            priority = 2
        group_id, tier = groups[topic.group] if rng.random() < 0.9 else vocab.pick(rng, groups)
        age_days = (now_us - created) / _DAY_US
        table = _OLD if age_days > 45 else _RECENT if age_days > 10 else _FRESH
        status = table.pick(rng)

        asset_id, product, licence, location = None, "", "", ""
        if topic.equipment and customer.assets and rng.random() < 0.75:
            asset_id, product, licence, location = vocab.pick(rng, customer.assets)
        account = customer.account_number if topic.key in ("billing", "licence") else ""

        assignee: _Agent | None = None
        if status != _NEW and rng.random() < 0.95:
            assignee = vocab.pick(rng, by_group.get(topic.group) or agents)
        intake = vocab.pick(rng, agents)

        # When things happened after intake.
        if status in _DONE:
            hours = rng.expovariate(1 / _RESOLVE_HOURS[priority])
            resolved = min(created + int(hours * _HOUR_US) + _MINUTE_US, now_us - _MINUTE_US)
            last = resolved
            if status == _CLOSED:
                last = min(resolved + int(rng.random() * 3 * _DAY_US), now_us - _MINUTE_US)
        elif status == _NEW:
            resolved = last = created
        else:
            resolved = 0
            last = created + int(rng.random() * (now_us - created))
        last = max(last, created)

        ticket_id = self.ids.at(created)
        entries = _Journal(self, ticket_id, intake)
        entries.add(created, JournalKind.CREATED, channel=channel, body=subject)
        changes = 0
        # Half the assigned tickets were routed to an agent at intake (they
        # start open); the others were picked up from the queue a little later.
        if assignee is not None and rng.random() < 0.5:
            at = min(created + int(rng.random() * max(1, (last - created) // 4)), last)
            entries.add(at, JournalKind.ASSIGNED, field="assignee_id", new=assignee.id)
            changes += 1
        if status != _NEW and rng.random() < 0.3:
            at = created + int(rng.random() * (last - created))
            body = vocab.note_text(customer.language, rng)
            if rng.random() < 0.3:
                entries.add(
                    at,
                    JournalKind.CONTACT_LOGGED,
                    channel=Channel.PHONE.value,
                    direction="outbound",
                    duration=rng.randint(45, 900),
                    body=body,
                    who=assignee,
                )
            else:
                entries.add(at, JournalKind.NOTE, body=body, who=assignee)
        if status in _WAITING:
            entries.add(last, JournalKind.STATUS_CHANGED, field="status", old="open", new=status)
            changes += 1
        elif status in _DONE:
            # Many tickets are closed at once; some are resolved, then closed.
            if status == _RESOLVED or rng.random() < 0.4:
                entries.add(
                    resolved, JournalKind.STATUS_CHANGED, field="status", old="open", new="resolved"
                )
                changes += 1
                old = "resolved"
            else:
                old = "open"
            if status == _CLOSED:
                entries.add(last, JournalKind.STATUS_CHANGED, field="status", old=old, new=status)
                changes += 1
        journal_rows.extend(entries.rows)

        # An angry customer or a formal complaint now and then, more often
        # when the problem was urgent.
        complaint = rng.random() < (0.08 if priority <= 2 else 0.02)
        cause = solution = ""
        satisfaction = None
        if status in _DONE:
            cause, solution = vocab.resolution(customer.language, rng)
            if rng.random() < 0.6:  # asked on the phone, or from a letter
                satisfaction = min(5, max(1, round(rng.gauss(4.1 if not complaint else 2.6, 0.9))))
        # Some tickets waiting on the customer have a call-back schedule.
        every = next_call = None
        if status in _WAITING and assignee is not None and rng.random() < 0.4:
            every = rng.choice((1, 2, 3, 7))
            next_call = db_time(last + every * _DAY_US)

        last_text = db_time(last)
        return (
            ticket_id,
            self.ctx.branch_id,
            number,
            subject,
            description,
            topic.category,
            channel,
            priority,
            status,
            tier,
            group_id,
            assignee.id if assignee else None,
            None if anonymous else customer.id,
            "" if anonymous else customer.name,
            asset_id,
            location,
            account,
            licence,
            product,
            last_text,
            last_text if status in _DONE else None,
            int(complaint),
            cause,
            solution,
            satisfaction,
            every,
            next_call,
            self.hlc(entries.last_change),
            1 + changes,
            self.node,
            entries.created_text,
        )


class _Journal:
    """The history rows of one ticket."""

    def __init__(self, writer: _Writer, ticket_id: str, author: _Agent) -> None:
        self.writer = writer
        self.ticket_id = ticket_id
        self.author = author
        self.rows: list[tuple[Any, ...]] = []
        self.last_change = 0
        self.created_text = ""

    def add(
        self,
        at: int,
        kind: JournalKind,
        *,
        field: str = "",
        old: str = "",
        new: str = "",
        body: str = "",
        channel: str = "",
        direction: str = "",
        duration: int = 0,
        who: _Agent | None = None,
    ) -> None:
        author = who or self.author
        w = self.writer
        when = db_time(at)
        if not self.rows:
            self.created_text = when
        self.rows.append(
            (
                w.ids.at(at),
                self.ticket_id,
                kind.value,
                when,
                author.id,
                author.name,
                field,
                old,
                new,
                body,
                channel,
                direction,
                duration,
                w.hlc(at),
                1,
                w.node,
                when,
            )
        )
        if kind is not JournalKind.NOTE and kind is not JournalKind.CONTACT_LOGGED:
            self.last_change = max(self.last_change, at)
