"""The category catalogue: what a desk is asked about and how each kind of
request is handled.

A tree of categories (help topics), each named in English and Arabic, with a
default queue (by queue name), a default priority, the priorities it may be
used with, and extra fields the agent fills in for it (text, choice, date,
number; required or optional; shown only when another field has a given
value). Rules route a category at a location to another queue, and the
impact × urgency matrix gives the priority. A desk starts with the catalogue
in resources/catalogue/default.json; an administrator replaces it with the
``catalogue`` setting. A file that cannot be used is reported and the
built-in catalogue is used instead: intake never stops over a typo.

Children inherit their parent's queue, priorities and fields, and add fields
of their own. Extra field values are stored on the ticket as JSON
(ticket.custom_fields), keyed by the field's key.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from desk_app import resources
from desk_app.services import messages as m
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError
from desk_app.services.priority import DEFAULT_MATRIX, PRIORITIES, PriorityMatrix, parse_matrix
from desk_app.services.text import normalise, search_terms
from desk_app.services.validation import ascii_digits, check_text

log = logging.getLogger(__name__)

EXTRA_PREFIX = "extra."
# Keys intake itself stores beside the extra fields (the priority assessment).
RESERVED_KEYS = frozenset({"impact", "urgency"})
TEXT_MAX_LENGTH = 500
FIELDS_PER_CATEGORY_MAX = 20
DEFAULT_TEXT_LENGTH = 200

CATALOGUE_UNUSABLE = QT_TRANSLATE_NOOP(
    "Validation",
    "The category catalogue {path} cannot be used: {reason}. "
    "The built-in catalogue is used instead.",
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter a number.")
NOT_WHOLE = QT_TRANSLATE_NOOP("Validation", "Enter a whole number.")
NUMBER_BETWEEN = QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}.")
NUMBER_AT_LEAST = QT_TRANSLATE_NOOP("Validation", "Enter a number of at least {low}.")
NUMBER_AT_MOST = QT_TRANSLATE_NOOP("Validation", "Enter a number of at most {high}.")
BAD_DATE = QT_TRANSLATE_NOOP("Validation", "Enter a real date as YYYY-MM-DD.")
WRONG_TYPE = QT_TRANSLATE_NOOP("Validation", "This value is of the wrong kind for this field.")
BUILTIN_UNUSABLE = QT_TRANSLATE_NOOP(
    "Validation",
    "The built-in category catalogue {path} cannot be used: {reason}. "
    "Tickets are saved without categories until Maktab is reinstalled.",
)

_CODE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Scalar = str | int | float


class CatalogueError(ValueError):
    """The catalogue file breaks a rule; the message says where and which."""


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


# -- extra field values ----------------------------------------------------------


def visible_fields(category: Category, values: Mapping[str, object]) -> tuple[ExtraField, ...]:
    """The category's fields the agent sees for these values: a field with a
    condition only while the field it depends on is shown and holds one of
    the values named (conditions refer to earlier fields, so one pass does)."""
    shown: list[ExtraField] = []
    shown_keys: set[str] = set()
    for extra in category.fields:
        condition = extra.condition
        if condition is not None and (
            condition.field not in shown_keys
            or _as_text(values.get(condition.field)) not in condition.values
        ):
            continue
        shown.append(extra)
        shown_keys.add(extra.key)
    return tuple(shown)


def extra_lines(
    catalogue: Catalogue,
    code: str,
    values: Mapping[str, object],
    language: str,
    other: str | None = None,
) -> tuple[tuple[str, str], ...]:
    """A ticket's extra field values for reading: each as (label, value) in
    ``language``, a choice by its option's name, in the category's order. A
    value whose field this category does not have (the ticket changed
    category) is still shown, under that field's name in the category that
    has it, or under ``other`` (a word such as "Other field") when no category
    has it any more, or else under its key: what was recorded is never
    hidden."""
    category = catalogue.get(code)
    known = category.fields if category is not None else ()
    lines: list[tuple[str, str]] = []
    for extra in known:
        value = values.get(extra.key)
        if value is None or value == "":
            continue
        lines.append((extra.label.get(language), _extra_text(extra, value, language)))
    keys = {extra.key for extra in known}
    elsewhere = {
        extra.key: extra
        for c in catalogue.categories
        for extra in c.fields
        if extra.key not in keys
    }
    for key, value in values.items():
        if key in keys or value in (None, ""):
            continue
        found = elsewhere.get(key)
        if found is not None:
            lines.append((found.label.get(language), _extra_text(found, value, language)))
        else:
            lines.append((other or key, _as_text(value)))
    return tuple(lines)


def _extra_text(extra: ExtraField, value: object, language: str) -> str:
    text = _as_text(value)
    if extra.type is FieldType.CHOICE:
        option = next((o for o in extra.options if o.value == text), None)
        text = option.label.get(language) if option is not None else text
    return text


def validate_extra(category: Category, values: Mapping[str, object]) -> list[FieldError]:
    """Problems with the extra field values of a ticket in this category.
    Hidden fields and keys the category does not have are ignored."""
    return _check_extra(category, values)[0]


def clean_extra(category: Category, values: Mapping[str, object]) -> dict[str, Scalar]:
    """The values as stored: typed (numbers as numbers, dates as YYYY-MM-DD,
    choices as their value), empty and hidden fields left out."""
    return _check_extra(category, values)[1]


def _check_extra(
    category: Category, values: Mapping[str, object]
) -> tuple[list[FieldError], dict[str, Scalar]]:
    errors: list[FieldError] = []
    clean: dict[str, Scalar] = {}
    for extra in visible_fields(category, values):
        raw = values.get(extra.key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if extra.required:
                errors.append(FieldError(extra.error_field, m.REQUIRED))
            continue
        error, value = _check_value(extra, raw)
        if error is not None:
            errors.append(error)
        elif value is not None:
            clean[extra.key] = value
    return errors, clean


def _check_value(extra: ExtraField, raw: object) -> tuple[FieldError | None, Scalar | None]:
    name = extra.error_field
    if extra.type is FieldType.NUMBER:
        return _check_number(extra, raw)
    if extra.type is FieldType.DATE and isinstance(raw, date):
        return None, raw.isoformat()
    if not isinstance(raw, str):
        return FieldError(name, WRONG_TYPE), None
    if extra.type is FieldType.TEXT:
        errors: list[FieldError] = []
        check_text(errors, name, raw, limit=extra.max_length)
        return (errors[0], None) if errors else (None, " ".join(raw.split()))
    if extra.type is FieldType.CHOICE:
        value = raw.strip()
        if value not in {option.value for option in extra.options}:
            return FieldError(name, m.BAD_CHOICE), None
        return None, value
    text = ascii_digits(raw.strip())
    try:
        if not _DATE.match(text):
            raise ValueError(text)
        return None, date.fromisoformat(text).isoformat()
    except ValueError:
        return FieldError(name, BAD_DATE), None


def _check_number(extra: ExtraField, raw: object) -> tuple[FieldError | None, Scalar | None]:
    name = extra.error_field
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        return FieldError(name, WRONG_TYPE), None
    number = _parse_number(raw)
    if number is None:
        return FieldError(name, NOT_A_NUMBER), None
    if extra.integer and number != number.to_integral_value():
        return FieldError(name, NOT_WHOLE), None
    low, high = extra.minimum, extra.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        if low is not None and high is not None:
            params: dict[str, str | int] = {"low": _show(low), "high": _show(high)}
            return FieldError(name, NUMBER_BETWEEN, params), None
        if low is not None:
            return FieldError(name, NUMBER_AT_LEAST, {"low": _show(low)}), None
        assert high is not None
        return FieldError(name, NUMBER_AT_MOST, {"high": _show(high)}), None
    if number == number.to_integral_value():
        return None, int(number)
    return None, float(number)


def _parse_number(raw: int | float | str) -> Decimal | None:
    if isinstance(raw, str):
        # Arabic keyboards type Arabic-Indic digits and the Arabic decimal
        # separator; a lone comma is a decimal comma (Polish), thin spaces and
        # the Arabic thousands separator group digits.
        text = ascii_digits(raw.strip()).replace("\u066b", ".").replace("\u066c", "")
        text = re.sub(r"[\s\u00a0\u202f]", "", text)
        if "," in text and "." not in text and text.count(",") == 1:
            text = text.replace(",", ".")
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            return None
        raw = text
    try:
        number = Decimal(str(raw))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _show(number: Decimal) -> str:
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def _as_text(value: object) -> str:
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value)


# -- reading the catalogue file -----------------------------------------------------


class _Reader:
    """Walks the JSON with a breadcrumb, so an error names the exact place."""

    def __init__(self) -> None:
        self.trail: list[str] = []

    def fail(self, message: str) -> CatalogueError:
        # A path, not an arrow: "→" would point backwards in an Arabic message.
        where = " / ".join(self.trail)
        return CatalogueError(f"{where}: {message}" if where else message)

    def obj(self, value: object, allowed: set[str], required: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail("expected an object {…}")
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(f'unknown key "{unknown[0]}" (allowed: {", ".join(sorted(allowed))})')
        missing = sorted(required - set(value))
        if missing:
            raise self.fail(f'"{missing[0]}" is missing')
        return value

    def text(self, data: dict[str, Any], key: str, default: str | None = None) -> str:
        value = data.get(key, default)
        if not isinstance(value, str) or (default is None and not value.strip()):
            raise self.fail(f'"{key}" must be non-empty text')
        return value.strip()

    def names(self, data: dict[str, Any], key: str) -> Names:
        value = data.get(key)
        self.trail.append(key)
        try:
            if not isinstance(value, dict):
                raise self.fail('expected {"en": "…", "ar": "…"}')
            for language, text in value.items():
                if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2,3}", language):
                    raise self.fail(f"{language!r} is not a language code like en, ar, pl")
                if not isinstance(text, str) or not text.strip():
                    raise self.fail(f'the "{language}" name must be non-empty text')
            for language in ("en", "ar"):
                if language not in value:
                    raise self.fail(f'the "{language}" name is missing')
            other = tuple(
                (lang, text.strip()) for lang, text in value.items() if lang not in ("en", "ar")
            )
            return Names(value["en"].strip(), value["ar"].strip(), other)
        finally:
            self.trail.pop()

    def priority(self, value: object, what: str) -> int:
        if isinstance(value, bool) or value not in PRIORITIES:
            raise self.fail(f"{what} must be a priority 1-4, found {value!r}")
        return int(value)

    def number(self, value: object, what: str) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f'"{what}" must be a number')
        return Decimal(str(value))


def parse_catalogue(data: object, source: str = "") -> Catalogue:
    """A catalogue from its JSON form; raises CatalogueError on any mistake."""
    reader = _Reader()
    top = reader.obj(
        data,
        {"version", "default_queue", "default_priority", "priority_matrix", "categories"}
        | {"queue_rules"},
        {"categories"},
    )
    if top.get("version", 1) != 1:
        raise reader.fail(f"version {top.get('version')!r} is not supported (expected 1)")
    default_queue = reader.text(top, "default_queue", "")
    default_priority = reader.priority(top.get("default_priority", 3), '"default_priority"')
    matrix = DEFAULT_MATRIX
    if "priority_matrix" in top:
        try:
            matrix = parse_matrix(top["priority_matrix"])
        except ValueError as error:
            raise reader.fail(f"priority_matrix: {error}") from None
    categories: list[Category] = []
    by_code: dict[str, Category] = {}
    raw_categories = top["categories"]
    if not isinstance(raw_categories, list):
        raise reader.fail('"categories" must be a list')
    inherited = _Inherited(default_queue, default_priority, None, (), ())
    for index, raw in enumerate(raw_categories):
        _parse_category(reader, f"categories[{index}]", raw, None, inherited, categories, by_code)
    rules = _parse_rules(reader, top.get("queue_rules", []), by_code)
    return Catalogue(
        categories=tuple(categories),
        rules=rules,
        matrix=matrix,
        default_queue=default_queue,
        default_priority=default_priority,
        source=source,
        _by_code=by_code,
    )


@dataclass(frozen=True)
class _Inherited:
    queue: str
    priority: int
    allowed: frozenset[int] | None
    fields: tuple[ExtraField, ...]
    path: tuple[Names, ...]


_CATEGORY_KEYS = {"code", "name", "queue", "priority", "allowed_priorities", "fields"} | {
    "children",
    "inherit_fields",
}


def _parse_category(
    reader: _Reader,
    where: str,
    raw: object,
    parent: str | None,
    inherited: _Inherited,
    out: list[Category],
    by_code: dict[str, Category],
) -> None:
    reader.trail.append(where)
    data = reader.obj(raw, _CATEGORY_KEYS, {"code", "name"})
    code = reader.text(data, "code")
    reader.trail[-1] = f"{where} ({code})"
    if not _CODE.match(code):
        raise reader.fail(
            f'code "{code}" must be lower-case letters, digits, "_", "." or "-" (at most 100)'
        )
    if code in by_code:
        raise reader.fail(f'code "{code}" is used twice')
    name = reader.names(data, "name")
    queue = reader.text(data, "queue", inherited.queue)
    priority = reader.priority(data.get("priority", inherited.priority), '"priority"')
    allowed = inherited.allowed
    if "allowed_priorities" in data:
        values = data["allowed_priorities"]
        if not isinstance(values, list) or not values:
            raise reader.fail('"allowed_priorities" must be a non-empty list of priorities 1-4')
        allowed = frozenset(reader.priority(v, '"allowed_priorities"') for v in values)
    if allowed is not None and priority not in allowed:
        raise reader.fail(f"the default priority {priority} is not among the allowed ones")
    inherit = data.get("inherit_fields", True)
    if not isinstance(inherit, bool):
        raise reader.fail('"inherit_fields" must be true or false')
    fields = list(inherited.fields) if inherit else []
    raw_fields = data.get("fields", [])
    if not isinstance(raw_fields, list):
        raise reader.fail('"fields" must be a list')
    for index, raw_field in enumerate(raw_fields):
        reader.trail.append(f"fields[{index}]")
        fields.append(_parse_field(reader, raw_field, fields))
        reader.trail.pop()
    if len(fields) > FIELDS_PER_CATEGORY_MAX:
        raise reader.fail(f"more than {FIELDS_PER_CATEGORY_MAX} fields")
    path = (*inherited.path, name)
    category = Category(
        code=code,
        name=name,
        parent=parent,
        depth=len(inherited.path),
        queue=queue,
        priority=priority,
        allowed_priorities=allowed,
        fields=tuple(fields),
        path=path,
    )
    out.append(category)
    by_code[code] = category
    children = data.get("children", [])
    if not isinstance(children, list):
        raise reader.fail('"children" must be a list')
    below = _Inherited(queue, priority, allowed, category.fields, path)
    for index, child in enumerate(children):
        _parse_category(reader, f"children[{index}]", child, code, below, out, by_code)
    reader.trail.pop()


_FIELD_KEYS = {"key", "label", "type", "required", "options", "min", "max", "integer"} | {
    "max_length",
    "when",
}


def _parse_field(reader: _Reader, raw: object, earlier: list[ExtraField]) -> ExtraField:
    data = reader.obj(raw, _FIELD_KEYS, {"key", "label", "type"})
    key = reader.text(data, "key")
    reader.trail[-1] += f" ({key})"
    if not _KEY.match(key):
        raise reader.fail(f'key "{key}" must be lower-case letters, digits and "_"')
    if key in RESERVED_KEYS:
        raise reader.fail(f'key "{key}" is reserved (intake stores it itself)')
    if any(e.key == key for e in earlier):
        raise reader.fail(f'key "{key}" is used twice in this category or its parents')
    label = reader.names(data, "label")
    try:
        kind = FieldType(data["type"])
    except (ValueError, TypeError):
        raise reader.fail(
            f"unknown type {data['type']!r} (expected text, choice, date or number)"
        ) from None
    required = data.get("required", False)
    if not isinstance(required, bool):
        raise reader.fail('"required" must be true or false')
    specific = {
        FieldType.TEXT: {"max_length"},
        FieldType.CHOICE: {"options"},
        FieldType.NUMBER: {"min", "max", "integer"},
        FieldType.DATE: set(),
    }[kind]
    misplaced = sorted(
        (set(data) & (_FIELD_KEYS - {"key", "label", "type", "required"})) - specific - {"when"}
    )
    if misplaced:
        raise reader.fail(f'"{misplaced[0]}" does not apply to a {kind.value} field')
    options = _parse_options(reader, data) if kind is FieldType.CHOICE else ()
    minimum = reader.number(data.get("min"), "min")
    maximum = reader.number(data.get("max"), "max")
    if minimum is not None and maximum is not None and minimum > maximum:
        raise reader.fail('"min" is greater than "max"')
    integer = data.get("integer", False)
    if not isinstance(integer, bool):
        raise reader.fail('"integer" must be true or false')
    max_length = data.get("max_length", DEFAULT_TEXT_LENGTH)
    if isinstance(max_length, bool) or not isinstance(max_length, int):
        raise reader.fail('"max_length" must be a whole number')
    if not 1 <= max_length <= TEXT_MAX_LENGTH:
        raise reader.fail(f'"max_length" must be from 1 to {TEXT_MAX_LENGTH}')
    condition = _parse_condition(reader, data["when"], earlier) if "when" in data else None
    return ExtraField(
        key=key,
        label=label,
        type=kind,
        required=required,
        options=options,
        minimum=minimum,
        maximum=maximum,
        integer=integer,
        max_length=max_length,
        condition=condition,
    )


def _parse_options(reader: _Reader, data: dict[str, Any]) -> tuple[Option, ...]:
    raw_options = data.get("options")
    if not isinstance(raw_options, list) or not raw_options:
        raise reader.fail('a choice field needs "options": a non-empty list')
    options: list[Option] = []
    for index, raw in enumerate(raw_options):
        reader.trail.append(f"options[{index}]")
        option = reader.obj(raw, {"value", "label"}, {"value", "label"})
        value = reader.text(option, "value")
        if any(o.value == value for o in options):
            raise reader.fail(f'the value "{value}" is offered twice')
        options.append(Option(value, reader.names(option, "label")))
        reader.trail.pop()
    return tuple(options)


def _parse_condition(reader: _Reader, raw: object, earlier: list[ExtraField]) -> Condition:
    reader.trail.append("when")
    data = reader.obj(raw, {"field", "equals"}, {"field", "equals"})
    name = reader.text(data, "field")
    target = next((e for e in earlier if e.key == name), None)
    if target is None:
        raise reader.fail(f'"{name}" is not a field defined before this one')
    equals = data["equals"]
    values = equals if isinstance(equals, list) else [equals]
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise reader.fail('"equals" must be a value or a list of values')
    if target.type is FieldType.CHOICE:
        offered = {o.value for o in target.options}
        for value in values:
            if value not in offered:
                raise reader.fail(f'"{name}" does not offer the value "{value}"')
    reader.trail.pop()
    return Condition(name, frozenset(v.strip() for v in values))


def _parse_rules(
    reader: _Reader, raw: object, by_code: Mapping[str, Category]
) -> tuple[QueueRule, ...]:
    if not isinstance(raw, list):
        raise reader.fail('"queue_rules" must be a list')
    rules: list[QueueRule] = []
    for index, item in enumerate(raw):
        reader.trail.append(f"queue_rules[{index}]")
        keys = {"category", "location", "queue"}
        data = reader.obj(item, keys, keys)
        category = reader.text(data, "category")
        if category not in by_code:
            raise reader.fail(f'no category has the code "{category}"')
        location = data["location"]
        locations = location if isinstance(location, list) else [location]
        if not locations or not all(isinstance(x, str) and search_terms(x) for x in locations):
            raise reader.fail('"location" must be a place name or a list of them')
        rules.append(
            QueueRule(
                category=category,
                locations=tuple(x.strip() for x in locations),
                queue=reader.text(data, "queue"),
                terms=tuple(tuple(search_terms(x)) for x in locations),
            )
        )
        reader.trail.pop()
    return tuple(rules)


# -- loading --------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedCatalogue:
    """The catalogue in use and, when the configured one could not be used,
    why (a message for the user in the ``Validation`` context)."""

    catalogue: Catalogue
    problem: FieldError | None = None


def builtin_path() -> Path:
    return resources.root() / "resources" / "catalogue" / "default.json"


def read_catalogue(path: Path) -> Catalogue:
    """Read and check a catalogue file. Raises CatalogueError or OSError."""
    try:
        # utf-8-sig: a file saved by Notepad starts with a byte-order mark.
        data = json.loads(path.read_text("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise CatalogueError(f"the file is not UTF-8 text ({error.reason})") from None
    except json.JSONDecodeError as error:
        raise CatalogueError(
            f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    return parse_catalogue(data, str(path))


@cache
def default_catalogue() -> Catalogue:
    """The catalogue shipped with Maktab."""
    return read_catalogue(builtin_path())


_loaded: dict[str, tuple[tuple[int, int], LoadedCatalogue]] = {}


def load_catalogue(path: str | Path | None) -> LoadedCatalogue:
    """The configured catalogue, or the built-in one (with the reason) when it
    cannot be used. Re-read only when the file changes."""
    if path is None or not str(path).strip():
        return _builtin()
    file = Path(str(path).strip()).expanduser()
    try:
        stat = file.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = _loaded.get(str(file))
        if cached is not None and cached[0] == stamp:
            return cached[1]
        result = LoadedCatalogue(read_catalogue(file))
    except (OSError, CatalogueError) as error:
        reason = (error.strerror or str(error)) if isinstance(error, OSError) else str(error)
        log.warning("category catalogue %s not used: %s", file, reason)
        fallback = _builtin()
        return LoadedCatalogue(
            fallback.catalogue,
            FieldError("catalogue", CATALOGUE_UNUSABLE, {"path": str(file), "reason": reason}),
        )
    _loaded[str(file)] = (stamp, result)
    return result


def _builtin() -> LoadedCatalogue:
    try:
        return LoadedCatalogue(default_catalogue())
    except (OSError, CatalogueError) as error:
        # A damaged installation: intake still works, without categories.
        log.error("built-in category catalogue not usable: %s", error)
        problem = FieldError(
            "catalogue", BUILTIN_UNUSABLE, {"path": str(builtin_path()), "reason": str(error)}
        )
        return LoadedCatalogue(Catalogue(source="empty"), problem)
