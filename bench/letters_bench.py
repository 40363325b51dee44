"""The letter register's search (services.register_queries.search) over
100,000 entries, beside a LIKE scan of the same columns for the same words
in the same run; and the replies-due counts the navigator shows.

The entries are generated once (seeded: incoming, outgoing and memos in
Arabic and English, a help desk's subjects, references from two stations)
and cached in bench/.cache; the word index is filled by the schema's own
triggers, exactly as a save fills it.

The two-page letter's PDF is timed by bench.letters_pdf_bench
(``--only letters-pdf``), beside a plain QTextDocument print of the same text.
"""

from __future__ import annotations

import gc
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from bench.datasets import CACHE, SEED
from bench.report import Figure, verdict
from bench.stats import Sample
from desk_app.services import register_queries as rq
from desk_app.services.ids import new_id
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.storage.db import SCHEMA_HEAD, Database, open_database

ENTRIES = 100_000
BUDGET_MS = 20.0
DATA_VERSION = 2
NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)

_AR_SUBJECTS = (
    "شكوى بخصوص الفاتورة", "طلب استرداد المبلغ", "طلب نسخة من العقد", "اعتراض على الرسوم",
    "تحديث بيانات الحساب", "طلب إلغاء الاشتراك", "استفسار عن الضمان", "تأخر التوصيل",
    "مطالبة بالتعويض", "طلب معلومات إضافية", "متابعة الطلب", "إفادة بالاستلام",
)  # fmt: skip
_EN_SUBJECTS = (
    "Complaint about the invoice", "Refund request", "Copy of the contract",
    "Objection to the fees", "Account details update", "Cancellation request",
    "Warranty question", "Late delivery", "Claim for compensation",
    "Request for further information", "Follow-up", "Acknowledgement of receipt",
)  # fmt: skip
_AR_WORDS = (
    "نرجو", "مراجعة", "الطلب", "المقدم", "بتاريخ", "سابق", "وإفادتنا", "بما", "يلزم", "مع",
    "الشكر", "والتقدير",
)  # fmt: skip
_EN_WORDS = (
    "please", "review", "the", "request", "submitted", "earlier", "and", "let", "us", "know",
    "what", "is", "needed",
)  # fmt: skip
# (what is typed, how often it occurs: rare / common / a reference)
QUERIES = (
    ("الفاتوره", "common"),
    ("بالتعويض", "common"),
    ("refund", "common"),
    ("zx-claim-0042", "rare"),
    ("وثيقة-٧٧", "rare"),
    ("HQ1-2026-L012345", "reference"),
)


def _entry(rng: random.Random, i: int, start: datetime) -> dict[str, object]:
    arabic = rng.random() < 0.65
    kind = rng.random()
    direction = "incoming" if kind < 0.5 else ("outgoing" if kind < 0.9 else "internal")
    channel = "memo" if direction == "internal" else rng.choice(("letter", "fax", "email"))
    subject = rng.choice(_AR_SUBJECTS if arabic else _EN_SUBJECTS)
    words = _AR_WORDS if arabic else _EN_WORDS
    body = " ".join(rng.choice(words) for _ in range(rng.randint(20, 60)))
    if i % 25_000 == 7:
        body += " zx-claim-0042"  # a rare word: a handful of entries
    if i % 33_333 == 11:
        body += " وثيقة-٧٧"
    at = start + timedelta(minutes=i * 5)
    due = at + timedelta(hours=48) if direction == "incoming" else None
    station = "HQ1" if i % 2 else "HQ2"
    return {
        "id": new_id(),
        "reference": f"{station}-{at.year}-L{i // 2 + 1:06d}",
        "direction": direction,
        "channel": channel,
        "at": at.replace(tzinfo=None).isoformat(sep=" "),
        "subject": subject,
        "body": body,
        "language": "ar" if arabic else "en",
        "addressee": "قسم الفوترة" if direction == "internal" else "",
        "due": None if due is None else due.replace(tzinfo=None).isoformat(sep=" "),
    }


def cached_register(count: int = ENTRIES) -> Path:
    """A database holding ``count`` register entries (generated once)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"register-{count}-seed{SEED}-v{DATA_VERSION}-s{SCHEMA_HEAD}.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    print(f"generating {count:,} register entries into {path.name} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    db = open_database(partial)
    try:
        with db.writing() as session:
            ctx = ensure_local_setup(session, BranchProfile(), "bench", "Bench")
            hlc, now = ctx.stamp(session), ctx.now()
        rng = random.Random(SEED)
        start = NOW - timedelta(minutes=count * 5)
        extra = {
            "branch": ctx.branch_id,
            "handler": ctx.actor.user_id,
            "hlc": hlc,
            "client": ctx.client_id,
            "created": now.replace(tzinfo=None).isoformat(sep=" "),
        }
        rows = [{**_entry(rng, i, start), **extra} for i in range(count)]
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO register_entry (id, reference, branch_id, direction, channel, at,"
                " customer_id, ticket_id, subject, body, language, template_id, handler_id,"
                " handler_name, addressee, their_reference, in_reply_to_id, reply_due_at,"
                " updated_at, version, origin_client_id, created_at) VALUES (:id, :reference,"
                " :branch, :direction, :channel, :at, NULL, NULL, :subject, :body, :language, '',"
                " :handler, 'Bench', :addressee, '', NULL, :due, :hlc, 1, :client, :created)",
                rows,
            )
            # A reply to most incoming items, as a desk that keeps up has.
            incoming = [r for r in rows if r["direction"] == "incoming"]
            replies = [
                {**r, "id": new_id(), "reference": f"{r['reference']}R", "reply_to": r["id"]}
                for r in incoming
                if rng.random() < 0.97
            ]
            conn.exec_driver_sql(
                "INSERT INTO register_entry (id, reference, branch_id, direction, channel, at,"
                " subject, body, language, template_id, handler_id, handler_name, addressee,"
                " their_reference, in_reply_to_id, updated_at, version, origin_client_id,"
                " created_at) VALUES (:id, :reference, :branch, 'outgoing', :channel, :at,"
                " :subject, :body, :language, '', :handler, 'Bench', '', '', :reply_to, :hlc, 1,"
                " :client, :created)",
                replies,
            )
            conn.exec_driver_sql("INSERT INTO register_fts(register_fts) VALUES ('optimize')")
    finally:
        db.close()
    print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    partial.replace(path)
    return path


_LIKE = (
    "SELECT id FROM register_entry WHERE deleted_at IS NULL AND (reference LIKE :p"
    " OR subject LIKE :p OR body LIKE :p OR addressee LIKE :p OR their_reference LIKE :p)"
    " ORDER BY at DESC LIMIT 100"
)


def _time(work: Callable[[], object], repeat: int) -> Sample:
    work()  # warm the caches, untimed
    times = []
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            work()
            times.append((time.perf_counter() - started) * 1000)
    finally:
        gc.enable()
    return Sample(tuple(times))


def run_letters(repeat: int = 30) -> list[Figure]:
    path = cached_register()
    db = Database(path)
    figures: list[Figure] = []
    try:
        with db.reading() as session:
            total = _count(session)
            for typed, how in QUERIES:
                ours = _time(lambda t=typed: rq.search(session, t, NOW), repeat)  # type: ignore[misc]
                base = _time(
                    lambda t=typed: _like(session, t),  # type: ignore[misc]
                    max(5, repeat // 3),
                )
                found = len(rq.search(session, typed, NOW))
                figures.append(
                    Figure(
                        "register search",
                        f"search {how} {typed!r}",
                        total,
                        ours.median,
                        baseline=base.median,
                        baseline_name="LIKE '%typed%' scan",
                        budget="<20 ms",
                        verdict=verdict(ours.median < BUDGET_MS),
                        note=f"{found} shown (limit 100)",
                        details={"ours": ours.summary(), "baseline": base.summary()},
                    )
                )
            counts = _time(lambda: rq.reply_counts(session, NOW), repeat)
            due = _time(lambda: rq.overdue_replies(session, NOW), repeat)
            figures.append(
                Figure(
                    "register replies",
                    "reply_counts()",
                    total,
                    counts.median,
                    budget="<20 ms",
                    verdict=verdict(counts.median < BUDGET_MS),
                )
            )
            figures.append(
                Figure(
                    "register replies",
                    "overdue_replies() page",
                    total,
                    due.median,
                    budget="<20 ms",
                    verdict=verdict(due.median < BUDGET_MS),
                )
            )
    finally:
        db.close()
    return figures


def _like(session: Session, typed: str) -> object:
    return session.connection().exec_driver_sql(_LIKE, {"p": f"%{typed}%"}).all()


def _count(session: Session) -> int:
    return int(
        session.connection().exec_driver_sql("SELECT count(*) FROM register_entry").scalar_one()
    )
