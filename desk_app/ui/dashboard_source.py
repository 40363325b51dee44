"""Where the dashboard's figures come from and how a figure becomes a list
of tickets: the one seam between the dashboard and services.metrics.

``compute`` runs on a reading thread and returns plain values; the window
takes another function in its place (tests give a small fixed dashboard).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch
from desk_app.services import metrics
from desk_app.services.metrics_types import Dashboard, Drill, Period, Scope
from desk_app.services.ticket_list import TicketFilter

Compute = Callable[[Session, Period, Scope, datetime], Dashboard]


@dataclass(frozen=True)
class DashboardRead:
    """One refresh: the figures and the names of the branches they cover."""

    dashboard: Dashboard
    branches: dict[str, str]


def compute(session: Session, period: Period, scope: Scope, now: datetime) -> Dashboard:
    """The desk's figures for ``period`` and ``scope`` (services.metrics)."""
    return metrics.dashboard(session, period, scope, now)


def branch_names(session: Session, arabic: bool) -> dict[str, str]:
    """Every branch this desk knows (its own, and the others a sync brought)."""
    rows = session.execute(
        select(Branch.id, Branch.name, Branch.name_ar).where(Branch.deleted_at.is_(None))
    ).all()
    return {r.id: (r.name_ar if arabic and r.name_ar else r.name) for r in rows}


def drill_filter(drill: Drill) -> TicketFilter:
    """The ticket list's condition for exactly the tickets of a figure, in
    every status (a figure of resolved tickets lists resolved tickets)."""
    return TicketFilter(drill=drill)
