"""The category catalogue as the desk holds it: categories (help topics)
with their names, queue, priorities and extra fields, the rules that route a
category at a place to another queue, and the priority matrix.

``catalogue_reader`` builds these from the JSON file; ``catalogue`` checks the
extra field values a ticket carries against them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from desk_app.services.priority import DEFAULT_MATRIX, PriorityMatrix
from desk_app.services.text import normalise, search_terms

EXTRA_PREFIX = "extra."
# Keys intake itself stores beside the extra fields (the priority assessment).
RESERVED_KEYS = frozenset({"impact", "urgency"})
TEXT_MAX_LENGTH = 500
FIELDS_PER_CATEGORY_MAX = 20
DEFAULT_TEXT_LENGTH = 200

CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class CatalogueError(ValueError):
    """The catalogue file breaks a rule; the message says where and which.
    ``place`` is the same path as steps ("categories[0] (hardware)",
    "fields[1] (model)", "when"), ``reason`` the message without it, so an
    editor can put the message beside the part it is about."""

    def __init__(
        self, message: str, place: tuple[str, ...] = (), reason: str | None = None
    ) -> None:
        super().__init__(message)
        self.place = place
        self.reason = message if reason is None else reason


class FieldType(StrEnum):
    TEXT = "text"
    CHOICE = "choice"
    DATE = "date"
    NUMBER = "number"


@dataclass(frozen=True)
class Names:
    """A name in English and Arabic, and optionally other languages."""

    en: str
    ar: str
    other: tuple[tuple[str, str], ...] = ()

    def get(self, language: str) -> str:
        if language == "ar":
            return self.ar or self.en
        for code, text in self.other:
            if code == language:
                return text
        return self.en

    def every(self) -> tuple[str, ...]:
        return (self.en, self.ar, *(text for _code, text in self.other))


@dataclass(frozen=True)
class Option:
    value: str
    label: Names


@dataclass(frozen=True)
class Condition:
    """Shown only while the field ``field`` holds one of ``values``."""

    field: str
    values: frozenset[str]


@dataclass(frozen=True)
class ExtraField:
    key: str
    label: Names
    type: FieldType
    required: bool = False
    options: tuple[Option, ...] = ()
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    integer: bool = False
    max_length: int = DEFAULT_TEXT_LENGTH
    condition: Condition | None = None

    @property
    def error_field(self) -> str:
        """The name a FieldError about this field carries."""
        return EXTRA_PREFIX + self.key


@dataclass(frozen=True)
class Category:
    code: str
    name: Names
    parent: str | None
    depth: int
    # Queue by name ("" none), as in desk_group.name or name_ar.
    queue: str
    priority: int
    allowed_priorities: frozenset[int] | None
    # Effective fields: the ancestors' first, then this category's own.
    fields: tuple[ExtraField, ...]
    path: tuple[Names, ...]

    def label(self, language: str) -> str:
        return " › ".join(names.get(language) for names in self.path)


@dataclass(frozen=True)
class QueueRule:
    """Category (or any of its descendants) at a location → queue."""

    category: str
    locations: tuple[str, ...]
    queue: str
    # Each location as normalised words, matched as a run of words.
    terms: tuple[tuple[str, ...], ...] = field(compare=False, default=())


@dataclass(frozen=True)
class Catalogue:
    categories: tuple[Category, ...] = ()  # depth first, in file order
    rules: tuple[QueueRule, ...] = ()
    matrix: PriorityMatrix = DEFAULT_MATRIX
    default_queue: str = ""
    default_priority: int = 3
    source: str = ""
    _by_code: Mapping[str, Category] = field(default_factory=dict, compare=False, repr=False)

    def get(self, code: str) -> Category | None:
        return self._by_code.get(code)

    def ancestors(self, code: str) -> tuple[str, ...]:
        """The category's code and its ancestors' codes, nearest first."""
        chain: list[str] = []
        current = self.get(code)
        while current is not None:
            chain.append(current.code)
            current = self.get(current.parent) if current.parent else None
        return tuple(chain)

    def suggest_queue(self, code: str, location: str) -> str:
        """The queue name for a category at a location: the first rule that
        matches (a rule for a category also covers its descendants), else the
        category's own queue, else the catalogue's default. "" when none."""
        lineage = set(self.ancestors(code))
        if lineage and location.strip():
            words = tuple(search_terms(location))
            for rule in self.rules:
                if rule.category in lineage and any(_has_run(words, t) for t in rule.terms):
                    return rule.queue
        category = self.get(code)
        if category is not None and category.queue:
            return category.queue
        return self.default_queue

    def priority_for(self, code: str) -> int:
        category = self.get(code)
        return category.priority if category is not None else self.default_priority

    def allowed_priorities(self, code: str) -> frozenset[int] | None:
        category = self.get(code)
        return category.allowed_priorities if category is not None else None

    def locations(self) -> tuple[str, ...]:
        """Every location the rules name, for completing what the agent types."""
        seen: dict[str, None] = {}
        for rule in self.rules:
            for location in rule.locations:
                seen.setdefault(location, None)
        return tuple(seen)


class _Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def name_ar(self) -> str: ...


def match_queue(queue: str, groups: Iterable[_Named]) -> str | None:
    """The id of the queue (desk_group) called ``queue`` in either language."""
    if not queue:
        return None
    wanted = normalise(queue)
    for group in groups:
        if wanted in (normalise(group.name), normalise(group.name_ar)):
            return group.id
    return None


def _has_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    if not run or len(run) > len(words):
        return False
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))
