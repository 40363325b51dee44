"""What must hold after desks and the server have been through faults and
then synced to quiescence; each check counts what broke and says where.

- lost: an op a desk committed that the server never applied (or whose row
  is not there); stuck: an op still in an outbox, pending or refused;
- doubled: a note or a ticket that exists twice (each is written once with
  a unique tag);
- diverged: a row (any synced table, every travelling column) that differs
  between a desk and the server, or exists on one side only;
- not latest: a field whose value is not the one of its latest write by HLC
  (the history entry with the greatest HLC) and no conflict record kept it;
- conflicts missed: two desks changed one field to different values without
  either having seen the other's change, and the server has no conflict
  record telling each of them; or a conflict record one of its two desks
  never received;
- derived broken: ``closed_at`` set while open or missing while resolved or
  closed, or a ticket's tier not its queue's tier, on any replica.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, select

from desk_app.models import Status, SyncConflict
from desk_app.server.database import ServerDatabase
from desk_app.server.schema import applied_op, conflict
from desk_app.services.hlc import Timestamp
from desk_app.storage.db import open_database
from desk_app.sync.codec import row_to_wire, synced_table
from desk_app.sync.protocol import SYNCED_ENTITIES
from tests.sync.helpers import Desk

CLOSED = frozenset({Status.RESOLVED.value, Status.CLOSED.value})
SHOWN = 12  # problems listed per kind; the counts cover them all
# Columns each replica keeps for itself by design: a desk moves last activity
# forward from the history it has, the server only from inserts. Desks are
# compared with each other on them, not with the server.
REPLICA_OWN = {"ticket": frozenset({"last_activity_at"})}

Rows = dict[str, dict[str, dict[str, Any]]]  # entity → id → wire values


@dataclass
class Findings:
    ops: int = 0
    lost: int = 0
    stuck: int = 0
    doubled: int = 0
    diverged: int = 0
    not_latest: int = 0
    conflicts_missed: int = 0
    derived_broken: int = 0
    concurrent_pairs: int = 0  # pairs of concurrent edits checked for a record
    server_conflicts: int = 0
    problems: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def problem(self, kind: str, text: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if len(self.problems[kind]) < SHOWN:
            self.problems[kind].append(text)

    @property
    def failures(self) -> dict[str, int]:
        kinds = ("lost", "stuck", "doubled", "diverged", "not_latest", "conflicts_missed")
        return {k: getattr(self, k) for k in (*kinds, "derived_broken") if getattr(self, k)}

    def explain(self) -> str:
        lines = [f"{kind}: {count}" for kind, count in self.failures.items()]
        for kind, texts in self.problems.items():
            lines += [f"  {kind}: {t}" for t in texts]
        return "\n".join(lines)


@dataclass
class DeskRecord:
    """One desk as its events and its database file tell it."""

    name: str
    db_path: Path
    events_path: Path
    client_id: str = ""
    ops: dict[str, dict[str, Any]] = field(default_factory=dict)
    writes: list[dict[str, Any]] = field(default_factory=list)
    syncs: Counter[str] = field(default_factory=Counter)

    def read_events(self) -> None:
        for line in self.events_path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            try:
                event = json.loads(line)
            except ValueError:
                continue  # a line cut short by kill -9
            if event["ev"] == "hello":
                self.client_id = event["client_id"]
            elif event["ev"] == "op":
                self.ops[event["op_id"]] = event
            elif event["ev"] == "write":
                self.writes.append(event)
            elif event["ev"] == "sync":
                self.syncs[f"{event['state']}:{event['problem']}"] += 1


def node(hlc: str) -> str:
    return Timestamp.decode(hlc).node


def text(value: Any) -> str:
    """A value as the history entries spell it."""
    return "" if value is None else str(value)


def read_rows(conn: Connection) -> Rows:
    out: Rows = {}
    for entity in SYNCED_ENTITIES:
        table = synced_table(entity)
        out[entity] = {r.id: row_to_wire(r, table) for r in conn.execute(select(table))}
    return out


def check(desks: list[DeskRecord], server_url: str) -> Findings:
    found = Findings()
    for desk in desks:
        desk.read_events()
    server = ServerDatabase(server_url)
    try:
        with server.reading() as conn:
            on_server = read_rows(conn)
            applied = list(conn.execute(select(applied_op.c.op_id)).scalars())
            conflicts = [dict(r._mapping) for r in conn.execute(select(conflict))]
    finally:
        server.dispose()
    found.server_conflicts = len(conflicts)

    replicas: dict[str, Rows] = {"server": on_server}
    local_conflicts: dict[str, set[tuple[str, str, frozenset[str]]]] = {}
    for desk in desks:
        db = open_database(desk.db_path)
        try:
            view = Desk(db, cast(Any, None))  # read-only use of the sync tests' helpers
            for entry in view.outbox():
                found.problem("stuck", f"{desk.name}: {entry.kind} {entry.entity} {entry.state}")
            for problem in view.foreign_key_problems():
                found.problem("diverged", f"{desk.name}: foreign key {tuple(problem)}")
            with db.engine.connect() as conn:
                replicas[desk.name] = read_rows(conn)
            with db.reading() as session:
                local_conflicts[desk.client_id] = {
                    (c.entity_id, c.field, frozenset((c.mine_hlc, c.theirs_hlc)))
                    for c in session.execute(select(SyncConflict)).scalars()
                }
        finally:
            db.close()

    _lost_and_doubled(found, desks, applied, on_server)
    _divergence(found, replicas)
    _latest_writes(found, on_server, conflicts)
    _conflicts(found, desks, conflicts, local_conflicts)
    for name, rows in replicas.items():
        _derived(found, name, rows)
    return found


def _lost_and_doubled(
    found: Findings, desks: list[DeskRecord], applied: list[str], on_server: Rows
) -> None:
    applied_ids = set(applied)
    for op_id, times in Counter(applied).items():
        if times > 1:
            found.problem("doubled", f"op {op_id} applied {times} times")
    for desk in desks:
        for op in desk.ops.values():
            found.ops += 1
            if op["op_id"] not in applied_ids:
                found.problem("lost", f"{desk.name}: op {op['op_id']} {op['entity']} never applied")
            elif op["entity_id"] not in on_server.get(op["entity"], {}):
                found.problem("lost", f"{desk.name}: {op['entity']} {op['entity_id']} missing")
    notes = Counter(j["body"] for j in on_server["ticket_journal"].values() if j["kind"] == "note")
    tags = Counter(t["product_ref"] for t in on_server["ticket"].values())
    for what, counts in (("note", notes), ("ticket", tags)):
        for tag, times in counts.items():
            if times > 1:
                found.problem("doubled", f"{what} {tag!r} exists {times} times")


def _divergence(found: Findings, replicas: dict[str, Rows]) -> None:
    """Every desk against the server, and against the first desk on the
    columns the server does not keep the same way."""
    names = [n for n in replicas if n != "server"]
    for name in names:
        _compare(found, name, replicas[name], "server", replicas["server"], skip=REPLICA_OWN)
        if name != names[0]:
            only = {
                e: frozenset(c.name for c in synced_table(e).columns) - cols
                for e, cols in REPLICA_OWN.items()
            }
            _compare(found, name, replicas[name], names[0], replicas[names[0]], skip=only)


def _compare(
    found: Findings,
    name: str,
    mine_rows: Rows,
    other: str,
    other_rows: Rows,
    skip: dict[str, frozenset[str]],
) -> None:
    for entity in SYNCED_ENTITIES:
        left, right = mine_rows[entity], other_rows[entity]
        ignored = skip.get(entity, frozenset())
        for row_id in left.keys() | right.keys():
            if row_id not in left:
                found.problem("diverged", f"{name}: {entity} {row_id} missing, {other} has it")
            elif row_id not in right:
                found.problem("diverged", f"{name}: {entity} {row_id} not on {other}")
            else:
                differs = {
                    k: (v, right[row_id].get(k))
                    for k, v in left[row_id].items()
                    if k not in ignored and v != right[row_id].get(k)
                }
                if differs:
                    found.problem(
                        "diverged", f"{name}: {entity} {row_id} ({name}, {other}) {differs}"
                    )


def _changes(on_server: Rows) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """History entries of field changes, by (ticket, field)."""
    by_field: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for entry in on_server["ticket_journal"].values():
        if entry["field"]:
            by_field[(entry["ticket_id"], entry["field"])].append(entry)
    return by_field


def _latest_writes(found: Findings, on_server: Rows, conflicts: list[dict[str, Any]]) -> None:
    kept = {(c["entity_id"], c["field"], text(c["kept_value"])) for c in conflicts}
    for (ticket_id, name), entries in _changes(on_server).items():
        ticket = on_server["ticket"].get(ticket_id)
        if ticket is None or name not in ticket:
            continue
        latest = max(entries, key=lambda e: Timestamp.decode(e["updated_at"]))
        value = text(ticket[name])
        if value != latest["new_value"] and (ticket_id, name, value) not in kept:
            found.problem(
                "not_latest",
                f"ticket {ticket_id} {name}={value!r}, latest write {latest['new_value']!r}"
                f" at {latest['updated_at']}",
            )


def _conflicts(
    found: Findings,
    desks: list[DeskRecord],
    conflicts: list[dict[str, Any]],
    local: dict[str, set[tuple[str, str, frozenset[str]]]],
) -> None:
    names = {d.client_id: d.name for d in desks}
    told: dict[tuple[str, str], set[str]] = defaultdict(set)  # (ticket, field) → nodes
    values: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
    for c in conflicts:
        key = (c["entity_id"], c["field"])
        nodes = {node(c["kept_hlc"]), node(c["lost_hlc"])}
        told[key] |= nodes
        values[key].add(frozenset((text(c["kept_value"]), text(c["lost_value"]))))
        # Delivered: each desk that wrote one of the two values has the record.
        hlcs = frozenset((c["kept_hlc"], c["lost_hlc"]))
        for n in nodes & names.keys():
            if (c["entity_id"], c["field"], hlcs) not in local.get(n, set()):
                found.problem(
                    "conflicts_missed",
                    f"{names[n]} never received the conflict on {c['field']} of ticket"
                    f" {c['entity_id']} ({c['kept_value']!r} kept, {c['lost_value']!r} lost)",
                )
    writes: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for desk in desks:
        for w in desk.writes:
            writes[(w["ticket_id"], w["field"])].append((desk.client_id, w))
    for key, made in writes.items():
        for (a, x), (b, y) in itertools.combinations(made, 2):
            if a == b or not (x["certain"] and y["certain"]) or x["value"] == y["value"]:
                continue
            if x["journal_id"] in y["seen"] or y["journal_id"] in x["seen"]:
                continue  # one was made knowing the other: not concurrent
            found.concurrent_pairs += 1
            if _replaced_by_a_third(x, (a, b), made) or _replaced_by_a_third(y, (a, b), made):
                # A third desk wrote over one of them knowing it: the clash is
                # with that write (checked as its own pair), not with this one.
                continue
            if _agreed_later(x, y, made, a) or _agreed_later(y, x, made, b):
                # One desk went on to write the other's value itself, still
                # unaware of it: they ended agreeing, and an equal value is no
                # conflict. (A desk that agreed first and then moved away is
                # checked: that later change loses the other's write.)
                continue
            both_told = {a, b} <= told[key]
            same_clash = frozenset((x["value"], y["value"])) in values[key]
            if not (both_told or (same_clash and told[key] & {a, b})):
                found.problem(
                    "conflicts_missed",
                    f"{key[1]} of ticket {key[0]}: {names[a]} wrote {x['value']!r}"
                    f" ({x['hlc']}), {names[b]} wrote {y['value']!r} ({y['hlc']}),"
                    " neither knowing the other, and no conflict record tells both",
                )


def _agreed_later(
    write: dict[str, Any],
    other: dict[str, Any],
    made: list[tuple[str, dict[str, Any]]],
    desk: str,
) -> bool:
    """Whether ``desk`` wrote ``other``'s value after ``write``, neither that
    write nor ``other`` having seen the other."""
    return any(
        d == desk
        and later["hlc"] > write["hlc"]
        and later["value"] == other["value"]
        and later["journal_id"] not in other["seen"]
        and other["journal_id"] not in later["seen"]
        for d, later in made
    )


def _replaced_by_a_third(
    write: dict[str, Any], pair: tuple[str, str], made: list[tuple[str, dict[str, Any]]]
) -> bool:
    return any(desk not in pair and write["journal_id"] in other["seen"] for desk, other in made)


def _derived(found: Findings, name: str, rows: Rows) -> None:
    tiers = {q_id: q["tier"] for q_id, q in rows["desk_group"].items()}
    for ticket_id, t in rows["ticket"].items():
        closed = t["status"] in CLOSED
        if closed != (t["closed_at"] is not None):
            found.problem(
                "derived_broken",
                f"{name}: ticket {ticket_id} status {t['status']} closed_at {t['closed_at']}",
            )
        if t["group_id"] is not None and tiers.get(t["group_id"]) != t["tier"]:
            found.problem(
                "derived_broken",
                f"{name}: ticket {ticket_id} tier {t['tier']} in a tier"
                f" {tiers.get(t['group_id'])} queue",
            )


def sync_outcomes(desks: Iterable[DeskRecord]) -> Counter[str]:
    """How the desks' rounds ended, e.g. ``offline:unreachable``: 5."""
    total: Counter[str] = Counter()
    for desk in desks:
        total.update(desk.syncs)
    return total
