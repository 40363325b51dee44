"""The escalation rules of the service levels: read in the same reader as the
rest of a branch's document, defaults where it says nothing, and every
mistake reported (the server refuses a document with any)."""

from __future__ import annotations

import pytest

from desk_app.services.branch_levels import body_problems, check_levels, from_body, to_body
from desk_app.services.escalation_policy import (
    DEFAULT_RULES,
    EscalationRule,
    RuleAction,
    read_rules,
)


def test_a_document_without_rules_keeps_the_defaults() -> None:
    levels = from_body("b", 1, {"hours": ["08:00-16:00"]})
    assert set(levels.escalation) == {1, 2, 3, 4}
    assert all(rules == DEFAULT_RULES for rules in levels.escalation.values())
    assert (
        EscalationRule(75, RuleAction.NOTIFY_LEAD),
        EscalationRule(100, RuleAction.ESCALATE_UP, raise_priority=True),
    ) == DEFAULT_RULES


def test_rules_of_a_priority_round_trip_through_the_document() -> None:
    body = {"escalation": {"2": [{"at": 100, "action": "notify_lead", "raise_priority": False}]}}
    levels = from_body("b", 1, body)
    assert levels.escalation[2] == (EscalationRule(100, RuleAction.NOTIFY_LEAD),)
    assert levels.escalation[3] == DEFAULT_RULES
    assert check_levels(levels) == []
    again = from_body("b", 2, to_body(levels))
    assert again.escalation == levels.escalation
    # No rules at all for a priority is a choice too.
    assert read_rules({"escalation": {"4": []}})[4] == ()


@pytest.mark.parametrize(
    "escalation",
    [
        "soon",
        {"9": []},
        {"2": [{"at": 50, "action": "notify_lead"}]},
        {"2": [{"at": 75, "action": "call_the_police"}]},
        {"2": [{"at": True, "action": "notify_lead"}]},
        {"2": [{"at": 75, "action": "notify_lead", "raise_priority": "yes"}]},
        {"2": [{"at": 75, "action": "notify_lead"}, {"at": 75, "action": "notify_lead"}]},
        {"2": [{"at": 75, "action": "notify_lead"}] * 5},
        {"2": "every hour"},
    ],
)
def test_a_bad_rule_is_reported_and_its_priority_keeps_the_defaults(escalation: object) -> None:
    body = {"hours": ["08:00-16:00"], "escalation": escalation}
    assert body_problems(body)
    assert from_body("b", 1, body).escalation[2] == DEFAULT_RULES
