"""Checks shared by the metrics tests: every figure's drill lists exactly
as many tickets as the figure counts."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy.orm import Session

from desk_app.services import ticket_list
from desk_app.services.metrics_types import Dashboard, Figure
from desk_app.services.ticket_list import TicketFilter


def every_figure(board: Dashboard) -> Iterator[tuple[str, Figure]]:
    for tile in board.tiles:
        yield "tile", tile
    for series in board.series:
        for line, figures in series.values.items():
            for label, fig in zip(series.labels, figures, strict=True):
                yield f"{series.key}/{line}/{label}", fig
    for table in board.tables:
        for value, cells in table.rows:
            for column, fig in zip(table.columns, cells, strict=True):
                yield f"{table.key}/{value}/{column}", fig


def listed(session: Session, figure: Figure) -> int:
    assert figure.drill is not None, figure
    return ticket_list.count(session.connection(), TicketFilter(drill=figure.drill))


def assert_drills_match(session: Session, board: Dashboard) -> int:
    """Returns how many figures were checked."""
    checked = 0
    for where, fig in every_figure(board):
        assert listed(session, fig) == fig.count, (where, fig)
        checked += 1
    return checked
