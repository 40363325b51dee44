"""View → Letter register… (Ctrl+Shift+F): every letter, fax and e-mail in
and out, and every memo, newest first; searched with the ticket search's
Arabic folding; filtered by direction, channel, and the replies due or
overdue (an incoming written item waits 48 hours for its reply); an entry's
file opened with the system's viewer; the list exported to CSV or xlsx.
"Record incoming letter…" and "New memo…" add to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services import register_queries as queries
from desk_app.services.attachments import attachments_of, open_attachment, store_beside
from desk_app.services.export_files import write_csv, write_xlsx
from desk_app.services.register import RegisterChannel, RegisterDirection
from desk_app.services.register_queries import RegisterItem, ReplyCounts
from desk_app.services.report_tables import Cell, Sheet
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.formatting import local_time
from desk_app.ui.register_model import RegisterModel
from desk_app.ui.register_words import channel_name, direction_name, headers, reply_name
from desk_app.ui.screen_fit import fit_to_screen

SEARCH_DELAY_MS = 300
ALL, DUE, OVERDUE = "", "due", "overdue"


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    direction: str = ""
    channel: str = ""
    replies: str = ALL  # "", "due" or "overdue"


@dataclass(frozen=True)
class RegisterPage:
    items: list[RegisterItem]
    counts: ReplyCounts
    more: bool  # another page follows


def read_register(
    session: Session, now: datetime, wanted: RegisterFilter, after: RegisterItem | None = None
) -> RegisterPage:
    """A page of the register as ``wanted`` says (runs on a worker)."""
    more = False
    if wanted.replies == DUE:
        items = queries.replies_due(session, now)
    elif wanted.replies == OVERDUE:
        items = queries.overdue_replies(session, now)
    elif wanted.text.strip():
        items = queries.search(session, wanted.text, now)
    else:
        before = (after.at, after.id) if after is not None else None
        items = queries.entries(
            session,
            now,
            direction=wanted.direction or None,
            channel=wanted.channel or None,
            before=before,
        )
        more = len(items) == queries.PAGE
    items = [
        i
        for i in items
        if (not wanted.direction or i.direction == wanted.direction)
        and (not wanted.channel or i.channel == wanted.channel)
        and (not wanted.text.strip() or wanted.replies == ALL or _mentions(i, wanted.text))
    ]
    return RegisterPage(items, queries.reply_counts(session, now), more)


def _mentions(item: RegisterItem, text: str) -> bool:
    words = text.casefold().split()
    seen = f"{item.reference} {item.subject} {item.customer_name} {item.ticket_number}".casefold()
    return all(word in seen for word in words)


def export_sheet(items: list[RegisterItem], zone: str, title: str) -> Sheet:
    rows = tuple(
        tuple(
            Cell(value)
            for value in (
                i.reference,
                local_time(i.at, zone),
                direction_name(i.direction),
                channel_name(i.channel),
                i.customer_name,
                i.ticket_number,
                i.subject,
                i.handler_name,
                reply_name(i.reply_state),
            )
        )
        for i in items
    )
    return Sheet("register", title, headers(), rows)


class RegisterWindow(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerWindow")
        self.setWindowTitle(self.tr("Letter register"))
        self.desk = desk
        self.zone = desk.settings.branch.time_zone
        self.loading = False
        self.asked = 0
        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Search reference, subject, text…"))
        self.search.setClearButtonEnabled(True)
        self.direction = self._combo(
            "registerDirection",
            [(self.tr("All directions"), "")]
            + [(direction_name(d.value), d.value) for d in RegisterDirection],
        )
        self.channel = self._combo(
            "registerChannel",
            [(self.tr("All channels"), "")]
            + [(channel_name(c.value), c.value) for c in RegisterChannel],
        )
        self.replies = self._combo(
            "registerReplies",
            [
                (self.tr("All entries"), ALL),
                (self.tr("Replies due"), DUE),
                (self.tr("Replies overdue"), OVERDUE),
            ],
        )
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        for combo in (self.direction, self.channel, self.replies):
            filters.addWidget(combo, 1)

        self.model = RegisterModel(self.zone, labels.ui_language() == "ar", self)
        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.open_file())

        self.counts = QLabel(self)
        self.counts.setObjectName("registerCounts")
        self.status = QLabel(self)
        self.status.setObjectName("registerStatus")
        self.status.setWordWrap(True)
        self.more_button = self._button(self.tr("Show &more"), "registerMore", self.load_more)
        self.record_button = self._button(
            self.tr("&Record incoming letter…"), "recordIncoming", self.record_incoming
        )
        self.memo_button = self._button(self.tr("New m&emo…"), "newMemo", self.new_memo)
        self.open_button = self._button(self.tr("&Open file"), "openEntryFile", self.open_file)
        self.export_button = self._button(self.tr("E&xport…"), "exportRegister", self.choose_export)
        close = self._button(self.tr("&Close"), "closeRegister", self.reject)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.memo_button, self.open_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(close)
        for keys, slot in (
            ("Ctrl+F", self.search.setFocus),
            ("Ctrl+I", self.record_incoming),
            ("Ctrl+M", self.new_memo),
            ("Ctrl+O", self.open_file),
            ("Ctrl+E", self.choose_export),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self.timer.start())
        for combo in (self.direction, self.channel, self.replies):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        desk.ticketsChanged.connect(lambda _ids: self.reload())
        fit_to_screen(self, QSize(1240, 700))
        self.reload()

    def _combo(self, name: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- reading ------------------------------------------------------------------
    def wanted(self) -> RegisterFilter:
        return RegisterFilter(
            self.search.text(),
            str(self.direction.currentData()),
            str(self.channel.currentData()),
            str(self.replies.currentData()),
        )

    def reload(self) -> None:
        self._read(None)

    def load_more(self) -> None:
        if self.model.items:
            self._read(self.model.items[-1])

    def _read(self, after: RegisterItem | None) -> None:
        wanted, now = self.wanted(), self.desk.ctx.now()
        self.loading = True
        self.asked += 1
        request = self.asked
        self.desk.read(
            lambda s: read_register(s, now, wanted, after),
            lambda page: self._arrived(page, after is not None, request),
            self._failed,
            owner=self,
        )

    def _arrived(self, page: RegisterPage, more: bool, request: int) -> None:
        # Reads run side by side: an answer to an older question is dropped.
        if request != self.asked:
            return
        self.loading = False
        if more:
            self.model.add_items(page.items)
        else:
            self.model.show_items(page.items)
            self.table.resizeColumnsToContents()
            # The subject takes the room left (it is the only long column).
            self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.more_button.setVisible(page.more)
        due = self.tr("%Ln replies due", "", page.counts.waiting)
        late = self.tr("%Ln overdue", "", page.counts.overdue)
        self.counts.setText(self.tr("{due}; {late}").format(due=due, late=late))
        self.say("" if self.model.items else self.tr("No entries to show."))

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.say(describe(error), error=True)

    def current(self) -> RegisterItem | None:
        return self.model.item_at(self.table.currentIndex().row())

    # -- acting -------------------------------------------------------------------
    def open_file(self) -> None:
        item = self.current()
        if item is None:
            self.say(self.tr("Choose an entry first."), error=True)
            return
        if not item.attachments:
            self.say(self.tr("This entry has no file."), error=True)
            return
        store = store_beside(self.desk.db.path)
        client = self.desk.server_client
        # A file another desk attached comes from the server the first time.
        fetch = client.fetch_blob if client is not None and client.signed_in else None

        def find(session: Session) -> Path:
            files = attachments_of(session, entry_id=item.id)
            return open_attachment(session, store, files[0].id, fetch)

        self.desk.read(find, self._show_file, self._file_failed, owner=self)

    def _show_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _file_failed(self, _error: Exception) -> None:
        self.say(self.tr("The file is not on this desk yet: sync, then open it again."), error=True)

    def record_incoming(self) -> QDialog:
        from desk_app.ui.register_record_dialog import RecordIncomingDialog

        dialog = RecordIncomingDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def new_memo(self) -> QDialog:
        from desk_app.ui.memo_dialog import MemoDialog

        dialog = MemoDialog(self.desk, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def choose_export(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the register"),
            self.tr("letter-register.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        sheet = export_sheet(self.model.items, self.zone, self.tr("Letter register"))
        rtl = labels.ui_language() == "ar"

        def write() -> Path:
            if path.suffix.lower() == ".csv":
                return write_csv(path, sheet)
            return write_xlsx(path.with_suffix(".xlsx"), [sheet], rtl)

        self.desk.tasks.read(
            write,
            lambda written: self.say(self.tr("Exported to {file}.").format(file=written.name)),
            lambda error: self.say(describe(error), error=True),
            self,
        )

    def say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)
