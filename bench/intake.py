"""Saving an intake (ticket + 'created' journal entry + outbox ops, one
transaction) against a bare single-row INSERT + COMMIT of the same columns."""

from __future__ import annotations

import random
import time
from pathlib import Path

from bench.datasets import discard, working_copy
from bench.report import Figure, verdict
from bench.stats import Sample
from desk_app.admin.demo import Uuid7, db_time
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.storage.db import open_database

INTAKE_BUDGET_MS = 30.0
WARMUP = 5

_SUBJECTS = (
    "الطابعة في قسم المحاسبة لا تطبع",
    "Cannot connect to the VPN from home",
    "اعتراض على فاتورة شهر أكتوبر",
    "Password reset for the HR portal",
)


def run_intake(cached: Path, size: int, saves: int) -> list[Figure]:
    path = working_copy(cached, f"intake-{size}")
    db = open_database(path)
    try:
        with db.writing() as session:
            ctx = ensure_local_setup(session, BranchProfile(), "bench", "Bench")
        with db.engine.connect() as conn:
            groups = [r[0] for r in conn.exec_driver_sql("SELECT id FROM desk_group")]
            agents = [r[0] for r in conn.exec_driver_sql("SELECT id FROM app_user")]
            customers = [r[0] for r in conn.exec_driver_sql("SELECT id FROM customer LIMIT 2000")]
        rng = random.Random(5)

        def form(i: int) -> IntakeForm:
            new_customer = i % 3 == 0
            return IntakeForm(
                subject=f"{rng.choice(_SUBJECTS)} ({i})",
                description="وصف المشكلة كما ذكره العميل. The customer's own words.",
                priority=rng.choice((2, 3, 3, 4)),
                customer_id=None if new_customer else rng.choice(customers),
                customer_name=f"عميل تجريبي {i}" if new_customer else "",
                phone=f"05{rng.randint(0, 9)}{rng.randint(1000000, 9999999)}"
                if new_customer
                else "",
                email=f"bench{i}@example.com" if new_customer else "",
                group_id=rng.choice(groups),
                assignee_id=rng.choice(agents) if rng.random() < 0.5 else None,
                product_ref="HP LaserJet Pro M404dn",
                equipment_location="الرياض – العليا، الدور 3",
            )

        ours = []
        for i in range(saves + WARMUP):
            item = form(i)
            started = time.perf_counter()
            with db.writing() as session:
                create_ticket(session, ctx, item)
            if i >= WARMUP:
                ours.append((time.perf_counter() - started) * 1000)

        base = _raw_inserts(db, ctx.branch_id, ctx.client_id, groups, saves)
    finally:
        db.close()
        discard(path)
    ours_sample, base_sample = Sample(tuple(ours)), Sample(tuple(base))
    details = {"ours": ours_sample.summary(), "baseline": base_sample.summary()}
    name = "raw sqlite3 INSERT+COMMIT"
    return [
        Figure(
            "intake save",
            "create_ticket in Database.writing()",
            size,
            ours_sample.p99,
            stat="p99",
            baseline=base_sample.p99,
            baseline_name=name,
            budget="p99 <30 ms",
            verdict=verdict(ours_sample.p99 < INTAKE_BUDGET_MS),
            note=f"{saves} saves",
            details=details,
        ),
        Figure(
            "intake save",
            "create_ticket in Database.writing()",
            size,
            ours_sample.median,
            stat="p50",
            baseline=base_sample.median,
            baseline_name=name,
            note=f"{saves} saves",
            details=details,
        ),
    ]


def _raw_inserts(
    db: object, branch_id: str, client_id: str, groups: list[str], saves: int
) -> list[float]:
    """The same ticket columns written by hand: one INSERT, one COMMIT. The
    table's own search trigger still runs (it is part of the schema), so the
    difference is what the services add: validation, numbering, the journal
    entry, the outbox operations and the ORM."""
    from desk_app.storage.db import Database

    assert isinstance(db, Database)
    ids = Uuid7()
    pooled = db.engine.raw_connection()
    times = []
    try:
        conn = pooled.driver_connection
        assert conn is not None
        sql = (
            "INSERT INTO ticket (id, branch_id, number, subject, description, category, channel,"
            " priority, status, tier, group_id, assignee_id, customer_id, customer_name,"
            " asset_id, equipment_location, account_ref, licence_ref, product_ref,"
            " last_activity_at, closed_at, updated_at, version, origin_client_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, '', 'phone', 3, 'new', 1, ?, NULL, NULL, ?, NULL, ?, '', '',"
            " ?, ?, NULL, ?, 1, ?, ?)"
        )
        for i in range(saves + WARMUP):
            now_us = time.time_ns() // 1000
            when = db_time(now_us)
            row = (
                ids.at(now_us),
                branch_id,
                f"RAW-{now_us}-{i}",
                f"{_SUBJECTS[i % len(_SUBJECTS)]} ({i})",
                "وصف المشكلة كما ذكره العميل. The customer's own words.",
                groups[i % len(groups)],
                f"عميل تجريبي {i}",
                "الرياض – العليا، الدور 3",
                "HP LaserJet Pro M404dn",
                when,
                f"{now_us // 1000:015d}-00000-{client_id}",
                client_id,
                when,
            )
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(sql, row)
            conn.execute("COMMIT")
            if i >= WARMUP:
                times.append((time.perf_counter() - started) * 1000)
    finally:
        pooled.close()
    return times
