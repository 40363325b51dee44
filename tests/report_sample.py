"""A hand-made supervisor's dashboard for the report and export tests: a
month of a small branch, with Arabic and Latin names, every unit, a long
table that runs over a page, and an empty one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desk_app.services.metrics_types import (
    Bucket,
    Dashboard,
    Dimension,
    Figure,
    Period,
    Scope,
    Series,
    Table,
    Unit,
)

PERIOD = Period(
    start=datetime(2026, 11, 30, 21, 0, tzinfo=UTC),
    end=datetime(2026, 12, 31, 21, 0, tzinfo=UTC),
    bucket=Bucket.WEEK,
    zone="Asia/Riyadh",
)


def count(key: str, n: int) -> Figure:
    return Figure(key, n, Unit.COUNT, n)


def percent(key: str, value: float | None, n: int) -> Figure:
    return Figure(key, value, Unit.PERCENT, n)


def sample_dashboard(long_rows: int = 80) -> Dashboard:
    weeks = [date(2026, 11, 30) + timedelta(weeks=i) for i in range(5)]
    opened = (120, 95, 143, 88, 40)
    resolved = (101, 99, 130, 92, 35)
    series = Series(
        "volume",
        tuple(w.isoformat() for w in weeks),
        {
            "opened": tuple(count("opened", n) for n in opened),
            "resolved": tuple(count("resolved", n) for n in resolved),
        },
    )
    by_channel = Table(
        "by_channel",
        Dimension.CHANNEL,
        ("opened", "resolved", "res_compliance"),
        (
            ("phone", (count("opened", 250), count("resolved", 231), percent("x", 87.5, 231))),
            ("email", (count("opened", 140), count("resolved", 130), percent("x", 91.25, 130))),
            ("chat", (count("opened", 96), count("resolved", 96), percent("x", None, 0))),
        ),
    )
    by_agent = Table(
        "agents",
        Dimension.AGENT,
        ("open_assigned", "resolved", "frt_avg"),
        tuple(
            (
                f"agent-{i}",
                (
                    count("open_assigned", i % 7),
                    count("resolved", 10 + i),
                    Figure("frt_avg", 600.0 + 60 * i, Unit.SECONDS, 10 + i),
                ),
            )
            for i in range(long_rows)
        ),
    )
    by_age = Table(
        "backlog_by_age",
        Dimension.AGE,
        ("backlog",),
        tuple(
            (key, (count("backlog", n),))
            for key, n in (("lt1", 12), ("1-3", 9), ("3-7", 4), ("7-30", 2), ("gt30", 1))
        ),
    )
    return Dashboard(
        period=PERIOD,
        scope=Scope(),
        tiles=(
            count("opened", sum(opened)),
            count("resolved", sum(resolved)),
            percent("res_compliance", 88.4, 457),
            Figure("satisfaction", 4.35, Unit.SCORE, 210),
            Figure("frt_avg", 1834.0, Unit.SECONDS, 457),
        ),
        series=(series,),
        tables=(by_channel, by_age, by_agent),
        computed_at=datetime(2026, 12, 7, 9, 30, tzinfo=UTC),
    )


def empty_dashboard() -> Dashboard:
    zero = (0,) * 5
    weeks = tuple((date(2026, 11, 30) + timedelta(weeks=i)).isoformat() for i in range(5))
    return Dashboard(
        period=PERIOD,
        scope=Scope(),
        tiles=(count("opened", 0), count("resolved", 0), percent("res_compliance", None, 0)),
        series=(Series("volume", weeks, {"opened": tuple(count("opened", n) for n in zero)}),),
        tables=(Table("by_channel", Dimension.CHANNEL, ("opened",), ()),),
    )
