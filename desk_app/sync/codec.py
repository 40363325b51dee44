"""Row values on the wire and in the database: one codec for client and server.

On the wire a row is a flat JSON object of column name → scalar (see
``protocol``): text, integers, booleans, null, and datetimes as ISO 8601 text
in UTC (``2026-11-25T10:00:00.000000Z``, fixed width). Both ends convert with
these functions, driven by the model's column types, so a value read on one
side and written on the other comes back identical. No I/O, no server imports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Any, Literal

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Table, TypeDecorator
from sqlalchemy.types import TypeEngine

from desk_app.models import Base
from desk_app.models.tickets import DESCRIPTION_MAX, NOTE_MAX
from desk_app.sync.protocol import SYNCED_ENTITIES, Scalar

# Columns that never leave their database are marked in the models (LOCAL_ONLY):
# ticket.row_no is a local integer key; the SLA columns are derived from the
# journal on every desk.

_INT32 = 2**31  # PostgreSQL INTEGER; SQLite would take more, so both refuse alike
# Long text (Text, no length in the model) holds at most what the desk's forms
# let a person type (services.validation.check_text with these limits); the
# server enforces it too, so no client can store more than a desk would.
LONG_TEXT_MAX = max(DESCRIPTION_MAX, NOTE_MAX)

# The characters of an ISO 8601 date and time (calendar, ordinal or week date).
_ISO_CHARACTERS = re.compile(r"[0-9T:.,+\-WZ ]{1,40}")

Kind = Literal["datetime", "int", "bool", "str", "other"]


class CodecError(ValueError):
    """A field cannot travel: ``field`` names it, the message says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class UnknownEntityError(CodecError):
    pass


class UnknownFieldError(CodecError):
    pass


class InvalidValueError(CodecError):
    pass


def synced_table(entity: str) -> Table:
    """The table of a synchronised entity; UnknownEntityError for anything else."""
    if entity not in SYNCED_ENTITIES:
        raise UnknownEntityError(entity, "not a synchronised entity")
    return Base.metadata.tables[entity]


@cache
def wire_columns(table: Table) -> tuple[Column[Any], ...]:
    """The columns of ``table`` that travel, in table order."""
    return tuple(c for c in table.columns if not c.info.get("local"))


@cache
def _column_map(table: Table) -> dict[str, Column[Any]]:
    return {c.name: c for c in wire_columns(table)}


def column_kind(column: Column[Any]) -> Kind:
    kind: TypeEngine[Any] = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, String):  # Text is a String
        return "str"
    return "other"


def format_datetime(value: datetime) -> str:
    if value.tzinfo is None:  # the database keeps UTC without a zone
        value = value.replace(tzinfo=UTC)
    # isoformat, not strftime: %Y does not pad years before 1000 on every platform.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def parse_datetime(text: str) -> datetime:
    """ISO 8601 with an offset (or Z) → an aware UTC datetime; ValueError otherwise."""
    if not _ISO_CHARACTERS.fullmatch(text):
        # fromisoformat takes any character as the date/time separator, a NUL too.
        raise ValueError("not an ISO 8601 time")
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("a time without a UTC offset is ambiguous")
    try:
        return value.astimezone(UTC)
    except OverflowError:  # 0001-01-01 at +01:00, 9999-12-31 at -01:00: no such UTC time
        raise ValueError("the time in UTC is outside years 1 to 9999") from None


def encode_value(column: Column[Any], value: Any) -> Scalar:
    """A column's Python value → its wire scalar."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def decode_value(column: Column[Any], value: Any) -> Any:
    """A wire scalar → the column's Python value; InvalidValueError if it does not fit."""
    name = column.name
    if value is None:
        if not column.nullable:
            raise InvalidValueError(name, "must not be null")
        return None
    if not isinstance(value, str | int | float | bool):
        # An object or a list: the wire carries scalars only.
        raise InvalidValueError(name, "expected a single value, not an object or a list")
    kind = column_kind(column)
    if kind == "datetime":
        if not isinstance(value, str):
            raise InvalidValueError(name, "expected an ISO 8601 time as text")
        try:
            return parse_datetime(value)
        except ValueError as error:
            raise InvalidValueError(name, str(error)) from None
    if kind == "bool":
        if not isinstance(value, bool):
            raise InvalidValueError(name, "expected true or false")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValueError(name, "expected a whole number")
        if not -_INT32 <= value < _INT32:
            raise InvalidValueError(name, "number out of range")
        return value
    if kind == "str":
        if not isinstance(value, str):
            raise InvalidValueError(name, "expected text")
        length = max_length(column)
        if len(value) > length:
            raise InvalidValueError(name, f"longer than {length} characters")
        if "\x00" in value:  # PostgreSQL cannot store NUL in text; refuse it everywhere
            raise InvalidValueError(name, "contains a NUL character")
        if not value.isascii() and not _is_utf8(value):
            raise InvalidValueError(name, "is not valid Unicode text (a lone surrogate)")
        return value
    return value


def max_length(column: Column[Any]) -> int:
    """The most characters a text column holds: its String(n), else LONG_TEXT_MAX."""
    length = getattr(column.type, "length", None)
    return LONG_TEXT_MAX if length is None else int(length)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def row_to_wire(row: object, table: Table) -> dict[str, Scalar]:
    """Every travelling column of a row (ORM object, Row or mapping) as wire values."""
    mapping: Mapping[str, Any] | None = (
        row if isinstance(row, Mapping) else getattr(row, "_mapping", None)
    )
    out: dict[str, Scalar] = {}
    for column in wire_columns(table):
        value = mapping[column.name] if mapping is not None else getattr(row, column.name)
        out[column.name] = encode_value(column, value)
    return out


def wire_to_columns(table: Table, fields: Mapping[str, Scalar]) -> dict[str, Any]:
    """Wire fields → column values for an INSERT/UPDATE of ``table``.

    Raises UnknownFieldError for a name that is not a travelling column and
    InvalidValueError for a value of the wrong type, length or nullness.
    """
    columns = _column_map(table)
    out: dict[str, Any] = {}
    for name, value in fields.items():
        column = columns.get(name)
        if column is None:
            raise UnknownFieldError(name, f"no such field in {table.name}")
        out[name] = decode_value(column, value)
    return out


def canonical_fields(table: Table, fields: Mapping[str, Scalar]) -> dict[str, Scalar]:
    """Validated fields in the form ``row_to_wire`` produces (one spelling per
    value, so equal values compare equal: ``…Z`` and ``…+00:00`` are the same time)."""
    columns = _column_map(table)
    decoded = wire_to_columns(table, fields)
    return {name: encode_value(columns[name], value) for name, value in decoded.items()}
