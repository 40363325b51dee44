"""The administration console (File → Administration…): a list of pages on
the start side and the chosen page beside it, mirrored in Arabic.

Only a person whose role holds at least one administration right sees the
menu entry, and each page appears only to a person holding its right. The
pages are a plain registry (``PAGES``): a page of another part of the desk is
added to it by appending one ``AdminPage``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.acting import acting_person
from desk_app.services.context import WriteContext
from desk_app.services.email_settings import RIGHT as MAIL_RIGHT
from desk_app.services.permissions import Right
from desk_app.services.rights_store import load_rights
from desk_app.ui.admin_audit_page import AuditPage
from desk_app.ui.admin_catalogue_page import CataloguePage
from desk_app.ui.admin_levels_page import LevelsPage
from desk_app.ui.admin_mail_page import MailPage
from desk_app.ui.admin_people_server import people_page
from desk_app.ui.admin_queues_page import QueuesPage
from desk_app.ui.admin_rights_page import RightsPage
from desk_app.ui.admin_templates_page import TemplatesPage
from desk_app.ui.desk import Desk
from desk_app.ui.screen_fit import fit_to_screen

# The rights that open the console (each is some page's right).
ADMIN_RIGHTS = frozenset(
    {
        Right.EDIT_RIGHTS,
        Right.MANAGE_USERS,
        Right.CONFIGURE_QUEUES,
        Right.CONFIGURE_SLA,
        Right.CONFIGURE_CATALOGUE,
        Right.CONFIGURE_TEMPLATES,
        Right.READ_AUDIT,
    }
)
SHORTCUT = "Ctrl+Shift+D"


@dataclass(frozen=True)
class AdminPage:
    """One page of the console: its name, the right it needs, and how it is
    made (``make(desk, parent)`` returns the page widget)."""

    key: str
    title: Callable[[], str]
    right: Right
    make: Callable[[Desk, QWidget], QWidget]


# The console's pages, in the order the list shows them. Other parts of the
# desk add theirs here (people, service levels, catalogue) at the merge.
PAGES: list[AdminPage] = [
    AdminPage(
        "rights",
        lambda: QCoreApplication.translate("AdminConsole", "Rights"),
        Right.EDIT_RIGHTS,
        RightsPage,
    ),
    AdminPage(
        "queues",
        lambda: QCoreApplication.translate("AdminConsole", "Queues"),
        Right.CONFIGURE_QUEUES,
        QueuesPage,
    ),
    AdminPage(
        "people",
        lambda: QCoreApplication.translate("AdminConsole", "People"),
        Right.MANAGE_USERS,
        people_page,
    ),
    AdminPage(
        "catalogue",
        lambda: QCoreApplication.translate("AdminConsole", "Catalogue"),
        Right.CONFIGURE_CATALOGUE,
        CataloguePage,
    ),
    AdminPage(
        "templates",
        lambda: QCoreApplication.translate("AdminConsole", "Letter templates"),
        Right.CONFIGURE_TEMPLATES,
        TemplatesPage,
    ),
    AdminPage(
        "mail",
        lambda: QCoreApplication.translate("AdminConsole", "E-mail"),
        MAIL_RIGHT,
        MailPage,
    ),
    AdminPage(
        "levels",
        lambda: QCoreApplication.translate("AdminConsole", "Service levels"),
        Right.CONFIGURE_SLA,
        LevelsPage,
    ),
    AdminPage(
        "audit",
        lambda: QCoreApplication.translate("AdminConsole", "Audit log"),
        Right.READ_AUDIT,
        AuditPage,
    ),
]


def held_rights(session: Session, ctx: WriteContext) -> frozenset[Right]:
    """The rights of the person at the desk, from the rights table in use."""
    return load_rights(session).rights(acting_person(session, ctx).role)


def desk_rights(desk: Desk) -> frozenset[Right]:
    """The same, read now (two small rows; a menu decides from it)."""
    with desk.db.reading() as session:
        return held_rights(session, desk.ctx)


def may_administer(rights: frozenset[Right]) -> bool:
    return bool(rights & ADMIN_RIGHTS) and any(p.right in rights for p in PAGES)


def admin_action(parent: QWidget) -> QAction:
    """File → Administration…, hidden until ``show_admin_action`` finds a right."""
    action = QAction(QCoreApplication.translate("AdminConsole", "&Administration…"), parent)
    action.setObjectName("adminConsoleAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setVisible(False)
    return action


def show_admin_action(action: QAction, desk: Desk) -> None:
    """Show the entry only to a person who may open a page of the console.
    Called when the window opens and whenever the person at the desk changes."""
    allowed = may_administer(desk_rights(desk))
    action.setVisible(allowed)
    action.setEnabled(allowed)


class AdminConsole(QDialog):
    def __init__(self, desk: Desk, rights: frozenset[Right], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminConsole")
        self.setWindowTitle(self.tr("Administration"))
        self.desk = desk
        self.pages_list = QListWidget(self)
        self.pages_list.setObjectName("adminPages")
        self.pages_list.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for page in PAGES:
            if page.right not in rights:
                continue
            widget = page.make(desk, self.stack)
            widget.setObjectName(f"adminPage_{page.key}")
            self.stack.addWidget(widget)
            item = QListWidgetItem(page.title(), self.pages_list)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.pages[page.key] = widget
        self.pages_list.setFixedWidth(
            max(160, self.pages_list.sizeHintForColumn(0) + 4 * self.pages_list.frameWidth() + 24)
        )
        self.pages_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        if self.pages_list.count():
            self.pages_list.setCurrentRow(0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages_list)  # the start side: right in Arabic
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1180, 680))

    def page_keys(self) -> list[str]:
        return [
            str(self.pages_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.pages_list.count())
        ]

    def show_page(self, key: str) -> QWidget:
        self.pages_list.setCurrentRow(self.page_keys().index(key))
        return self.pages[key]


def open_console(desk: Desk, parent: QWidget | None = None) -> AdminConsole | None:
    """The console with the pages the person at the desk may use; None when
    they may use none (the menu entry is hidden then)."""
    rights = desk_rights(desk)
    if not may_administer(rights):
        return None
    if parent is not None:
        for open_one in parent.findChildren(AdminConsole):
            if open_one.isVisible():
                open_one.raise_()
                open_one.activateWindow()
                return open_one
    console = AdminConsole(desk, rights, parent)
    console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    console.show()
    return console
