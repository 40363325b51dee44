"""Article suggestions while an agent types (services.knowledge.suggest) over
10,000 published articles, keystroke by keystroke, beside a LIKE scan of the
same columns for the same keystrokes in the same run.

The articles are generated once (seeded, Arabic and English, titles, keywords
and bodies from a help desk's vocabulary) and cached in bench/.cache under a
name of their own; the search index is filled by the schema's own triggers.
"""

from __future__ import annotations

import gc
import random
import sys
import time
from pathlib import Path

from sqlalchemy.orm import Session

from bench.datasets import CACHE, SEED
from bench.report import Figure, verdict
from bench.stats import Sample
from desk_app.services.ids import new_id
from desk_app.services.knowledge import suggest
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.storage.db import SCHEMA_HEAD, Database, open_database

ARTICLES = 10_000
BUDGET_MS = 20.0
DATA_VERSION = 1

_AR_THINGS = (
    "الطابعة", "الشبكة", "البريد", "كلمة المرور", "الفاتورة", "الماسح", "الشاشة", "الهاتف",
    "البرنامج", "الحساب", "الترخيص", "الخادم", "الاتصال", "الحاسوب", "لوحة المفاتيح",
    "الموقع", "التطبيق", "الملف", "النسخة الاحتياطية", "الطلب",
)  # fmt: skip
_AR_PROBLEMS = (
    "لا تعمل", "لا تطبع", "بطيء", "متوقف", "لا يتصل", "يظهر خطأ", "مقفل", "لا يفتح",
    "مفقود", "منتهي", "غير صحيح", "يتجمد",
)  # fmt: skip
_EN_THINGS = (
    "printer", "network", "email", "password", "invoice", "scanner", "screen", "phone",
    "software", "account", "licence", "server", "connection", "computer", "keyboard",
    "website", "application", "file", "backup", "order",
)  # fmt: skip
_EN_PROBLEMS = (
    "does not work", "does not print", "is slow", "stopped", "cannot connect",
    "shows an error", "is locked", "will not open", "is missing", "expired", "is wrong",
    "freezes",
)  # fmt: skip
_STEPS_AR = ("أعد تشغيل", "تحقق من", "افتح", "أغلق", "حدّث", "اتصل بالدعم بشأن")
_STEPS_EN = ("Restart", "Check", "Open", "Close", "Update", "Call support about")
# What agents type, keystroke by keystroke.
TYPED = (
    "الطابعة لا تطبع",
    "the printer does not print",
    "بالشبكة بطيء",
    "password is locked",
    "الفاتوره غير صحيحه",
)


def _article(rng: random.Random, i: int) -> dict[str, str]:
    thing = rng.randrange(len(_AR_THINGS))
    problem = rng.randrange(len(_AR_PROBLEMS))
    steps_ar = "\n".join(
        f"- {rng.choice(_STEPS_AR)} {rng.choice(_AR_THINGS)}" for _ in range(rng.randint(2, 6))
    )
    steps_en = "\n".join(
        f"- {rng.choice(_STEPS_EN)} the {rng.choice(_EN_THINGS)}" for _ in range(2, 6)
    )
    both = rng.random() < 0.7
    arabic = both or rng.random() < 0.5
    return {
        "title_ar": f"{_AR_THINGS[thing]} {_AR_PROBLEMS[problem]} ({i})" if arabic else "",
        "title_en": (
            f"The {_EN_THINGS[thing]} {_EN_PROBLEMS[problem]} ({i})" if both or not arabic else ""
        ),
        "body_ar": f"إذا كانت {_AR_THINGS[thing]} {_AR_PROBLEMS[problem]}:\n\n{steps_ar}"
        if arabic
        else "",
        "body_en": f"When the {_EN_THINGS[thing]} {_EN_PROBLEMS[problem]}:\n\n{steps_en}"
        if both or not arabic
        else "",
        "keywords": " ".join(rng.sample(_EN_THINGS, 2) + rng.sample(_AR_THINGS, 1)),
    }


def cached_articles(count: int = ARTICLES) -> Path:
    """A database holding ``count`` published articles (generated once)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"kb-articles-{count}-seed{SEED}-v{DATA_VERSION}-s{SCHEMA_HEAD}.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    print(f"generating {count:,} articles into {path.name} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    db = open_database(partial)
    try:
        with db.writing() as session:
            ctx = ensure_local_setup(session, BranchProfile(), "bench", "Bench")
            hlc, now = ctx.stamp(session), ctx.now()
        rng = random.Random(SEED)
        rows = [
            {
                **_article(rng, i),
                "id": new_id(),
                "status": "published",
                "author_id": ctx.actor.user_id,
                "author_name": ctx.actor.name,
                "updated_at": hlc,
                "created_at": now.replace(tzinfo=None).isoformat(sep=" "),
                "client": ctx.client_id,
            }
            for i in range(count)
        ]
        with db.engine.begin() as conn:
            # The schema's triggers index each row, exactly as a save does.
            conn.exec_driver_sql(
                "INSERT INTO kb_article (id, title_ar, title_en, body_ar, body_en, category,"
                " keywords, status, author_id, author_name, reviewer_id, review_on, updated_at,"
                " version, origin_client_id, created_at) VALUES (:id, :title_ar, :title_en,"
                " :body_ar, :body_en, '', :keywords, :status, :author_id, :author_name, NULL, '',"
                " :updated_at, 1, :client, :created_at)",
                rows,
            )
            conn.exec_driver_sql("INSERT INTO kb_article_fts(kb_article_fts) VALUES ('optimize')")
    finally:
        db.close()
    print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    partial.replace(path)
    return path


def _keystrokes() -> list[str]:
    return [phrase[:n] for phrase in TYPED for n in range(1, len(phrase) + 1)]


_LIKE = (
    "SELECT id, title_ar, title_en, body_ar, body_en FROM kb_article"
    " WHERE status = 'published' AND deleted_at IS NULL AND (title_ar LIKE :p"
    " OR title_en LIKE :p OR keywords LIKE :p OR body_ar LIKE :p OR body_en LIKE :p) LIMIT 5"
)


def run_knowledge(rounds: int = 3) -> list[Figure]:
    """Every keystroke of TYPED timed on its own, ``rounds`` times after one
    untimed pass, for suggest() and for the LIKE scan alike."""
    path = cached_articles()
    db = Database(path)
    typed = _keystrokes()
    try:
        with db.reading() as session:
            per_key = Sample(_per_key(session, typed, rounds, ours=True))
            base_key = Sample(_per_key(session, typed, rounds, ours=False))
    finally:
        db.close()
    details = {"keystrokes": len(typed), "ours": per_key.summary(), "baseline": base_key.summary()}
    name = "LIKE '%typed%' scan"
    note = f"{ARTICLES:,} articles, {len(typed)} keystrokes"
    return [
        Figure(
            "kb suggest",
            "suggest() per keystroke",
            ARTICLES,
            per_key.median,
            stat="p50",
            baseline=base_key.median,
            baseline_name=name,
            budget="p50 <20 ms",
            verdict=verdict(per_key.median < BUDGET_MS),
            note=note,
            details=details,
        ),
        Figure(
            "kb suggest",
            "suggest() per keystroke",
            ARTICLES,
            per_key.p95,
            stat="p95",
            baseline=base_key.p95,
            baseline_name=name,
            note=note,
            details=details,
        ),
    ]


def _per_key(session: Session, typed: list[str], rounds: int, *, ours: bool) -> tuple[float, ...]:
    conn = session.connection()
    times = []
    gc.disable()
    try:
        for round_no in range(rounds + 1):
            for text in typed:
                started = time.perf_counter()
                if ours:
                    suggest(session, text, "ar")
                else:
                    conn.exec_driver_sql(_LIKE, {"p": f"%{text}%"}).all()
                if round_no:  # the first pass warms the caches, untimed
                    times.append((time.perf_counter() - started) * 1000)
    finally:
        gc.enable()
    return tuple(times)
