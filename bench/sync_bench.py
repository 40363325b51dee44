"""Sync against the real server: a real uvicorn process on 127.0.0.1 (a free
port, started and stopped here) over a throwaway PostgreSQL database.

- initial sync: N tickets seeded on the server (rows and change-log entries
  written directly, the way the server records them) pulled by an empty desk,
  rows/s, beside a raw sqlite3 executemany of the same rows into a fresh copy
  of the desk's schema (target ≥ 0.3× the raw rate);
- push acknowledgement: 10 desks (each its own process) pushing one-field
  edits at once, 30 each, p95 of the round trip (target < 200 ms), beside
  the same pushes from one desk alone, and the ratio of the two p95s;
- bytes on the wire of a one-field edit push request body, as sent (compressed;
  target ≤ 300 B), with the JSON it decodes to and the request's headers
  (reported beside it, not in the budget: mostly the access token).

    python -m bench.sync_bench [--sizes 100000]   (or python -m bench --only sync)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import keyring
from sqlalchemy import insert

from bench.report import Figure, print_table, verdict
from bench.stats import Sample
from desk_app.server import directory
from desk_app.server.database import ServerDatabase
from desk_app.server.migrate import upgrade_to_head
from desk_app.server.schema import change_log
from desk_app.server.security import Passwords
from desk_app.services.ids import new_id
from desk_app.storage.db import open_database
from desk_app.sync import push as push_ops
from desk_app.sync.account import sign_in
from desk_app.sync.client import SyncClient
from desk_app.sync.codec import synced_table, wire_to_columns
from desk_app.sync.compression import decompress
from desk_app.sync.credentials import CredentialStore, MemoryKeyring
from desk_app.sync.engine import SyncEngine
from desk_app.sync.protocol import Op, OpKind, PushRequest
from desk_app.sync.status import SyncState
from tests.server.helpers import hlc, ticket_fields
from tests.sync.harness import PASSWORD, throwaway_postgres
from tests.sync.helpers import open_desk

INITIAL_RATIO_TARGET = 0.3
PUSH_P95_BUDGET_MS = 200.0
PUSH_BYTES_BUDGET = 300
CLIENTS = 10
PUSHES_PER_CLIENT = 30
PUSH_WORKERS = 4
_SEED_CHUNK = 5_000
_CHEAP = {"time_cost": 1, "memory_kib": 1024, "parallelism": 1}


# -- the server ---------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _uvicorn(url: str, workers: int = 1) -> Iterator[str]:
    """desk-server in its own process on a free port; its base URL."""
    port = _free_port()
    env = {
        **os.environ,
        "MAKTAB_SERVER_DATABASE_URL": url,
        "MAKTAB_SERVER_SECRET_KEY": "bench-" + "k" * 48,
        "MAKTAB_SERVER_PASSWORD_TIME_COST": "1",
        "MAKTAB_SERVER_PASSWORD_MEMORY_KIB": "1024",
        "MAKTAB_SERVER_PASSWORD_PARALLELISM": "1",
    }
    command = [sys.executable, "-m", "desk_app.server.main", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--workers", str(workers), "--no-migrate", "--log-level", "warning"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                err = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"desk-server exited: {err.strip()}")
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("desk-server did not answer within 30 s")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _prepare(url: str, users: int) -> str:
    """Migrate, make branch HQ and agents bench0 … ; HQ's id."""
    db = ServerDatabase(url)
    try:
        upgrade_to_head(db.engine)
        hashed = Passwords(_CHEAP["time_cost"], _CHEAP["memory_kib"], _CHEAP["parallelism"]).hash(
            PASSWORD
        )
        with db.writing() as conn:
            branch = directory.create_branch(conn, "HQ", "Head office")
            for i in range(users):
                directory.create_user(conn, f"bench{i}", f"Bench {i}", "agent", ["HQ"], hashed)
        return str(branch)
    finally:
        db.dispose()


def _seed(url: str, branch_id: str, size: int) -> float:
    """``size`` tickets written straight into the server's tables, each with its
    change-log entry (as rows.record_changes writes them); seconds taken."""
    table = synced_table("ticket")
    node = new_id()
    started = time.perf_counter()
    db = ServerDatabase(url)
    try:
        base_ms = time.time_ns() // 1_000_000 - size
        for start in range(0, size, _SEED_CHUNK):
            rows, log = [], []
            for i in range(start, min(size, start + _SEED_CHUNK)):
                ticket_id = new_id()
                wire = ticket_fields(
                    branch_id,
                    number=f"HQ9-2026-{i + 1:07d}",
                    subject=f"الطابعة في الطابق {i % 40} لا تطبع / printer {i} jams",
                    description="وصف المشكلة كما ذكره العميل. The customer's own words.",
                    customer_name=f"عميل {i}",
                )
                wire.update(
                    id=ticket_id,
                    version=1,
                    updated_at=hlc(node, base_ms + i),
                    origin_client_id=node,
                )
                rows.append(wire_to_columns(table, wire))
                log.append({"entity": "ticket", "entity_id": ticket_id, "branch_id": branch_id})
            with db.writing() as conn:
                conn.execute(insert(table), rows)
                now = datetime.now(UTC)
                conn.execute(insert(change_log), [{**e, "at": now} for e in log])
    finally:
        db.dispose()
    return time.perf_counter() - started


# -- (a) initial sync ---------------------------------------------------------------


def _initial_sync(base: str, work: Path, size: int) -> list[Figure]:
    template = work / "template.sqlite3"
    open_database(template).close()
    desk = open_desk(work / "desk.sqlite3", template, code="HQ", station="1", username="bench0")
    client = SyncClient(base)
    try:
        sign_in(
            desk.db,
            desk.ctx,
            client,
            CredentialStore(),
            username="bench0",
            password=PASSWORD,
            device_name="bench",
        )
        engine = SyncEngine(desk.db, desk.ctx, client)
        started = time.perf_counter()
        status = engine.sync_once()
        seconds = time.perf_counter() - started
        if status.state is not SyncState.SYNCED:
            raise RuntimeError(f"initial sync failed: {status}")
        pulled = engine.last_report.pulled
        with desk.db.engine.connect() as conn:
            columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(ticket)")]
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM ticket WHERE number LIKE 'HQ9-%'"
            ).all()
            branch_columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(branch)")]
            branches = conn.exec_driver_sql(f"SELECT {', '.join(branch_columns)} FROM branch").all()
    finally:
        client.close()
        desk.db.close()
    if len(rows) != size:
        raise RuntimeError(f"the desk has {len(rows):,} of {size:,} tickets")

    # The same rows, executemany'd by hand into a fresh copy of the schema (its
    # search triggers run too); one transaction.
    fresh = work / "raw.sqlite3"
    shutil.copyfile(template, fresh)
    raw_db = open_database(fresh)  # for the search functions its triggers call
    pooled = raw_db.engine.raw_connection()
    try:
        raw = pooled.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        # The branch the tickets belong to, so their foreign keys hold, untimed.
        raw.execute("DELETE FROM branch")
        raw.executemany(
            f"INSERT INTO branch ({', '.join(branch_columns)})"
            f" VALUES ({', '.join('?' for _ in branch_columns)})",
            [tuple(b) for b in branches],
        )
        raw.commit()
        placeholders = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO ticket ({', '.join(columns)}) VALUES ({placeholders})"
        values = [tuple(r) for r in rows]
        started = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(sql, values)
        raw.execute("COMMIT")
        raw_seconds = time.perf_counter() - started
    finally:
        pooled.close()
        raw_db.close()
    ours, baseline = size / seconds, size / raw_seconds
    return [
        Figure(
            "sync",
            "initial sync (pull into an empty desk)",
            size,
            ours,
            unit="rows/s",
            stat="total",
            baseline=baseline,
            baseline_name="raw sqlite3 executemany",
            budget=f"≥ {INITIAL_RATIO_TARGET}× baseline",
            verdict=verdict(ours >= INITIAL_RATIO_TARGET * baseline),
            note=f"{seconds:.1f} s, {pulled:,} rows pulled",
            details={"seconds": seconds, "raw_seconds": raw_seconds, "pulled": pulled},
        )
    ]


# -- (b) push acknowledgement, (c) bytes ----------------------------------------------


class _Recording(httpx.BaseTransport):
    """Keeps every push request sent through it."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.pushes: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/push"):
            self.pushes.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _pusher(base: str, user: int, branch_id: str, run: str) -> list[float]:
    """One desk in its own process (``python -m bench.sync_bench pusher …``):
    signs in, creates its ticket, says ``ready`` and waits for ``go`` on
    stdin, then pushes its one-field edits one by one; the round trip of each."""
    recording = _Recording()
    http = httpx.Client(transport=recording, timeout=30)
    client = SyncClient(base, http)
    client_id = new_id()
    client.login(f"bench{user}", PASSWORD, f"bench desk {user}", client_id)
    ticket_id = new_id()
    fields = ticket_fields(branch_id, number=f"HQP{user}-{run}")
    seq = 1

    def op(kind: OpKind, values: dict[str, Any], base_version: int) -> Op:
        return Op(
            op_id=new_id(),
            client_seq=seq,
            entity="ticket",
            entity_id=ticket_id,
            kind=kind,
            base_version=base_version,
            hlc=hlc(client_id),
            fields=values,
        )

    request = PushRequest(client_id=client_id, ops=[op(OpKind.INSERT, fields, 0)])
    (created,) = client.push(request).results
    version = created.version or 1
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        raise SystemExit("no go")
    times = []
    for i in range(PUSHES_PER_CLIENT):
        seq += 1
        request = PushRequest(
            client_id=client_id, ops=[op(OpKind.UPDATE, {"priority": 1 + i % 4}, version)]
        )
        started = time.perf_counter()
        (result,) = client.push(request).results
        times.append((time.perf_counter() - started) * 1000)
        version = result.version or version
    http.close()
    return times


def _pushes(base: str, branch_id: str, clients: int, run: str) -> Sample:
    """``clients`` desks, each its own process (a desk is a machine of its
    own: threads in one process would also measure this process's GIL),
    pushing at once after all have signed in."""
    command = [sys.executable, "-m", "bench.sync_bench", "pusher", base, branch_id, run]
    desks = [
        subprocess.Popen(
            [*command, str(i)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for i in range(clients)
    ]
    try:
        for desk in desks:
            assert desk.stdout is not None
            if desk.stdout.readline().strip() != "ready":
                raise RuntimeError("a pushing desk could not sign in; see the traceback above")
        for desk in desks:
            assert desk.stdin is not None
            desk.stdin.write("go\n")
            desk.stdin.flush()
        times: list[float] = []
        for desk in desks:
            out, _ = desk.communicate(timeout=300)
            if desk.returncode != 0:
                raise RuntimeError("a pushing desk failed; see the traceback above")
            times += json.loads(out.strip().splitlines()[-1])
    finally:
        for desk in desks:
            if desk.poll() is None:
                desk.kill()
    return Sample(tuple(times))


def _push_latency(base: str, branch_id: str, workers: int) -> list[Figure]:
    alone = _pushes(base, branch_id, 1, f"alone{workers}")
    ours = _pushes(base, branch_id, CLIENTS, f"together{workers}")
    ratio = ours.p95 / alone.p95 if alone.p95 else float("inf")
    return [
        Figure(
            "sync",
            f"push ack, {CLIENTS} desks at once, {workers} server worker(s)",
            CLIENTS * PUSHES_PER_CLIENT,
            ours.p95,
            stat="p95",
            baseline=alone.p95,
            baseline_name="the same pushes from one desk alone",
            budget=f"p95 < {PUSH_P95_BUDGET_MS:.0f} ms",
            verdict=verdict(ours.p95 < PUSH_P95_BUDGET_MS),
            note=f"one-field edits; p95 {ratio:.2f}× one desk's alone",
            details={"ours": ours.summary(), "baseline": alone.summary(), "p95_ratio": ratio},
        )
    ]


def _edit_bytes(base: str, work: Path) -> list[Figure]:
    """The body a desk sends for one priority change, as its client sends it:
    the ticket's update and the change's journal entry (the history travels
    with the edit), and beside it the update op alone in a request."""
    template = work / "template.sqlite3"
    desk = open_desk(work / "bytes.sqlite3", template, code="HQ", station="2", username="bench1")
    recording = _Recording()
    http = httpx.Client(transport=recording, timeout=30)
    client = SyncClient(base, http)
    try:
        sign_in(
            desk.db,
            desk.ctx,
            client,
            CredentialStore(),
            username="bench1",
            password=PASSWORD,
            device_name="bench bytes",
        )
        engine = SyncEngine(desk.db, desk.ctx, client, pull_limit=5_000)
        created = desk.create("Printer does not print", priority=3)
        if engine.sync_once().state is not SyncState.SYNCED:
            raise RuntimeError("sync of the bytes desk failed")
        recording.pushes.clear()
        desk.change(created.id, priority=1)
        with desk.db.reading() as session:
            prepared = push_ops.prepare_batch(session, 0, 10)
        [update] = [p.wire for p in prepared if p.wire is not None and p.wire.entity == "ticket"]
        assert update.fields == {"priority": 1}
        if engine.sync_once().state is not SyncState.SYNCED:
            raise RuntimeError("push of the one-field edit failed")
        [both] = recording.pushes
        recording.pushes.clear()
        client.push(PushRequest(client_id=desk.ctx.client_id, ops=[update]))  # a replay
        [alone] = recording.pushes
    finally:
        client.close()
        http.close()
        desk.db.close()
    ids = 4 * 36 + 36  # op id, entity id, client id, the HLC's node; the HLC's own digits
    figures = []
    for name, request, ops in (
        ("one-field edit push body", both, len(prepared)),
        ("one-field edit push body, update op alone", alone, 1),
    ):
        sent = request.content
        coding = request.headers.get("Content-Encoding", "")
        json_body = decompress(coding, sent, 1 << 20) if coding else sent
        headers = _header_bytes(request)
        figures.append(
            Figure(
                "sync",
                name,
                ops,
                float(len(sent)),
                unit="B",
                stat="bytes",
                baseline=float(ids),
                baseline_name="its ids alone",
                budget=f"≤ {PUSH_BYTES_BUDGET} B",
                verdict=verdict(len(sent) <= PUSH_BYTES_BUDGET),
                note=f"{ops} op(s), {coding or 'uncompressed'}; JSON {len(json_body):,} B",
                details={
                    "body": json_body.decode("utf-8"),
                    "sent_bytes": len(sent),
                    "json_bytes": len(json_body),
                    "content_encoding": coding,
                    "header_bytes": headers,
                    "headers": _header_sizes(request),
                },
            )
        )
    # The headers travel with every request whatever its body; most of them
    # are the access token. Not in the budget (which is the body), but shown.
    headers = _header_bytes(both)
    figures.append(
        Figure(
            "sync",
            "one-field edit push request headers",
            len(prepared),
            float(headers),
            unit="B",
            stat="bytes",
            note="HTTP/1.1 request line and headers, as sent",
            details={"headers": _header_sizes(both)},
        )
    )
    return figures


def _header_bytes(request: httpx.Request) -> int:
    """The size of the request line and headers as HTTP/1.1 sends them."""
    line = len(request.method) + 1 + len(request.url.raw_path) + len(" HTTP/1.1\r\n")
    fields = sum(len(name) + 2 + len(value) + 2 for name, value in request.headers.raw)
    return line + fields + 2  # the empty line that ends them


def _header_sizes(request: httpx.Request) -> dict[str, int]:
    """Each header's size (name, value and line end): the token is not written out."""
    return {
        name.decode("latin-1"): len(name) + 2 + len(value) + 2
        for name, value in request.headers.raw
    }


# -- the step -----------------------------------------------------------------------


def run_sync(size: int) -> list[Figure]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # the bench keeps no token in the real keyring
    work = Path(tempfile.mkdtemp(prefix="maktab-sync-bench-"))
    try:
        with throwaway_postgres() as url:
            branch_id = _prepare(url, CLIENTS)
            seeded = _seed(url, branch_id, size)
            print(f"   sync: seeded {size:,} tickets on the server in {seeded:.1f} s", flush=True)
            with _uvicorn(url) as base:
                figures = _initial_sync(base, work, size)
                figures += _push_latency(base, branch_id, 1)
                figures += _edit_bytes(base, work)
            # The same with several server processes: what one process's GIL
            # costs, beside what the database's serialisation of writers does.
            with _uvicorn(url, PUSH_WORKERS) as base:
                figures += _push_latency(base, branch_id, PUSH_WORKERS)
        return figures
    finally:
        keyring.set_keyring(previous)
        shutil.rmtree(work, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["pusher"]:
        base, branch_id, run, user = args_in[1:]
        print(json.dumps(_pusher(base, int(user), branch_id, run)), flush=True)
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench.sync_bench")
    parser.add_argument("--sizes", default="100000", help="tickets on the server, e.g. 100000")
    args = parser.parse_args(args_in)
    figures: list[Figure] = []
    for size in (int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()):
        figures += run_sync(size)
    print_table(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
