"""The administration console's words: each right, each kind of audit entry
and an audit entry's details, in the user's language (never a stored key)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desk_app.models import Role
from desk_app.services.audit import AuditKind
from desk_app.services.permissions import LEVELS, PERMISSIONS, Right
from desk_app.ui import labels
from desk_app.ui.formatting import number


def right_label(right: Right) -> str:
    """What a right lets a person do, as the rights table names it."""
    table: dict[Right, str] = {
        Right.TAKE_CALLS: QCoreApplication.translate("AdminWords", "Take calls, create tickets"),
        Right.EDIT_OWN: QCoreApplication.translate("AdminWords", "Edit tickets assigned to me"),
        Right.EDIT_QUEUE: QCoreApplication.translate("AdminWords", "Edit tickets in my queues"),
        Right.EDIT_ANY: QCoreApplication.translate("AdminWords", "Edit any ticket"),
        Right.ROUTE: QCoreApplication.translate("AdminWords", "Move tickets to another queue"),
        Right.ASSIGN_OTHERS: QCoreApplication.translate("AdminWords", "Assign tickets to others"),
        Right.BULK_CHANGE: QCoreApplication.translate("AdminWords", "Change many tickets at once"),
        Right.MERGE_SPLIT: QCoreApplication.translate("AdminWords", "Merge and split tickets"),
        Right.SET_PRIORITY_1: QCoreApplication.translate(
            "AdminWords", "Declare an enterprise failure"
        ),
        Right.RESOLVE: QCoreApplication.translate("AdminWords", "Resolve, close and reopen"),
        Right.ESCALATE_WITHIN_TIER: QCoreApplication.translate(
            "AdminWords", "Pass tickets on within the tier"
        ),
        Right.ESCALATE_UP: QCoreApplication.translate("AdminWords", "Escalate to a higher tier"),
        Right.DE_ESCALATE: QCoreApplication.translate("AdminWords", "Return to a lower tier"),
        Right.KB_WRITE: QCoreApplication.translate("AdminWords", "Write knowledge articles"),
        Right.KB_PUBLISH: QCoreApplication.translate("AdminWords", "Publish knowledge articles"),
        Right.REPORTS_TEAM: QCoreApplication.translate("AdminWords", "See my team's reports"),
        Right.REPORTS_ALL: QCoreApplication.translate("AdminWords", "See every branch's reports"),
        Right.CONFIGURE_SLA: QCoreApplication.translate(
            "AdminWords", "Set service levels, hours and holidays"
        ),
        Right.CONFIGURE_CATALOGUE: QCoreApplication.translate(
            "AdminWords", "Change the category catalogue"
        ),
        Right.CONFIGURE_TEMPLATES: QCoreApplication.translate("AdminWords", "Change templates"),
        Right.CONFIGURE_QUEUES: QCoreApplication.translate("AdminWords", "Change queues"),
        Right.MANAGE_USERS: QCoreApplication.translate("AdminWords", "Manage people"),
        Right.MANAGE_DEVICES: QCoreApplication.translate("AdminWords", "Manage devices"),
        Right.EDIT_RIGHTS: QCoreApplication.translate("AdminWords", "Change rights"),
        Right.READ_AUDIT: QCoreApplication.translate("AdminWords", "Read the audit log"),
    }
    return table[right]


def kind_label(kind: str) -> str:
    """What an audit entry records."""
    table: dict[str, str] = {
        AuditKind.SIGN_IN: QCoreApplication.translate("AdminWords", "Signed in"),
        AuditKind.SIGN_IN_FAILED: QCoreApplication.translate("AdminWords", "Sign-in failed"),
        AuditKind.SIGN_OUT: QCoreApplication.translate("AdminWords", "Signed out"),
        AuditKind.LOCKED: QCoreApplication.translate("AdminWords", "Desk locked"),
        AuditKind.USER_CHANGED: QCoreApplication.translate("AdminWords", "Person changed"),
        AuditKind.QUEUE_CHANGED: QCoreApplication.translate("AdminWords", "Queue changed"),
        AuditKind.RIGHTS_CHANGED: QCoreApplication.translate("AdminWords", "Rights changed"),
        AuditKind.CONFIG_CHANGED: QCoreApplication.translate("AdminWords", "Configuration changed"),
        AuditKind.DEVICE_REVOKED: QCoreApplication.translate("AdminWords", "Device revoked"),
        AuditKind.REFUSED: QCoreApplication.translate("AdminWords", "Refused"),
        AuditKind.EXPORTED: QCoreApplication.translate("AdminWords", "Data exported"),
    }
    return table.get(kind, QCoreApplication.translate("AdminWords", "Other"))


def denial_text(message: str) -> str:
    """A refusal (permissions.REASONS) in the user's language."""
    return QCoreApplication.translate(PERMISSIONS, message)


def _field_label(name: str) -> str:
    table = {
        "name": QCoreApplication.translate("AdminWords", "English name"),
        "name_ar": QCoreApplication.translate("AdminWords", "Arabic name"),
        "branch_id": QCoreApplication.translate("AdminWords", "Branch"),
        "role": QCoreApplication.translate("AdminWords", "Role"),
        "rows": QCoreApplication.translate("AdminWords", "Rows"),
        "reason": QCoreApplication.translate("AdminWords", "Reason"),
        "right": QCoreApplication.translate("AdminWords", "Right"),
        "version": QCoreApplication.translate("AdminWords", "Version"),
    }
    found = table.get(name)
    if found is not None:
        return found
    shown = labels.field_label(name)
    # A key the desk has no words for is not shown as a key.
    return shown if shown != name else QCoreApplication.translate("AdminWords", "Detail")


def _rtl() -> bool:
    return QLocale().textDirection() == Qt.LayoutDirection.RightToLeft


def value_text(key: str, value: Any, names: Mapping[str, str]) -> str:
    """One stored value in words: a person's or branch's name for an id, a
    role's name, a number in the locale's digits."""
    if value is None or value == "":
        if key == "branch_id":
            return QCoreApplication.translate("AdminWords", "All branches")
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AdminWords", "Yes")
            if value
            else QCoreApplication.translate("AdminWords", "No")
        )
    if isinstance(value, int | float):
        return number(value)
    text = str(value)
    if key.endswith("_id"):
        return names.get(text, QCoreApplication.translate("AdminWords", "(removed)"))
    if key == "role":
        return labels.role_label(text)
    if key == "right":
        try:
            return right_label(Right(text))
        except ValueError:
            return QCoreApplication.translate("AdminWords", "Other")
    if key == "reason":
        return denial_text(text)
    return text


def _rights_change(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    parts = [
        QCoreApplication.translate("AdminWords", "Version {change}").format(
            change=labels.change_text(
                number(int(before.get("version", 0))), number(int(after.get("version", 0))), _rtl()
            )
        )
    ]
    old, new = before.get("grants", {}), after.get("grants", {})
    for role in LEVELS:
        had, has = set(old.get(role.value, [])), set(new.get(role.value, []))
        added = [right_label(r) for r in Right if r.value in has - had]
        removed = [right_label(r) for r in Right if r.value in had - has]
        if added:
            parts.append(
                QCoreApplication.translate("AdminWords", "{role} may now: {rights}").format(
                    role=labels.role_label(Role(role)), rights=", ".join(added)
                )
            )
        if removed:
            parts.append(
                QCoreApplication.translate("AdminWords", "{role} may no longer: {rights}").format(
                    role=labels.role_label(Role(role)), rights=", ".join(removed)
                )
            )
    return parts


def detail_text(detail: str, names: Mapping[str, str]) -> str:
    """An audit entry's details (stored as JSON) in words: what changed from
    what to what, a refusal's reason, how many rows an export held."""
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    before, after = data.get("before"), data.get("after")
    parts: list[str] = []
    if isinstance(before, dict) and isinstance(after, dict):
        if "grants" in before or "grants" in after:
            parts += _rights_change(before, after)
        else:
            for key in [k for k in after if k in before or not before] + [
                k for k in before if k not in after
            ]:
                new = value_text(key, after.get(key), names)
                if key not in before:
                    parts.append(f"{_field_label(key)}: {new}")
                elif before[key] != after.get(key):
                    old = value_text(key, before[key], names)
                    parts.append(f"{_field_label(key)}: {labels.change_text(old, new, _rtl())}")
    for key, value in data.items():
        if key in ("before", "after") or isinstance(value, dict | list):
            continue
        parts.append(f"{_field_label(key)}: {value_text(key, value, names)}")
    return " · ".join(parts)
