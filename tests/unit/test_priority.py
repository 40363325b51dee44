"""Priority by the company's criteria: the SOP's four levels, set directly or
from impact × urgency; a category may refuse some levels."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.models import Priority
from desk_app.services.catalogue import parse_catalogue
from desk_app.services.priority import (
    DEFAULT_MATRIX,
    LEVELS,
    PRIORITY_NOT_ALLOWED,
    Level,
    assess,
    check_allowed,
    parse_matrix,
)
from tests.unit.test_catalogue import SMALL

H, M, L = "high", "medium", "low"


@pytest.mark.parametrize(
    ("impact", "urgency", "level"),
    [
        (H, H, Priority.ENTERPRISE_FAILURE),
        (H, M, Priority.CRITICAL),
        (M, H, Priority.CRITICAL),
        (H, L, Priority.REGULAR),
        (M, M, Priority.REGULAR),
        (L, H, Priority.REGULAR),
        (M, L, Priority.PLANNED),
        (L, M, Priority.PLANNED),
        (L, L, Priority.PLANNED),
    ],
)
def test_default_matrix(impact: str, urgency: str, level: Priority) -> None:
    assert assess(DEFAULT_MATRIX, impact, urgency) == level


@given(st.sampled_from(LEVELS), st.sampled_from(LEVELS), st.sampled_from(LEVELS))
def test_more_impact_or_urgency_is_never_less_urgent(a: Level, b: Level, c: Level) -> None:
    rank = {Level.LOW: 0, Level.MEDIUM: 1, Level.HIGH: 2}
    low, high = sorted((a, b), key=rank.__getitem__)
    # A lower number is the more urgent level.
    assert DEFAULT_MATRIX.priority(high, c) <= DEFAULT_MATRIX.priority(low, c)
    assert DEFAULT_MATRIX.priority(c, high) <= DEFAULT_MATRIX.priority(c, low)


@pytest.mark.parametrize(("impact", "urgency"), [("", H), (H, ""), ("", ""), ("huge", H)])
def test_an_open_assessment_gives_no_level(impact: str, urgency: str) -> None:
    assert assess(DEFAULT_MATRIX, impact, urgency) is None


def test_the_matrix_round_trips_through_json() -> None:
    assert parse_matrix(DEFAULT_MATRIX.as_json()) == DEFAULT_MATRIX


def test_a_desk_sets_its_own_matrix_in_the_catalogue() -> None:
    data = copy.deepcopy(SMALL)
    strict = {row: {column: 1 for column in (H, M, L)} for row in (H, M, L)}
    strict["low"]["low"] = 4
    data["priority_matrix"] = strict
    catalogue = parse_catalogue(data)
    assert assess(catalogue.matrix, M, L) == 1
    assert assess(catalogue.matrix, L, L) == 4


@pytest.mark.parametrize(
    ("table", "says"),
    [
        ([], "expected an object"),
        ({"high": {"high": 1, "medium": 2, "low": 3}}, 'missing the row "medium"'),
        ({r: {H: 1, M: 2} for r in (H, M, L)}, '"high"/"low" must be a priority 1-4'),
        ({r: {H: 1, M: 2, L: 5} for r in (H, M, L)}, "found 5"),
        ({r: {H: 1, M: 2, L: True} for r in (H, M, L)}, "found True"),
        ({r: {H: 1, M: 2, L: 3, "x": 1} for r in (H, M, L)}, "unknown urgency 'x'"),
        ({**{r: {H: 1, M: 2, L: 3} for r in (H, M, L)}, "mega": {}}, "unknown impact 'mega'"),
    ],
)
def test_a_bad_matrix_is_explained(table: object, says: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_matrix(table)
    assert says in str(raised.value)


def test_a_category_refuses_levels_it_does_not_use() -> None:
    assert check_allowed(None, 4) is None
    assert check_allowed(frozenset({2, 3}), 3) is None
    refused = check_allowed(frozenset({2, 3}), 4)
    assert refused is not None
    assert (refused.field, refused.message) == ("priority", PRIORITY_NOT_ALLOWED)
