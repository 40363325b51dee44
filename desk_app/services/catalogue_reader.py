"""Reading the category catalogue from its JSON form, with every rule the
desk relies on checked: the one validator of a catalogue, used for the file
in the settings, the built-in file, a stored configuration document and the
administrator's editor alike. A mistake raises ``CatalogueError`` whose
message names the place as a path ("categories[0] (hardware) / fields[1]
(model): ...")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desk_app.services.catalogue_model import (
    CODE_PATTERN,
    DEFAULT_TEXT_LENGTH,
    FIELDS_PER_CATEGORY_MAX,
    KEY_PATTERN,
    RESERVED_KEYS,
    TEXT_MAX_LENGTH,
    Catalogue,
    CatalogueError,
    Category,
    Condition,
    ExtraField,
    FieldType,
    Names,
    Option,
    QueueRule,
)
from desk_app.services.priority import DEFAULT_MATRIX, PRIORITIES, parse_matrix
from desk_app.services.text import search_terms


class _Reader:
    """Walks the JSON with a breadcrumb, so an error names the exact place."""

    def __init__(self) -> None:
        self.trail: list[str] = []

    def fail(self, message: str) -> CatalogueError:
        # A path, not an arrow: "→" would point backwards in an Arabic message.
        where = " / ".join(self.trail)
        text = f"{where}: {message}" if where else message
        return CatalogueError(text, tuple(self.trail), message)

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
    if not CODE_PATTERN.match(code):
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
    if not KEY_PATTERN.match(key):
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
