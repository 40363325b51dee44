"""The wire codec both sides use: values survive the trip unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.sync.codec import (
    InvalidValueError,
    UnknownEntityError,
    UnknownFieldError,
    canonical_fields,
    format_datetime,
    parse_datetime,
    row_to_wire,
    synced_table,
    wire_to_columns,
)

TICKET = synced_table("ticket")


@given(st.datetimes(timezones=st.just(UTC)))
def test_times_round_trip_as_fixed_width_utc_text(value: datetime) -> None:
    text = format_datetime(value)
    assert text.endswith("Z") and len(text) == 27
    assert parse_datetime(text) == value


def test_offsets_are_converted_to_utc_and_naive_times_refused() -> None:
    riyadh = timezone(timedelta(hours=3))
    assert parse_datetime("2026-11-01T11:00:00+03:00") == datetime(2026, 11, 1, 8, tzinfo=UTC)
    assert format_datetime(datetime(2026, 11, 1, 11, tzinfo=riyadh)) == (
        "2026-11-01T08:00:00.000000Z"
    )
    with pytest.raises(InvalidValueError):
        wire_to_columns(TICKET, {"closed_at": "2026-11-01T11:00:00"})


def test_one_spelling_per_value() -> None:
    a = canonical_fields(TICKET, {"closed_at": "2026-11-01T08:00:00Z"})
    b = canonical_fields(TICKET, {"closed_at": "2026-11-01T11:00:00.000+03:00"})
    assert a == b == {"closed_at": "2026-11-01T08:00:00.000000Z"}


def test_rows_travel_without_their_local_key() -> None:
    row = {c.name: None for c in TICKET.columns}
    row.update(row_no=7, id="x", priority=3, created_at=datetime(2026, 1, 1, tzinfo=UTC))
    wire = row_to_wire(row, TICKET)
    assert "row_no" not in wire
    assert wire["created_at"] == "2026-01-01T00:00:00.000000Z"
    assert wire["priority"] == 3


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"row_no": 1}, UnknownFieldError),
        ({"colour": "red"}, UnknownFieldError),
        ({"priority": "3"}, InvalidValueError),
        ({"priority": True}, InvalidValueError),
        ({"priority": 2**31}, InvalidValueError),
        ({"priority": 1.5}, InvalidValueError),
        ({"subject": None}, InvalidValueError),
        ({"subject": 3}, InvalidValueError),
        ({"subject": "x" * 301}, InvalidValueError),
        ({"subject": "a\x00b"}, InvalidValueError),
        ({"closed_at": 12}, InvalidValueError),
    ],
)
def test_values_that_do_not_fit_are_refused(fields: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        wire_to_columns(TICKET, fields)  # type: ignore[arg-type]


def test_booleans_are_booleans() -> None:
    users = synced_table("app_user")
    assert wire_to_columns(users, {"active": False}) == {"active": False}
    with pytest.raises(InvalidValueError):
        wire_to_columns(users, {"active": 1})


def test_only_synced_entities_have_tables() -> None:
    with pytest.raises(UnknownEntityError):
        synced_table("outbox_op")
