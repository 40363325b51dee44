"""Priority by the company's criteria (the SOP: assessed in the first interview).

The four levels are the SOP's own (models.enums.Priority). An agent either
sets the level directly or assesses impact (how much of the business is hit)
and urgency (how soon it hurts) and lets the matrix give the level; the matrix
is part of the category catalogue, so a desk can set its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from desk_app.models import Priority
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError

PRIORITY_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Validation", "This priority is not used for the chosen category."
)


class Level(StrEnum):
    """Impact and urgency, each assessed as high, medium or low."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


LEVELS = tuple(Level)
LEVEL_VALUES = frozenset(level.value for level in Level)
PRIORITIES = frozenset(int(p) for p in Priority)


@dataclass(frozen=True)
class PriorityMatrix:
    """impact × urgency → priority level. ``cells`` holds all nine pairs."""

    cells: tuple[tuple[Level, Level, int], ...]

    def priority(self, impact: Level | str, urgency: Level | str) -> int:
        wanted = (Level(impact), Level(urgency))
        for row, column, level in self.cells:
            if (row, column) == wanted:
                return level
        raise KeyError(wanted)  # parse_matrix guarantees all nine cells

    def as_json(self) -> dict[str, dict[str, int]]:
        table: dict[str, dict[str, int]] = {}
        for row, column, level in self.cells:
            table.setdefault(row.value, {})[column.value] = level
        return table


def _matrix(table: Mapping[Level, Mapping[Level, Priority]]) -> PriorityMatrix:
    return PriorityMatrix(
        tuple((row, column, int(table[row][column])) for row in LEVELS for column in LEVELS)
    )


H, M, L = Level.HIGH, Level.MEDIUM, Level.LOW
# The usual service-desk matrix folded onto the SOP's four levels: both high is
# an enterprise failure; one high and one medium is critical; the diagonal
# below is regular service; low against medium or low can be planned.
DEFAULT_MATRIX = _matrix(
    {
        H: {H: Priority.ENTERPRISE_FAILURE, M: Priority.CRITICAL, L: Priority.REGULAR},
        M: {H: Priority.CRITICAL, M: Priority.REGULAR, L: Priority.PLANNED},
        L: {H: Priority.REGULAR, M: Priority.PLANNED, L: Priority.PLANNED},
    }
)


def parse_matrix(data: object) -> PriorityMatrix:
    """A matrix from its JSON form ``{impact: {urgency: level}}``.

    Raises ValueError saying exactly what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("expected an object {impact: {urgency: priority}}")
    cells: list[tuple[Level, Level, int]] = []
    for row in LEVELS:
        columns = data.get(row.value)
        if not isinstance(columns, dict):
            raise ValueError(f'missing the row "{row.value}" (an object of urgency: priority)')
        for column in LEVELS:
            level = columns.get(column.value)
            if isinstance(level, bool) or level not in PRIORITIES:
                raise ValueError(
                    f'"{row.value}"/"{column.value}" must be a priority 1-4, found {level!r}'
                )
            cells.append((row, column, int(level)))
        extra = set(columns) - {c.value for c in LEVELS}
        if extra:
            raise ValueError(f'unknown urgency {sorted(extra)[0]!r} in "{row.value}"')
    extra = set(data) - {r.value for r in LEVELS}
    if extra:
        raise ValueError(f"unknown impact {sorted(extra)[0]!r}")
    return PriorityMatrix(tuple(cells))


def assess(matrix: PriorityMatrix, impact: str, urgency: str) -> int | None:
    """The level for an assessment, or None while either half is still open."""
    if impact not in LEVEL_VALUES or urgency not in LEVEL_VALUES:
        return None
    return matrix.priority(impact, urgency)


def check_allowed(allowed: frozenset[int] | None, priority: int) -> FieldError | None:
    """A category may limit the levels it is used with (a complaint is never a
    planned event). None when the level is fine."""
    if allowed is None or priority in allowed:
        return None
    return FieldError("priority", PRIORITY_NOT_ALLOWED)
