"""SLA clocks from a ticket's history: targets in business time, pauses,
reopening, policy changes, written channels; the same clocks whatever order
the history arrived in."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.services.business_calendar import BusinessCalendar
from desk_app.services.sla import (
    WRITTEN_REPLY_MINUTES,
    EventKind,
    SlaEvent,
    SlaPolicy,
    SlaState,
    Target,
    compute_clocks,
    first_response_minutes,
)

RIYADH = ZoneInfo("Asia/Riyadh")
CAL = BusinessCalendar.weekly("Asia/Riyadh", (7, 1, 2, 3, 4), [(time(8), time(16))])
EIGHT_HOURS = SlaPolicy("regular", first_response_minutes=60, next_update_minutes=240,
                        resolution_minutes=8 * 60)  # fmt: skip


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """November 2026 in Riyadh: the 26th is a Thursday, the 29th a Sunday."""
    return datetime(2026, 11, day, hour, minute, tzinfo=RIYADH).astimezone(UTC)


def created(when: datetime) -> SlaEvent:
    return SlaEvent(when, EventKind.CREATED, status="new")


def status(when: datetime, value: str) -> SlaEvent:
    return SlaEvent(when, EventKind.STATUS, status=value)


def responded(when: datetime) -> SlaEvent:
    return SlaEvent(when, EventKind.RESPONDED)


def clocks(events: list[SlaEvent], now: datetime, policy: SlaPolicy = EIGHT_HOURS):  # type: ignore[no-untyped-def]
    return compute_clocks(events, policy, CAL, now)


def test_a_fresh_ticket_runs_all_three_clocks() -> None:
    result = clocks([created(at(26, 9))], now=at(26, 9, 30))
    first = result.clock(Target.FIRST_RESPONSE)
    assert first is not None and first.due_at == at(26, 10) and first.remaining_minutes == 30
    assert result.clock(Target.NEXT_UPDATE) is None  # nobody has answered yet
    resolution = result.clock(Target.RESOLUTION)
    assert resolution is not None and resolution.due_at == at(29, 9)  # 7 h Thu + 1 h Sun
    assert result.state is SlaState.WARNING  # 30 of 60 minutes left
    assert result.due_at == at(26, 10)


def test_a_response_meets_the_first_target_and_starts_the_update_clock() -> None:
    result = clocks([created(at(26, 9)), responded(at(26, 9, 20))], now=at(26, 11))
    first = result.clock(Target.FIRST_RESPONSE)
    assert first is not None and first.met_at == at(26, 9, 20) and not first.breached
    update = result.clock(Target.NEXT_UPDATE)
    assert update is not None and update.due_at == at(26, 13, 20)
    assert result.state is SlaState.OK


def test_a_late_response_is_a_breach_even_after_it_is_met() -> None:
    result = clocks([created(at(26, 9)), responded(at(26, 11))], now=at(26, 12))
    first = result.clock(Target.FIRST_RESPONSE)
    assert first is not None and first.breached and first.remaining_minutes == -60
    assert result.state is SlaState.BREACHED


def test_waiting_for_the_customer_across_the_weekend_pauses_the_clock() -> None:
    events = [
        created(at(26, 9)),
        responded(at(26, 9, 5)),
        status(at(26, 12), "waiting_customer"),  # 3 h used on Thursday
        status(at(29, 10), "open"),  # the customer answered on Sunday
    ]
    paused = clocks(events[:3], now=at(28, 12))
    assert paused.state is SlaState.PAUSED and paused.due_at is None
    resolution = paused.clock(Target.RESOLUTION)
    assert resolution is not None and resolution.paused and resolution.remaining_minutes == 300
    going = clocks(events, now=at(29, 10))
    resolution = going.clock(Target.RESOLUTION)
    assert resolution is not None and resolution.due_at == at(29, 15)  # 5 h left from 10:00
    assert resolution.remaining_minutes == 300


def test_resolving_stops_the_clock_and_reopening_carries_on() -> None:
    events = [
        created(at(26, 9)),
        responded(at(26, 9, 5)),
        status(at(26, 11), "resolved"),  # 2 h used
        status(at(29, 9), "open"),  # it broke again on Sunday
    ]
    done = clocks(events[:3], now=at(29, 8))
    assert done.state is SlaState.MET and done.due_at is None
    reopened = clocks(events, now=at(29, 9))
    resolution = reopened.clock(Target.RESOLUTION)
    assert resolution is not None and resolution.remaining_minutes == 6 * 60
    assert resolution.due_at == at(29, 15)


def test_a_letter_gets_the_written_reply_target_and_a_call_is_answered_at_intake() -> None:
    assert first_response_minutes("letter", 120) == WRITTEN_REPLY_MINUTES == 48 * 60
    assert first_response_minutes("email", 120, written_minutes=60) == 60
    assert first_response_minutes("web", 120) == 120
    assert first_response_minutes("phone", 60) is None
    letter = SlaPolicy("letter", first_response_minutes=first_response_minutes("letter", 120))
    result = clocks([created(at(29, 8))], now=at(29, 9), policy=letter)
    first = result.clock(Target.FIRST_RESPONSE)
    # Six working days of eight hours: Sunday to Thursday, then Sunday again.
    december_6 = datetime(2026, 12, 6, 16, tzinfo=RIYADH).astimezone(UTC)
    assert first is not None and first.due_at == december_6


def test_a_priority_change_applies_the_new_targets_from_the_start() -> None:
    urgent = SlaPolicy("critical", resolution_minutes=2 * 60)
    events = [
        created(at(26, 9)),
        SlaEvent(at(26, 10), EventKind.POLICY, policy=urgent),
    ]
    result = clocks(events, now=at(26, 10, 30))
    resolution = result.clock(Target.RESOLUTION)
    assert result.policy == "critical"
    assert resolution is not None and resolution.due_at == at(26, 11)
    assert result.clock(Target.FIRST_RESPONSE) is None  # the new policy has no such target


def test_no_events_and_no_targets_mean_nothing_to_show() -> None:
    assert compute_clocks([], EIGHT_HOURS, CAL, at(26, 9)).state is SlaState.NONE
    none = compute_clocks([created(at(26, 9))], SlaPolicy("none"), CAL, at(26, 9))
    assert none.state is SlaState.NONE and none.clocks == ()


# -- properties ------------------------------------------------------------------

STATUSES = ("open", "waiting_customer", "waiting_third_party", "resolved", "closed")


@st.composite
def histories(draw: st.DrawFn) -> list[SlaEvent]:
    start = at(22, 7) + timedelta(minutes=draw(st.integers(0, 60 * 24 * 7)))
    events = [created(start)]
    when = start
    for _ in range(draw(st.integers(0, 8))):
        when += timedelta(minutes=draw(st.integers(0, 60 * 30)))
        if draw(st.booleans()):
            events.append(status(when, draw(st.sampled_from(STATUSES))))
        else:
            events.append(responded(when))
    return [
        SlaEvent(e.at, e.kind, e.status, e.policy, order=f"{i:05d}") for i, e in enumerate(events)
    ]


@settings(max_examples=200, deadline=None)
@given(histories(), st.randoms(use_true_random=False), st.integers(0, 60 * 24 * 20))
def test_the_order_events_arrive_in_does_not_change_the_clocks(
    events: list[SlaEvent], rng: object, later: int
) -> None:
    now = events[-1].at + timedelta(minutes=later)
    shuffled = list(events)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert clocks(shuffled, now) == clocks(events, now)


@settings(max_examples=200, deadline=None)
@given(histories(), st.integers(1, 60 * 24 * 5), st.integers(0, 60 * 24 * 5))
def test_a_pause_never_brings_a_due_time_forward(
    events: list[SlaEvent], offset: int, length: int
) -> None:
    begin = events[0].at + timedelta(minutes=offset)
    end = begin + timedelta(minutes=length)
    base = [e for e in events if e.at < begin and e.kind is not EventKind.STATUS]
    with_pause = [*base, status(begin, "waiting_customer"), status(end, "open")]
    now = end + timedelta(minutes=1)
    plain = clocks(base, now).clock(Target.RESOLUTION)
    paused = clocks(with_pause, now).clock(Target.RESOLUTION)
    assert plain is not None and paused is not None
    assert plain.due_at is not None and paused.due_at is not None
    assert paused.due_at >= plain.due_at
    # and by exactly the business time the pause took, if it began before the due time
    if begin < plain.due_at:
        assert CAL.business_seconds_between(plain.due_at, paused.due_at) == (
            CAL.business_seconds_between(begin, end)
        )


def test_a_target_met_before_a_priority_change_keeps_its_verdict() -> None:
    relaxed = SlaPolicy("regular", first_response_minutes=120, resolution_minutes=24 * 60)
    strict = SlaPolicy("critical", first_response_minutes=15, resolution_minutes=2 * 60)
    events = [
        created(at(26, 9)),
        responded(at(26, 10)),  # on time for two hours
        SlaEvent(at(26, 10, 30), EventKind.POLICY, policy=strict),
    ]
    result = clocks(events, now=at(26, 10, 45), policy=relaxed)
    first = result.clock(Target.FIRST_RESPONSE)
    assert first is not None and not first.breached and first.minutes == 120
    resolution = result.clock(Target.RESOLUTION)
    assert resolution is not None and resolution.minutes == 120  # the new target applies
    assert resolution.due_at == at(26, 11)


def test_an_event_stamped_after_now_is_not_in_effect_yet() -> None:
    # Another desk's clock runs an hour ahead: its "resolved" is not yet true here.
    events = [created(at(26, 9)), status(at(26, 11), "resolved")]
    only = SlaPolicy("resolution only", resolution_minutes=8 * 60)
    assert clocks(events, now=at(26, 10), policy=only).state is SlaState.OK
    assert clocks(events, now=at(26, 12), policy=only).state is SlaState.MET


def test_a_target_promised_in_plain_hours_runs_through_the_weekend() -> None:
    letter = SlaPolicy(
        "letter", first_response_minutes=48 * 60, elapsed=frozenset({Target.FIRST_RESPONSE})
    )
    result = clocks([created(at(26, 15, 30))], now=at(27, 12), policy=letter)  # Thursday
    first = result.clock(Target.FIRST_RESPONSE)
    assert first is not None and first.due_at == at(28, 15, 30)  # Saturday, office closed
    assert first.remaining_minutes == (24 + 3) * 60 + 30
