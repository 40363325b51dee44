"""The main window: navigator of saved views, ticket list, detail, status bar.
Mirrored as a whole in Arabic (the application's layout direction)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
)
from sqlalchemy.orm import Session

from desk_app import __version__
from desk_app.models import Status
from desk_app.services import ticket_list
from desk_app.services.context import WriteContext
from desk_app.services.messages import ValidationFailed
from desk_app.services.resolution import reopen_ticket as reopen
from desk_app.services.text import isolate
from desk_app.services.ticket_list import UNASSIGNED, TicketFilter
from desk_app.ui import labels
from desk_app.ui.contact_dialog import ContactDialog
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.intake_dialog import IntakeDialog
from desk_app.ui.notifications import Notifier
from desk_app.ui.related_dialog import RelatedTicketsDialog
from desk_app.ui.resolve_dialog import ResolveDialog
from desk_app.ui.settings_dialog import SettingsDialog
from desk_app.ui.sync_actions import SyncBackend, SyncUi, default_backend
from desk_app.ui.ticket_detail_panel import TicketDetailPanel
from desk_app.ui.ticket_list_panel import ALL, ME, OPEN, OPEN_STATUSES, TicketListPanel

# Saved views: (key, status filter, assignee filter).
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("open", OPEN, ALL),
    ("mine", OPEN, ME),
    ("unassigned", OPEN, UNASSIGNED),
    ("waiting", Status.WAITING_CUSTOMER.value, ALL),
    ("all", ALL, ALL),
)


def view_title(key: str) -> str:
    return {
        "open": QCoreApplication.translate("MainWindow", "Open tickets"),
        "mine": QCoreApplication.translate("MainWindow", "My tickets"),
        "unassigned": QCoreApplication.translate("MainWindow", "Unassigned"),
        "waiting": QCoreApplication.translate("MainWindow", "Waiting for customer"),
        "all": QCoreApplication.translate("MainWindow", "All tickets"),
    }[key]


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, sync_backend: SyncBackend | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.desk = desk
        self.setWindowTitle(self.tr("Maktab — service desk"))
        self.sync = SyncUi(desk, self, sync_backend or default_backend(desk))

        self.navigator = QListWidget(self)
        self.navigator.setObjectName("navigator")
        for key, _status, _assignee in VIEWS:
            item = QListWidgetItem(view_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigator.addItem(item)
        self.navigator.setCurrentRow(0)
        self.navigator.currentItemChanged.connect(self._view_chosen)

        self.list_panel = TicketListPanel(desk, self)
        self.detail = TicketDetailPanel(desk, self)
        # The reading pane sits below the list so the list keeps its full width
        # for the columns an agent scans; the navigator is on the start side.
        self.work_area = QSplitter(Qt.Orientation.Vertical, self)
        self.work_area.addWidget(self.list_panel)
        self.work_area.addWidget(self.detail)
        self.work_area.setStretchFactor(0, 3)
        self.work_area.setStretchFactor(1, 2)
        self.work_area.setSizes([480, 290])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.work_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1210])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_status_bar()

        self.list_panel.currentTicketChanged.connect(self.detail.show_ticket)
        self.list_panel.ticketActivated.connect(self.open_ticket)
        self.list_panel.model.loaded.connect(self._update_counts_soon)
        self.list_panel.model.loadFailed.connect(self.show_error)
        desk.ticketsChanged.connect(self._tickets_changed)
        desk.tasks.failed.connect(self.show_error)
        self.sync.everythingChanged.connect(self.refresh)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.list_panel.table.setFocus)

        self._count_timer = QTimer(self, singleShot=True, interval=300)
        self._count_timer.timeout.connect(self.update_counts)
        self.resize(1400, 820)
        self.list_panel.table.setFocus()
        self.sync.start()
        self.notifier = Notifier(desk, self)
        self.notifier.openTicket.connect(self.list_panel.select_ticket)
        self.notifier.start()

    # -- chrome --------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&New ticket"), self)
        self.new_action.setObjectName("newTicketAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_ticket)
        self.search_action = QAction(self.tr("&Search"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About Maktab"), self)
        self.about_action.triggered.connect(self.about)
        self.related_action = QAction(self.tr("&Related tickets…"), self)
        self.related_action.setObjectName("relatedAction")
        self.related_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.related_action.triggered.connect(self.open_related)
        self.contact_action = QAction(self.tr("&Log contact…"), self)
        self.contact_action.setObjectName("contactAction")
        self.contact_action.setShortcut(QKeySequence("Ctrl+L"))
        self.contact_action.triggered.connect(self.log_contact)
        self.resolve_action = QAction(self.tr("R&esolve…"), self)
        self.resolve_action.setObjectName("resolveAction")
        self.resolve_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.resolve_action.triggered.connect(self.resolve_ticket)
        self.reopen_action = QAction(self.tr("Re&open"), self)
        self.reopen_action.setObjectName("reopenAction")
        self.reopen_action.triggered.connect(self.reopen_ticket)
        self.views_action = QAction(self.tr("Saved &views"), self)
        self.views_action.setShortcut(QKeySequence("Ctrl+1"))
        self.views_action.triggered.connect(self.navigator.setFocus)

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.search_action, self.refresh_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.sync.sync_now_action)
        self.addToolBar(toolbar)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu(self.tr("&View"))
        for action in (self.search_action, self.views_action, self.refresh_action):
            view_menu.addAction(action)
        ticket_menu = menu.addMenu(self.tr("&Ticket"))
        ticket_menu.setObjectName("ticketMenu")
        for action in (self.contact_action, self.resolve_action, self.reopen_action):
            ticket_menu.addAction(action)
        ticket_menu.addSeparator()
        ticket_menu.addAction(self.related_action)
        sync_menu = menu.addMenu(self.tr("&Sync"))
        sync_menu.setObjectName("syncMenu")
        sync_menu.addAction(self.sync.sync_now_action)
        sync_menu.addSeparator()
        for action in self.sync.actions[1:]:
            sync_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        ref = self.desk.reference
        arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        branch = ref.branch.name_ar if arabic and ref.branch.name_ar else ref.branch.name
        self.branch_label = QLabel(self.tr("Branch: {name}").format(name=branch), self)
        self.agent_label = QLabel(
            self.tr("Agent: {name}").format(name=self.desk.ctx.actor.name), self
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("ticketCount")
        for widget in (self.branch_label, self.agent_label, self.sync.indicator):
            bar.addWidget(widget)
        bar.addPermanentWidget(self.count_label)

    # -- actions -------------------------------------------------------------
    def new_ticket(self) -> IntakeDialog:
        dialog = IntakeDialog(self.desk, self)
        dialog.ticketCreated.connect(self._ticket_created)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _ticket_created(self, ticket_id: str, number: str) -> None:
        self.statusBar().showMessage(
            self.tr("Ticket {number} saved").format(number=isolate(number)), 6000
        )
        self.list_panel.select_ticket(ticket_id)

    def offer_draft(self) -> None:
        """An intake left unsaved (closed, or the app crashed) is offered again."""
        if self.desk.drafts.load("intake"):
            self.new_ticket()

    def _selected_ticket(self) -> str | None:
        ticket_id = self.list_panel.current_ticket_id()
        if ticket_id is None:
            self.statusBar().showMessage(self.tr("Select a ticket first."), 4000)
        return ticket_id

    def log_contact(self) -> ContactDialog | None:
        ticket_id = self._selected_ticket()
        if ticket_id is None:
            return None
        dialog = ContactDialog(self.desk, ticket_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def resolve_ticket(self) -> ResolveDialog | None:
        ticket_id = self._selected_ticket()
        if ticket_id is None:
            return None
        dialog = ResolveDialog(self.desk, ticket_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reopen_ticket(self) -> None:
        ticket_id = self._selected_ticket()
        if ticket_id is None:
            return

        def work(session: Session, ctx: WriteContext) -> str:
            reopen(session, ctx, ticket_id)
            return ticket_id

        def failed(error: Exception) -> None:
            if isinstance(error, ValidationFailed):
                text = " ".join(labels.error_text(e) for e in error.errors)
                self.statusBar().showMessage(text, 6000)
            else:
                self.show_error(error)

        self.desk.write(work, lambda _t: None, failed, changed=lambda t: [t])

    def open_related(self) -> RelatedTicketsDialog | None:
        """Link, merge or split the ticket in the reading pane."""
        ticket_id = self._selected_ticket()
        if ticket_id is None:
            return None
        dialog = RelatedTicketsDialog(self.desk, ticket_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ticketOpened.connect(self.list_panel.select_ticket)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        self.list_panel.search.setFocus()
        self.list_panel.search.selectAll()

    def open_ticket(self, ticket_id: str) -> None:
        self.detail.show_ticket(ticket_id)
        self.detail.status.setFocus()

    def refresh(self) -> None:
        self.list_panel.refresh()
        self.detail.reload()
        self._update_counts_soon()

    def open_settings(self) -> None:
        SettingsDialog(self.desk.settings, self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Maktab"),
            self.tr("Maktab {version}\nThe offline-capable service desk.").format(
                version=__version__
            ),
        )

    def show_error(self, error: Any) -> None:
        QMessageBox.warning(self, self.tr("Maktab"), describe(error))

    # -- views and counts ----------------------------------------------------
    def _view_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        for view_key, status, assignee in VIEWS:
            if view_key == key:
                self.list_panel.set_view(status, assignee)

    def _tickets_changed(self, ticket_ids: list[str]) -> None:
        if ticket_ids:
            self.list_panel.refresh()
            current = self.detail.ticket
            if current is not None and current.id in ticket_ids:
                self.detail.reload()
        self._update_counts_soon()

    def _update_counts_soon(self) -> None:
        self._count_timer.start()

    def update_counts(self) -> None:
        """Counts of the current list and of each saved view, off the GUI thread."""
        me = self.desk.ctx.actor.user_id or ""
        filters = {key: _view_filter(status, assignee, me) for key, status, assignee in VIEWS}
        current = self.list_panel.current_filter()

        def count_all(session: Any) -> tuple[int, dict[str, int]]:
            conn = session.connection()
            views = {key: ticket_list.count(conn, f) for key, f in filters.items()}
            return ticket_list.count(conn, current), views

        def show(result: tuple[int, dict[str, int]]) -> None:
            total, views = result
            self.count_label.setText(self.tr("%Ln ticket(s)", "", total))
            for row in range(self.navigator.count()):
                item = self.navigator.item(row)
                key = item.data(Qt.ItemDataRole.UserRole)
                item.setText(f"{view_title(key)}  ({QLocale().toString(views[key])})")

        self.desk.read(count_all, show, owner=self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.shutdown()
        self.desk.tasks.wait()
        super().closeEvent(event)


def _view_filter(status: str, assignee: str, me: str) -> TicketFilter:
    statuses = OPEN_STATUSES if status == OPEN else frozenset() if status == ALL else {status}
    assignees = frozenset() if assignee == ALL else {me if assignee == ME else assignee}
    return TicketFilter(statuses=frozenset(statuses), assignee_ids=frozenset(assignees))
