"""desk-admin: the administrator's command line.

    desk-admin init-db [--db PATH]
    desk-admin demo --tickets N [--db PATH] [--if-empty] [--seed S]
    desk-admin server SUBCOMMAND …   (the central server; see admin/server_admin.py)

Exit codes: 0 done, 1 the database cannot be used (locked, damaged, unreadable,
too new), 2 the command line is wrong. Problems are reported in one line, never
as a traceback.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import exc

from desk_app.admin import demo, demo_articles, demo_letters, server_admin
from desk_app.config import Settings, load_settings
from desk_app.services import metrics_store
from desk_app.services.context import WriteContext
from desk_app.services.setup import ensure_local_setup
from desk_app.storage.db import Database, DatabaseError, DatabaseProblem, classify, open_database

PROG = "desk-admin"
EXIT_OK = 0
EXIT_DATABASE = 1
EXIT_USAGE = 2

_PROBLEM_TEXT = {
    DatabaseProblem.LOCKED: "the database is locked by another program; close it and try again",
    DatabaseProblem.CORRUPT: "the file is damaged or is not a Maktab database",
    DatabaseProblem.UNREADABLE: "the database cannot be opened or written",
    DatabaseProblem.TOO_NEW: "the database was written by a newer version of Maktab",
}


def ticket_count(text: str) -> int:
    """argparse type of --tickets: a whole number from 0 to demo.MAX_TICKETS."""
    try:
        value = int(text.strip().replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    if value > demo.MAX_TICKETS:
        raise argparse.ArgumentTypeError(f"{value} is too many (at most {demo.MAX_TICKETS:,})")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Maktab administration.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def database_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--db",
            type=Path,
            metavar="PATH",
            help="database file (default: the one in the settings)",
        )

    init = commands.add_parser("init-db", help="create or upgrade the local database")
    database_option(init)

    fill = commands.add_parser("demo", help="fill the database with demo tickets")
    database_option(fill)
    fill.add_argument(
        "--tickets", type=ticket_count, required=True, metavar="N", help="how many tickets"
    )
    fill.add_argument(
        "--if-empty", action="store_true", help="do nothing if the database has tickets already"
    )
    fill.add_argument("--seed", type=int, default=1, help="seed of the generator (default 1)")
    figures = commands.add_parser("metrics", help="the supervisor's figures")
    figures_commands = figures.add_subparsers(
        dest="metrics_command", required=True, metavar="ACTION"
    )
    rebuild = figures_commands.add_parser(
        "rebuild", help="derive every ticket's figures and the summaries again from the journal"
    )
    database_option(rebuild)
    server_admin.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "server":
        return server_admin.run(args)
    settings = load_settings()
    path: Path = args.db or settings.database_path
    try:
        if args.command == "init-db":
            return _init_db(path, settings)
        if args.command == "metrics":
            return _metrics_rebuild(path, settings)
        return _demo(path, settings, args.tickets, seed=args.seed, if_empty=args.if_empty)
    except DatabaseError as error:
        return _database_failed(error.problem, error.path, error.detail)
    except (exc.DBAPIError, sqlite3.Error) as error:
        problem = classify(error) or DatabaseProblem.UNREADABLE
        return _database_failed(problem, path, str(getattr(error, "orig", error)))
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was saved", file=sys.stderr)
        return 130


def _database_failed(problem: DatabaseProblem, path: Path, detail: str) -> int:
    print(f"{PROG}: {path}: {_PROBLEM_TEXT[problem]} ({detail})", file=sys.stderr)
    return EXIT_DATABASE


def _open(path: Path, settings: Settings) -> tuple[Database, WriteContext]:
    db = open_database(path)
    try:
        with db.writing() as session:
            ctx = ensure_local_setup(
                session, settings.branch, settings.agent_username, settings.agent_display_name
            )
    except BaseException:
        db.close()
        raise
    return db, ctx


def _init_db(path: Path, settings: Settings) -> int:
    db, _ctx = _open(path, settings)
    db.close()
    print(f"database ready: {path.resolve()}")
    return EXIT_OK


def _metrics_rebuild(path: Path, settings: Settings) -> int:
    db, _ctx = _open(path, settings)
    try:
        with db.writing() as session:
            tickets = metrics_store.rebuild(session)
    finally:
        db.close()
    print(f"supervisor's figures rebuilt from the journal: {tickets:,} tickets")
    return EXIT_OK


def _demo(path: Path, settings: Settings, tickets: int, *, seed: int, if_empty: bool) -> int:
    db, ctx = _open(path, settings)
    try:
        if if_empty and demo.has_tickets(db):
            print(f"demo data skipped: {path.resolve()} already has tickets")
            return EXIT_OK
        report = _progress if tickets >= 50_000 and sys.stderr.isatty() else None
        summary = demo.populate(db, ctx, tickets, seed=seed, progress=report)
        articles = demo_articles.add_articles(db, ctx)
        letters = demo_letters.add_letters(db, ctx)
    finally:
        db.close()
    if report is not None:
        print(file=sys.stderr)
    numbers = f", {summary.first_number} … {summary.last_number}" if summary.tickets else ""
    print(
        f"demo data added to {path.resolve()}: {summary.tickets:,} tickets{numbers},"
        f" {summary.journal_entries:,} journal entries, {summary.customers:,} customers,"
        f" {summary.assets:,} assets, {summary.agents} new agents, {articles} articles,"
        f" {letters} register entries"
        f" in {summary.seconds:.1f} s"
    )
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    print(f"\r{PROG}: {done:,} / {total:,} tickets", end="", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
