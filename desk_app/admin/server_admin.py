"""desk-admin server …: the central server's branches, people and devices.

    desk-admin server create-branch --code RYD --name Riyadh [--name-ar …] [--time-zone …]
    desk-admin server create-user USERNAME --display-name … --role agent --branch RYD
                                  [--branch JED …] [--password-stdin]
    desk-admin server set-password USERNAME [--password-stdin]
    desk-admin server grant USERNAME --branch CODE
    desk-admin server revoke-branch USERNAME --branch CODE
    desk-admin server set-role USERNAME ROLE
    desk-admin server deactivate-user USERNAME | activate-user USERNAME
    desk-admin server list-devices [--user USERNAME]
    desk-admin server revoke-device DEVICE_ID
    desk-admin server purge-tombstones [--days N]
    desk-admin server migrate

Every command works on the server database given by --database-url or
MAKTAB_SERVER_DATABASE_URL (default: the embedded SQLite file), upgrading its
schema first. Needs the ``server`` extra. Mistakes are reported in one line
with exit code 1, never as a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any, TextIO

PROG = "desk-admin server"
EXIT_OK = 0
EXIT_FAILED = 1

ROLES = ("intake", "agent", "senior_agent", "team_lead", "supervisor", "admin")


def add_parser(commands: Any) -> None:
    """Register ``server`` and its subcommands on desk-admin's subparsers."""
    server = commands.add_parser("server", help="administer the central server's database")
    _database_url(server, None)
    sub = server.add_subparsers(dest="server_command", required=True, metavar="SUBCOMMAND")

    def command(name: str, text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = sub.add_parser(name, help=text, description=text)
        _database_url(parser, argparse.SUPPRESS)
        return parser

    branch = command("create-branch", "create a branch (office)")
    branch.add_argument("--code", required=True, help="short code, prefixes ticket numbers")
    branch.add_argument("--name", required=True)
    branch.add_argument("--name-ar", default="", help="the name in Arabic")
    branch.add_argument(
        "--time-zone", default="Asia/Riyadh", help="IANA zone (default Asia/Riyadh)"
    )
    branch.add_argument(
        "--weekend-days", default="5,6", help="ISO weekdays (default 5,6: Fri, Sat)"
    )

    queue = command("create-queue", "create a queue (support group) desks route tickets to")
    queue.add_argument("--name", required=True)
    queue.add_argument("--name-ar", default="", help="the name in Arabic")
    queue.add_argument(
        "--tier", type=int, default=1, help="0 self-service, 1 first line, 2 specialist, 3 expert"
    )
    queue.add_argument(
        "--branch", default=None, metavar="CODE", help="only this branch's desks (default: all)"
    )

    command("seed-queues", "create the default queues desks start with, if missing")

    for name, text in (
        ("add-member", "make a user a member of a queue (its team)"),
        ("remove-member", "take a user out of a queue's team"),
    ):
        member = command(name, text)
        member.add_argument("username")
        member.add_argument("--queue", required=True, help="the queue's id, or its name")

    user = command("create-user", "create a user who can sign in")
    user.add_argument("username")
    user.add_argument("--display-name", required=True)
    user.add_argument("--role", default="agent", choices=ROLES)
    user.add_argument(
        "--branch", action="append", required=True, metavar="CODE", help="repeat for several"
    )
    _password_stdin(user)

    password = command("set-password", "set a user's password")
    password.add_argument("username")
    _password_stdin(password)

    for name, text in (
        ("grant", "give a user access to a branch"),
        ("revoke-branch", "take a branch away from a user"),
    ):
        access = command(name, text)
        access.add_argument("username")
        access.add_argument("--branch", required=True, metavar="CODE")

    role = command("set-role", "change a user's role")
    role.add_argument("username")
    role.add_argument("role", choices=ROLES)

    for name, text in (
        ("deactivate-user", "stop a user signing in (their tokens stop working at once)"),
        ("activate-user", "let a deactivated user sign in again"),
    ):
        command(name, text).add_argument("username")

    devices = command("list-devices", "list signed-in devices")
    devices.add_argument("--user", metavar="USERNAME")

    revoke = command("revoke-device", "sign a device out for good")
    revoke.add_argument("device_id")

    purge = command("purge-tombstones", "remove deleted rows older than the retention window")
    purge.add_argument("--days", type=int, default=None, help="retention (default from settings)")

    command("migrate", "create or upgrade the server database")


def _database_url(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--database-url",
        default=default,
        metavar="URL",
        help="server database (default: MAKTAB_SERVER_DATABASE_URL or the embedded SQLite file)",
    )


def _password_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )


class _Refused(Exception):
    pass


def read_password(from_stdin: bool, stdin: TextIO | None = None) -> str:
    stdin = stdin or sys.stdin
    if from_stdin:
        return stdin.readline().rstrip("\r\n")
    if not stdin.isatty():
        raise _Refused("no terminal to ask for the password; use --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise _Refused("the passwords differ")
    return first


def run(args: argparse.Namespace) -> int:
    try:
        from pydantic import ValidationError
        from sqlalchemy.exc import DBAPIError

        from desk_app.server.database import ServerDatabase
        from desk_app.server.directory import AdminError
        from desk_app.server.migrate import upgrade_to_head
        from desk_app.server.settings import ServerSettings
    except ImportError as error:
        return _fail(f"the server is not installed ({error.name}); install maktab[server]")
    try:
        overrides = {"database_url": args.database_url} if args.database_url else {}
        settings = ServerSettings(**overrides)
    except ValidationError as error:
        return _fail(f"bad server settings: {error.errors()[0]['msg']}")
    handler = _HANDLERS[args.server_command]
    db = ServerDatabase(settings.database_url)
    try:
        upgrade_to_head(db.engine)
        return handler(db, settings, args)
    except (AdminError, _Refused) as error:
        return _fail(str(error))
    except DBAPIError as error:
        detail = " ".join(str(error.orig).split())  # the driver's text, on one line
        return _fail(f"cannot use the server database: {detail}")
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was saved")
    finally:
        db.dispose()


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_FAILED


# --- subcommands -------------------------------------------------------------
# Each takes (database, settings, args) and returns an exit code; imports of the
# server stay inside, so desk-admin without the server extra still starts.


def _create_branch(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory

    with db.writing() as conn:
        branch_id = directory.create_branch(
            conn,
            args.code,
            args.name,
            name_ar=args.name_ar,
            time_zone=args.time_zone,
            weekend_days=args.weekend_days,
        )
    print(f"branch {args.code.upper()} created: {branch_id}")
    return EXIT_OK


def _create_queue(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory

    with db.writing() as conn:
        queue_id = directory.create_queue(
            conn, args.name, name_ar=args.name_ar, tier=args.tier, branch_code=args.branch
        )
    print(f"queue {' '.join(args.name.split())!r} created: {queue_id}")
    return EXIT_OK


def _seed_queues(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory

    with db.writing() as conn:
        created = directory.seed_default_queues(conn)
    if created:
        print(f"queues created: {', '.join(created)}")
    else:
        print("the default queues exist already")
    return EXIT_OK


def _add_member(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory

    with db.writing() as conn:
        done = directory.add_member(conn, args.username, args.queue)
    print(f"{args.username} {'added to' if done else 'is already in'} {args.queue}")
    return EXIT_OK


def _remove_member(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory

    with db.writing() as conn:
        done = directory.remove_member(conn, args.username, args.queue)
    print(f"{args.username} {'removed from' if done else 'was not in'} {args.queue}")
    return EXIT_OK


def _create_user(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory
    from desk_app.server.security import Passwords

    hash_password = Passwords.from_settings(settings).hash
    password = read_password(args.password_stdin)
    directory.check_password(password)
    with db.writing() as conn:
        user_id = directory.create_user(
            conn, args.username, args.display_name, args.role, args.branch, hash_password(password)
        )
    print(f"user {args.username.casefold()} created: {user_id}")
    return EXIT_OK


def _set_password(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory
    from desk_app.server.security import Passwords

    hash_password = Passwords.from_settings(settings).hash
    password = read_password(args.password_stdin)
    directory.check_password(password)
    with db.writing() as conn:
        directory.set_password(conn, args.username, hash_password(password))
    print(f"password of {args.username} changed")
    return EXIT_OK


def _grant(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory

    with db.writing() as conn:
        done = directory.grant_branch(conn, args.username, args.branch)
    state = "granted" if done else "already had"
    print(f"{args.username} {state} access to {args.branch.upper()}")
    return EXIT_OK


def _revoke_branch(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory

    with db.writing() as conn:
        done = directory.revoke_branch(conn, args.username, args.branch)
    state = "no longer has" if done else "did not have"
    print(f"{args.username} {state} access to {args.branch.upper()}")
    return EXIT_OK


def _set_role(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory

    with db.writing() as conn:
        directory.set_role(conn, args.username, args.role)
    print(f"{args.username} is now {args.role}")
    return EXIT_OK


def _activation(active: bool) -> Callable[[Any, Any, argparse.Namespace], int]:
    def change(db: Any, settings: Any, args: argparse.Namespace) -> int:
        from desk_app.server import directory

        with db.writing() as conn:
            directory.set_active(conn, args.username, active)
        print(f"{args.username} {'activated' if active else 'deactivated'}")
        return EXIT_OK

    return change


def _list_devices(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory
    from desk_app.server.text import printable

    with db.reading() as conn:
        devices = directory.list_devices(conn, args.user)
    if not devices:
        print("no devices")
        return EXIT_OK
    print("DEVICE ID                             USER         LAST SEEN (UTC)   STATE    NAME")
    for d in devices:
        state = "revoked" if d.revoked_at else "active"
        seen = d.last_seen_at.strftime("%Y-%m-%d %H:%M")
        # A device names itself at sign-in: what it sent is shown, never obeyed
        # (an escape sequence would otherwise drive the administrator's terminal).
        print(f"{d.id}  {printable(d.username):<12} {seen:<17} {state:<8} {printable(d.name)}")
    return EXIT_OK


def _revoke_device(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from desk_app.server import directory

    with db.writing() as conn:
        done = directory.revoke_device(conn, args.device_id)
    print(f"device {args.device_id} {'revoked' if done else 'was revoked already'}")
    return EXIT_OK


def _purge(db: Any, settings: Any, args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from desk_app.server.retention import purge_tombstones

    days = args.days if args.days is not None else settings.tombstone_retention_days
    if days < 1:
        raise _Refused("--days must be at least 1")
    with db.writing() as conn:
        summary = purge_tombstones(conn, days, datetime.now(UTC))
    detail = ", ".join(f"{n} {entity}" for entity, n in sorted(summary.rows.items()))
    print(
        f"purged {summary.total} tombstones older than {days} days"
        + (f" ({detail})" if detail else "")
        + f" and {summary.applied_ops} remembered op results"
    )
    return EXIT_OK


def _migrate(db: Any, settings: Any, args: argparse.Namespace) -> int:
    print("server database is current")  # run() has upgraded it already
    return EXIT_OK


_HANDLERS: dict[str, Callable[[Any, Any, argparse.Namespace], int]] = {
    "create-branch": _create_branch,
    "create-queue": _create_queue,
    "add-member": _add_member,
    "remove-member": _remove_member,
    "seed-queues": _seed_queues,
    "create-user": _create_user,
    "set-password": _set_password,
    "grant": _grant,
    "revoke-branch": _revoke_branch,
    "set-role": _set_role,
    "deactivate-user": _activation(False),
    "activate-user": _activation(True),
    "list-devices": _list_devices,
    "revoke-device": _revoke_device,
    "purge-tombstones": _purge,
    "migrate": _migrate,
}
