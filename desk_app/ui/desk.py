"""The open desk: database, write context, reference data, background jobs.

Widgets ask the desk to run reads and writes; after a write the desk announces
which tickets changed, and every view refreshes from that announcement.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from desk_app.config import Settings, config_dir
from desk_app.services import branch_clocks, escalation_rules, metrics_store, sla_clock
from desk_app.services.catalogue import LoadedCatalogue
from desk_app.services.catalogue_store import load_catalogue_document
from desk_app.services.config_store import ConfigDocument
from desk_app.services.context import WriteContext
from desk_app.services.service_levels import (
    apply_service_levels,
    recompute_clocks,
)
from desk_app.services.setup import ensure_local_setup
from desk_app.services.ticket_detail import ReferenceData, load_reference_data
from desk_app.services.views import ListPreferences, load_preferences, save_preferences
from desk_app.storage.db import Database
from desk_app.storage.drafts import DraftStore
from desk_app.storage.search_maintenance import merge_some
from desk_app.sync.identity import follow_aliases_in_files, read_aliases
from desk_app.ui.catalogue_source import current_catalogue
from desk_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desk_app.sync.client import SyncClient

log = logging.getLogger(__name__)
T = TypeVar("T")
MAINTENANCE_INTERVAL_MS = 20_000
ESCALATION_PASSES_PER_TICK = 8


class Desk(QObject):
    ticketsChanged = Signal(list)  # ids of tickets written
    referenceChanged = Signal()
    wrote = Signal()  # this desk wrote something (sync sends it soon)

    def __init__(self, db: Database, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.tasks = TaskRunner(self)
        self.drafts = DraftStore(db.path.parent / "drafts")
        # The client of the server this desk syncs with, once the sync engine
        # has one (None on a desk without a server). Administration pages use
        # it to change what the server keeps (rights, configuration, people).
        self.server_client: SyncClient | None = None
        # Search-index merging happens here, in idle moments, not inside saves.
        self._maintenance = QTimer(self)
        self._maintenance.setInterval(MAINTENANCE_INTERVAL_MS)
        self._maintenance.timeout.connect(self._merge_search_index)
        self._maintenance.start()
        with db.writing() as session:
            self.ctx: WriteContext = ensure_local_setup(
                session,
                settings.branch,
                settings.agent_username,
                settings.agent_display_name,
            )
            self.reference: ReferenceData = load_reference_data(session, self.ctx.branch_id)
            stale = apply_service_levels(session, settings.service_levels)
            revise = sla_clock.revision_due(session)
            branches_due = branch_clocks.branches_due(session)
            figures_due = metrics_store.rebuild_due(session)
            aliases = read_aliases(session)
            # The administrator's catalogue, when one was saved or synced.
            self.catalogue_document: ConfigDocument | None = load_catalogue_document(session)
        if stale:
            # New service levels: every ticket's clocks are recomputed, in the
            # background (a large desk takes a while), once.
            self.tasks.write(self._recompute_clocks, lambda _n: self.ticketsChanged.emit([]))
        elif revise:
            # Clocks stored by an older release: only the tickets it stored
            # differently, in the background, once.
            self.tasks.write(self._revise_clocks, lambda _n: self.ticketsChanged.emit([]))
        if branches_due:
            self.recompute_branch_clocks()  # a change the desk closed before finishing
        if figures_due:
            self._rebuild_figures()  # after the upgrade that brought them
        self.catalogue()  # category names in lists and details
        # The agent's saved views, list columns and queues (a few hundred bytes).
        self.list_prefs: ListPreferences = load_preferences(self.list_prefs_path)
        self.follow_aliases(aliases)

    def catalogue(self) -> LoadedCatalogue:
        """The category catalogue in use (see ui.catalogue_source)."""
        return current_catalogue(self.settings, self.catalogue_document)

    def use_catalogue_document(self, document: ConfigDocument | None) -> None:
        """A catalogue was saved here or came from the server: the open
        windows show its categories from now on."""
        self.catalogue_document = document
        self.catalogue()
        self.referenceChanged.emit()

    def read(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        def job() -> T:
            with self.db.reading() as session:
                return fn(session)

        self.tasks.read(job, on_done, on_failed, owner)

    def write(
        self,
        fn: Callable[[Session, WriteContext], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[Exception], None] | None = None,
        *,
        changed: Callable[[T], list[str]] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn`` in one write transaction; then tell views what changed."""

        levels_changed = False

        def job() -> T:
            nonlocal levels_changed
            with self.db.writing() as session:
                result = fn(session, self.ctx)
                levels_changed = branch_clocks.take_levels_changed(session)
                return result

        def done(result: Any) -> None:
            if levels_changed:
                self.recompute_branch_clocks()
            if owner is None or shiboken6.isValid(owner):
                on_done(result)
            if changed is not None:
                self.ticketsChanged.emit(changed(result))
            self.wrote.emit()

        self.tasks.write(job, done, on_failed, None)

    def recompute_branch_clocks(self) -> None:
        """A branch's service levels changed: its open tickets' clocks are
        recomputed in the background, after the save has committed."""
        self.tasks.write(self._recompute_due_branches, self._recomputed_chunk)

    def _recompute_due_branches(self) -> int:
        with self.db.writing() as session:
            return branch_clocks.recompute_due_branches(session)

    def _recomputed_chunk(self, done: int) -> None:
        # One chunk per write job: a save queued meanwhile runs before the
        # next chunk instead of waiting for a whole branch.
        self.ticketsChanged.emit([])
        if done:
            self.recompute_branch_clocks()

    def _rebuild_figures(self) -> None:
        """The supervisor's figures derived again from the journal, a step
        (one write job) at a time: a save queued meanwhile waits for one step."""
        self.tasks.write(self._rebuild_figures_step, self._rebuilt_figures_step)

    def _rebuild_figures_step(self) -> int:
        with self.db.writing() as session:
            return metrics_store.rebuild_step(session)

    def _rebuilt_figures_step(self, done: int) -> None:
        if done:
            self._rebuild_figures()
        else:
            self.ticketsChanged.emit([])  # the figures are whole: the dashboard reads them again

    def _recompute_clocks(self) -> int:
        with self.db.writing() as session:
            return recompute_clocks(session)

    def _revise_clocks(self) -> int:
        with self.db.writing() as session:
            return sla_clock.revise_stored(session)

    def _merge_search_index(self) -> None:
        if self.tasks.busy:
            return  # the agent is working: try at the next tick
        # A failed merge (the database busy elsewhere) costs nothing: the
        # segments simply wait for the next tick.
        self.tasks.write(self._merge_once, lambda _worked: None, lambda _error: None)
        # Automatic escalation rules that have fallen due (a few tickets read
        # from their own index); what fired shows in the list like any write.
        self.tasks.write(self._escalate_due, self._escalated, lambda _error: None)

    def _escalate_due(self) -> list[str]:
        # Short passes, each its own transaction, so the agent's saves never
        # wait long behind a backlog (a desk back after a long time off).
        touched: set[str] = set()
        for _ in range(ESCALATION_PASSES_PER_TICK):
            with self.db.writing() as session:
                fired = escalation_rules.evaluate_due(session, self.ctx)
            touched |= {f.ticket_id for f in fired}
            if not fired:
                break
        return sorted(touched)

    def _escalated(self, ticket_ids: list[str]) -> None:
        if ticket_ids:
            self.ticketsChanged.emit(ticket_ids)
            self.wrote.emit()

    def _merge_once(self) -> bool:
        with self.db.writing() as session:
            return merge_some(session)

    @property
    def list_prefs_path(self) -> Path:
        return config_dir() / "views.json"

    def follow_aliases(self, aliases: dict[str, str]) -> None:
        """Saved views and drafts name queues and people by id: once the
        first sign-in has given those rows the server's ids, the files follow
        (a file written before a crash is caught up at the next start)."""
        drafts = sorted(self.drafts.directory.glob("draft-*.json"))
        try:
            rewritten = follow_aliases_in_files([self.list_prefs_path, *drafts], aliases)
        except OSError as error:
            log.warning("saved views and drafts not re-keyed: %s", error)
            return
        if self.list_prefs_path in rewritten:
            self.list_prefs = load_preferences(self.list_prefs_path)

    def save_list_prefs(self) -> None:
        try:
            save_preferences(self.list_prefs_path, self.list_prefs)
        except OSError as error:
            # A read-only profile must not stop the work; the layout is kept
            # for this session and the reason logged.
            log.warning("list preferences not saved: %s", error)

    def close(self) -> None:
        self._maintenance.stop()
        self.tasks.wait()
        self.db.close()
