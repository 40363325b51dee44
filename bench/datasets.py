"""Benchmark databases: demo data of a given size, generated once and cached."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

from desk_app.admin import demo
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.storage.db import SCHEMA_HEAD, open_database

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 1
# Bump when the demo generator changes what it writes, so caches are rebuilt.
DATA_VERSION = 4  # 3: complaints, resolutions, follow-ups, SLA columns; 4: clock revision kept


def cached_database(tickets: int) -> tuple[Path, float | None]:
    """Path of a database with ``tickets`` demo tickets, and how long generating
    it took (None when it came from the cache)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    # The schema revision is part of the name: a cache made for an older schema
    # is brought up to date by the app's own migrations (a few minutes at most
    # where generating again takes many), then renamed.
    path = CACHE / f"tickets-{tickets}-seed{SEED}-v{DATA_VERSION}-s{SCHEMA_HEAD}.sqlite3"
    if path.exists():
        return path, None
    partial = path.with_suffix(".partial")
    _remove(partial)
    older = _older_revision(tickets)
    if older is not None:
        return _migrated(older, partial, path)
    print(f"generating {tickets:,} demo tickets into {path.name} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    db = open_database(partial)
    try:
        with db.writing() as session:
            ctx = ensure_local_setup(session, BranchProfile(), "bench", "Bench")
        demo.populate(db, ctx, tickets, seed=SEED, progress=_progress)
    finally:
        db.close()
    seconds = time.perf_counter() - started
    print(f"\n  done in {seconds:.1f} s", file=sys.stderr, flush=True)
    os.replace(partial, path)
    return path, seconds


def _older_revision(tickets: int) -> Path | None:
    """The newest cache of the same data made for an older schema, if any."""
    stem = f"tickets-{tickets}-seed{SEED}-v{DATA_VERSION}-s"
    older = [
        p
        for p in CACHE.glob(f"{stem}*.sqlite3")
        if p.name.removeprefix(stem).removesuffix(".sqlite3") < SCHEMA_HEAD
    ]
    return max(older, default=None)


def _migrated(older: Path, partial: Path, path: Path) -> tuple[Path, float]:
    """Move an older cache aside, upgrade it to this schema, name it anew.
    The seconds taken are reported as the generation time."""
    print(f"migrating {older.name} to schema {SCHEMA_HEAD} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        if Path(str(older) + suffix).exists():
            os.replace(str(older) + suffix, str(partial) + suffix)
    open_database(partial).close()
    seconds = time.perf_counter() - started
    print(f"  done in {seconds:.1f} s", file=sys.stderr, flush=True)
    os.replace(partial, path)
    return path, seconds


def working_copy(source: Path, name: str) -> Path:
    """A throwaway copy for benchmarks that write (the cached file stays as made)."""
    target = CACHE / f"{name}.sqlite3"
    _remove(target)
    shutil.copyfile(source, target)
    return target


def discard(path: Path) -> None:
    """Remove a working copy (and its WAL files)."""
    _remove(path)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _progress(done: int, total: int) -> None:
    if done % 50_000 == 0 or done == total:
        print(f"\r  {done:,} / {total:,}", end="", file=sys.stderr, flush=True)
