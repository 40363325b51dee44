"""Automatic escalation rules as the service levels state them (no I/O).

Per priority, a list of rules in the branch's service-levels document
(services.branch_levels), under "escalation":

    "escalation": {"3": [{"at": 75, "action": "notify_lead", "raise_priority": false},
                         {"at": 100, "action": "escalate_up", "raise_priority": true}]}

``at`` is the share of the resolution target used, in percent (75 or 100);
``notify_lead`` asks the ticket's team lead for attention (a hierarchical
escalation), ``escalate_up`` moves the ticket to a queue of the next tier.
A priority the document does not name keeps the default rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desk_app.models import Priority
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError

RULE_SHARES = (75, 100)
MAX_RULES = 4

BAD_RULE = QT_TRANSLATE_NOOP(
    "Validation", "An escalation rule fires at 75 or 100 percent with a known action."
)
RULE_TWICE = QT_TRANSLATE_NOOP("Validation", "Two escalation rules of a priority are the same.")


class RuleAction(StrEnum):
    NOTIFY_LEAD = "notify_lead"
    ESCALATE_UP = "escalate_up"


@dataclass(frozen=True)
class EscalationRule:
    at: int  # percent of the resolution target used
    action: RuleAction
    raise_priority: bool = False

    @property
    def key(self) -> str:
        """What names the rule in a firing's id: the same on every desk,
        whatever the priority (a rule fires once, not again after the
        priority it raised brings another list)."""
        return f"{self.at}:{self.action.value}"


DEFAULT_RULES: tuple[EscalationRule, ...] = (
    EscalationRule(75, RuleAction.NOTIFY_LEAD),
    EscalationRule(100, RuleAction.ESCALATE_UP, raise_priority=True),
)


def default_rules() -> dict[int, tuple[EscalationRule, ...]]:
    return {int(p): DEFAULT_RULES for p in Priority}


def read_rules(
    body: Any, problems: list[str] | None = None
) -> dict[int, tuple[EscalationRule, ...]]:
    """The rules a document's "escalation" entry gives (the defaults for a
    priority it lacks or cannot be read); what could not be read goes to
    ``problems`` in English."""
    rules = default_rules()
    if not isinstance(body, Mapping) or "escalation" not in body:
        return rules
    found = body["escalation"]
    if not isinstance(found, Mapping):
        _note(problems, "escalation must be an object of priorities")
        return rules
    for key, items in found.items():
        priority = _priority(key)
        if priority is None:
            _note(problems, f"escalation: unknown priority {key!r}")
            continue
        read = _read_list(items)
        if read is None:
            _note(problems, f"escalation.{key}: each rule is at 75|100 and a known action")
            continue
        rules[priority] = read
    return rules


def rules_body(rules: Mapping[int, tuple[EscalationRule, ...]]) -> dict[str, Any]:
    return {
        str(priority): [
            {"at": r.at, "action": r.action.value, "raise_priority": r.raise_priority}
            for r in items
        ]
        for priority, items in sorted(rules.items())
    }


def check_rules(rules: Mapping[int, tuple[EscalationRule, ...]]) -> list[FieldError]:
    errors: list[FieldError] = []
    for priority, items in sorted(rules.items()):
        field = f"escalation.{priority}"
        if len(items) > MAX_RULES or any(r.at not in RULE_SHARES for r in items):
            errors.append(FieldError(field, BAD_RULE))
        elif len({r.key for r in items}) != len(items):
            errors.append(FieldError(field, RULE_TWICE))
    return errors


def _read_list(items: Any) -> tuple[EscalationRule, ...] | None:
    if not isinstance(items, list) or len(items) > MAX_RULES:
        return None
    read: list[EscalationRule] = []
    for item in items:
        if not isinstance(item, Mapping):
            return None
        at, action, raised = item.get("at"), item.get("action"), item.get("raise_priority", False)
        if isinstance(at, bool) or at not in RULE_SHARES or not isinstance(raised, bool):
            return None
        if action not in {a.value for a in RuleAction}:
            return None
        read.append(EscalationRule(int(at), RuleAction(action), raised))
    if len({r.key for r in read}) != len(read):
        return None
    return tuple(sorted(read, key=lambda r: (r.at, r.action.value)))


def _priority(key: Any) -> int | None:
    try:
        value = int(key)
    except (TypeError, ValueError):
        return None
    return value if value in {int(p) for p in Priority} else None


def _note(problems: list[str] | None, text: str) -> None:
    if problems is not None:
        problems.append(text)
