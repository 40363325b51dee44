"""The public knowledge base page (/kb): published articles only, Arabic right
to left, searchable with the desks' folding, escaped, and never a 500."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.server.kb_render import body_html
from desk_app.services.ids import new_id
from tests.server.helpers import Desk, Server
from tests.unit.helpers import FTS_NASTY

PRINTER = {
    "title_ar": "الطابعة لا تطبع",
    "title_en": "The printer does not print",
    "body_ar": "أعد تشغيل الطابعة.\n\n- افتح الغطاء\n- أزل الورق العالق",
    "body_en": "Restart the printer.\n\n- Open the lid\n- See https://example.com/help?a=1&b=2",
    "keywords": "secret-keyword",
    "category": "hardware",
}
DRAFT = {"title_en": "Unreleased draft zebra", "body_en": "Not for customers.", "status": "draft"}
RETIRED = {"title_en": "Old retired walrus", "body_en": "Gone.", "status": "retired"}
HOSTILE = {
    "title_en": '<script>alert(1)</script> & "quotes"',
    "body_en": "<img src=x onerror=alert(1)>\n\n- javascript:alert(1)",
}


def _publish(desk: Desk, values: dict[str, Any]) -> str:
    article = new_id()
    user = desk.tokens["user_id"]
    fields = {"status": "published", "author_id": user, "reviewer_id": user, **values}
    if fields["status"] != "published":
        fields["reviewer_id"] = None
    (result,) = desk.push(desk.op("insert", "kb_article", article, fields))
    assert result["status"] == "applied", result
    return article


@pytest.fixture
def articles(server: Server) -> dict[str, str]:
    desk = server.login("ahmed")
    return {
        "printer": _publish(desk, PRINTER),
        "draft": _publish(desk, DRAFT),
        "retired": _publish(desk, RETIRED),
        "hostile": _publish(desk, HOSTILE),
        "arabic_only": _publish(desk, {"title_ar": "كلمة المرور", "body_ar": "غيّرها."}),
    }


def _get(server: Server, path: str, **params: str) -> Any:
    return server.client.get(path, params=params)


def test_the_arabic_page_is_right_to_left_and_lists_published_articles_only(
    server: Server, articles: dict[str, str]
) -> None:
    page = _get(server, "/kb", lang="ar")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<html lang="ar" dir="rtl">' in html
    assert "الطابعة لا تطبع" in html and "كلمة المرور" in html
    assert "zebra" not in html and "walrus" not in html
    assert articles["draft"] not in html and articles["retired"] not in html
    # An English-only article keeps its own direction inside the Arabic page.
    assert re.search(r'<li lang="en" dir="ltr"><a href="/kb/[0-9a-f-]{36}\?lang=ar">', html)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_english_page_is_left_to_right(server: Server, articles: dict[str, str]) -> None:
    html = _get(server, "/kb", lang="en").text
    assert '<html lang="en" dir="ltr">' in html
    assert "The printer does not print" in html
    assert '<li lang="ar" dir="rtl">' in html  # the Arabic-only article


@pytest.mark.parametrize(
    "typed",
    ["بالطابعة", "الطَّابِعَة", "والطابعه", "the printer does not print", "PRINT"],
)
def test_search_folds_as_the_desks_do(server: Server, articles: dict[str, str], typed: str) -> None:
    html = _get(server, "/kb", lang="ar", q=typed).text
    assert f'href="/kb/{articles["printer"]}?lang=ar"' in html
    assert "كلمة المرور" not in html


def test_a_search_never_finds_drafts_or_internal_fields(
    server: Server, articles: dict[str, str]
) -> None:
    for typed in ("zebra", "walrus", "draft"):
        html = _get(server, "/kb", lang="en", q=typed).text
        assert "zebra" not in html.replace(f'value="{typed}"', "")
        assert articles["draft"] not in html
    html = _get(server, "/kb", lang="en", q="secret-keyword").text
    assert "secret-keyword" not in html.replace('value="secret-keyword"', "")
    assert "No articles match" not in html  # keywords find, without being shown


def test_an_article_page_shows_title_and_body_and_nothing_internal(
    server: Server, articles: dict[str, str]
) -> None:
    page = _get(server, f"/kb/{articles['printer']}", lang="ar")
    assert page.status_code == 200
    html = page.text
    assert '<article lang="ar" dir="rtl">' in html
    assert "<li>افتح الغطاء</li>" in html
    for internal in ("hardware", "secret-keyword", "Ahmed", server.users["ahmed"]):
        assert internal not in html
    english = _get(server, f"/kb/{articles['printer']}", lang="en").text
    assert 'href="https://example.com/help?a=1&amp;b=2"' in english


@pytest.mark.parametrize("which", ["draft", "retired"])
def test_drafts_and_retired_articles_are_not_found(
    server: Server, articles: dict[str, str], which: str
) -> None:
    page = _get(server, f"/kb/{articles[which]}", lang="en")
    assert page.status_code == 404
    assert "zebra" not in page.text and "walrus" not in page.text


def test_a_hostile_article_is_escaped(server: Server, articles: dict[str, str]) -> None:
    html = _get(server, f"/kb/{articles['hostile']}", lang="en").text
    assert "<script>" not in html and "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript' not in html


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/kb", {"lang": "fr"}),
        ("/kb", {"lang": "<b>"}),
        ("/kb/not-an-id", {"lang": "en"}),
        ("/kb/" + "0" * 36, {"lang": "ar"}),
        ("/kb/%00", {}),
        ("/kb/" + "a" * 5000, {}),
    ],
)
def test_bad_addresses_are_4xx(server: Server, path: str, params: dict[str, str]) -> None:
    assert 400 <= _get(server, path, **params).status_code < 500


@pytest.mark.parametrize(
    "typed",
    [
        "x" * 20_000,
        "ط" * 5_000,
        "\x00",
        "'\"",
        '" OR 1=1 --',
        "NEAR(a b)",
        "title_ar:x*",
        "%",
        "\ud7ff",
    ],
)
def test_hostile_searches_are_answered(
    server: Server, articles: dict[str, str], typed: str
) -> None:
    page = _get(server, "/kb", lang="ar", q=typed)
    # A search longer than the server takes in an address is refused (431).
    assert page.status_code == (200 if len(typed) < 1000 else 431)
    assert "<script" not in page.text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=FTS_NASTY, lang=st.sampled_from(["ar", "en"]))
def test_any_search_is_answered(server: Server, typed: str, lang: str) -> None:
    page = _get(server, "/kb", lang=lang, q=typed)
    assert page.status_code == 200


def test_the_body_renderer_makes_paragraphs_lists_and_links_only() -> None:
    html = body_html("First line\nsecond line\n\n- one\n- two\n\nSee http://a.example/x.")
    assert html == (
        "<p>First line<br>second line</p>\n<ul><li>one</li><li>two</li></ul>\n"
        '<p>See <a href="http://a.example/x" rel="nofollow noopener noreferrer" dir="ltr">'
        "http://a.example/x</a>.</p>"
    )
