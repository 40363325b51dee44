"""desk-server: run the central server.

    desk-server [--host 127.0.0.1] [--port 8470] [--workers N] [--no-migrate]

Settings come from the environment (MAKTAB_SERVER_DATABASE_URL,
MAKTAB_SERVER_SECRET_KEY, …; see desk_app.server.settings). The schema is
upgraded on start unless --no-migrate is given (then it must be current).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError

PROG = "desk-server"
DEFAULT_PORT = 8470
EXIT_OK = 0
EXIT_FAILED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Maktab central server.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port to listen on")
    parser.add_argument(
        "--workers", type=int, default=1, help="worker processes (PostgreSQL only for more than 1)"
    )
    parser.add_argument(
        "--no-migrate", action="store_true", help="do not upgrade the database schema on start"
    )
    parser.add_argument(
        "--forwarded-allow-ips",
        default=None,
        metavar="IPS",
        help="proxies whose X-Forwarded-For is trusted (the client address limits sign-ins)",
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        import uvicorn

        from desk_app.server.database import ServerDatabase
        from desk_app.server.http_protocol import MAX_HEADER_BYTES, ErrorBodyH11Protocol
        from desk_app.server.migrate import current_revision, head_revision, upgrade_to_head
        from desk_app.server.settings import ConfigError, ServerSettings, resolve_secret_key
    except ImportError as error:
        print(f"{PROG}: the server is not installed ({error.name}); install maktab[server]")
        return EXIT_FAILED
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    try:
        settings = ServerSettings()
        resolve_secret_key(settings)
        if args.workers > 1 and settings.database_url.startswith("sqlite"):
            raise ConfigError("several workers need PostgreSQL; SQLite serves one process")
        db = ServerDatabase(settings.database_url)
        try:
            if args.no_migrate:
                if current_revision(db.engine) != head_revision():
                    raise ConfigError("the schema is not current; start without --no-migrate")
            else:
                upgrade_to_head(db.engine)
        finally:
            db.dispose()
    except (ConfigError, ValidationError) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_FAILED
    except DBAPIError as error:
        detail = " ".join(str(error.orig).split())
        print(f"{PROG}: cannot use the database: {detail}", file=sys.stderr)
        return EXIT_FAILED
    uvicorn.run(
        "desk_app.server.main:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        # h11 (with its refusals as ErrorBody), and its header limit stated.
        http=ErrorBodyH11Protocol,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        proxy_headers=args.forwarded_allow_ips is not None,
        forwarded_allow_ips=args.forwarded_allow_ips,
    )
    return EXIT_OK


def app_from_environment() -> object:
    """The application of each worker, built from the environment's settings."""
    from desk_app.server.app import create_app

    return create_app()


if __name__ == "__main__":
    sys.exit(main())
