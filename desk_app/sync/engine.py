"""The client's sync engine: push the outbox, pull the server's changes.

``SyncEngine.sync_once`` is what the UI runs in the background (and on "sync
now"); it never raises for network or server trouble, it returns a SyncStatus
whose ``problem`` says what went wrong, and ``next_retry_in`` says when to try
again. No transaction is held open while waiting for the network.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass, replace

from sqlalchemy import select

from desk_app.models import SyncState as StateRow
from desk_app.services import attachments
from desk_app.services.attachments import BlobStore, store_beside
from desk_app.services.context import WriteContext
from desk_app.storage.db import Database
from desk_app.sync import config_sync, conflict_feed, law, pull, push
from desk_app.sync.client import SyncClient
from desk_app.sync.counts import LAST_SYNC_KEY, last_synced_at, read_status
from desk_app.sync.errors import (
    AuthFailed,
    CredentialsUnavailable,
    ProtocolMismatch,
    RateLimited,
    ServerFault,
    ServerRefused,
    SyncError,
    Unreachable,
)
from desk_app.sync.identity import AdoptedIdentity, adopt_server_identity
from desk_app.sync.protocol import DEFAULT_PULL_LIMIT, MAX_OPS_PER_PUSH, PushRequest
from desk_app.sync.status import CLOCK_AHEAD, SyncState, SyncStatus

log = logging.getLogger(__name__)

SERVER_KEY = "sync_server_url"
# Set once a pull from this server has reached its end. Until then the desk
# may not know the server's queues and people, and its pending ops may still
# name the ids it made up offline: it pulls everything before pushing. A stored
# cursor is not enough: a desk stopped after its first page has one.
CAUGHT_UP_KEY = "sync_caught_up"

BACKOFF_BASE_S = 5.0
BACKOFF_CAP_S = 300.0
# How long to wait before trying again after a refusal a person must act on
# (an old protocol, a revoked device): retrying every few seconds helps nobody.
REFUSED_RETRY_S = 900.0


def backoff_delay(
    failures: int,
    *,
    base: float = BACKOFF_BASE_S,
    cap: float = BACKOFF_CAP_S,
    jitter: float | None = None,
) -> float:
    """Seconds to wait after ``failures`` consecutive failures: doubling from
    ``base`` up to ``cap``, then scaled by jitter into [½, 1] of that, so that a
    whole office coming back online does not knock on the server in step.
    ``jitter`` in [0, 1] (random when None) makes the result deterministic for
    tests."""
    if failures <= 0:
        return 0.0
    delay: float = min(cap, base * 2.0 ** min(failures - 1, 32))
    share = random.random() if jitter is None else min(1.0, max(0.0, jitter))
    return delay * (0.5 + 0.5 * share)


@dataclass(frozen=True)
class SyncReport:
    """What one round did, for logs and tests (the UI needs only the status)."""

    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    pages: int = 0
    resynced: bool = False
    configured: int = 0  # configuration documents the server changed


class SyncEngine:
    """Synchronises one local database with one server through ``client``.

    Safe to call from a worker thread; only one round runs at a time (a second
    caller gets the current status back at once)."""

    def __init__(
        self,
        db: Database,
        ctx: WriteContext,
        client: SyncClient,
        *,
        push_batch: int = MAX_OPS_PER_PUSH,
        pull_limit: int = DEFAULT_PULL_LIMIT,
        blobs: BlobStore | None = None,
    ) -> None:
        self.db = db
        # Attachments' bytes: kept beside the database unless told otherwise.
        self.blobs = blobs if blobs is not None else store_beside(db.path)
        self.ctx = ctx
        self.client = client
        self.push_batch = push_batch
        self.pull_limit = pull_limit
        self.failures = 0
        self.last_report = SyncReport()
        self.identity: AdoptedIdentity | None = None
        self._round = threading.Lock()
        self._state: SyncState | None = None
        self._problem = ""
        self._adopted_session: object | None = None
        # The server's time as its last answer gave it, and how far this
        # desk's wall clock was ahead of it when ops were refused for it.
        self._server_hlc = ""
        self._clock_ahead_ms = 0

    # -- what the UI calls ----------------------------------------------------

    def status(self) -> SyncStatus:
        with self.db.reading() as session:
            state = self._state
            if state is None:
                if not self.client.signed_in:
                    state = SyncState.SIGNED_OUT
                else:
                    state = SyncState.SYNCED if last_synced_at(session) else SyncState.OFFLINE
            status = read_status(session, state, self._problem)
        if self._problem == CLOCK_AHEAD:
            status = replace(status, clock_ahead_ms=self._clock_ahead_ms)
        return status

    def next_retry_in(self, jitter: float | None = None) -> float:
        """Seconds until the next automatic round should run (0: now)."""
        if self._state in (SyncState.ERROR, SyncState.SIGNED_OUT):
            return REFUSED_RETRY_S
        return backoff_delay(self.failures, jitter=jitter)

    def sync_once(self) -> SyncStatus:
        """One round: push everything pending, then pull until up to date."""
        if not self._round.acquire(blocking=False):
            return self.status()
        try:
            if not self.client.signed_in:
                self._finish(SyncState.SIGNED_OUT, "")
                return self.status()
            self._state, self._problem = SyncState.SYNCING, ""
            try:
                self.last_report = self._round_trip()
            except Unreachable as error:
                self._fail(SyncState.OFFLINE, error)
            except ServerFault as error:
                self._fail(SyncState.OFFLINE, error)
            except AuthFailed as error:
                self._fail(SyncState.SIGNED_OUT, error)
            except (ProtocolMismatch, RateLimited, ServerRefused, CredentialsUnavailable) as error:
                self._fail(SyncState.ERROR, error)
            except SyncError as error:
                self._fail(SyncState.ERROR, error)
            else:
                self.failures = 0
                # Pulls went on; only the ops refused for the clock wait.
                self._finish(SyncState.SYNCED, CLOCK_AHEAD if self._clock_ahead_ms else "")
            return self.status()
        finally:
            self._round.release()

    # -- the round ------------------------------------------------------------

    def _finish(self, state: SyncState, problem: str) -> None:
        self._state, self._problem = state, problem

    def _fail(self, state: SyncState, error: SyncError) -> None:
        self.failures += 1
        log.info("sync failed (%s): %s", state.value, error)
        self._finish(state, error.code)

    def _round_trip(self) -> SyncReport:
        self._ensure_session()
        self._forget_cursor_of_another_server()
        with self.db.reading() as session:
            first = session.get(StateRow, CAUGHT_UP_KEY) is None
        pulled, pages, resynced = 0, 0, False
        if first:
            # A desk meeting the server for the first time learns its queues and
            # people before pushing tickets that refer to them.
            pulled, pages, resynced = self._pull_all()
        pushed, rejected, conflicts = self._push_all()
        self._exchange_law()
        self._upload_blobs()
        configured = self._pull_config()
        more = self._pull_all()
        restamped = self._check_clock(restamp=True).restamped
        if restamped:
            # The wall clock was corrected: the re-stamped ops go now, and the
            # pull after them brings back the rows as the server stored them.
            again = self._push_all()
            pushed, conflicts = pushed + again[0], conflicts + again[2]
            rejected = max(rejected - restamped, 0) + again[1]
            extra = self._pull_all()
            more = (more[0] + extra[0], more[1] + extra[1], more[2] or extra[2])
            self._check_clock(restamp=False)
        conflicts += self._read_conflict_feed()
        with self.db.writing() as session:
            session.merge(StateRow(key=LAST_SYNC_KEY, value=self.ctx.now().isoformat()))
        return SyncReport(
            pushed=pushed,
            rejected=rejected,
            conflicts=conflicts,
            pulled=pulled + more[0],
            pages=pages + more[1],
            resynced=resynced or more[2],
            configured=configured,
        )

    def _exchange_law(self) -> None:
        """The desk's audit entries up, the server's rights table down
        (sync.law). A server without them (an older release) is no failure."""
        try:
            law.upload_audit(self.db, self.client)
            law.pull_rights(self.db, self.client)
        except (ServerRefused, ServerFault) as error:
            log.info("rights and audit not exchanged: %s", error)

    def _upload_blobs(self) -> int:
        """The bytes of files attached on this desk, which the rows just
        pushed name (services.attachments). A refusal of one file (a type
        the server's check refuses) is logged and the file left behind,
        never retried forever; being offline keeps them all for next time."""

        def upload(sha256: str, data: bytes) -> None:
            try:
                self.client.upload_blob(sha256, data)
            except ServerRefused as error:
                log.warning("attachment %s refused by the server: %s", sha256[:12], error)

        return attachments.upload_pending(self.db, self.blobs, upload)

    def fetch_blob(self, sha256: str) -> bytes:
        """An attachment's bytes from the server, for
        services.attachments.open_attachment (called off the GUI thread)."""
        return self.client.fetch_blob(sha256)

    def _pull_config(self) -> int:
        """The server's configuration documents (sync.config_sync); a
        branch whose service levels changed has its clocks recomputed here,
        on the sync's own thread."""
        try:
            return len(config_sync.pull_config(self.db, self.client))
        except (ServerRefused, ServerFault) as error:
            log.info("configuration not pulled: %s", error)
            return 0

    def _ensure_session(self) -> None:
        """Refresh a session restored from the keyring, and adopt the server's
        ids for this desk's branch and agent whenever the tokens are new."""
        if self.client.session is None:
            self.client.refresh()
        tokens = self.client.session
        if tokens is None or tokens is self._adopted_session:
            return
        with self.db.writing() as session:
            self.identity = adopt_server_identity(session, self.ctx, tokens)
        self._adopted_session = tokens

    def _forget_cursor_of_another_server(self) -> None:
        with self.db.writing() as session:
            known = session.execute(
                select(StateRow.value).where(StateRow.key == SERVER_KEY)
            ).scalar()
            if known != self.client.base_url:
                pull.store_cursor(session, "")
                caught_up = session.get(StateRow, CAUGHT_UP_KEY)
                if caught_up is not None:
                    session.delete(caught_up)
                session.merge(StateRow(key=SERVER_KEY, value=self.client.base_url))

    def _read_conflict_feed(self) -> int:
        """Conflicts other desks' pushes had with this desk's values."""
        added = 0
        while True:
            with self.db.reading() as session:
                cursor = conflict_feed.read_cursor(session)
            feed = self.client.conflicts(cursor)
            with self.db.writing() as session:
                added += conflict_feed.apply_feed(session, self.ctx, feed)
            if not feed.has_more:
                return added

    def _check_clock(self, *, restamp: bool) -> push.ClockCheck:
        """Re-stamp the ops refused as clock_ahead once the wall clock is within
        the bound of the server's time (``restamp``), or note how far ahead it
        still is, which the status shows as the ``clock_ahead`` problem."""
        if not self._server_hlc:
            return push.ClockCheck()
        with self.db.reading() as session:
            waiting = bool(push.refused_for_clock(session))
        if not waiting:  # the usual case: no write transaction for nothing
            self._clock_ahead_ms = 0
            return push.ClockCheck()
        with self.db.writing() as session:
            check = push.check_clock(session, self.ctx, self._server_hlc, restamp=restamp)
        still_refused = check.refused - check.restamped
        # At least a minute: an op refused again just after a re-stamp is ahead
        # of the server's wall clock even when the server's HLC says otherwise.
        self._clock_ahead_ms = max(check.ahead_ms, 60_000) if still_refused else 0
        return check

    def _push_all(self) -> tuple[int, int, int]:
        after_seq = 0
        pushed = rejected = conflicts = 0
        while True:
            with self.db.reading() as session:
                prepared = push.prepare_batch(session, after_seq, self.push_batch)
            if not prepared:
                break
            after_seq = prepared[-1].client_seq
            summary = push.PushSummary()
            sendable = [p.wire for p in prepared if p.wire is not None]
            if sendable:
                request = PushRequest(client_id=self.ctx.client_id, ops=sendable)
                response = self.client.push(request)
                self._server_hlc = response.server_hlc or self._server_hlc
                with self.db.writing() as session:
                    pull.observe(session, self.ctx, [response.server_hlc])
                    push.reject_unsendable(session, prepared, summary)
                    push.record_results(session, self.ctx, sendable, response, summary)
            else:
                with self.db.writing() as session:
                    push.reject_unsendable(session, prepared, summary)
            pushed += summary.applied + summary.merged + summary.conflicts
            rejected += summary.rejected
            conflicts += summary.conflicts
            if len(prepared) < self.push_batch:
                break
        return pushed, rejected, conflicts

    def _pull_all(self) -> tuple[int, int, bool]:
        pulled = pages = 0
        resynced = False
        while True:
            with self.db.reading() as session:
                cursor = pull.read_cursor(session)
            page = self.client.pull(cursor, self.pull_limit)
            self._server_hlc = page.server_hlc or self._server_hlc
            if page.resync_required:
                if resynced or not cursor:
                    raise ServerFault("server_fault", "the server asked for a resync again")
                # Start over from nothing; the outbox is kept and pushed as usual.
                log.warning("the server asked for a full resync")
                with self.db.writing() as session:
                    pull.begin_resync(session)
                resynced = True
                continue
            with self.db.writing() as session:
                pull.apply_page(session, self.ctx, page)
                if not page.has_more:
                    session.merge(StateRow(key=CAUGHT_UP_KEY, value=page.cursor))
            pulled += len(page.changes)
            pages += 1
            if not page.has_more:
                return pulled, pages, resynced
            if page.cursor == cursor and not page.changes:
                raise ServerFault("server_fault", "pull: has_more without progress")
