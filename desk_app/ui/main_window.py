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
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
)
from sqlalchemy.orm import Session

from desk_app import __version__
from desk_app.services import ticket_list
from desk_app.services.context import WriteContext
from desk_app.services.messages import ValidationFailed
from desk_app.services.resolution import reopen_ticket as reopen
from desk_app.services.text import isolate
from desk_app.services.views import View
from desk_app.ui import labels
from desk_app.ui.admin_console import AdminConsole, admin_action, open_console, show_admin_action
from desk_app.ui.bulk_dialog import BulkChangeDialog
from desk_app.ui.contact_dialog import ContactDialog
from desk_app.ui.dashboard_window import DashboardWindow
from desk_app.ui.desk import Desk
from desk_app.ui.empty_state import ListEmptyState
from desk_app.ui.errors import describe
from desk_app.ui.escalation_dialog import EscalationDialog
from desk_app.ui.intake_dialog import IntakeDialog
from desk_app.ui.keyboard_help import KeyboardHelpDialog
from desk_app.ui.knowledge_actions import KnowledgeActions
from desk_app.ui.letter_actions import LetterActions
from desk_app.ui.lock_screen import DeskLock
from desk_app.ui.notifications import Notifier
from desk_app.ui.reading_pane import ReadingPane
from desk_app.ui.related_dialog import RelatedTicketsDialog
from desk_app.ui.resolve_dialog import ResolveDialog
from desk_app.ui.rights_gate import RightsGate, gate_main_window
from desk_app.ui.settings_dialog import SettingsDialog
from desk_app.ui.sync_actions import SyncBackend, SyncUi, default_backend
from desk_app.ui.tab_chain import chain_main_window
from desk_app.ui.ticket_detail_panel import TicketDetailPanel
from desk_app.ui.ticket_list_panel import TicketListPanel
from desk_app.ui.tier_glance_dialog import TierGlanceDialog
from desk_app.ui.view_dialogs import MyQueuesDialog, ViewNameDialog
from desk_app.ui.window_state import WindowState


def view_title(view: View) -> str:
    """A view's name in the user's language (an own view keeps its own)."""
    if not view.built_in:
        return view.name
    return {
        "open": QCoreApplication.translate("MainWindow", "Open tickets"),
        "mine": QCoreApplication.translate("MainWindow", "My tickets"),
        "my_queues": QCoreApplication.translate("MainWindow", "My queues"),
        "unassigned": QCoreApplication.translate("MainWindow", "Unassigned"),
        "breaching": QCoreApplication.translate("MainWindow", "Breaching soon"),
        "overdue": QCoreApplication.translate("MainWindow", "Overdue"),
        "follow_ups": QCoreApplication.translate("MainWindow", "My follow-ups due"),
        "waiting": QCoreApplication.translate("MainWindow", "Waiting for customer"),
        "complaints": QCoreApplication.translate("MainWindow", "Complaints"),
        "escalated_to_my_queues": QCoreApplication.translate(
            "MainWindow", "Escalated to my queues"
        ),
        "escalated_to_me": QCoreApplication.translate("MainWindow", "Escalated to me"),
        "returned_to_me": QCoreApplication.translate("MainWindow", "Returned to me"),
        "all": QCoreApplication.translate("MainWindow", "All tickets"),
    }.get(view.key, view.key)


def view_hint(view: View) -> str:
    return {
        "breaching": QCoreApplication.translate(
            "MainWindow", "Open tickets whose next SLA target is due within the hour, soonest first"
        ),
        "overdue": QCoreApplication.translate(
            "MainWindow", "Open tickets past an SLA target's due time, the latest miss first"
        ),
        "follow_ups": QCoreApplication.translate(
            "MainWindow", "Your tickets with a call-back planned for now or earlier"
        ),
        "my_queues": QCoreApplication.translate(
            "MainWindow", "Open tickets in your queues (to choose them: View menu, My queues…)"
        ),
        "complaints": QCoreApplication.translate(
            "MainWindow", "Open tickets flagged as a complaint or an angry customer"
        ),
        "escalated_to_my_queues": QCoreApplication.translate(
            "MainWindow", "Open tickets escalated or passed on into your queues"
        ),
        "escalated_to_me": QCoreApplication.translate(
            "MainWindow", "Open tickets on which someone asked for your attention"
        ),
        "returned_to_me": QCoreApplication.translate(
            "MainWindow", "Open tickets a higher tier returned to you, with instructions"
        ),
    }.get(view.key, "")


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, sync_backend: SyncBackend | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.desk = desk
        self.setWindowTitle(self.tr("Maktab — service desk"))
        self.sync = SyncUi(desk, self, sync_backend or default_backend(desk))

        self.navigator = QListWidget(self)
        self.navigator.setObjectName("navigator")
        self.list_panel = TicketListPanel(desk, self)
        self.fill_navigator()
        self.navigator.currentItemChanged.connect(self._view_chosen)

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
        self.window_state = WindowState(
            self, {"splitter": self.splitter, "workArea": self.work_area}
        )
        self.resize(1400, 820)
        self.window_state.restore()
        self.reading_pane = ReadingPane(self.work_area, self.detail, self.window_state, self)

        self._build_actions()
        self.rights = gate_main_window(self)
        self._build_status_bar()
        self.desk_lock.personChanged.connect(self._person_changed)
        self.empty_state = ListEmptyState(
            self.list_panel, self.new_action, self.sync.sign_in_action
        )

        self.list_panel.currentTicketChanged.connect(self.detail.show_ticket)
        self.list_panel.currentTicketCleared.connect(lambda: self.detail.show_ticket(None))
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
        chain_main_window(self)
        self.list_panel.table.setFocus()
        self.sync.start()
        self.notifier = Notifier(desk, self)
        self.notifier.openTicket.connect(self.list_panel.select_ticket)
        self.notifier.start()

    # -- chrome --------------------------------------------------------------
    def _build_actions(self) -> None:
        self.desk_lock = DeskLock(self, self.desk, self.sync.open_sign_in)
        self.knowledge = KnowledgeActions(self)
        self.letters = LetterActions(self)
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
        self.settings_action.setShortcut(QKeySequence("F9"))
        self.settings_action.triggered.connect(self.open_settings)
        self.admin_action = admin_action(self)
        self.admin_action.triggered.connect(self.open_admin_console)
        show_admin_action(self.admin_action, self.desk)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About Maktab"), self)
        self.about_action.setShortcut(QKeySequence("Ctrl+F1"))
        self.about_action.triggered.connect(self.about)
        self.keys_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.keys_action.setObjectName("keyboardHelpAction")
        self.keys_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.keys_action.triggered.connect(self.open_keyboard_help)
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
        self.escalate_action = QAction(self.tr("Escala&te…"), self)
        self.escalate_action.setObjectName("escalateAction")
        self.escalate_action.setShortcut(QKeySequence("Ctrl+E"))
        self.escalate_action.triggered.connect(self.escalate_ticket)
        self.tier_glance_action = QAction(self.tr("&Tiers at a glance…"), self)
        self.tier_glance_action.setObjectName("tierGlanceAction")
        self.tier_glance_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.tier_glance_action.triggered.connect(self.open_tier_glance)
        self.dashboard_action = QAction(self.tr("Supervisor's das&hboard…"), self)
        self.dashboard_action.setObjectName("dashboardAction")
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.dashboard_action.triggered.connect(self.open_dashboard)
        self.reopen_action = QAction(self.tr("Re&open"), self)
        self.reopen_action.setObjectName("reopenAction")
        self.reopen_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.reopen_action.triggered.connect(self.reopen_ticket)
        self.views_action = QAction(self.tr("Saved &views"), self)
        self.views_action.setShortcut(QKeySequence("Ctrl+0"))
        self.views_action.triggered.connect(self.navigator.setFocus)
        self.save_view_action = QAction(self.tr("Save view &as…"), self)
        self.save_view_action.setObjectName("saveViewAction")
        self.save_view_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.save_view_action.triggered.connect(self.save_view_as)
        self.rename_view_action = QAction(self.tr("Re&name view…"), self)
        self.rename_view_action.setShortcut(QKeySequence("F2"))
        self.rename_view_action.triggered.connect(self.rename_view)
        self.delete_view_action = QAction(self.tr("&Delete view"), self)
        self.delete_view_action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        self.delete_view_action.triggered.connect(self.delete_view)
        self.my_queues_action = QAction(self.tr("My &queues…"), self)
        self.my_queues_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.my_queues_action.triggered.connect(self.choose_my_queues)
        self.view_actions: list[QAction] = []
        self.bulk_actions: dict[str, QAction] = {}
        for name, text, keys in (
            ("assignee_id", self.tr("&Assign to…"), "Ctrl+Shift+A"),
            ("status", self.tr("Set &status…"), "Ctrl+Shift+T"),
            ("priority", self.tr("Set &priority…"), "Ctrl+Shift+P"),
        ):
            action = QAction(text, self)
            action.setObjectName(f"bulk_{name}")
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, n=name: self.change_selected(n))
            self.bulk_actions[name] = action

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
        file_menu.addAction(self.admin_action)
        file_menu.addSeparator()
        file_menu.addAction(self.desk_lock.switch_user_action)
        file_menu.addAction(self.desk_lock.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu(self.tr("&View"))
        for action in (self.search_action, self.views_action, self.refresh_action):
            view_menu.addAction(action)
        self.go_menu = view_menu.addMenu(self.tr("&Go to view"))
        self.go_menu.setObjectName("goToViewMenu")
        view_menu.addSeparator()
        for action in (self.save_view_action, self.rename_view_action, self.delete_view_action):
            view_menu.addAction(action)
        view_menu.addAction(self.my_queues_action)
        view_menu.addAction(self.tier_glance_action)
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.letters.register_action)
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.setObjectName("columnsMenu")
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        view_menu.addMenu(self.reading_pane.menu)
        ticket_menu = menu.addMenu(self.tr("&Ticket"))
        ticket_menu.setObjectName("ticketMenu")
        for action in (
            self.contact_action,
            self.escalate_action,
            self.resolve_action,
            self.reopen_action,
        ):
            ticket_menu.addAction(action)
        ticket_menu.addSeparator()
        ticket_menu.addAction(self.related_action)
        ticket_menu.addAction(self.knowledge.write_action)
        ticket_menu.addAction(self.letters.write_action)
        ticket_menu.addAction(self.letters.memo_action)
        ticket_menu.addSeparator()
        for action in self.bulk_actions.values():
            ticket_menu.addAction(action)
        self.ticket_menu = ticket_menu
        self.list_panel.table.customContextMenuRequested.connect(self._list_menu)
        self._fill_go_menu()
        sync_menu = menu.addMenu(self.tr("S&ync"))
        sync_menu.setObjectName("syncMenu")
        sync_menu.addAction(self.sync.sync_now_action)
        sync_menu.addSeparator()
        for action in self.sync.actions[1:]:
            sync_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.knowledge.open_action)
        help_menu.addAction(self.keys_action)
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
        # Permanent: a message (a reminder, "Ticket saved") goes beside them
        # in the bar's message area and never hides them.
        for widget in (self.branch_label, self.agent_label, self.sync.indicator):
            bar.addPermanentWidget(widget)
        bar.addPermanentWidget(self.count_label)

    def _person_changed(self, _user_id: str, name: str) -> None:
        """Another person took the desk: their name, and the lists that are theirs."""
        self.agent_label.setText(self.tr("Agent: {name}").format(name=name))
        RightsGate.of(self.desk).reload()  # menus and the pane follow the new person's rights
        show_admin_action(self.admin_action, self.desk)
        self.refresh()

    # -- actions -------------------------------------------------------------
    def new_ticket(self) -> IntakeDialog:
        dialog = IntakeDialog(self.desk, self)
        dialog.ticketCreated.connect(self._ticket_created)
        dialog.callLogged.connect(self._call_logged)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _ticket_created(self, ticket_id: str, number: str) -> None:
        self.statusBar().showMessage(
            self.tr("Ticket {number} saved").format(number=isolate(number)), 6000
        )
        self.list_panel.select_ticket(ticket_id)

    def _call_logged(self, ticket_id: str, number: str) -> None:
        """The call went onto an existing ticket: say so and show that ticket."""
        self.statusBar().showMessage(
            self.tr("Call logged on ticket {number}").format(number=isolate(number)), 6000
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

    def escalate_ticket(self) -> EscalationDialog | None:
        ticket_id = self._selected_ticket()
        if ticket_id is None or not self.escalate_action.isEnabled():
            return None
        dialog = EscalationDialog(self.desk, ticket_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_tier_glance(self) -> TierGlanceDialog:
        dialog = TierGlanceDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_dashboard(self) -> DashboardWindow:
        dialog = DashboardWindow(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
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

    def open_admin_console(self) -> AdminConsole | None:
        return open_console(self.desk, self)

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

    def open_keyboard_help(self) -> KeyboardHelpDialog:
        dialog = KeyboardHelpDialog(self, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_error(self, error: Any) -> None:
        QMessageBox.warning(self, self.tr("Maktab"), describe(error))

    # -- views and counts ----------------------------------------------------
    def fill_navigator(self, current_key: str | None = None) -> None:
        """One row per view: the built-in ones, then the agent's own."""
        key = current_key or self.list_panel.view.key
        self.navigator.blockSignals(True)
        self.navigator.clear()
        for i, view in enumerate(self.desk.list_prefs.views):
            item = QListWidgetItem(view_title(view))
            item.setData(Qt.ItemDataRole.UserRole, view.key)
            hint = view_hint(view)
            if i < 9:
                shortcut = QKeySequence(f"Ctrl+{i + 1}").toString(
                    QKeySequence.SequenceFormat.NativeText
                )
                hint = f"{hint} ({shortcut})" if hint else shortcut
            item.setToolTip(hint)
            self.navigator.addItem(item)
            if view.key == key:
                self.navigator.setCurrentItem(item)
        self.navigator.blockSignals(False)

    def _fill_go_menu(self) -> None:
        """View → Go to view, with Ctrl+1 … Ctrl+9 for the first nine."""
        self.go_menu.clear()
        for action in self.view_actions:
            self.removeAction(action)
        self.view_actions = []
        for i, view in enumerate(self.desk.list_prefs.views):
            action = QAction(view_title(view), self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, k=view.key: self.show_view(k))
            self.addAction(action)  # the shortcut works with the menu closed
            self.go_menu.addAction(action)
            self.view_actions.append(action)

    def show_view(self, key: str) -> None:
        for row in range(self.navigator.count()):
            if self.navigator.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigator.setCurrentRow(row)
                self.list_panel.table.setFocus()
                return

    def _view_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        view = self.desk.list_prefs.view(item.data(Qt.ItemDataRole.UserRole))
        if view is not None:
            self.list_panel.set_view(view)
            own = not view.built_in
            self.rename_view_action.setEnabled(own)
            self.delete_view_action.setEnabled(own)

    def save_view_as(self) -> ViewNameDialog:
        """Keep what the list shows now (view, boxes, search, sort) under a name."""
        like = self.list_panel.effective_view()
        saved: list[View] = []

        def keep(name: str) -> None:
            saved.append(self.desk.list_prefs.save_view(name, like))
            self.desk.save_list_prefs()
            self._views_changed(saved[0].key)

        suggestion = "" if like.built_in and like == self.list_panel.view else like.name
        dialog = ViewNameDialog(self.tr("Save view as"), suggestion, keep, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def rename_view(self) -> ViewNameDialog | None:
        view = self.list_panel.view
        if view.built_in:
            return None

        def keep(name: str) -> None:
            self.desk.list_prefs.rename_view(view.key, name)
            self.desk.save_list_prefs()
            self._views_changed(view.key)

        dialog = ViewNameDialog(self.tr("Rename view"), view.name, keep, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_view(self) -> None:
        view = self.list_panel.view
        if view.built_in:
            return
        self.desk.list_prefs.delete_view(view.key)
        self.desk.save_list_prefs()
        self.statusBar().showMessage(
            self.tr("View “{name}” deleted").format(name=isolate(view.name)), 6000
        )
        self._views_changed("open")

    def _views_changed(self, key: str) -> None:
        self.fill_navigator(key)
        self._fill_go_menu()
        self._view_chosen(self.navigator.currentItem())
        self._update_counts_soon()

    def choose_my_queues(self) -> MyQueuesDialog:
        dialog = MyQueuesDialog(self.desk.reference, self.list_panel.viewer().queue_ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            self.desk.list_prefs.my_queues = dialog.chosen()
            self.desk.save_list_prefs()
            self.list_panel.apply_filters()
            self._update_counts_soon()

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        actions = self.list_panel.column_actions(self.columns_menu)
        self.columns_menu.addActions(actions[:-1])
        self.columns_menu.addSeparator()
        self.columns_menu.addAction(actions[-1])

    def _list_menu(self, point: Any) -> None:
        table = self.list_panel.table
        menu = QMenu(self)
        menu.setObjectName("listMenu")
        for action in (
            self.contact_action,
            self.escalate_action,
            self.resolve_action,
            self.related_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.bulk_actions.values():
            menu.addAction(action)
        menu.popup(table.viewport().mapToGlobal(point))

    def change_selected(self, field: str) -> BulkChangeDialog | None:
        """Assign, set the status or the priority of every selected ticket."""
        ids = self.list_panel.selected_ticket_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select a ticket first."), 4000)
            return None
        dialog = BulkChangeDialog(self.desk, field, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(
            lambda n: self.statusBar().showMessage(self.tr("%Ln ticket(s) changed", "", n), 6000)
        )
        dialog.open()
        return dialog

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
        filters = self.list_panel.view_filters(self.desk.list_prefs.views)
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
                view = self.desk.list_prefs.view(item.data(Qt.ItemDataRole.UserRole))
                if view is not None and view.key in views:
                    item.setText(f"{view_title(view)}  ({QLocale().toString(views[view.key])})")

        self.desk.read(count_all, show, owner=self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_state.save()
        self.sync.shutdown()
        self.desk.tasks.wait()
        super().closeEvent(event)
