"""Human ticket numbers: PREFIX-YEAR-NNNNNN, allocated locally.

The prefix is the branch code plus, on a branch with several desk stations, the
station's code (RYD, RYD2 …): each station has its own series, so numbers
allocated offline on two machines never collide.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import TicketNumberSeries


def next_number(session: Session, prefix: str, year: int) -> str:
    series = session.execute(
        select(TicketNumberSeries).where(
            TicketNumberSeries.prefix == prefix, TicketNumberSeries.year == year
        )
    ).scalar_one_or_none()
    if series is None:
        series = TicketNumberSeries(prefix=prefix, year=year, last_value=0)
        session.add(series)
    series.last_value += 1
    return format_number(prefix, year, series.last_value)


def format_number(prefix: str, year: int, value: int) -> str:
    return f"{prefix}-{year}-{value:06d}"
