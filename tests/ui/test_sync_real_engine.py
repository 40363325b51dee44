"""The sync screens over the real engine and the real server: a desk that has
worked offline signs in through the dialog, its outbox goes to the server, and
the indicator says so. The server runs in-process on a loopback port (an
embedded SQLite database), so the client's own HTTP stack is used unchanged."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pydantic import SecretStr
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.services.intake import IntakeForm
from desk_app.sync.credentials import MemoryKeyring, credential_key
from desk_app.sync.identity import read_aliases
from desk_app.sync.status import SyncState
from desk_app.ui.checks import type_text
from desk_app.ui.main_window import MainWindow
from desk_app.ui.sync_signin_dialog import SignInDialog
from desk_app.ui.sync_texts import problem_text
from tests.ui.conftest import add_tickets

uvicorn = pytest.importorskip("uvicorn", reason="the server extra is not installed")
PASSWORD = "correct horse battery"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous: KeyringBackend = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    from desk_app.server import directory
    from desk_app.server.app import create_app
    from desk_app.server.database import make_engine
    from desk_app.server.migrate import upgrade_to_head
    from desk_app.server.settings import ServerSettings

    url = "sqlite:///" + str(tmp_path / "server.sqlite3")
    engine = make_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
    settings = ServerSettings(
        database_url=url,
        secret_key=SecretStr("s" * 48),
        password_time_cost=1,  # cheap hashing: this is about the screens
        password_memory_kib=1024,
        password_parallelism=1,
    )
    app = create_app(settings)
    with app.state.db.writing() as conn:
        directory.create_branch(conn, "HQ", "Head office")
        password_hash = app.state.auth.passwords.hash(PASSWORD)
        directory.create_user(conn, "noura", "Noura", "agent", ["HQ"], password_hash)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    app.state.db.dispose()


def test_a_desk_signs_in_and_its_outbox_reaches_the_server(  # type: ignore[no-untyped-def]
    desk, qtbot, lang, server_url, memory_keyring
):
    add_tickets(desk, [IntakeForm(subject="Printer jams", customer_name="Lina")])
    # A half-typed intake names this desk's agent by the id it made up offline.
    offline_agent = desk.ctx.actor.user_id
    desk.drafts.save("intake", {"subject": "Scanner", "assignee_id": offline_agent})
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    indicator = window.sync.indicator
    # Before any server: the changes wait, and the indicator says so.
    qtbot.waitUntil(lambda: indicator.sync_status.pending >= 3, timeout=10_000)
    assert indicator.sync_status.state == SyncState.NOT_CONFIGURED

    window.sync.sign_in_action.trigger()
    dialog = window.sync.dialogs["sign_in"]
    assert isinstance(dialog, SignInDialog)
    dialog.server_url.clear()
    type_text(dialog.server_url, server_url)
    dialog.username.clear()
    type_text(dialog.username, "noura")
    type_text(dialog.password, "not the password")
    QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert dialog.message.text() == problem_text("invalid_credentials", signing_in=True)
    assert dialog.isVisible()

    dialog.password.clear()
    type_text(dialog.password, PASSWORD)
    QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sign_in" not in window.sync.dialogs, timeout=15_000)
    qtbot.waitUntil(
        lambda: (
            indicator.sync_status.state == SyncState.SYNCED and indicator.sync_status.pending == 0
        ),
        timeout=20_000,
    )
    assert indicator.sync_status.problem == ""
    assert desk.settings.server_url == server_url
    assert memory_keyring.get_password("maktab", credential_key(server_url, "noura"))
    outbox = window.sync.open_outbox()
    qtbot.waitUntil(lambda: not outbox.loading, timeout=10_000)
    assert outbox.model.rowCount() == 0
    # Signing in gave the agent the server's id: the draft follows it.
    with desk.db.reading() as session:
        adopted = read_aliases(session)[offline_agent]
    assert adopted != offline_agent
    qtbot.waitUntil(lambda: desk.drafts.load("intake") is not None, timeout=5_000)
    qtbot.waitUntil(
        lambda: desk.drafts.load("intake") == {"subject": "Scanner", "assignee_id": adopted},
        timeout=10_000,
    )
    window.close()
    desk.tasks.wait()
