"""An article's plain body as the reader shows it: paragraphs, bullet lists
and links, each block laid out in its own direction.

Articles are written as plain text (a blank line between paragraphs, "- " at
the start of a list item, links written out bare), so they sync, search and
copy as text. Here they become simple HTML for a QTextBrowser. Qt ignores
``dir`` on a wrapping element (PITFALLS.md), so every paragraph and every list
item carries its own ``dir`` and alignment, taken from its first strong
letter: an English paragraph inside an Arabic article sits on the left.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt

from desk_app.ui.text_direction import first_strong

BULLET = "- "
LINK = re.compile(r"https?://[^\s<>\"']+")
# Punctuation that ends a sentence rather than a link ("see https://x.org.").
_TRAILING = ".,;:!?)؟،؛"


def _direction(text: str, fallback: str) -> str:
    found = first_strong(text)
    if found is None:
        return fallback
    return "rtl" if found == Qt.LayoutDirection.RightToLeft else "ltr"


def _inline(text: str) -> str:
    """Escaped text with its bare links made clickable."""
    out: list[str] = []
    last = 0
    for match in LINK.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        end = match.start() + len(url)
        out.append(html.escape(text[last : match.start()]))
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def _block(tag: str, text: str, fallback: str) -> str:
    way = _direction(text, fallback)
    side = "right" if way == "rtl" else "left"
    return f'<{tag} dir="{way}" align="{side}">{_inline(text)}</{tag}>'


def blocks(body: str) -> list[tuple[str, list[str]]]:
    """The body as ("p", [lines]) paragraphs and ("ul", [items]) lists."""
    found: list[tuple[str, list[str]]] = []
    for chunk in re.split(r"\n\s*\n", body.replace("\r\n", "\n").strip()):
        kind = ""
        for raw in chunk.split("\n"):
            line = raw.strip()
            if not line:
                continue
            item = line.startswith(BULLET) or line == BULLET.strip()
            wanted = "ul" if item else "p"
            text = line[len(BULLET) :].strip() if item else line
            if wanted == "ul" and kind == "ul":
                found[-1][1].append(text)
            elif wanted == "p" and kind == "p":
                found[-1][1].append(text)  # a soft line break inside a paragraph
            else:
                found.append((wanted, [text]))
            kind = wanted
    return found


def article_html(title: str, body: str, ui_rtl: bool) -> str:
    """The title as a heading and the body as simple blocks."""
    fallback = "rtl" if ui_rtl else "ltr"
    parts = [_block("h2", title, fallback)] if title.strip() else []
    for kind, lines in blocks(body):
        if kind == "ul":
            way = _direction(lines[0], fallback)
            items = "".join(_block("li", line, fallback) for line in lines)
            parts.append(f'<ul dir="{way}">{items}</ul>')
        else:
            parts.append(_block("p", " ".join(lines), fallback))
    return "".join(parts)


def plain_passage(title: str, body: str) -> str:
    """The whole article as text to paste into a note or a reply."""
    return f"{title.strip()}\n\n{body.strip()}".strip()
