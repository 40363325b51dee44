"""Words for the letter register: directions, channels, the reply's state,
and the register's columns (the same words on screen and in an export)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.services.register import RegisterChannel, RegisterDirection
from desk_app.services.register_queries import ReplyState


def direction_name(code: str) -> str:
    return {
        RegisterDirection.INCOMING.value: QCoreApplication.translate("RegisterWords", "Incoming"),
        RegisterDirection.OUTGOING.value: QCoreApplication.translate("RegisterWords", "Outgoing"),
        RegisterDirection.INTERNAL.value: QCoreApplication.translate("RegisterWords", "Memo"),
    }.get(code, QCoreApplication.translate("RegisterWords", "Other"))


def channel_name(code: str) -> str:
    return {
        RegisterChannel.LETTER.value: QCoreApplication.translate("RegisterWords", "Letter"),
        RegisterChannel.FAX.value: QCoreApplication.translate("RegisterWords", "Fax"),
        RegisterChannel.EMAIL.value: QCoreApplication.translate("RegisterWords", "E-mail"),
        RegisterChannel.MEMO.value: QCoreApplication.translate("RegisterWords", "Memo"),
    }.get(code, QCoreApplication.translate("RegisterWords", "Other"))


def reply_name(state: ReplyState) -> str:
    return {
        ReplyState.NONE: "",
        ReplyState.WAITING: QCoreApplication.translate("RegisterWords", "Reply due"),
        ReplyState.OVERDUE: QCoreApplication.translate("RegisterWords", "Reply overdue"),
        ReplyState.REPLIED: QCoreApplication.translate("RegisterWords", "Replied"),
    }[state]


def headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("RegisterWords", "Reference"),
        QCoreApplication.translate("RegisterWords", "Date"),
        QCoreApplication.translate("RegisterWords", "Direction"),
        QCoreApplication.translate("RegisterWords", "Channel"),
        QCoreApplication.translate("RegisterWords", "Customer"),
        QCoreApplication.translate("RegisterWords", "Ticket"),
        QCoreApplication.translate("RegisterWords", "Subject"),
        QCoreApplication.translate("RegisterWords", "Handled by"),
        QCoreApplication.translate("RegisterWords", "Reply"),
    )
