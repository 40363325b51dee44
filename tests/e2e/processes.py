"""Real processes for the fault-injection runs: `desk-server` as a subprocess
that can be killed with SIGKILL and started again on the same port, and a
small TCP proxy per desk that can cut the link or lose replies.

Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from desk_app.server import directory
from desk_app.server.database import ServerDatabase
from desk_app.server.migrate import upgrade_to_head
from desk_app.server.security import Passwords
from tests.sync.harness import PASSWORD

HOST = "127.0.0.1"
SECRET = "e2e-" + "s" * 48  # fixed: tokens stay valid across server restarts
START_TIMEOUT_S = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def prepare_directory(url: str, usernames: list[str]) -> None:
    """Migrate the server's database and make what an administrator would:
    branch HQ, the shared default queues and one person per desk (a supervisor:
    may edit any ticket, so these runs are about sync, not rights)."""
    db = ServerDatabase(url)
    try:
        upgrade_to_head(db.engine)
        hashed = Passwords(1, 1024, 1).hash(PASSWORD)  # cheap: these runs test sync
        with db.writing() as conn:
            directory.create_branch(conn, "HQ", "Head office")
            directory.seed_default_queues(conn)
            for name in usernames:
                directory.create_user(conn, name, name.title(), "supervisor", ["HQ"], hashed)
    finally:
        db.dispose()


class ServerProcess:
    """`desk-server` on a fixed port; ``kill`` is SIGKILL (no shutdown code runs)."""

    def __init__(
        self, url: str, port: int, log_path: Path, *, escalation_interval_s: int = 0
    ) -> None:
        self.url, self.port, self.log_path = url, port, log_path
        # The server's own escalation pass is off unless a test asks for it.
        self.escalation_interval_s = escalation_interval_s
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        env = {
            **os.environ,
            "MAKTAB_SERVER_DATABASE_URL": self.url,
            "MAKTAB_SERVER_SECRET_KEY": SECRET,
            "MAKTAB_SERVER_PASSWORD_TIME_COST": "1",
            "MAKTAB_SERVER_PASSWORD_MEMORY_KIB": "1024",
            "MAKTAB_SERVER_PASSWORD_PARALLELISM": "1",
            "MAKTAB_SERVER_HOUSEKEEPING_INTERVAL_SECONDS": "0",
            "MAKTAB_SERVER_ESCALATION_INTERVAL_SECONDS": str(self.escalation_interval_s),
        }
        command = [sys.executable, "-m", "desk_app.server.main", "--host", HOST]
        command += ["--port", str(self.port), "--no-migrate", "--log-level", "warning"]
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
        self.starts += 1
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"desk-server exited; see {self.log_path}")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{self.base_url}/api/v1/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"desk-server did not answer within {START_TIMEOUT_S:.0f} s")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None


class FaultProxy:
    """A TCP proxy between one desk and the server.

    - ``partition()``: every open connection is cut and new ones are closed
      as soon as they are accepted, until ``heal()``;
    - ``lose_replies(n)``: the next ``n`` responses are read from the server
      (so it has done the work and committed) and then dropped, the desk's
      connection closed instead: the desk cannot know whether it happened.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server((HOST, 0))
        self.port = int(self._listener.getsockname()[1])
        self._lock = threading.Lock()
        self._partitioned = False
        self._lose = 0
        self.lost = 0  # replies actually dropped
        self._open: set[socket.socket] = set()
        self._closing = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def partition(self) -> None:
        with self._lock:
            self._partitioned = True
            sockets = list(self._open)
        for sock in sockets:
            _close(sock)

    def heal(self) -> None:
        with self._lock:
            self._partitioned = False
            self._lose = 0

    def lose_replies(self, count: int) -> None:
        with self._lock:
            self._lose += count

    def close(self) -> None:
        self._closing = True
        _close(self._listener)
        self.partition()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                refused = self._partitioned
            if refused:
                _close(client)
                continue
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection((HOST, self.target_port), timeout=5)
        except OSError:
            _close(client)  # the server is down: the desk sees the link drop
            return
        upstream.settimeout(None)
        with self._lock:
            self._open.update((client, upstream))
        awaiting = threading.Event()  # a request went up since the last reply began

        def upward() -> None:
            while chunk := _recv(client):
                awaiting.set()
                if not _send(upstream, chunk):
                    break
            _close(upstream)

        threading.Thread(target=upward, daemon=True).start()
        while chunk := _recv(upstream):
            if awaiting.is_set():
                awaiting.clear()
                with self._lock:
                    drop = self._lose > 0
                    if drop:
                        self._lose -= 1
                        self.lost += 1
                if drop:
                    break
            if not _send(client, chunk):
                break
        _close(client)
        _close(upstream)
        with self._lock:
            self._open.difference_update((client, upstream))


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _send(sock: socket.socket, data: bytes) -> bool:
    try:
        sock.sendall(data)
    except OSError:
        return False
    return True


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
