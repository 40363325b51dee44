"""Reminders in the app: a call-back that is due, a ticket about to miss its
service level, a ticket newly assigned to me (from a colleague or a sync),
a colleague asking for my attention on a ticket, an article of mine whose
review day has come.

Checked every minute off the GUI thread. Each thing is said once (a due
call-back once per due time), in the system tray's notification area where
the platform has one, otherwise in the status bar; clicking the tray message
opens the ticket.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QStyle, QSystemTrayIcon
from sqlalchemy.orm import Session

from desk_app.services.alerts import Alerts, pending_alerts
from desk_app.services.knowledge import Article, reviews_due
from desk_app.services.text import isolate
from desk_app.ui.branch_datetime import branch_zone
from desk_app.ui.desk import Desk

log = logging.getLogger(__name__)
CHECK_MS = 60_000
SHOW_MS = 10_000


class Notifier(QObject):
    notified = Signal(str, str)  # text, ticket id (for tests and the status bar)
    openTicket = Signal(str)

    def __init__(self, desk: Desk, window: QMainWindow) -> None:
        super().__init__(window)
        self.desk, self.window = desk, window
        self.said: set[tuple[str, str]] = set()
        self.known_mine: frozenset[str] | None = None  # None until the first check
        self._last_ticket = ""
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.messageClicked.connect(self._clicked)
            self.tray.show()
        # Tickets this desk itself just wrote: an agent taking a ticket is not
        # told that it was assigned to them.
        self.written_here: set[str] = set()
        desk.ticketsChanged.connect(self.written_here.update)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def _clicked(self) -> None:
        if self._last_ticket:  # a reminder about an article names no ticket
            self.openTicket.emit(self._last_ticket)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(2_000, self.check)

    def check(self) -> None:
        user_id, now = self.desk.ctx.actor.user_id, self.desk.ctx.now()

        def read(session: Session) -> Alerts:
            return pending_alerts(session, user_id, now)

        self.desk.read(read, self._show, self._failed, owner=self)
        self.check_reviews()

    def check_reviews(self) -> None:
        """Articles of this person whose review day has come (the branch's day)."""
        ctx = self.desk.ctx
        today = ctx.now().astimezone(branch_zone(self.desk.settings.branch.time_zone)).date()

        def read(session: Session) -> list[Article]:
            return reviews_due(session, ctx, today)

        self.desk.read(read, self._show_reviews, self._failed, owner=self)

    def _show_reviews(self, articles: list[Article]) -> None:
        for article in articles:
            title = article.title_ar if self._arabic() and article.title_ar else article.title_en
            self._say_once(
                ("review", f"{article.id}@{article.review_on}"),
                self.tr("Time to review your article “{title}”.").format(
                    title=title or article.title_ar
                ),
                "",
            )

    def _arabic(self) -> bool:
        return self.window.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _failed(self, error: Exception) -> None:
        # A busy database now and then is no reason to bother anyone: the
        # next check comes in a minute. Anything else is a bug worth a log line.
        log.warning("reminders could not be read: %s", error)

    def _show(self, alerts: Alerts) -> None:
        for follow_up in alerts.follow_ups:
            key = ("follow_up", f"{follow_up.ticket_id}@{follow_up.due_at.isoformat()}")
            self._say_once(
                key,
                self.tr("Call back {customer} about {number}: {subject}").format(
                    customer=follow_up.customer_name,
                    number=isolate(follow_up.number),
                    subject=follow_up.subject,
                ),
                follow_up.ticket_id,
            )
        for ticket in alerts.breaching:
            due = ticket.due_at.isoformat() if ticket.due_at else ""
            self._say_once(
                ("sla", f"{ticket.id}@{due}"),
                self.tr("{number} is about to miss its service level: {subject}").format(
                    number=isolate(ticket.number), subject=ticket.subject
                ),
                ticket.id,
            )
        for ticket in alerts.attention:
            asked = ticket.due_at.isoformat() if ticket.due_at else ""
            self._say_once(
                ("attention", f"{ticket.id}@{asked}"),
                self.tr("Your attention is asked on {number}: {subject}").format(
                    number=isolate(ticket.number), subject=ticket.subject
                ),
                ticket.id,
            )
        if self.known_mine is not None:
            for ticket_id in sorted(alerts.mine - self.known_mine - self.written_here):
                self._say_once(
                    ("assigned", ticket_id),
                    self.tr("A ticket was assigned to you."),
                    ticket_id,
                )
        self.known_mine = alerts.mine
        self.written_here.clear()

    def _say_once(self, key: tuple[str, str], text: str, ticket_id: str) -> None:
        if key in self.said:
            return
        self.said.add(key)
        self._last_ticket = ticket_id
        if self.tray is not None:
            self.tray.showMessage(
                self.tr("Maktab"), text, QSystemTrayIcon.MessageIcon.Information, SHOW_MS
            )
        self.window.statusBar().showMessage(text, SHOW_MS)
        self.notified.emit(text, ticket_id)
