"""Settings, the signing key, and desk-server as a real process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr

from desk_app.server import main as server_main
from desk_app.server.settings import (
    ConfigError,
    ServerSettings,
    default_database_url,
    normalise_database_url,
    resolve_secret_key,
)


def test_defaults_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAKTAB_SERVER_DATABASE_URL", raising=False)
    settings = ServerSettings()
    assert settings.database_url == default_database_url()
    assert "maktab-server" in settings.database_url
    assert settings.access_token_ttl_seconds == 900
    assert settings.tombstone_retention_days == 90
    assert settings.max_body_bytes == 5 * 1024 * 1024
    monkeypatch.setenv("MAKTAB_SERVER_TOMBSTONE_RETENTION_DAYS", "30")
    assert ServerSettings().tombstone_retention_days == 30


def test_postgresql_urls_use_psycopg_3() -> None:
    assert normalise_database_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    assert normalise_database_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalise_database_url("sqlite:///x.db") == "sqlite+pysqlite:///x.db"


def test_the_embedded_default_keeps_its_key_beside_the_database(tmp_path: Path) -> None:
    settings = ServerSettings(database_url=f"sqlite:///{tmp_path / 'db' / 's.sqlite3'}")
    key = resolve_secret_key(settings)
    assert len(key) >= 32
    assert resolve_secret_key(settings) == key  # the same after a restart
    key_file = tmp_path / "db" / "server-secret.key"
    if os.name == "posix":
        assert key_file.stat().st_mode & 0o077 == 0
    assert list((tmp_path / "db").iterdir()) == [key_file]


def test_postgresql_needs_a_configured_key() -> None:
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        resolve_secret_key(ServerSettings(database_url="postgresql://u@h/db"))
    with pytest.raises(ConfigError, match="at least"):
        resolve_secret_key(
            ServerSettings(database_url="postgresql://u@h/db", secret_key=SecretStr("short"))
        )


def test_desk_server_refuses_to_start_on_a_stale_schema_with_no_migrate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MAKTAB_SERVER_DATABASE_URL", f"sqlite:///{tmp_path / 's.sqlite3'}")
    assert server_main.main(["--no-migrate"]) == 1
    assert "not current" in capsys.readouterr().err
    monkeypatch.setenv("MAKTAB_SERVER_DATABASE_URL", "postgresql://u@127.0.0.1:1/x")
    monkeypatch.delenv("MAKTAB_SERVER_SECRET_KEY", raising=False)
    assert server_main.main([]) == 1
    assert "SECRET_KEY" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_desk_server_migrates_and_serves(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "MAKTAB_SERVER_DATABASE_URL": f"sqlite:///{tmp_path / 's.sqlite3'}"}
    command = [sys.executable, "-m", "desk_app.server.main", "--port", str(port)]
    command += ["--log-level", "warning"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read() if process.stdout else ""
                    pytest.fail(f"desk-server did not start: {output}")
                time.sleep(0.2)
        assert health.json() == {"status": "ok", "protocol": [2, 2]}
        old = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/auth/login",
            json={},
            headers={"X-Maktab-Protocol": "1"},
        )
        assert old.status_code == 426
    finally:
        process.terminate()
        process.wait(10)
