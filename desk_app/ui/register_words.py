"""Words for the letter register: directions, channels, the reply's state,
and the register's columns (the same words on screen and in an export)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.services.register import RegisterChannel, RegisterDirection
from desk_app.services.register_queries import ReplyState

CONTEXT = "RegisterWords"


def _t(text: str) -> str:
    return QCoreApplication.translate("RegisterWords", text)


def direction_name(code: str) -> str:
    return {
        RegisterDirection.INCOMING.value: _t("Incoming"),
        RegisterDirection.OUTGOING.value: _t("Outgoing"),
        RegisterDirection.INTERNAL.value: _t("Memo"),
    }.get(code, _t("Other"))


def channel_name(code: str) -> str:
    return {
        RegisterChannel.LETTER.value: _t("Letter"),
        RegisterChannel.FAX.value: _t("Fax"),
        RegisterChannel.EMAIL.value: _t("E-mail"),
        RegisterChannel.MEMO.value: _t("Memo"),
    }.get(code, _t("Other"))


def reply_name(state: ReplyState) -> str:
    return {
        ReplyState.NONE: "",
        ReplyState.WAITING: _t("Reply due"),
        ReplyState.OVERDUE: _t("Reply overdue"),
        ReplyState.REPLIED: _t("Replied"),
    }[state]


def headers() -> tuple[str, ...]:
    return (
        _t("Reference"),
        _t("Date"),
        _t("Direction"),
        _t("Channel"),
        _t("Customer"),
        _t("Ticket"),
        _t("Subject"),
        _t("Handled by"),
        _t("Reply"),
    )
