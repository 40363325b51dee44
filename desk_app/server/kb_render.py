"""HTML of the public knowledge base page (/kb): plain, read-only, no script.

Every piece of text that came from an article or a request is escaped; the
only markup is this module's own. An article body is plain text (the desk
stores no HTML): paragraphs separated by a blank line, lines starting with
"- " as list items, and bare http(s) links, which become links.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

LANGUAGES = ("ar", "en")
_LINK = re.compile(r"https?://[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?،؛]")

# The page's own words in each language (not article text).
WORDS: dict[str, dict[str, str]] = {
    "ar": {
        "title": "قاعدة المعرفة",
        "search": "ابحث",
        "label": "ابحث عن إجابة",
        "none": "لم نجد مقالات تطابق بحثك.",
        "empty": "لا توجد مقالات منشورة بعد.",
        "back": "كل المقالات",
        "other": "English",
        "missing": "هذه المقالة غير موجودة.",
    },
    "en": {
        "title": "Knowledge base",
        "search": "Search",
        "label": "Search for an answer",
        "none": "No articles match your search.",
        "empty": "No articles are published yet.",
        "back": "All articles",
        "other": "العربية",
        "missing": "There is no such article.",
    },
}

_STYLE = (
    "body{font-family:system-ui,'Segoe UI',Tahoma,sans-serif;max-width:46rem;margin:auto;"
    "padding:1rem;line-height:1.6;color:#1b1b1b}a{color:#0b57d0}"
    "header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem}"
    "form{display:flex;gap:.5rem;margin:1rem 0}input[type=search]{flex:1;padding:.4rem}"
    "li{margin:.8rem 0}li p{margin:.2rem 0;color:#444}"
)


@dataclass(frozen=True)
class Listed:
    """An article as a line of the list: its own language decides its direction."""

    id: str
    title: str
    snippet: str
    language: str


def direction(language: str) -> str:
    return "rtl" if language == "ar" else "ltr"


def body_html(body: str) -> str:
    """An article body as HTML: paragraphs, "- " lists, links; all text escaped."""
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", body.replace("\r\n", "\n").strip()):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        items = [line for line in lines if line.startswith("- ")]
        if len(items) == len(lines):
            inner = "".join(f"<li>{_inline(line[2:].strip())}</li>" for line in items)
            blocks.append(f"<ul>{inner}</ul>")
        else:
            blocks.append("<p>" + "<br>".join(_inline(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def _inline(text: str) -> str:
    """Escaped text with its bare links made links (the address escaped as an
    attribute; only http and https, so no script: URL can become one)."""
    out: list[str] = []
    last = 0
    for match in _LINK.finditer(text):
        out.append(escape(text[last : match.start()]))
        url = escape(match.group(0), quote=True)
        out.append(f'<a href="{url}" rel="nofollow noopener noreferrer" dir="ltr">{url}</a>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def page(language: str, title: str, content: str) -> str:
    words = WORDS[language]
    other = "en" if language == "ar" else "ar"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language}" dir="{direction(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f'<header><h1><a href="/kb?lang={language}">{escape(words["title"])}</a></h1>'
        f'<a href="/kb?lang={other}" hreflang="{other}" lang="{other}" dir="{direction(other)}">'
        f"{escape(words['other'])}</a></header>\n{content}\n</body>\n</html>\n"
    )


def search_form(language: str, query: str) -> str:
    words = WORDS[language]
    return (
        f'<form method="get" action="/kb" role="search">'
        f'<input type="hidden" name="lang" value="{language}">'
        f'<label for="q">{escape(words["label"])}</label>'
        f'<input id="q" name="q" type="search" value="{escape(query, quote=True)}">'
        f'<button type="submit">{escape(words["search"])}</button></form>'
    )


def list_page(language: str, query: str, found: Sequence[Listed]) -> str:
    words = WORDS[language]
    if found:
        items = "".join(
            f'<li lang="{a.language}" dir="{direction(a.language)}">'
            f'<a href="/kb/{escape(a.id, quote=True)}?lang={language}">{escape(a.title)}</a>'
            f"<p>{escape(a.snippet)}</p></li>"
            for a in found
        )
        listing = f'<ul class="articles">{items}</ul>'
    else:
        listing = f"<p>{escape(words['none'] if query.strip() else words['empty'])}</p>"
    content = f"{search_form(language, query)}\n<main>{listing}</main>"
    return page(language, words["title"], content)


def article_page(language: str, article_language: str, title: str, body: str) -> str:
    words = WORDS[language]
    content = (
        f"{search_form(language, '')}\n<main>"
        f'<article lang="{article_language}" dir="{direction(article_language)}">'
        f"<h2>{escape(title)}</h2>\n{body_html(body)}</article>"
        f'<p><a href="/kb?lang={language}">{escape(words["back"])}</a></p></main>'
    )
    return page(language, f"{title} – {words['title']}", content)


def missing_page(language: str) -> str:
    words = WORDS[language]
    return page(language, words["title"], f"<main><p>{escape(words['missing'])}</p></main>")
