"""An article's plain body rendered simply: paragraphs, "- " lists and bare
links, each block with its own direction; nothing typed is taken as HTML."""

from __future__ import annotations

from desk_app.ui.article_text import article_html, blocks, plain_passage


def test_paragraphs_lists_and_soft_line_breaks() -> None:
    body = "First line\nsame paragraph\n\n- one\n- two\nafter the list\n\n\n- three"
    assert blocks(body) == [
        ("p", ["First line", "same paragraph"]),
        ("ul", ["one", "two"]),
        ("p", ["after the list"]),
        ("ul", ["three"]),
    ]


def test_each_block_takes_its_own_direction() -> None:
    html = article_html("الطابعة", "افتح الغطاء.\n\nSee the manual.\n\n- أطفئها\n- Restart", True)
    assert '<h2 dir="rtl" align="right">الطابعة</h2>' in html
    assert '<p dir="rtl" align="right">افتح الغطاء.</p>' in html
    assert '<p dir="ltr" align="left">See the manual.</p>' in html
    assert '<li dir="rtl" align="right">أطفئها</li>' in html
    assert '<li dir="ltr" align="left">Restart</li>' in html
    # Digits only: the UI's direction.
    assert 'dir="rtl"' in article_html("", "123", True)
    assert 'dir="ltr"' in article_html("", "123", False)


def test_bare_links_are_clickable_without_the_sentence_end() -> None:
    html = article_html("", "See https://example.org/a?b=1. Or http://x.y/z، ok", False)
    assert '<a href="https://example.org/a?b=1">https://example.org/a?b=1</a>.' in html
    assert '<a href="http://x.y/z">http://x.y/z</a>،' in html


def test_typed_markup_is_text() -> None:
    html = article_html("<b>x</b>", '<script>alert(1)</script> "q" https://e.org/"><img>', False)
    assert "<script>" not in html and "<b>" not in html and "<img>" not in html
    assert "&lt;script&gt;" in html


def test_plain_passage() -> None:
    assert plain_passage(" Title ", "Body\n") == "Title\n\nBody"
    assert plain_passage("", "Body") == "Body"
