"""Escalation in words: the actions, the reasons, the reading pane's line about
the latest escalation and the effect on the service level, shared by the
dialog, the pane and the timeline so each says the same thing the same way.

Names, queues and notes are first-strong isolates: a Latin name inside an
Arabic sentence (or the reverse) keeps its place."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk_app.services.escalation import EscalationInfo, EscalationKind, Reason, SlaEffect
from desk_app.services.sla import Target
from desk_app.services.text import FSI, PDI
from desk_app.ui import labels
from desk_app.ui.formatting import local_time, number
from desk_app.ui.sla_view import target_name
from desk_app.ui.text_direction import own_direction


def isolated(text: str) -> str:
    return f"{FSI}{text}{PDI}" if text else ""


def action_label(kind: str) -> str:
    """An action as the dialog offers it."""
    table = {
        EscalationKind.FUNCTIONAL.value: QCoreApplication.translate(
            "Escalation", "Pass on to another queue of the same tier"
        ),
        EscalationKind.UP.value: QCoreApplication.translate(
            "Escalation", "Escalate to a higher tier"
        ),
        EscalationKind.HIERARCHICAL.value: QCoreApplication.translate(
            "Escalation", "Ask a team lead or supervisor for attention"
        ),
        EscalationKind.RETURNED.value: QCoreApplication.translate(
            "Escalation", "Return to a lower tier"
        ),
    }
    return table.get(str(kind)) or QCoreApplication.translate("Escalation", "Other escalation")


def kind_short(kind: str) -> str:
    """An action in one or two words (the timeline, the list)."""
    table = {
        EscalationKind.FUNCTIONAL.value: QCoreApplication.translate("Escalation", "Passed on"),
        EscalationKind.UP.value: QCoreApplication.translate("Escalation", "Escalated"),
        EscalationKind.HIERARCHICAL.value: QCoreApplication.translate(
            "Escalation", "Attention asked"
        ),
        EscalationKind.RETURNED.value: QCoreApplication.translate("Escalation", "Returned"),
    }
    return table.get(str(kind)) or QCoreApplication.translate("Escalation", "Escalated")


def tier_cell(tier: int, escalation_kind: str) -> str:
    """The list's tier cell: the tier's digit, and how the ticket's latest
    escalation left it ("2 · Escalated")."""
    digit = number(tier)
    if not escalation_kind:
        return digit
    return QCoreApplication.translate("Escalation", "{tier} · {kind}").format(
        tier=digit, kind=kind_short(escalation_kind)
    )


def reason_label(reason: str) -> str:
    """A reason as the dialog's list offers it."""
    table = {
        Reason.SPECIALIST.value: QCoreApplication.translate("Escalation", "Needs a specialist"),
        Reason.TIME_EXCEEDED.value: QCoreApplication.translate("Escalation", "Time exceeded"),
        Reason.CUSTOMER_ASKED.value: QCoreApplication.translate("Escalation", "The customer asked"),
        Reason.COMPLAINT.value: QCoreApplication.translate("Escalation", "Complaint"),
        Reason.LEGAL_FINANCIAL.value: QCoreApplication.translate(
            "Escalation", "Legal or financial"
        ),
        Reason.OTHER.value: QCoreApplication.translate("Escalation", "Other reason"),
    }
    return table.get(str(reason)) or QCoreApplication.translate("Escalation", "Other reason")


def reason_phrase(reason: str) -> str:
    """A reason inside a sentence ("…by Noura: needs a specialist")."""
    table = {
        Reason.SPECIALIST.value: QCoreApplication.translate("Escalation", "needs a specialist"),
        Reason.TIME_EXCEEDED.value: QCoreApplication.translate(
            "Escalation", "the time was exceeded"
        ),
        Reason.CUSTOMER_ASKED.value: QCoreApplication.translate("Escalation", "the customer asked"),
        Reason.COMPLAINT.value: QCoreApplication.translate("Escalation", "a complaint"),
        Reason.LEGAL_FINANCIAL.value: QCoreApplication.translate(
            "Escalation", "a legal or financial matter"
        ),
        Reason.OTHER.value: QCoreApplication.translate("Escalation", "another reason"),
    }
    return table.get(str(reason)) or QCoreApplication.translate("Escalation", "another reason")


QueueName = Callable[[str | None], str]


def rule_phrase(rule: str) -> str:
    """Why an automatic rule fired, from its key ("75:notify_lead")."""
    share = rule.partition(":")[0]
    if share.isdigit() and int(share) < 100:
        return QCoreApplication.translate(
            "Escalation", "{percent}% of the resolution time has passed"
        ).format(percent=number(int(share)))
    return QCoreApplication.translate("Escalation", "the resolution time was exceeded")


def banner_text(info: EscalationInfo, queue_name: QueueName, rule: str = "") -> str:
    """The latest escalation in one sentence, for the top of the reading pane
    (``rule``: the key of the automatic rule that made it, if one did)."""
    note = isolated(info.note.strip())
    kind = str(info.kind)
    if info.automatic:
        why = rule_phrase(rule)
        if kind == EscalationKind.HIERARCHICAL.value:
            text = QCoreApplication.translate(
                "Escalation", "Your attention is asked automatically: {reason}"
            )
        else:
            text = QCoreApplication.translate("Escalation", "Escalated automatically: {reason}")
        return text.format(reason=why)
    who = isolated(info.by_name)
    if kind == EscalationKind.RETURNED.value:
        text = QCoreApplication.translate("Escalation", "Returned by {name}: {note}")
        return text.format(name=who, note=note)
    if kind == EscalationKind.HIERARCHICAL.value:
        text = QCoreApplication.translate("Escalation", "{name} asks for your attention: {note}")
        return text.format(name=who, note=note)
    source = isolated(queue_name(info.from_queue_id))
    if kind == EscalationKind.FUNCTIONAL.value:
        text = QCoreApplication.translate(
            "Escalation", "Passed on from {queue} by {name}: {reason} — {note}"
        )
    else:
        text = QCoreApplication.translate(
            "Escalation", "Escalated from {queue} by {name}: {reason} — {note}"
        )
    return text.format(queue=source, name=who, reason=reason_phrase(info.reason), note=note)


def _target(value: Any) -> str:
    try:
        return target_name(Target(value))
    except ValueError:
        return QCoreApplication.translate("Escalation", "Another target")


def _moment(value: datetime | None, zone: str) -> str:
    if value is None:
        return QCoreApplication.translate("Escalation", "no due time")
    return local_time(value, zone)


def effect_lines(effect: SlaEffect, zone: str, rtl: bool) -> list[str]:
    """What the escalation does to the service level, one line per target."""
    lines = []
    for change in effect.changes:
        if change.before == change.after:
            lines.append(
                QCoreApplication.translate(
                    "Escalation", "{target} due: {moment} (no change)"
                ).format(target=_target(change.target), moment=_moment(change.after, zone))
            )
            continue
        moved = labels.change_text(_moment(change.before, zone), _moment(change.after, zone), rtl)
        lines.append(
            QCoreApplication.translate("Escalation", "{target} due: {change}").format(
                target=_target(change.target), change=moved
            )
        )
    restarts = effect.restarts
    if isinstance(restarts, bool):
        if restarts:
            lines.append(QCoreApplication.translate("Escalation", "The clock starts again."))
    elif isinstance(restarts, Iterable):
        for target in restarts:
            lines.append(
                QCoreApplication.translate(
                    "Escalation", "{target}: its clock starts again."
                ).format(target=_target(target))
            )
    if effect.priority_before != effect.priority_after:
        moved = labels.change_text(
            labels.priority_label(int(effect.priority_before)),
            labels.priority_label(int(effect.priority_after)),
            rtl,
        )
        lines.append(
            QCoreApplication.translate("Escalation", "Priority: {change}").format(change=moved)
        )
    if not lines:
        lines.append(QCoreApplication.translate("Escalation", "No service-level target applies."))
    return lines


def _stored(text: str) -> dict[str, Any]:
    try:
        found = json.loads(text or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _first(data: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = data.get(key)
        if value not in (None, ""):
            return str(value)
    return ""


StoredValue = Callable[[str, str], str]


def journal_lines(
    kind: str, left: str, stored: str, note: str, value: StoredValue, rtl: bool
) -> list[str]:
    """An escalation's entry in the timeline: what was done and where to,
    the tiers, the reason, whether a rule did it, and the note. ``kind``,
    ``left`` (the queue it left), ``stored`` (the rest, as JSON) and ``note``
    are the entry's field, old value, new value and body; ``value`` puts a
    stored value in words (describe.Describer.value)."""
    data = _stored(stored)
    lines = []
    if kind == EscalationKind.HIERARCHICAL.value:
        person = _first(data, "to_user_id", "to_user")
        lines.append(
            QCoreApplication.translate("Escalation", "{action}: {person}").format(
                action=kind_short(kind), person=value("assignee_id", person)
            )
        )
    else:
        moved = labels.change_text(
            value("group_id", left),
            value("group_id", _first(data, "to_queue_id", "to_queue")),
            rtl,
        )
        lines.append(
            QCoreApplication.translate("Escalation", "{action}: {change}").format(
                action=kind_short(kind), change=moved
            )
        )
    before, after = _first(data, "from_tier"), _first(data, "to_tier")
    if before.isdigit() and after.isdigit() and before != after:
        lines.append(
            QCoreApplication.translate("Escalation", "Tier: {change}").format(
                change=labels.change_text(
                    labels.tier_label(int(before)), labels.tier_label(int(after)), rtl
                )
            )
        )
    reason = _first(data, "reason")
    if reason:
        lines.append(
            QCoreApplication.translate("Escalation", "Reason: {reason}").format(
                reason=reason_phrase(reason)
            )
        )
    if data.get("automatic") in (True, "true", "1", 1):
        lines.append(
            QCoreApplication.translate("Escalation", "Done by an automatic rule: {reason}").format(
                reason=rule_phrase(_first(data, "rule"))
            )
        )
    if note:
        lines.append(own_direction(note))
    return lines
