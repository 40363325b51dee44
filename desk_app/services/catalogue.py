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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from desk_app import resources
from desk_app.services import messages as m
from desk_app.services.catalogue_model import (
    DEFAULT_TEXT_LENGTH,
    EXTRA_PREFIX,
    FIELDS_PER_CATEGORY_MAX,
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
    match_queue,
)
from desk_app.services.catalogue_reader import parse_catalogue
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError
from desk_app.services.validation import ascii_digits, check_text

# The model and the reader are imported from here by the rest of the desk.
__all__ = [
    "DEFAULT_TEXT_LENGTH",
    "EXTRA_PREFIX",
    "FIELDS_PER_CATEGORY_MAX",
    "RESERVED_KEYS",
    "TEXT_MAX_LENGTH",
    "Catalogue",
    "CatalogueError",
    "Category",
    "Condition",
    "ExtraField",
    "FieldType",
    "LoadedCatalogue",
    "Names",
    "Option",
    "QueueRule",
    "clean_extra",
    "default_catalogue",
    "extra_lines",
    "load_catalogue",
    "match_queue",
    "parse_catalogue",
    "read_catalogue",
    "validate_extra",
    "visible_fields",
]

log = logging.getLogger(__name__)

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

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Scalar = str | int | float


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
