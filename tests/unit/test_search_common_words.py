"""A word typed in full that is already common is searched as common at once
(the last word still a prefix): the same tickets as when every search is
first counted, in every sort."""

from __future__ import annotations

import pytest

from desk_app.services import search_clause
from desk_app.services.context import WriteContext
from desk_app.services.ticket_list import SortColumn, TicketFilter, TicketQuery, explain, fetch_page
from desk_app.storage.db import Database
from tests.unit.helpers import create


def _found(db: Database, typed: str, sort: SortColumn) -> list[int]:
    with db.reading() as s:
        query = TicketQuery(TicketFilter(search=typed), sort)
        return [r.row_no for r in fetch_page(s.connection(), query, limit=100).rows]


@pytest.mark.parametrize("sort", list(SortColumn))
def test_common_whole_word_finds_what_counting_first_finds(
    db: Database, ctx: WriteContext, monkeypatch: pytest.MonkeyPatch, sort: SortColumn
) -> None:
    for i in range(6):
        create(db, ctx, subject=f"الطابعة رقم {i} لا تعمل")
    for i in range(2):
        create(db, ctx, subject=f"طابعات الطابق {i}")
    create(db, ctx, subject="Network is down")
    monkeypatch.setattr(search_clause, "RARE_MATCH_LIMIT", 3)
    seen: dict[str, list[int]] = {}
    for typed in ("الطابعة", "طابع", "طابعات", "Network"):
        seen[typed] = _found(db, typed, sort)
    calls: list[str] = []
    common_as_typed = search_clause._common_as_typed

    def spy(conn: object, text: str) -> bool:
        answer = common_as_typed(conn, text)  # type: ignore[arg-type]
        calls.append(f"{text}:{answer}")
        return answer

    monkeypatch.setattr(search_clause, "_common_as_typed", spy)
    with db.reading() as s:
        plan = explain(s.connection(), TicketQuery(TicketFilter(search="الطابعة"), sort))
    assert calls == ["الطابعة:True"]
    assert not any("json_each" in step for step in plan), plan
    monkeypatch.setattr(search_clause, "_common_as_typed", lambda _conn, _text: False)
    for typed, rows in seen.items():
        assert rows == _found(db, typed, sort), typed
    assert len(seen["الطابعة"]) == 6
    assert len(seen["طابع"]) == 8, "the last word is still a prefix"
    assert len(seen["طابعات"]) == 2
