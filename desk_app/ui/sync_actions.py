"""Synchronisation in the main window: the indicator, "Sync now", the menu
entries, and the dialogs they open, over one runner.

What it does with the server comes from a ``SyncBackend``: plain callables, so
every screen can be driven in a test with constructed data, and the real
engine is plugged in by ``real_backend``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from desk_app.config import save_settings
from desk_app.services.ticket_detail import load_reference_data
from desk_app.sync.identity import read_aliases
from desk_app.sync.status import SyncState, SyncStatus
from desk_app.ui.desk import Desk
from desk_app.ui.sync_conflicts_dialog import ConflictsDialog, ListConflicts, ResolveConflict
from desk_app.ui.sync_outbox_dialog import ListOutbox, OutboxAction, OutboxDialog
from desk_app.ui.sync_runner import Background, SyncEngineLike, SyncRunner
from desk_app.ui.sync_signin_dialog import SignInDialog, SignInRequest
from desk_app.ui.sync_status import SyncIndicator, indicator_text

if TYPE_CHECKING:
    from desk_app.sync.conflicts import Choice
    from desk_app.sync.engine import SyncEngine


@dataclass
class SyncBackend:
    """Everything the sync screens ask of the layers below.

    ``make_engine`` and ``sign_in`` run on a worker thread (they may touch the
    network and the keyring); ``sign_in`` returns the engine to use from then
    on. The list/act functions run through the desk's database jobs.
    """

    make_engine: Callable[[], SyncEngineLike | None]
    sign_in: Callable[[SignInRequest], SyncEngineLike]
    list_outbox: ListOutbox
    retry: OutboxAction
    discard: OutboxAction
    list_conflicts: ListConflicts
    resolve: ResolveConflict
    # The counts (pending, refused, conflicts) when there is no engine.
    idle_status: Callable[[], SyncStatus] | None = None


def real_backend(desk: Desk) -> SyncBackend:
    """The sync engine of desk_app.sync over the desk's database and context."""
    settings = desk.settings

    def username() -> str:
        return settings.agent_username

    # The HTTP client, keyring and engine are imported when first needed (on
    # the sync worker thread), not at start-up: the desk must open fast, and
    # most of the time without a server.
    def make_engine() -> SyncEngine | None:
        if not settings.server_url:
            return None
        from desk_app.sync import account
        from desk_app.sync.client import SyncClient
        from desk_app.sync.credentials import CredentialStore
        from desk_app.sync.engine import SyncEngine

        client = SyncClient(settings.server_url)
        # No token stored: the engine reports "signed out" until someone signs in.
        account.restore_session(client, CredentialStore(), username=username())
        desk.server_client = client
        return SyncEngine(desk.db, desk.ctx, client)

    def sign_in(request: SignInRequest) -> SyncEngine:
        from desk_app.sync import account
        from desk_app.sync.client import SyncClient
        from desk_app.sync.credentials import CredentialStore
        from desk_app.sync.engine import SyncEngine

        client = SyncClient(request.server_url)
        try:
            account.sign_in(
                desk.db,
                desk.ctx,
                client,
                CredentialStore(),
                username=request.username,
                password=request.password,
                device_name=request.device_name,
            )
        except Exception:
            client.close()
            raise
        desk.server_client = client
        return SyncEngine(desk.db, desk.ctx, client)

    def idle_status() -> SyncStatus:
        from desk_app.sync.counts import read_status

        with desk.db.reading() as session:
            return read_status(session, SyncState.NOT_CONFIGURED)

    return SyncBackend(
        make_engine=make_engine,
        sign_in=sign_in,
        idle_status=idle_status,
        list_outbox=lambda session: _review().list_outbox(session),
        retry=lambda session, _ctx, seq: _review().retry_rejected(session, seq),
        discard=lambda session, ctx, seq: _review().discard_rejected(session, ctx, seq),
        list_conflicts=lambda session: _review().list_conflicts(session),
        resolve=lambda session, ctx, cid, choice, value: _review().resolve_conflict(
            session, ctx, cid, _choice(choice), value
        ),
    )


def _review() -> ModuleType:
    """desk_app.sync.conflicts, imported on first use (it brings the wire codec)."""
    from desk_app.sync import conflicts

    return conflicts


def _choice(choice: str) -> Choice:
    if choice == "mine":
        return "mine"
    if choice == "theirs":
        return "theirs"
    if choice == "edit":
        return "edit"
    raise ValueError(f"unknown choice {choice!r}")


def pulled_rows(engine: SyncEngineLike, _status: SyncStatus) -> list[str] | None:
    """After a round: None when it brought rows from the server (which ones
    the engine does not say, so every view reloads), [] when it brought none."""
    report = getattr(engine, "last_report", None)
    pulled = getattr(report, "pulled", 1) or getattr(report, "configured", 0)
    return None if pulled else []


def default_backend(desk: Desk) -> SyncBackend:
    """The backend the app uses."""
    return real_backend(desk)


class SyncUi(QObject):
    """Owns the runner and the sync actions of one main window.

    ``everythingChanged``: a sync brought rows from other desks without saying
    which; the window reloads its views.
    """

    everythingChanged = Signal()

    def __init__(
        self,
        desk: Desk,
        window: QWidget,
        backend: SyncBackend,
        *,
        interval_s: float | None = None,
    ) -> None:
        super().__init__(window)
        self.desk = desk
        self.window = window
        self.backend = backend
        self.background = Background(self)  # sign-in: never waits behind a sync
        kwargs: dict[str, Any] = {} if interval_s is None else {"interval_s": interval_s}
        self.runner = SyncRunner(
            engine_factory=backend.make_engine,
            idle_status=backend.idle_status,
            changed_tickets=pulled_rows,
            parent=self,
            **kwargs,
        )
        self.indicator = SyncIndicator(desk.settings.branch.time_zone, window)
        self.dialogs: dict[str, QDialog] = {}

        self.sync_now_action = QAction(self.tr("S&ync now"), window)
        self.sync_now_action.setObjectName("syncNowAction")
        self.sync_now_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_now_action.triggered.connect(self.sync_now)
        self.sign_in_action = QAction(self.tr("Sign &in to server…"), window)
        self.sign_in_action.setObjectName("signInAction")
        self.sign_in_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.sign_in_action.triggered.connect(self.open_sign_in)
        self.outbox_action = QAction(self.tr("&Outbox…"), window)
        self.outbox_action.setObjectName("outboxAction")
        self.outbox_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.outbox_action.triggered.connect(self.open_outbox)
        self.conflicts_action = QAction(self.tr("&Conflicts to review…"), window)
        self.conflicts_action.setObjectName("conflictsAction")
        self.conflicts_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.conflicts_action.triggered.connect(self.open_conflicts)

        self.indicator.outboxRequested.connect(self.open_outbox)
        self.indicator.conflictsRequested.connect(self.open_conflicts)
        self.runner.statusChanged.connect(self._status_changed)
        self.runner.pulled.connect(self._pulled)
        desk.wrote.connect(self.runner.sync_soon)
        # Local writes add to the outbox: recount soon (debounced).
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(1000)
        self._recount.timeout.connect(self.runner.refresh_status)
        desk.ticketsChanged.connect(lambda _ids: self._recount.start())

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (
            self.sync_now_action,
            self.sign_in_action,
            self.outbox_action,
            self.conflicts_action,
        )

    def start(self) -> None:
        self.runner.start()

    def shutdown(self) -> None:
        self._recount.stop()
        self.runner.shutdown()
        self.background.wait()

    # -- status --------------------------------------------------------------
    def _status_changed(self, status: SyncStatus) -> None:
        self.indicator.set_status(status)
        self.sync_now_action.setToolTip(indicator_text(status, self.indicator.zone))
        conflicts = status.conflicts  # a plain name: lupdate 6.11 skips attribute counts
        self.conflicts_action.setText(
            self.tr("&Conflicts to review (%Ln)…", "", conflicts)
            if conflicts
            else self.tr("&Conflicts to review…")
        )

    def _pulled(self, ticket_ids: list[str]) -> None:
        if ticket_ids:
            self.desk.ticketsChanged.emit(ticket_ids)
        else:
            # Rows came from other desks, maybe new people and queues too, and
            # the first round may have given this desk the server's ids.
            self.reload_reference()

    def reload_reference(self) -> None:
        """Reload the branch, queues and people the screens show, then let
        every view reload."""
        self.desk.read(
            lambda s: (load_reference_data(s, self.desk.ctx.branch_id), read_aliases(s)),
            self._reference_loaded,
            owner=self,
        )

    def sync_now(self) -> None:
        """Sync at once; with no server signed in, offer to sign in instead."""
        if self.runner.status.state in (SyncState.NOT_CONFIGURED, SyncState.SIGNED_OUT):
            self.open_sign_in()
            return
        self.runner.sync_now()

    # -- dialogs -------------------------------------------------------------
    def _show(self, key: str, make: Callable[[], QDialog]) -> QDialog:
        """One dialog of each kind; asking again brings it to the front."""
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = make()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _o=None, k=key: self.dialogs.pop(k, None))
            self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_sign_in(self) -> SignInDialog:
        settings = self.desk.settings

        def make() -> QDialog:
            dialog = SignInDialog(
                self._sign_in,
                self.background,
                server_url=settings.server_url,
                username=settings.agent_username,
                parent=self.window,
            )
            dialog.signedIn.connect(self._signed_in)
            return dialog

        dialog = self._show("sign_in", make)
        assert isinstance(dialog, SignInDialog)
        return dialog

    def _sign_in(self, request: SignInRequest) -> tuple[SignInRequest, SyncEngineLike]:
        return request, self.backend.sign_in(request)

    def _signed_in(self, result: tuple[SignInRequest, SyncEngineLike]) -> None:
        request, engine = result
        settings = self.desk.settings
        settings.server_url = request.server_url
        settings.username = request.username
        try:
            save_settings(settings)
        except OSError as error:
            self.indicator.setToolTip(str(error))
        # Signing in may have given this desk's branch and agent the server's
        # ids: reload what the screens show of them.
        self.reload_reference()
        self.runner.set_engine(engine)

    def _reference_loaded(self, loaded: tuple[Any, dict[str, str]]) -> None:
        reference, aliases = loaded
        # Ids adopted from the server reach the saved views and drafts too.
        self.desk.follow_aliases(aliases)
        self.desk.reference = reference
        self.desk.referenceChanged.emit()
        self.everythingChanged.emit()

    def open_outbox(self) -> OutboxDialog:
        def make() -> QDialog:
            dialog = OutboxDialog(
                self.desk,
                self.backend.list_outbox,
                self.backend.retry,
                self.backend.discard,
                self.window,
            )
            dialog.outboxChanged.connect(self._outbox_changed)
            return dialog

        dialog = self._show("outbox", make)
        assert isinstance(dialog, OutboxDialog)
        return dialog

    def _outbox_changed(self, action: str) -> None:
        if action == "retry":
            self.runner.sync_now()
        else:
            self.runner.refresh_status()

    def open_conflicts(self) -> ConflictsDialog:
        def make() -> QDialog:
            dialog = ConflictsDialog(
                self.desk, self.backend.list_conflicts, self.backend.resolve, self.window
            )
            # A decision is pushed like any other change.
            dialog.conflictsChanged.connect(self.runner.sync_now)
            dialog.conflictsChanged.connect(self.runner.refresh_status)
            return dialog

        dialog = self._show("conflicts", make)
        assert isinstance(dialog, ConflictsDialog)
        return dialog
